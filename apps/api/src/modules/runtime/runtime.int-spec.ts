import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { realServerFile, runtimeControlsFor } from '@lvs/keepalived';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';
import { startKeepalivedNetns, vrrpConfig, type KeepalivedNetns } from '../../../../../test/keepalived-netns';
import { IS_ROOT, startSshd, type TestSshd } from '../../../../../test/sshd';
import { lvsctl } from '../../../../cli/test/run';
import { DirectorConnector } from '../../infra/ssh/director-connector';
import { SshPool } from '../../infra/ssh/ssh-pool';
import { CLUSTER_SPEC_PORT, type ClusterSpecPort } from '../clusters/spec/cluster-spec.port';
import { DeploymentsService } from '../deployments/deployments.service';
import { runtimeAgent, runtimeAgentChannelName, writeRuntimeFilesNow } from './runtime-agent';

/**
 * Runtime controls through the REST API against real parts: OpenSSH on two loopback addresses and
 * two real keepalived processes (VRRP only: this kernel has no IPVS, so the IPVS verification says
 * it could not look). The deployment creates the track files; drain/disable/enable "now" rewrite
 * them on both directors without a reload (same keepalived pid); maintenance writes its file and is
 * refused when the other member is down.
 */
describe.skipIf(!IS_ROOT)('runtime controls over SSH (real API, PostgreSQL, sshd, keepalived)', () => {
  let t: TestApp;
  let sshd: TestSshd;
  let lb1: KeepalivedNetns;
  let lb2: KeepalivedNetns;
  let token: string;
  let clusterId: string;
  let serviceId: string;
  let realId: string;
  const api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    call(t.baseUrl, method, `/api/v1${path}`, { token, body, headers });
  const vs = { vip: '10.213.251.100', port: 80, protocol: 'TCP' as const };
  const rs = { address: '10.213.251.21', port: 80 };
  const fileOf = (k: KeepalivedNetns) => realServerFile(runtimeControlsFor(k.configPath), vs, { ...rs, adminState: 'enabled' }).path;
  const valueOf = (path: string) => readFileSync(path, 'utf8').trim();

  const spec = () => ({
    name: 'runtime-pair',
    directors: [
      {
        name: 'lb1',
        address: '127.0.0.1',
        sshPort: sshd.port,
        sshUser: sshd.user,
        credential: 'rt-key',
        configPath: lb1.configPath,
        pidFile: lb1.pidFile,
      },
      {
        name: 'lb2',
        address: '127.0.0.2',
        sshPort: sshd.port,
        sshUser: sshd.user,
        credential: 'rt-key',
        configPath: lb2.configPath,
        pidFile: lb2.pidFile,
      },
    ],
    vrrpInstances: [
      {
        name: 'VI_RT',
        interface: 'eth0',
        virtualRouterId: 52,
        members: [
          { director: 'lb1', priority: 150, state: 'MASTER' },
          { director: 'lb2', priority: 100 },
        ],
        vips: [{ address: '10.213.251.100/32' }],
      },
    ],
    virtualServices: [
      {
        ...vs,
        scheduler: 'wrr',
        realServers: [
          { ...rs, weight: 5, healthCheck: { type: 'TCP_CHECK', connectTimeout: 3 } },
          { address: '10.213.251.22', port: 80, weight: 5 },
        ],
      },
    ],
  });

  async function deploy(message: string): Promise<Json> {
    const r = await api('POST', `/clusters/${clusterId}/deployments`, { message });
    expect(r.status, r.text).toBe(202);
    await t.app.get(DeploymentsService).settle(r.body.id);
    return (await api('GET', `/clusters/${clusterId}/deployments/${r.body.id}`)).body;
  }
  const adminState = async (body: Record<string, unknown>) => {
    const etag = (await api('GET', `/clusters/${clusterId}/virtual-services/${serviceId}/real-servers/${realId}`)).headers.get('etag')!;
    return api('POST', `/clusters/${clusterId}/virtual-services/${serviceId}/real-servers/${realId}/admin-state`, body, {
      'if-match': etag,
    });
  };

  // the master key is given so that a second API on the same database can read the SSH credential
  const appEnv = {
    DIRECTOR_CONFIG_DIRS: `/etc/keepalived,${tmpdir()}`,
    RUNTIME_VERIFY_TIMEOUT_MS: '2000',
    LVS_MASTER_KEY: randomBytes(32).toString('base64'),
  };

  beforeAll(async () => {
    sshd = await startSshd({ listen: ['127.0.0.1', '127.0.0.2'] });
    const first = vrrpConfig({ routerId: 'lb', priority: 100, vip: '10.213.251.100/32', comment: 'before the console' });
    lb1 = await startKeepalivedNetns(first);
    lb2 = await startKeepalivedNetns(first);
    t = await startTestApp(appEnv);
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'ci', role: 'admin' } })).body.secret;
    expect(
      (
        await api('POST', '/credentials', {
          name: 'rt-key',
          kind: 'private_key',
          privateKey: sshd.privateKey,
          allowedAddresses: ['127.0.0.1', '127.0.0.2'],
        })
      ).status,
    ).toBe(201);
    const c = await api('POST', '/clusters', spec());
    expect(c.status, c.text).toBe(201);
    clusterId = c.body.id;
    for (const d of ['lb1', 'lb2'])
      expect((await api('PUT', `/clusters/${clusterId}/host-keys/${d}`, { fingerprint: sshd.fingerprint })).status).toBe(200);
    serviceId = (await api('GET', `/clusters/${clusterId}/virtual-services`)).body.items[0].id;
    realId = (await api('GET', `/clusters/${clusterId}/virtual-services/${serviceId}/real-servers`)).body.items[0].id;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await lb1?.stop();
    await lb2?.stop();
    await sshd?.stop();
  });

  it('before anything is deployed, apply "now" is recorded as applying at the next deployment', async () => {
    const r = await adminState({ adminState: 'drained', apply: 'now' });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({
      adminState: 'drained',
      runtime: { applied: 'next-deployment', message: 'applies at the next deployment', reason: 'nothing is deployed on this cluster yet' },
    });
    expect((await adminState({ adminState: 'enabled' })).body.runtime).toBeUndefined();
  });

  it('a deployment creates the track-file directory and files with the admin state and maintenance, before the swap', async () => {
    // the plan says what the first deployment adds besides the diff
    const before = await api('GET', `/clusters/${clusterId}/plan`);
    expect(before.body.notes).toEqual([
      `lb1 runs a configuration without runtime controls: this deployment adds them (track files in ${dirname(lb1.configPath)}/lvs-console-runtime); until then drain, disable, enable "now" and maintenance apply at the next deployment`,
      `lb2 runs a configuration without runtime controls: this deployment adds them (track files in ${dirname(lb2.configPath)}/lvs-console-runtime); until then drain, disable, enable "now" and maintenance apply at the next deployment`,
    ]);
    const d = await deploy('runtime controls');
    expect(d.status, JSON.stringify(d.targets)).toBe('succeeded');
    expect((await api('GET', `/clusters/${clusterId}/plan`)).body.notes).toEqual([]);
    const steps = d.targets[0].steps.map((s: Json) => s.name);
    expect(steps.indexOf('runtime-files')).toBeGreaterThan(-1);
    expect(steps.indexOf('runtime-files')).toBeLessThan(steps.indexOf('swap'));
    for (const k of [lb1, lb2]) {
      const dir = join(dirname(k.configPath), 'lvs-console-runtime');
      const names = readdirSync(dir);
      expect(names).toHaveLength(3);
      expect(names.filter((n) => n === 'maintenance' || /^rs-[0-9a-f]{16}$/.test(n))).toHaveLength(3);
      expect(valueOf(join(dir, 'maintenance'))).toBe('0');
      expect(valueOf(fileOf(k))).toBe('0');
      expect(readFileSync(k.configPath, 'utf8')).toContain('FILE_CHECK');
      expect(k.alive()).toBe(true);
    }
  }, 120_000);

  it('the runtime agents are open before the first drain: after a deployment, and on an API that starts with the cluster deployed', async () => {
    const names = [lb1, lb2].map((k) => runtimeAgentChannelName(runtimeControlsFor(k.configPath).dir));
    const pool = t.app.get(SshPool);
    // the deployment above opened each director's agent once, with no drain asked for
    await expect.poll(() => names.map((n) => pool.heldChannelsOpened(n)), { timeout: 30_000, interval: 50 }).toEqual([1, 1]);
    // an API started later on the same database (a restart, another replica) opens them at its start
    const b = await startTestApp(appEnv, { databaseUrl: t.databaseUrl });
    try {
      const poolB = b.app.get(SshPool);
      await expect.poll(() => names.map((n) => poolB.heldChannelsOpened(n)), { timeout: 30_000, interval: 50 }).toEqual([1, 1]);
      // its first drain goes over those agents: no channel opened for it
      const onB = async (state: string) => {
        const path = `/api/v1/clusters/${clusterId}/virtual-services/${serviceId}/real-servers/${realId}`;
        const etag = (await call(b.baseUrl, 'GET', path, { token })).headers.get('etag')!;
        const r = await call(b.baseUrl, 'POST', `${path}/admin-state`, {
          token,
          body: { adminState: state, apply: 'now' },
          headers: { 'if-match': etag },
        });
        expect(r.body.runtime?.status, r.text).toBe('applied');
        return r.body;
      };
      const drained = await onB('drained');
      for (const x of drained.runtime.directors)
        expect(x.steps.find((st: Json) => st.name === 'write').output).toMatch(/over held channel \(pid \d+\)/);
      expect(names.map((n) => poolB.heldChannelsOpened(n))).toEqual([1, 1]);
      for (const k of [lb1, lb2]) expect(valueOf(fileOf(k))).toBe('-65535');
      await onB('enabled');
      for (const k of [lb1, lb2]) expect(valueOf(fileOf(k))).toBe('0');
    } finally {
      await b.close();
    }
  }, 120_000);

  it('drain "now" writes the file on every director without a reload, records and audits it; the topology keeps it', async () => {
    const pids = [lb1.pid(), lb2.pid()];
    const r = await adminState({ adminState: 'drained', apply: 'now', waitForConnections: { timeoutSeconds: 5 } });
    expect(r.status, r.text).toBe(200);
    expect(r.body.adminState).toBe('drained');
    expect(r.body.runtime).toMatchObject({ applied: 'now', message: 'applied now, no reload', status: 'applied' });
    expect(r.body.runtime.directors.map((x: Json) => [x.director, x.status])).toEqual([
      ['lb1', 'applied'],
      ['lb2', 'applied'],
    ]);
    // no IPVS on this kernel: the verification says so instead of failing
    expect(r.body.runtime.directors[0].verified).toMatch(/^not verified: the IPVS table is not readable here/);
    expect(r.body.runtime.directors[0].steps.map((s: Json) => s.name)).toEqual(['connect', 'write', 'verify']);
    expect(r.body.runtime.connections).toBeUndefined(); // nothing to count without IPVS
    for (const k of [lb1, lb2]) expect(valueOf(fileOf(k))).toBe('-65535');
    expect([lb1.pid(), lb2.pid()]).toEqual(pids);
    const changes = await api('GET', `/clusters/${clusterId}/runtime-changes`);
    expect(changes.body.items[0]).toMatchObject({
      kind: 'admin-state',
      value: 'drained',
      status: 'applied',
      target: expect.stringContaining('10.213.251.21:80 in 10.213.251.100:80/TCP'),
    });
    const audit = await api('GET', `/audit?action=realServer.adminState.apply`);
    expect(JSON.stringify(audit.body)).toContain('applied now, no reload');
    // the next render agrees: the plan's diff for the drain is the header comment only (revision, spec sha256)
    const plan = await api('GET', `/clusters/${clusterId}/plan`);
    for (const d of plan.body.directors) {
      const changed = (d.diff as string).split('\n').filter((l) => /^[+-](?![+-]{2} )/.test(l));
      expect(changed.length, d.diff).toBeGreaterThan(0);
      expect(
        changed.every((l) => /^[+-]! /.test(l)),
        d.diff,
      ).toBe(true);
    }
  }, 60_000);

  it('a deployment keeps the drained value; disable and enable now write their values', async () => {
    expect((await deploy('again')).status).toBe('succeeded');
    for (const k of [lb1, lb2]) expect(valueOf(fileOf(k))).toBe('-65535');
    const off = await adminState({ adminState: 'disabled', apply: 'now' });
    expect(off.body.runtime.status).toBe('applied');
    for (const k of [lb1, lb2]) expect(valueOf(fileOf(k))).toBe('-2147483648');
    const on = await adminState({ adminState: 'enabled', apply: 'now' });
    expect(on.body.runtime.status).toBe('applied');
    for (const k of [lb1, lb2]) expect(valueOf(fileOf(k))).toBe('0');
    expect(lb1.alive() && lb2.alive()).toBe(true);
  }, 120_000);

  it('"now" goes over one held agent channel per director: many changes, one exec each; a killed agent is re-opened', async () => {
    const pool = t.app.get(SshPool);
    const names = [lb1, lb2].map((k) => runtimeAgentChannelName(runtimeControlsFor(k.configPath).dir));
    const opened = () => names.map((n) => pool.heldChannelsOpened(n));
    /** The agent's pid on each director, as the write step reports it. */
    const agentPids = (body: Json): number[] =>
      body.runtime.directors.map((x: Json) => {
        const write = x.steps.find((s: Json) => s.name === 'write').output as string;
        return Number(/over held channel \(pid (\d+)\)/.exec(write)?.[1]);
      });
    const first = await adminState({ adminState: 'drained', apply: 'now' });
    expect(first.body.runtime.status, first.text).toBe('applied');
    const pids = agentPids(first.body);
    expect(
      pids.every((p) => p > 0),
      JSON.stringify(first.body.runtime.directors),
    ).toBe(true);
    expect(pids[0]).not.toBe(pids[1]);
    const before = opened();
    expect(before.every((n) => n >= 1)).toBe(true);
    for (let i = 0; i < 5; i++)
      for (const state of ['enabled', 'drained'] as const) {
        const r = await adminState({ adminState: state, apply: 'now' });
        expect(r.body.runtime.status, r.text).toBe('applied');
        expect(agentPids(r.body)).toEqual(pids);
        for (const k of [lb1, lb2]) expect(valueOf(fileOf(k))).toBe(state === 'drained' ? '-65535' : '0');
      }
    // ten changes on each director, and no channel opened for them; the drift check reads the files through the same agents
    expect((await api('GET', `/clusters/${clusterId}/drift`)).body.directors.map((d: Json) => d.trackFilesDrifted)).toEqual([false, false]);
    expect(opened()).toEqual(before);
    // each agent is a process on its director (this machine's sshd) running the console's script
    for (const p of pids) expect(readFileSync(`/proc/${p}/cmdline`, 'utf8')).toContain('lvs-runtime-agent');
    // killed on lb1: the next change opens a new agent there and still applies on both
    process.kill(pids[0], 'SIGKILL');
    const after = await adminState({ adminState: 'enabled', apply: 'now' });
    expect(after.body.runtime.status, after.text).toBe('applied');
    const pidsAfter = agentPids(after.body);
    expect(pidsAfter[0]).toBeGreaterThan(0);
    expect(pidsAfter[0]).not.toBe(pids[0]);
    expect(pidsAfter[1]).toBe(pids[1]);
    expect(opened()).toEqual([before[0] + 1, before[1]]);
    for (const k of [lb1, lb2]) expect(valueOf(fileOf(k))).toBe('0');
  }, 120_000);

  it('the agent refuses a key outside its naming or a value outside its table, and writes nothing', async () => {
    const director = (await t.app.get<ClusterSpecPort>(CLUSTER_SPEC_PORT).getSpec(clusterId))!.spec.directors.find(
      (d) => d.name === 'lb1',
    )!;
    const conn = await t.app.get(DirectorConnector).connect(clusterId, director);
    const dir = runtimeControlsFor(lb1.configPath).dir;
    const agent = await runtimeAgent(conn, dir);
    const opened = t.app.get(SshPool).heldChannelsOpened(runtimeAgentChannelName(dir));
    const listing = readdirSync(dir).sort();
    const contents = listing.map((n) => readFileSync(join(dir, n), 'utf8'));
    const ask = (line: string) => agent.request(line, (l) => l.startsWith('ok ') || l.startsWith('err '), 10_000);
    const evil = join(tmpdir(), `lvs-agent-evil-${process.pid}`);
    expect(await ask(`../../../..${evil} 0`)).toEqual([`err ../../../..${evil} not a runtime file name`]);
    expect(await ask(`${evil} 0`)).toEqual([`err ${evil} not a runtime file name`]);
    expect(await ask('keepalived.conf 0')).toEqual(['err keepalived.conf not a runtime file name']);
    expect(await ask('rs-0123 0')).toEqual(['err rs-0123 not a runtime file name']);
    expect(await ask('rs-0123456789ABCDEF 0')).toEqual(['err rs-0123456789ABCDEF not a runtime file name']);
    expect(await ask('maintenance 7')).toEqual(['err maintenance value not allowed']);
    expect(await ask('maintenance -65535')).toEqual(['err maintenance value not allowed']);
    expect(await ask('maintenance 1 and-more')).toEqual(['err maintenance value not allowed']);
    expect(await agent.request(`?read maintenance ../keepalived.conf`, (l) => l === 'end read' || l.startsWith('err '), 10_000)).toEqual([
      'err read ../keepalived.conf is not a runtime file name',
    ]);
    expect(await agent.request(`?read maintenance rs-0000000000000000`, (l) => l === 'end read' || l.startsWith('err '), 10_000)).toEqual([
      'val maintenance 0',
      'missing rs-0000000000000000',
      'end read',
    ]);
    expect(existsSync(evil)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(listing);
    expect(listing.map((n) => readFileSync(join(dir, n), 'utf8'))).toEqual(contents);
    // the console's side refuses a path outside the directory before anything is sent
    await expect(writeRuntimeFilesNow(conn, dir, [{ path: `${dir}/../keepalived.conf`, value: '0' }])).rejects.toThrow(
      /is not a runtime file in/,
    );
    // refusals do not cost the channel: the same agent still answers
    expect(await ask('maintenance 0')).toEqual(['ok maintenance 0 same']);
    expect(t.app.get(SshPool).heldChannelsOpened(runtimeAgentChannelName(dir))).toBe(opened);
    expect((await runtimeAgent(conn, dir)).pid).toBe(agent.pid);
  }, 60_000);

  it('lvsctl drain|enable --now and maintenance say "applied now, no reload"; without --now "applies at the next deployment"', async () => {
    const env = { LVS_SERVER: t.baseUrl, LVS_TOKEN: token };
    const key = `${vs.vip}:${vs.port}/TCP`;
    const d = await lvsctl(['drain', 'runtime-pair', key, `${rs.address}:${rs.port}`, '--now', '--wait-for-zero-connections', '5'], {
      env,
    });
    expect(d.code, d.err).toBe(0);
    expect(d.err).toContain('applied now, no reload');
    expect(d.err).toMatch(/lb1: applied — not verified: the IPVS table is not readable here/);
    for (const k of [lb1, lb2]) expect(valueOf(fileOf(k))).toBe('-65535');
    const later = await lvsctl(['enable', 'runtime-pair', key, `${rs.address}:${rs.port}`], { env });
    expect(later.err).toContain('applies at the next deployment');
    expect(valueOf(fileOf(lb1))).toBe('-65535');
    const now = await lvsctl(['enable', 'runtime-pair', key, `${rs.address}:${rs.port}`, '--now', '--json'], { env });
    expect(now.code, now.err).toBe(0);
    expect(JSON.parse(now.out).runtime).toMatchObject({ applied: 'now', message: 'applied now, no reload', status: 'applied' });
    expect(valueOf(fileOf(lb1))).toBe('0');
    const bad = await lvsctl(['drain', 'runtime-pair', key, `${rs.address}:${rs.port}`, '--wait-for-zero-connections'], { env });
    expect(bad.code).toBe(3);
    const m = await lvsctl(['maintenance', 'runtime-pair', 'lb2', 'on'], { env });
    expect(m.code, m.err).toBe(0);
    expect(m.err).toContain('lb2: maintenance on — applied now, no reload');
    expect(valueOf(join(dirname(lb2.configPath), 'lvs-console-runtime', 'maintenance'))).toBe('1');
    const back = await lvsctl(['maintenance', 'runtime-pair', 'lb2', 'off', '--json'], { env });
    expect(JSON.parse(back.out)).toMatchObject({ director: 'lb2', maintenance: false, preempt: [{ instance: 'VI_RT', returns: false }] });
    expect((await lvsctl(['maintenance', 'runtime-pair', 'lb2', 'sideways'], { env })).code).toBe(3);
  }, 120_000);

  it('validates the body: an unknown apply value or a bad timeout is a 400 naming the field', async () => {
    const bad = await adminState({ adminState: 'drained', apply: 'later' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('body.apply');
    const badWait = await adminState({ adminState: 'drained', apply: 'now', waitForConnections: { timeoutSeconds: 0 } });
    expect(badWait.status).toBe(400);
    expect(badWait.body.errors.map((e: Json) => e.path)).toContain('body.waitForConnections.timeoutSeconds');
  });

  it('maintenance: refused while the other member does not run keepalived; on writes 1 and is kept in the database; off writes 0', async () => {
    const m1 = join(dirname(lb1.configPath), 'lvs-console-runtime', 'maintenance');
    const unknown = await api('POST', `/clusters/${clusterId}/directors/nope/maintenance`, { state: 'on' });
    expect(unknown.status).toBe(404);
    const badBody = await api('POST', `/clusters/${clusterId}/directors/lb1/maintenance`, { state: 'maybe' });
    expect(badBody.status).toBe(400);
    expect(badBody.body.errors[0].path).toBe('body.state');
    // lb2's pid file names no process: lb1's VIPs would have nowhere to go
    const pidText = readFileSync(lb2.pidFile, 'utf8');
    writeFileSync(lb2.pidFile, '999999\n');
    try {
      const refused = await api('POST', `/clusters/${clusterId}/directors/lb1/maintenance`, { state: 'on' });
      expect(refused.status, refused.text).toBe(409);
      expect(refused.body.code).toBe('runtime.no_standby');
      expect(refused.body.detail).toMatch(
        /VI_RT has no other member that is reachable and runs keepalived \(lb2: keepalived not running\)/,
      );
      expect(valueOf(m1)).toBe('0');
    } finally {
      writeFileSync(lb2.pidFile, pidText);
    }
    const pid = lb1.pid();
    const on = await api('POST', `/clusters/${clusterId}/directors/lb1/maintenance`, { state: 'on' });
    expect(on.status, on.text).toBe(200);
    expect(on.body).toMatchObject({ director: 'lb1', maintenance: true, applied: 'now', message: 'applied now, no reload' });
    expect(valueOf(m1)).toBe('1');
    expect(lb1.pid()).toBe(pid);
    expect((await api('GET', `/clusters/${clusterId}/maintenance`)).body.items).toEqual([
      { director: 'lb1', maintenance: true, since: expect.any(String), requestedBy: expect.stringContaining('admin') },
      { director: 'lb2', maintenance: false, since: null, requestedBy: null },
    ]);
    // a deployment writes it again as the database has it
    expect((await deploy('in maintenance')).status).toBe('succeeded');
    expect(valueOf(m1)).toBe('1');
    const off = await api('POST', `/clusters/${clusterId}/directors/lb1/maintenance`, { state: 'off' });
    expect(off.status, off.text).toBe(200);
    expect(off.body.preempt).toEqual([{ instance: 'VI_RT', returns: true, why: 'preempt: priority 150 is the highest' }]);
    expect(valueOf(m1)).toBe('0');
    expect((await api('GET', `/clusters/${clusterId}/maintenance`)).body.items[0].maintenance).toBe(false);
  }, 120_000);

  it("drift: a track file that differs from the console's record is reported with the value found; a change applied now is not drift", async () => {
    expect((await adminState({ adminState: 'drained', apply: 'now' })).body.runtime.status).toBe('applied');
    const clean = await api('GET', `/clusters/${clusterId}/drift`);
    expect(clean.status, clean.text).toBe(200);
    expect(clean.body.directors.map((d: Json) => [d.name, d.trackFilesDrifted, d.trackFileDifferences])).toEqual([
      ['lb1', false, []],
      ['lb2', false, []],
    ]);
    writeFileSync(fileOf(lb1), '0\n'); // someone "fixed" it by hand
    const dirty = await api('GET', `/clusters/${clusterId}/drift`);
    expect(dirty.body.drift).toBe(true);
    const lb1Drift = dirty.body.directors.find((d: Json) => d.name === 'lb1');
    expect(lb1Drift).toMatchObject({ drifted: true, fileDrifted: false, trackFilesDrifted: true });
    expect(lb1Drift.trackFileDifferences).toEqual([
      `${fileOf(lb1)} (10.213.251.21:80 in 10.213.251.100 80 TCP): found 0 (enabled), the console has -65535 (drained)`,
    ]);
    expect(dirty.body.directors.find((d: Json) => d.name === 'lb2').trackFilesDrifted).toBe(false);
    expect((await adminState({ adminState: 'enabled', apply: 'now' })).body.runtime.status).toBe('applied');
    expect((await api('GET', `/clusters/${clusterId}/drift`)).body.directors.map((d: Json) => d.trackFilesDrifted)).toEqual([false, false]);
  }, 60_000);
});
