import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeploymentsService } from '../../apps/api/src/modules/deployments/deployments.service';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app';
import { call, type Json, login } from '../../test/http';
import { register } from './register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from './testing';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe.skipIf(!CAN_RUN_LAB)(
  `lab --register: the console manages the netns lab through its REST API${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`,
  () => {
    let lab: StartedLab;
    let t: TestApp;
    let token: string;
    let clusterId: string;
    const api = (method: string, path: string, body?: unknown) => call(t.baseUrl, method, `/api/v1${path}`, { token, body });

    async function deploy(message: string): Promise<Json> {
      const r = await api('POST', `/clusters/${clusterId}/deployments`, { message });
      expect(r.status, r.text).toBe(202);
      await t.app.get(DeploymentsService).settle(r.body.id);
      return (await api('GET', `/clusters/${clusterId}/deployments/${r.body.id}`)).body;
    }

    beforeAll(async () => {
      [lab, t] = await Promise.all([startLab({ directors: 2, realServers: 1 }), startTestApp()]);
      const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
      token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } })).body.secret;
    });
    afterAll(async () => {
      lab?.down();
      await t?.close();
    });

    it('creates the credential and the cluster, and pins each director host key after checking it is the lab one', async () => {
      const reg = await register(lab.state, { url: t.baseUrl, token });
      clusterId = reg.clusterId;
      expect(reg.replaced).toBe(false);
      expect(reg.hostKeys).toEqual(Object.fromEntries(lab.state.directors.map((d) => [d.name, d.hostKeyFingerprint])));
      for (const d of lab.state.directors) {
        const hk = await api('GET', `/clusters/${clusterId}/host-keys/${d.name}`);
        expect(hk.body).toMatchObject({ offered: d.hostKeyFingerprint, pinned: d.hostKeyFingerprint, matches: true });
      }
      const spec = await api('GET', `/clusters/${clusterId}/spec`);
      expect(spec.body.directors.map((d: Json) => d.address)).toEqual(lab.state.directors.map((d) => d.address));
    });

    it("plans against the directors' live files over SSH", async () => {
      const plan = await api('GET', `/clusters/${clusterId}/plan`);
      expect(plan.status, plan.text).toBe(200);
      for (const [i, d] of lab.state.directors.entries()) {
        expect(plan.body.directors[i]).toMatchObject({
          name: d.name,
          reachable: true,
          error: null,
          liveSha256: sha256(readFileSync(d.configHostPath, 'utf8')),
        });
      }
    });

    it('deploys to the lab: every director gets its rendered file, keepalived reloads, director 1 stays MASTER', async () => {
      const d = await deploy('first push to the lab');
      expect(d.status, JSON.stringify(d.targets.map((x: Json) => x.error))).toBe('succeeded');
      const rev = (await api('GET', `/clusters/${clusterId}/revisions/${d.revision}`)).body;
      for (const dir of lab.state.directors) expect(readFileSync(dir.configHostPath, 'utf8')).toBe(rev.rendered[dir.name].text);
      expect(lab.vipHolders()).toEqual(['d1']);
    });

    it('a director whose keepalived --config-test fails (fault switch) stops the deployment before its file is touched', async () => {
      const d2 = lab.state.directors[1];
      const before = readFileSync(d2.configHostPath, 'utf8');
      await lab.faults.failConfigTest('d2');
      try {
        const d = await deploy('refused by config-test');
        expect(d.status).toBe('failed');
        const target = d.targets.find((x: Json) => x.director === d2.name);
        expect(target.status).toBe('failed');
        expect(target.steps.find((s: Json) => s.status === 'failed').name).toBe('config-test');
        expect(readFileSync(d2.configHostPath, 'utf8')).toBe(before);
      } finally {
        await lab.faults.passConfigTest('d2');
      }
      expect((await deploy('config-test passes again')).status).toBe('succeeded');
    });

    it('registering again replaces the spec of the same cluster and keeps the credential', async () => {
      const again = await register(lab.state, { url: t.baseUrl, token });
      expect(again).toMatchObject({ clusterId, replaced: true });
    });
  },
);
