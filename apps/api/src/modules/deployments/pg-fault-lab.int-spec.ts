import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from '../../../../../lab/src/testing';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, type Json, login } from '../../../../../test/http';
import { adminQuery } from '../../../../../test/pg';
import { type KillablePostgres, startKillablePostgres } from '../../../../../test/pg-killable';
import { DeploymentsService } from './deployments.service';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * PostgreSQL SIGKILLed while a deployment's director step runs (the netns lab's directors, real
 * sshd and keepalived): the API process survives the outage (503s while it lasts, no unhandled
 * rejection from the runner's record writes), the directors are left whole (the runner still
 * restores a failed one over SSH), and the deployment is not left "running" — which would block
 * every later one with 409: once Postgres is back the same API marks it interrupted and checks
 * and reports every director. (An API restart does the same: deployments-lab.int-spec.ts.)
 */
describe.skipIf(!CAN_RUN_LAB)(`PostgreSQL killed during a deployment${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`, () => {
  let lab: StartedLab;
  let pg: KillablePostgres;
  let t: TestApp;
  let token: string;
  let clusterId: string;
  const env = { LVS_MASTER_KEY: randomBytes(32).toString('base64'), DEPLOY_RELOAD_TIMEOUT_MS: '5000' };
  const api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    call(t.baseUrl, method, `/api/v1${path}`, { token, body, headers });
  const files = () => lab.state.directors.map((d) => sha256(readFileSync(d.configHostPath, 'utf8')));

  beforeAll(async () => {
    lab = await startLab({ directors: 2, realServers: 1 });
    pg = await startKillablePostgres();
    t = await startTestApp(env, { databaseUrl: pg.databaseUrl });
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } })).body.secret;
    clusterId = (await register(lab.state, { url: t.baseUrl, token })).clusterId;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await pg?.stop();
    lab?.down();
  }, 60_000);

  it("killed during the first director's verify: the API survives, and once Postgres is back the deployment is marked interrupted and each director reported", async () => {
    // Rolling order: the BACKUP first, the MASTER (the VIP holder) last.
    const master = lab.vipHolders().join();
    const first = lab.state.directors.find((d) => d.role !== master)!;
    const last = lab.state.directors.find((d) => d.role === master)!;
    const at = lab.state.directors.indexOf(first);
    const spec = await api('GET', `/clusters/${clusterId}/spec`);
    const next = structuredClone(spec.body);
    next.vrrpInstances[0].advertInt = 3;
    expect((await api('PUT', `/clusters/${clusterId}/spec`, next, { 'if-match': spec.headers.get('etag')! })).status).toBe(200);
    const before = files();

    // keepalived-hang on the first in the rolling order: after its swap, its verify waits (5 s)
    // for a reload that does not come — a director step that is running when Postgres dies.
    await lab.faults.hangKeepalived(first.role);
    let id = '';
    try {
      const r = await api('POST', `/clusters/${clusterId}/deployments`, { message: 'postgres dies under it' });
      expect(r.status, r.text).toBe(202);
      id = r.body.id;
      await expect.poll(() => files()[at] !== before[at], { timeout: 30_000, interval: 20 }).toBe(true);
      await pg.kill();

      // The outage is answered as one, and the runner finishes its SSH work without its database:
      // the first director's verify fails and its previous file is restored; the MASTER is never swapped.
      const during = await api('GET', `/clusters/${clusterId}/deployments/${id}`);
      expect(during.status, during.text).toBe(503);
      expect(during.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(during.body.code).toBe('common.database_unavailable');
      await t.app.get(DeploymentsService).settle(id);
    } finally {
      await lab.faults.resumeKeepalived(first.role);
    }
    expect(files()).toEqual(before);

    await pg.start();
    // The same API process answers again (its pool reconnects), and once the database is back it
    // marks the deployment interrupted and checks each director itself — no API restart needed.
    await expect
      .poll(async () => (await api('GET', `/clusters/${clusterId}/deployments/${id}`)).status, { timeout: 30_000, interval: 200 })
      .toBe(200);
    await expect
      .poll(async () => (await api('GET', `/clusters/${clusterId}/deployments/${id}`)).body.status, { timeout: 30_000, interval: 200 })
      .toBe('interrupted');
    const d = (await api('GET', `/clusters/${clusterId}/deployments/${id}`)).body;
    expect(d.error).toBe('interrupted: the database was unavailable');
    await expect
      .poll(
        async () => (await api('GET', `/clusters/${clusterId}/deployments/${id}`)).body.targets.every((x: Json) => x.status === 'failed'),
        { timeout: 30_000 },
      )
      .toBe(true);
    const targets = (await api('GET', `/clusters/${clusterId}/deployments/${id}`)).body.targets as Json[];
    const error = Object.fromEntries(targets.map((x) => [x.director, x.error]));
    // The first was restored by the runner during the outage; the MASTER was prepared, never swapped.
    expect(targets.map((x) => x.director)).toEqual([first.name, last.name]);
    expect(error[first.name]).toMatch(/^interrupted: the database was unavailable; director holds its previous file/);
    expect(error[last.name]).toMatch(/^interrupted: the database was unavailable; director holds its previous file/);
    for (const x of targets)
      expect(x.steps.at(-1)).toMatchObject({
        name: 'verify',
        status: 'skipped',
        output: expect.stringMatching(/^after the database returned: holds its previous file/),
      });
    for (const dir of [first, last]) expect(existsSync(`${dir.configHostPath}.lvs-new`)).toBe(false);
    const audit = await api('GET', '/audit?action=deployment.interrupted');
    expect(audit.body.total).toBe(1);
    expect(
      (await adminQuery<{ n: string }>(pg.databaseUrl, "SELECT count(*) AS n FROM deployments WHERE status IN ('pending', 'running')"))[0]
        .n,
    ).toBe('0');

    // Nothing is left blocking: the next deployment goes through.
    const again = await api('POST', `/clusters/${clusterId}/deployments`, { message: 'after the outage' });
    expect(again.status, again.text).toBe(202);
    await t.app.get(DeploymentsService).settle(again.body.id);
    const done = (await api('GET', `/clusters/${clusterId}/deployments/${again.body.id}`)).body;
    expect(done.status, JSON.stringify(done.targets)).toBe('succeeded');
    expect(files().every((f, i) => f !== before[i])).toBe(true);
  }, 240_000);
});
