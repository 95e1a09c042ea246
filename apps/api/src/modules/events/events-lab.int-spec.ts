import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from '../../../../../lab/src/testing';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';

/** The timeline's deployment and drift emitters against the netns lab's real directors. */
describe.skipIf(!CAN_RUN_LAB)(
  `timeline events from deployments and drift scans${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`,
  () => {
    let lab: StartedLab;
    let t: TestApp;
    let token: string;
    let clusterId: string;
    let original = '';

    beforeAll(async () => {
      lab = await startLab({ directors: 2, realServers: 0 });
      t = await startTestApp();
      const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
      token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } })).body.secret;
      clusterId = (await register(lab.state, { url: t.baseUrl, token })).clusterId;
      original = readFileSync(lab.state.directors[0].configHostPath, 'utf8');
    }, 180_000);
    afterAll(async () => {
      if (original && lab) writeFileSync(lab.state.directors[0].configHostPath, original);
      await t?.close();
      lab?.down();
    });

    const events = async (kind: string) =>
      ((await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/events?kind=${kind}`, { token })).body.items ?? []) as Json[];
    const eventually = async (what: string, get: () => Promise<Json[]>, timeoutMs: number): Promise<Json[]> => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const got = await get();
        if (got.length) return got;
        if (Date.now() > deadline) throw new Error(`${what}: none within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 200));
      }
    };

    it('a deployment that succeeds is on the timeline with its revision', async () => {
      const r = await call(t.baseUrl, 'POST', `/api/v1/clusters/${clusterId}/deployments`, { token, body: { message: 'timeline' } });
      expect(r.status, r.text).toBe(202);
      let d: Json = r.body;
      for (let i = 0; i < 900 && ['pending', 'running'].includes(d.status); i++) {
        await new Promise((res) => setTimeout(res, 100));
        d = (await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/deployments/${r.body.id}`, { token })).body;
      }
      expect(d.status).toBe('succeeded');
      const [e] = await eventually('deployment.succeeded', () => events('deployment.succeeded'), 10_000);
      expect(e).toMatchObject({
        severity: 'info',
        subject: d.id,
        data: { deploymentId: d.id, revision: d.revision, status: 'succeeded', error: null },
      });
    });

    it('a config edited by hand on a director is drift.found on the next scan, naming the director', async () => {
      writeFileSync(lab.state.directors[0].configHostPath, `${original}\n# edited by hand\n`);
      const scan = await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/drift`, { token });
      expect(scan.body.drift).toBe(true);
      const [e] = await eventually('drift.found', () => events('drift.found'), 10_000);
      expect(e).toMatchObject({ severity: 'warning', data: { directors: [{ name: lab.state.directors[0].name, file: true }] } });
      // The topology edits of the registration are there too.
      expect((await events('topology.changed')).length).toBeGreaterThan(0);
    });
  },
);
