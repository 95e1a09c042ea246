import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { register } from '../../../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from '../../../../../lab/src/testing';
import { freePort } from '../../../../../test/global-setup';
import { call, type Json, login } from '../../../../../test/http';
import { createTestDatabase } from '../../../../../test/pg';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const ADMIN_PASSWORD = `lab-admin-${randomBytes(6).toString('hex')}`;
const MASTER_KEY = randomBytes(32).toString('base64');

/**
 * Deployments against the netns lab's three directors (real sshd, real keepalived with real VRRP),
 * through the built API running as its own process — so that what it logs can be read, and
 * searched for secrets, along with every response and the audit log.
 */
describe.skipIf(!CAN_RUN_LAB)(`deployments to the lab's directors${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`, () => {
  let lab: StartedLab;
  let api: ChildProcess;
  let base: string;
  let token: string;
  let clusterId: string;
  let logs = '';
  const responses: string[] = [];
  const get = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const r = await call(base, method, `/api/v1${path}`, { token, body, headers });
    responses.push(r.text);
    return r;
  };

  async function deploy(message: string): Promise<Json> {
    const r = await get('POST', `/clusters/${clusterId}/deployments`, { message });
    expect(r.status, r.text).toBe(202);
    return finished(r.body.id);
  }
  async function finished(id: string): Promise<Json> {
    for (let i = 0; i < 600; i++) {
      const d = (await get('GET', `/clusters/${clusterId}/deployments/${id}`)).body;
      if (!['pending', 'running'].includes(d.status)) return d;
      await new Promise((res) => setTimeout(res, 100));
    }
    throw new Error('the deployment did not finish within 60 s');
  }

  let databaseUrl: string;
  /** Starts the built API on the test database (again after a kill: same database, same master key). */
  async function startApi(): Promise<void> {
    api = spawn(process.execPath, [join(__dirname, '../../../dist/main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'debug',
        DATABASE_URL: databaseUrl,
        API_PORT: new URL(base).port,
        ADMIN_PASSWORD,
        LVS_MASTER_KEY: MASTER_KEY,
        TELEMETRY_TICK_MS: '1000',
        DEPLOY_RELOAD_TIMEOUT_MS: '2000', // the hung-keepalived test waits this long, twice
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout!.on('data', (b: Buffer) => (logs += b.toString()));
    api.stderr!.on('data', (b: Buffer) => (logs += b.toString()));
    for (let i = 0; ; i++) {
      if ((await fetch(`${base}/api/v1/ready`).catch(() => undefined))?.ok) break;
      if (api.exitCode !== null || i > 600)
        throw new Error(`the API did not start (is it built? npm test builds it):\n${logs.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    lab = await startLab({ directors: 3, realServers: 1 });
    base = `http://127.0.0.1:${await freePort()}`;
    databaseUrl = await createTestDatabase(inject('pgAdminUrl'));
    await startApi();
    const admin = await login(base, 'admin', ADMIN_PASSWORD);
    const made = await call(base, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } });
    token = made.body.secret; // the one response allowed to hold it
    clusterId = (await register(lab.state, { url: base, token })).clusterId;
  }, 180_000);
  afterAll(async () => {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
    lab?.down();
  });

  /** Changes the spec with `edit` (If-Match), returning every director's file sha256 before. */
  async function change(edit: (spec: Json) => void): Promise<string[]> {
    const spec = await get('GET', `/clusters/${clusterId}/spec`);
    const next = structuredClone(spec.body);
    edit(next);
    const put = await get('PUT', `/clusters/${clusterId}/spec`, next, { 'if-match': spec.headers.get('etag')! });
    expect(put.status, put.text).toBe(200);
    return lab.state.directors.map((d) => sha256(readFileSync(d.configHostPath, 'utf8')));
  }
  const files = () => lab.state.directors.map((d) => sha256(readFileSync(d.configHostPath, 'utf8')));
  /** Deploys with a fault switched on for the director `role`, switched off again whatever happens. */
  async function deployWithFault(
    fault: keyof StartedLab['faults'],
    reverse: keyof StartedLab['faults'],
    role: string,
    message: string,
  ): Promise<{ dep: Json; byName: Record<string, Json> }> {
    await lab.faults[fault](role);
    let dep: Json;
    try {
      dep = await deploy(message);
    } finally {
      await lab.faults[reverse](role);
    }
    return { dep, byName: Object.fromEntries(dep.targets.map((t: Json) => [t.director, t])) };
  }

  it('a good deploy to 3 directors changes the VIP set and the VRRP priorities for real', async () => {
    const spec = await get('GET', `/clusters/${clusterId}/spec`);
    const [d1, d2, d3] = lab.state.directors;
    const vip2 = lab.state.vips[0].replace(/\.\d+$/, '.101');
    const next = structuredClone(spec.body);
    const inst = next.vrrpInstances[0];
    inst.vips.push({ address: `${vip2}/32`, dev: 'eth0' });
    // Director 2 becomes the MASTER: the highest priority, and the initial state with it.
    inst.members = inst.members.map((m: Json) => ({
      ...m,
      priority: m.director === d2.name ? 200 : m.priority,
      state: m.director === d2.name ? 'MASTER' : 'BACKUP',
    }));
    const put = await get('PUT', `/clusters/${clusterId}/spec`, next, { 'if-match': spec.headers.get('etag')! });
    expect(put.status, put.text).toBe(200);

    const dep = await deploy('second VIP, director 2 preferred');
    expect(dep.status, JSON.stringify(dep.targets.map((t: Json) => [t.director, t.status, t.error]))).toBe('succeeded');
    // BACKUPs first, the new MASTER last.
    expect(dep.targets.map((t: Json) => t.director)).toEqual([d1.name, d3.name, d2.name]);
    for (const d of [d1, d2, d3]) {
      const file = readFileSync(d.configHostPath, 'utf8');
      expect(file).toContain(`${vip2}/32 dev eth0`);
      expect(file).toContain(`priority ${d === d2 ? 200 : d.priority}`);
    }
    // VRRP itself: director 2 preempts and takes both VIPs.
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && !(lab.vipHolders(vip2).join() === d2.role && lab.vipHolders().join() === d2.role))
      await new Promise((r) => setTimeout(r, 200));
    expect(lab.vipHolders(vip2)).toEqual([d2.role]);
    expect(lab.vipHolders()).toEqual([d2.role]);
  });

  it('an unreachable director fails its step with a clear message, and the others are left untouched', async () => {
    const [d1, d2, d3] = lab.state.directors;
    const before = await change((s) => (s.vrrpInstances[0].advertInt = 2));
    // director 1 is the first in the rolling order
    const { dep, byName } = await deployWithFault('linkDown', 'linkUp', d1.role, 'advert_int 2 while director 1 is cut off');
    expect(dep.status).toBe('failed');
    expect(byName[d1.name].status).toBe('failed');
    // With the pooled connection of the first deploy still open, the first thing to go unanswered is
    // reading the live file; without it, connecting. Either way the step says so: it ended on a
    // bound (the console's own timer or the kernel's), which the message names — no wall-clock
    // ceiling here, a 20 s one over a 15 s SFTP timer broke on a busy machine's margin.
    const failedStep = byName[d1.name].steps.find((s: Json) => s.status === 'failed');
    expect(['connect', 'read']).toContain(failedStep.name);
    expect(failedStep.output).toMatch(/no answer within|timed out|ETIMEDOUT|EHOSTUNREACH/i);
    expect(byName[d1.name].error).toMatch(/no answer within|timed out|ETIMEDOUT|EHOSTUNREACH/i);
    // Stop on failure: the others were not started, and their files are byte-identical.
    expect([byName[d3.name].status, byName[d2.name].status]).toEqual(['skipped', 'skipped']);
    expect(files()).toEqual(before);
  }, 120_000);

  it('a reload keepalived does not take (keepalived-hang fault) fails verify and is rolled back to the byte-identical file; the MASTER is not touched', async () => {
    const [d1, d2, d3] = lab.state.directors;
    const before = await change((s) => (s.vrrpInstances[0].advertInt = 3));
    // keepalived-hang: alive for kill -0, deaf to SIGHUP
    const { dep, byName } = await deployWithFault('hangKeepalived', 'resumeKeepalived', d3.role, 'advert_int 3 while director 3 is hung');
    expect(dep.status).toBe('failed');
    expect(byName[d1.name].status).toBe('succeeded'); // first in the rolling order
    expect(byName[d3.name]).toMatchObject({ status: 'rolled_back', beforeSha256: before[2], afterSha256: before[2] });
    expect(byName[d3.name].error).toMatch(/verify failed: .*did not re-read.*rolled back: the previous file is restored and verified/);
    const steps = byName[d3.name].steps.map((x: Json) => `${x.name}:${x.status}`);
    expect(steps).toEqual(expect.arrayContaining(['swap:ok', 'reload:ok', 'verify:failed', 'restore:ok']));
    expect(byName[d2.name].status).toBe('skipped'); // the MASTER, after the failure
    const now = files();
    expect(now[2]).toBe(before[2]);
    expect(now[1]).toBe(before[1]);
    expect(now[0]).not.toBe(before[0]);
    // Resumed, keepalived acts on the signal it held and re-reads the (restored) file.
    expect(lab.keepalivedAlive(d3.role)).toBe(true);
  }, 120_000);

  it('a director whose SSH host key changed is refused, audited, and left untouched; the others are not started', async () => {
    const [d1] = lab.state.directors;
    const before = await change((s) => (s.vrrpInstances[0].advertInt = 1));
    const { dep, byName } = await deployWithFault('changeHostKey', 'restoreHostKey', d1.role, 'with director 1 showing a new host key');
    expect(dep.status).toBe('failed');
    expect(byName[d1.name]).toMatchObject({ status: 'failed', error: expect.stringMatching(/host key .* is pinned: refusing/) });
    expect(dep.targets.filter((t: Json) => t.director !== d1.name).map((t: Json) => t.status)).toEqual(['skipped', 'skipped']);
    expect(files()).toEqual(before);
    const audit = await get('GET', '/audit?action=director.host_key_mismatch');
    expect(audit.body.total).toBeGreaterThan(0);
    expect(JSON.stringify(audit.body.items)).toContain(`${clusterId}/${d1.name}`);
    // With the lab's own key back, the same deployment goes through.
    const again = await deploy('host key restored');
    expect(again.status, JSON.stringify(again.targets.map((t: Json) => [t.director, t.status, t.error]))).toBe('succeeded');
  }, 120_000);

  it('a second deployment while one runs gets 409, and the first one completes', async () => {
    await change((s) => (s.vrrpInstances[0].advertInt = 2));
    const [a, b] = await Promise.all([
      get('POST', `/clusters/${clusterId}/deployments`, {}),
      get('POST', `/clusters/${clusterId}/deployments`, {}),
    ]);
    expect([a.status, b.status].sort()).toEqual([202, 409]);
    const conflict = a.status === 409 ? a : b;
    expect(conflict.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(conflict.body.code).toBe('deployments.deployment_running');
    expect((await finished((a.status === 202 ? a : b).body.id)).status).toBe('succeeded');
  }, 120_000);

  it('a deployment cut short by an API crash is marked interrupted at the next start, and each director is checked and reported', async () => {
    const [d1, d2, d3] = lab.state.directors;
    const before = await change((s) => (s.vrrpInstances[0].advertInt = 4));
    await lab.faults.hangKeepalived(d1.role); // the first in the rolling order: its verify waits (2 s)
    try {
      const r = await get('POST', `/clusters/${clusterId}/deployments`, { message: 'cut short' });
      expect(r.status).toBe(202);
      // d1's file is swapped, its verify is waiting for keepalived: kill the API there
      await expect.poll(() => files()[0] !== before[0], { timeout: 30_000, interval: 20 }).toBe(true);
      api.kill('SIGKILL');
      await new Promise((res) => api.once('exit', res));
      await startApi();
      const d = (await get('GET', `/clusters/${clusterId}/deployments/${r.body.id}`)).body;
      expect(d).toMatchObject({ status: 'interrupted', error: 'interrupted by an API restart' });
      // the directors are checked in the background after the start
      await expect
        .poll(
          async () =>
            (await get('GET', `/clusters/${clusterId}/deployments/${r.body.id}`)).body.targets.every((t: Json) => t.status === 'failed'),
          { timeout: 30_000 },
        )
        .toBe(true);
      const after = Object.fromEntries(
        (await get('GET', `/clusters/${clusterId}/deployments/${r.body.id}`)).body.targets.map((t: Json) => [t.director, t.error]),
      );
      expect(after[d1.name]).toBe('interrupted by an API restart; director holds the new revision');
      // d3 and d2 were prepared (uploaded beside, config-tested) but never swapped: their uploads are cleaned up
      for (const d of [d3, d2])
        expect(after[d.name]).toMatch(
          /^interrupted by an API restart; director holds its previous file; its unused upload .*\.lvs-new was removed$/,
        );
      expect(files().slice(1)).toEqual(before.slice(1));
      for (const d of [d2, d3]) expect(existsSync(`${d.configHostPath}.lvs-new`)).toBe(false);
      const audit = await get('GET', '/audit?action=deployment.interrupted');
      expect(audit.body.total).toBeGreaterThan(0);
    } finally {
      await lab.faults.resumeKeepalived(d1.role);
    }
    // a new deployment goes through
    expect((await deploy('after the restart')).status).toBe('succeeded');
  }, 180_000);

  it('a VIP moved into a new instance goes in two stages: off the old instance first, then onto the new one, and VRRP carries it', async () => {
    const [, d2] = lab.state.directors;
    const vip2 = lab.state.vips[0].replace(/\.\d+$/, '.101'); // added to the first instance by the first test
    await change((s) => {
      const first = s.vrrpInstances[0];
      first.vips = first.vips.filter((v: Json) => !v.address.startsWith(`${vip2}/`));
      s.vrrpInstances.push({
        ...structuredClone(first),
        name: 'VI_SPLIT',
        virtualRouterId: first.virtualRouterId + 1,
        vips: [{ address: `${vip2}/32`, dev: 'eth0' }],
      });
    });
    const plan = await get('GET', `/clusters/${clusterId}/plan`);
    expect(plan.body.hazards.map((h: Json) => h.kind)).toEqual(['vip-moved']);
    const dep = await deploy('VIP .101 into its own instance');
    expect(dep.status, JSON.stringify(dep.targets.map((t: Json) => [t.director, t.status, t.error]))).toBe('succeeded');
    for (const t of dep.targets) {
      const stages = t.steps.filter((x: Json) => x.name === 'swap').map((x: Json) => x.stage ?? 'revision');
      expect(stages).toEqual(['interim', 'revision']);
    }
    // the files end with the VIP in the new instance; VRRP (director 2 has the highest priority) carries both
    for (const d of lab.state.directors)
      expect(readFileSync(d.configHostPath, 'utf8')).toMatch(
        new RegExp(`vrrp_instance VI_SPLIT \\{[\\s\\S]*${vip2.replace(/\./g, '\\.')}/32 dev eth0`),
      );
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && !(lab.vipHolders(vip2).join() === d2.role && lab.vipHolders().join() === d2.role))
      await new Promise((r) => setTimeout(r, 200));
    expect(lab.vipHolders(vip2)).toEqual([d2.role]);
    expect(lab.vipHolders()).toEqual([d2.role]);
  }, 120_000);

  it('no secret appears in any response, log line or audit event', async () => {
    const audit = await fetch(`${base}/api/v1/audit?format=jsonl`, { headers: { authorization: `Bearer ${token}` } });
    const auditText = await audit.text();
    expect(audit.status, auditText.slice(0, 300)).toBe(200);
    expect(auditText).toContain('deployment');
    const key = readFileSync(lab.state.privateKeyPath, 'utf8');
    const keyBody = key.split('\n').filter((l) => l && !l.startsWith('-----'));
    const secrets: [string, string][] = [
      ['the admin password', ADMIN_PASSWORD],
      ['the master key', MASTER_KEY],
      ['the API token', token],
      ...keyBody.map((l, i) => [`private key line ${i + 1}`, l] as [string, string]),
    ];
    const places: [string, string][] = [
      ['API logs', logs],
      ['audit log', auditText],
      ...responses.map((r, i) => [`response ${i + 1}`, r] as [string, string]),
    ];
    expect(logs.length).toBeGreaterThan(1000); // debug logs were written (the search below means something)
    const found = places.flatMap(([where, text]) => secrets.filter(([, s]) => text.includes(s)).map(([what]) => `${what} in ${where}`));
    expect(found).toEqual([]);
  });
});
