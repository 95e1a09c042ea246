import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterSpec } from '@lvs/domain';
import { importCluster, render } from '@lvs/keepalived';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { register } from '../../../../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from '../../../../../../lab/src/testing';
import { freePort } from '../../../../../../test/global-setup';
import { call, type Json, login } from '../../../../../../test/http';
import { createTestDatabase } from '../../../../../../test/pg';

const ADMIN_PASSWORD = `lab-admin-${randomBytes(6).toString('hex')}`;
/** The tracked "proxy": healthy while this file exists on the director (the test removes it to break the check; no "!" in a script keepalived reads). */
const UP_FILE = '/etc/keepalived/lvs-test-proxy-up';

/**
 * Issue 14: health-tracked failover survives the round trip. A vrrp_script tracked with a weight
 * goes through the keepalived.conf text and back (render → importCluster), is deployed to the netns
 * lab's two directors (real sshd, real keepalived, real VRRP), and breaking the tracked check on the
 * MASTER moves the VIP to the BACKUP; mending it brings it back.
 */
describe.skipIf(!CAN_RUN_LAB)(`tracked failover through import and deploy${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`, () => {
  let lab: StartedLab;
  let api: ChildProcess;
  let base: string;
  let token: string;
  let clusterId: string;
  let logs = '';
  const get = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    call(base, method, `/api/v1${path}`, { token, body, headers });

  beforeAll(async () => {
    lab = await startLab({ directors: 2, realServers: 1 });
    base = `http://127.0.0.1:${await freePort()}`;
    api = spawn(process.execPath, [join(__dirname, '../../../../dist/main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: await createTestDatabase(inject('pgAdminUrl')),
        API_PORT: new URL(base).port,
        ADMIN_PASSWORD,
        LVS_MASTER_KEY: randomBytes(32).toString('base64'),
        TELEMETRY_TICK_MS: '1000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout!.on('data', (b: Buffer) => (logs += b.toString()));
    api.stderr!.on('data', (b: Buffer) => (logs += b.toString()));
    for (let i = 0; ; i++) {
      if ((await fetch(`${base}/api/v1/ready`).catch(() => undefined))?.ok) break;
      if (api.exitCode !== null || i > 600) throw new Error(`the API did not start (is it built?):\n${logs.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const admin = await login(base, 'admin', ADMIN_PASSWORD);
    // vrrp_script runs as root on the directors: an admin's token.
    token = (await call(base, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } })).body.secret;
    clusterId = (await register(lab.state, { url: base, token })).clusterId;
  }, 180_000);
  afterAll(async () => {
    for (const d of lab?.state.directors ?? []) lab.ssh(d.role, `rm -f ${UP_FILE}`);
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
    lab?.down();
  });

  /** Polls until `holders` holds the VIP (real VRRP: about 3 × advert_int plus the script's interval). */
  async function vipMovesTo(role: string, what: string): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && lab.vipHolders().join() !== role) await new Promise((r) => setTimeout(r, 250));
    expect(lab.vipHolders(), what).toEqual([role]);
  }

  it('a weighted vrrp_script read back from keepalived.conf and deployed moves the VIP when its check fails, and back when it passes', async () => {
    const [d1, d2] = lab.state.directors;
    for (const d of lab.state.directors) lab.ssh(d.role, `touch ${UP_FILE}`);
    const current = await get('GET', `/clusters/${clusterId}/spec`);
    expect(current.status, current.text).toBe(200);
    const spec = structuredClone(current.body) as ClusterSpec;
    // 150 - 30 = 120 < 140: a failing check on director 1 hands the VIP to director 2.
    spec.vrrpScripts = [{ name: 'chk_proxy', script: `/usr/bin/test -e ${UP_FILE}`, interval: 1, weight: -30, fall: 1, rise: 1 }];
    spec.vrrpInstances[0].trackScripts = [{ name: 'chk_proxy' }];

    // The round trip: what the files say is what import gives back.
    const imported = importCluster(
      spec.name,
      spec.directors.map((d) => ({ director: d.name, address: d.address, text: render(spec, d.name) })),
    ).spec;
    expect(imported.vrrpScripts).toEqual(spec.vrrpScripts);
    expect(imported.vrrpInstances[0].trackScripts).toEqual([{ name: 'chk_proxy' }]);
    const next = {
      ...spec,
      vrrpScripts: imported.vrrpScripts,
      vrrpInstances: spec.vrrpInstances.map((inst, i) => ({ ...inst, trackScripts: imported.vrrpInstances[i].trackScripts })),
    };
    const put = await get('PUT', `/clusters/${clusterId}/spec`, next, { 'if-match': current.headers.get('etag')! });
    expect(put.status, put.text).toBe(200);

    const started = await get('POST', `/clusters/${clusterId}/deployments`, { message: 'track the proxy' });
    expect(started.status, started.text).toBe(202);
    let dep: Json = started.body;
    for (let i = 0; i < 600 && ['pending', 'running'].includes(dep.status); i++) {
      await new Promise((r) => setTimeout(r, 100));
      dep = (await get('GET', `/clusters/${clusterId}/deployments/${started.body.id}`)).body;
    }
    expect(dep.status, JSON.stringify(dep)).toBe('succeeded');
    for (const d of lab.state.directors)
      expect(readFileSync(d.configHostPath, 'utf8')).toMatch(
        /vrrp_script chk_proxy \{[\s\S]*weight -30[\s\S]*track_script \{\n\s+chk_proxy\n/,
      );

    await vipMovesTo(d1.role, 'director 1 (priority 150) holds the VIP while its check passes');
    lab.ssh(d1.role, `rm -f ${UP_FILE}`);
    await vipMovesTo(d2.role, 'the failed check takes director 1 to 120, below director 2');
    lab.ssh(d1.role, `touch ${UP_FILE}`);
    await vipMovesTo(d1.role, 'the mended check brings director 1 back to 150, and it preempts');
  }, 240_000);
});
