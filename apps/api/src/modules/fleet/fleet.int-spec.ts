import { release, tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';
import { startKeepalivedNetns, vrrpConfig, type KeepalivedNetns } from '../../../../../test/keepalived-netns';
import { startSshdWithKeepalived } from '../../../../../test/keepalived-shim';
import { IS_ROOT, startSshd, type TestSshd } from '../../../../../test/sshd';
import { DeploymentsService } from '../deployments/deployments.service';

/**
 * Fleet safety through the REST API against real parts: PostgreSQL, OpenSSH, keepalived. One sshd
 * is a plain director host; another runs every session with a PATH whose `keepalived` is a shim
 * that reports an old build without VRRP authentication (a director whose keepalived lacks a
 * feature). Two real keepalived processes (VRRP only) take a deployment of the first cluster.
 */
describe.skipIf(!IS_ROOT)('fleet: lint, capabilities, what-if (real API, PostgreSQL, sshd, keepalived)', () => {
  let t: TestApp;
  let sshd: TestSshd;
  let shimSshd: TestSshd;
  let lb1: KeepalivedNetns;
  let lb2: KeepalivedNetns;
  let token: string;
  let viewer: string;
  let operator: string;
  const api = (method: string, path: string, body?: unknown, as = token) => call(t.baseUrl, method, `/api/v1${path}`, { token: as, body });
  const ids: Record<string, string> = {};

  const instance = (over: Record<string, unknown> = {}) => ({
    name: 'VI_WEB',
    interface: 'eth0',
    virtualRouterId: 51,
    members: [
      { director: 'lb1', priority: 150 },
      { director: 'lb2', priority: 100 },
    ],
    vips: [{ address: '10.213.250.100/32' }],
    ...over,
  });
  const director = (name: string, address: string, over: Record<string, unknown> = {}) => ({
    name,
    address,
    sshPort: sshd.port,
    sshUser: sshd.user,
    credential: 'lab-key',
    ...over,
  });
  const service = {
    vip: '10.213.250.100',
    port: 80,
    scheduler: 'wrr',
    realServers: [
      { address: '10.213.250.21', port: 80, weight: 5 },
      { address: '10.213.250.22', port: 80, weight: 5 },
    ],
  };

  async function create(key: string, spec: Json): Promise<string> {
    const r = await api('POST', '/clusters', spec);
    expect(r.status, r.text).toBe(201);
    ids[key] = r.body.id;
    for (const d of spec.directors as Json[]) {
      const port = d.sshPort as number;
      const fp = port === shimSshd.port ? shimSshd.fingerprint : sshd.fingerprint;
      const ok = await api('PUT', `/clusters/${r.body.id}/host-keys/${d.name}`, { fingerprint: fp });
      expect(ok.status, ok.text).toBe(200);
    }
    return r.body.id;
  }

  beforeAll(async () => {
    sshd = await startSshd({ listen: ['127.0.0.1', '127.0.0.2'] });
    // keepalived 2.0.10 built without VRRP_AUTH: too old for track_process (2.0.11), no authentication
    shimSshd = await startSshdWithKeepalived({ version: '2.0.10 (11/12,2018)', options: 'LVS VRRP', listen: ['127.0.0.1', '127.0.0.3'] });
    const first = vrrpConfig({ routerId: 'lb', priority: 100, vip: '10.213.250.100/32' });
    lb1 = await startKeepalivedNetns(first);
    lb2 = await startKeepalivedNetns(first);
    t = await startTestApp({ DIRECTOR_CONFIG_DIRS: `/etc/keepalived,${tmpdir()}` });
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const mint = async (role: string) =>
      (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: `fleet-${role}`, role } })).body.secret as string;
    token = await mint('admin');
    viewer = await mint('viewer');
    operator = await mint('operator');
    const cred = await api('POST', '/credentials', {
      name: 'lab-key',
      kind: 'private_key',
      privateKey: sshd.privateKey,
      allowedAddresses: ['127.0.0.1', '127.0.0.2'],
    });
    expect(cred.status, cred.text).toBe(201);
    const shimCred = await api('POST', '/credentials', {
      name: 'shim-key',
      kind: 'private_key',
      privateKey: shimSshd.privateKey,
      allowedAddresses: ['127.0.0.3'],
    });
    expect(shimCred.status, shimCred.text).toBe(201);
    await create('web', {
      name: 'web',
      directors: [
        director('lb1', '127.0.0.1', { configPath: lb1.configPath, pidFile: lb1.pidFile }),
        director('lb2', '127.0.0.2', { configPath: lb2.configPath, pidFile: lb2.pidFile }),
      ],
      vrrpInstances: [
        instance({
          members: [
            { director: 'lb1', priority: 150, state: 'MASTER' },
            { director: 'lb2', priority: 100 },
          ],
        }),
      ],
      virtualServices: [service],
    });
  });
  afterAll(async () => {
    await t?.close();
    await lb1?.stop();
    await lb2?.stop();
    await sshd?.stop();
    await shimSshd?.stop();
  });

  it('records capabilities on first contact (the first plan): keepalived -v, the kernel, IPVS, ipvsadm, interfaces', async () => {
    const before = await api('GET', `/clusters/${ids.web}/directors/lb1/capabilities`, undefined, viewer);
    expect(before.status, before.text).toBe(200);
    expect(before.body).toMatchObject({ director: 'lb1', source: null, gatheredAt: null, capabilities: null, refusals: [] });
    const plan = await api('GET', `/clusters/${ids.web}/plan`);
    expect(plan.status, plan.text).toBe(200);
    // this kernel has no IPVS: a warning, not a refusal (keepalived runs VRRP only)
    expect(plan.body.lint.map((f: Json) => `${f.code}:${f.severity}:${f.director}`).sort()).toEqual([
      'no_ipvs:warning:lb1',
      'no_ipvs:warning:lb2',
    ]);
    const c = (await api('GET', `/clusters/${ids.web}/directors/lb1/capabilities`, undefined, viewer)).body;
    expect(c).toMatchObject({ source: 'first-contact', error: null, refusals: [] });
    expect(c.capabilities.keepalived).toMatchObject({
      version: '2.2.7',
      versionLine: expect.stringMatching(/^Keepalived v2\.2\.7/),
      features: { vrrp: true, lvs: true, vrrpAuth: true, json: true, snmp: true, dbus: true },
    });
    expect(c.capabilities.keepalived.configureFlags).toContain('--enable-json');
    expect(c.capabilities.kernel.release).toBe(release());
    expect(c.capabilities.ipvs).toMatchObject({ present: false, loaded: false, schedulers: [] });
    expect(c.capabilities.ipvsadm.version).toMatch(/^\d+\.\d+/);
    expect(c.capabilities.interfaces).toContainEqual({ name: 'lo', addresses: expect.arrayContaining(['127.0.0.1/8']) });
  });

  it('a refresh reads again (operator, audited); a viewer may not; an unknown director is a 404', async () => {
    expect((await api('POST', `/clusters/${ids.web}/directors/lb2/capabilities/refresh`, undefined, viewer)).status).toBe(403);
    const r = await api('POST', `/clusters/${ids.web}/directors/lb2/capabilities/refresh`, undefined, operator);
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ director: 'lb2', source: 'refresh', capabilities: { keepalived: { version: '2.2.7' } } });
    const audit = await api('GET', '/audit?action=director.capabilities_refresh&limit=5');
    expect(audit.body.items[0]).toMatchObject({
      action: 'director.capabilities_refresh',
      target: { type: 'director', id: `${ids.web}/lb2` },
      outcome: 'success',
      after: { keepalived: '2.2.7', ipvs: false },
    });
    const missing = await api('GET', `/clusters/${ids.web}/directors/lb9/capabilities`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('fleet.director_not_found');
  });

  it('a director whose keepalived lacks a feature: the plan refuses (422 naming director, capability and keyword), and so does a deployment', async () => {
    const id = await create('shim', {
      name: 'old-keepalived',
      directors: [director('old1', '127.0.0.3', { sshPort: shimSshd.port, sshUser: shimSshd.user, credential: 'shim-key' })],
      trackProcesses: [{ name: 'haproxy', process: ['haproxy'] }],
      vrrpInstances: [
        instance({
          name: 'VI_OLD',
          virtualRouterId: 61,
          authPass: 'secret1',
          trackProcesses: [{ name: 'haproxy' }],
          members: [{ director: 'old1', priority: 100 }],
          vips: [{ address: '10.213.251.100/32' }],
        }),
      ],
    });
    const plan = await api('GET', `/clusters/${id}/plan`);
    expect(plan.status, plan.text).toBe(422);
    expect(plan.body).toMatchObject({
      code: 'fleet.capability_missing',
      detail: expect.stringMatching(
        /^director old1 cannot run authentication: its keepalived 2\.0\.10 was built without VRRP authentication/,
      ),
    });
    expect(plan.body.refusals).toEqual([
      { director: 'old1', capability: 'keepalived VRRP_AUTH', keyword: 'authentication' },
      { director: 'old1', capability: 'keepalived >= 2.0.11', keyword: 'vrrp_track_process' },
    ]);
    expect(plan.body.errors).toEqual([
      { path: 'spec.vrrpInstances.0.authPass', message: 'old1 lacks keepalived VRRP_AUTH for authentication' },
      { path: 'spec.vrrpInstances.0.trackProcesses', message: 'old1 lacks keepalived >= 2.0.11 for vrrp_track_process' },
    ]);
    const caps = (await api('GET', `/clusters/${id}/directors/old1/capabilities`)).body;
    expect(caps).toMatchObject({
      source: 'first-contact',
      capabilities: { keepalived: { version: '2.0.10', buildOptions: ['LVS', 'VRRP'] } },
    });
    expect(caps.refusals.map((r: Json) => r.keyword)).toEqual(['authentication', 'vrrp_track_process']);
    const d = await api('POST', `/clusters/${id}/deployments`, { message: 'should not start' });
    expect(d.status, d.text).toBe(422);
    expect(d.body.code).toBe('fleet.capability_missing');
    expect(await t.dataSource.query('SELECT id FROM deployments WHERE cluster_id = $1', [id])).toEqual([]);
    expect(await t.dataSource.query('SELECT id FROM config_revisions WHERE cluster_id = $1', [id])).toEqual([]);
    // without the keywords it lacks, it plans
    const spec = (await api('GET', `/clusters/${id}/spec`)).body;
    spec.vrrpInstances[0].authPass = undefined;
    spec.vrrpInstances[0].trackProcesses = [];
    const put = await api('PUT', `/clusters/${id}/spec`, JSON.parse(JSON.stringify(spec)));
    expect(put.status, put.text).toBe(200);
    // the vrrp_track_process block itself is still rendered, and 2.0.10 cannot read it (the release
    // recorded on first contact above): the render for old1 refuses it
    const still = await api('GET', `/clusters/${id}/plan`);
    expect(still.status, still.text).toBe(422);
    expect(still.body).toMatchObject({
      code: 'deployments.keepalived_version_unsupported',
      directors: [{ director: 'old1', keepalivedVersion: '2.0.10', keywords: [{ keyword: 'vrrp_track_process', since: '2.0.11' }] }],
    });
    spec.trackProcesses = [];
    const put2 = await api('PUT', `/clusters/${id}/spec`, JSON.parse(JSON.stringify(spec)));
    expect(put2.status, put2.text).toBe(200);
    const plan2 = await api('GET', `/clusters/${id}/plan`);
    expect(plan2.status, plan2.text).toBe(200);
    expect(plan2.body.directors[0].keepalivedVersion).toBe('2.0.10');
  });

  it('a VRID another cluster uses on the same segment: an error on both sides; it blocks a deployment once the other cluster is deployed', async () => {
    const id = await create('api', {
      name: 'api',
      directors: [director('lb1', '127.0.0.1'), director('lb2', '127.0.0.2')],
      vrrpInstances: [instance({ name: 'VI_API', vips: [{ address: '10.213.252.100/32' }] })],
    });
    const lint = await api('GET', `/clusters/${id}/lint`, undefined, viewer);
    expect(lint.status, lint.text).toBe(200);
    const clash = lint.body.findings.find((f: Json) => f.code === 'vrid_reused');
    expect(clash).toMatchObject({
      severity: 'error',
      clusterId: id,
      cluster: 'api',
      instance: 'VI_API',
      path: 'vrrpInstances.0.virtualRouterId',
      related: { clusterId: ids.web, cluster: 'web', instance: 'VI_WEB' },
      blocksDeployment: false,
    });
    expect(clash.message).toMatch(
      /virtual_router_id 51 \(inet\) is also used by instance "VI_WEB" of cluster "web" on the same L2 segment/,
    );
    const fleet = await api('GET', '/fleet/lint', undefined, viewer);
    expect(
      fleet.body.findings
        .filter((f: Json) => f.code === 'vrid_reused')
        .map((f: Json) => f.cluster)
        .sort(),
    ).toEqual(['api', 'web']);
    expect(fleet.body).toMatchObject({ clusters: 3, errors: expect.any(Number), warnings: expect.any(Number) });

    // deploy "web" (real keepalived): the clash now blocks "api", whose plan says so
    const r = await api('POST', `/clusters/${ids.web}/deployments`, { message: 'web first' });
    expect(r.status, r.text).toBe(202);
    await t.app.get(DeploymentsService).settle(r.body.id);
    const web = (await api('GET', `/clusters/${ids.web}/deployments/${r.body.id}`)).body;
    expect(web.status, JSON.stringify(web.targets)).toBe('succeeded');
    const plan = await api('GET', `/clusters/${id}/plan`);
    expect(plan.body.lint.find((f: Json) => f.code === 'vrid_reused')).toMatchObject({ severity: 'error', blocksDeployment: true });
    const refused = await api('POST', `/clusters/${id}/deployments`, {});
    expect(refused.status, refused.text).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'fleet.lint_errors',
      detail: expect.stringMatching(/^keepalived would misbehave with this deployment: virtual_router_id 51/),
    });
    expect(refused.body.errors[0]).toEqual({
      path: 'spec.vrrpInstances.0.virtualRouterId',
      message: expect.stringMatching(/^vrid_reused: .*; fix: give one of them a virtual_router_id/),
    });
    // the refusal is on the cluster's timeline (beside the findings lint recorded as they appeared)
    const deadline = Date.now() + 10_000;
    let events: Json[] = [];
    while (!events.length && Date.now() < deadline) {
      events = ((await api('GET', `/clusters/${id}/events?kind=lint.finding`)).body.items ?? []).filter(
        (e: Json) => e.subject === 'deployment',
      );
      if (!events.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect(events[0]).toMatchObject({
      kind: 'lint.finding',
      severity: 'warning',
      subject: 'deployment',
      summary: expect.stringMatching(/^deployment refused: virtual_router_id 51/),
      data: { codes: ['vrid_reused'] },
    });
    // another VRID: the clash is gone
    const spec = (await api('GET', `/clusters/${id}/spec`)).body;
    spec.vrrpInstances[0].virtualRouterId = 52;
    expect((await api('PUT', `/clusters/${id}/spec`, spec)).status).toBe(200);
    expect((await api('GET', `/clusters/${id}/lint`)).body.findings.filter((f: Json) => f.code === 'vrid_reused')).toEqual([]);
  });

  it("a unicast address a director does not have is the cluster's own error: it blocks a deployment", async () => {
    const id = ids.api;
    const spec = (await api('GET', `/clusters/${id}/spec`)).body;
    spec.vrrpInstances[0].unicast = true;
    expect((await api('PUT', `/clusters/${id}/spec`, spec)).status).toBe(200);
    const lint = (await api('GET', `/clusters/${id}/lint`)).body.findings.filter((f: Json) => f.code === 'unicast_peer_mismatch');
    // 127.0.0.2 answers SSH (the loopback /8) but is no interface address of that host
    expect(lint).toEqual([
      expect.objectContaining({
        director: 'lb1',
        severity: 'warning',
        blocksDeployment: false,
        message: "lb1's unicast_src_ip 127.0.0.1 is on lo, not on the instance's interface eth0",
      }),
      expect.objectContaining({
        director: 'lb2',
        severity: 'error',
        blocksDeployment: true,
        message: expect.stringMatching(/no interface of lb2 has that address/),
      }),
    ]);
    const refused = await api('POST', `/clusters/${id}/deployments`, {});
    expect(refused.status, refused.text).toBe(422);
    expect(refused.body.code).toBe('fleet.lint_errors');
  });

  it('what-if: killing the MASTER, a real server, a bad or unknown failure', async () => {
    const r = await api('GET', `/clusters/${ids.web}/what-if?fail=director:lb1`, undefined, viewer);
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ live: false, liveAt: null, failures: [{ kind: 'director', director: 'lb1' }] });
    expect(r.body.instances[0]).toMatchObject({ name: 'VI_WEB', before: 'lb1', after: 'lb2', changed: true, takeoverSeconds: 3.61 });
    expect(r.body.vips).toEqual([{ address: '10.213.250.100/32', instance: 'VI_WEB', from: 'lb1', to: 'lb2' }]);
    const rs = await api('GET', `/clusters/${ids.web}/what-if?fail=${encodeURIComponent('real-server:10.213.250.21:80')}`);
    expect(rs.body.services[0]).toMatchObject({
      service: '10.213.250.100:80/TCP',
      lost: ['10.213.250.21:80'],
      realServers: { total: 2, after: 1 },
      weight: { before: 10, after: 5 },
      belowQuorumAfter: false,
      down: false,
    });
    const bad = await api('GET', `/clusters/${ids.web}/what-if?fail=router:lb1`);
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({
      code: 'fleet.bad_failure',
      errors: [{ path: 'query.fail', message: expect.stringMatching(/"router:lb1" is not a failure/) }],
    });
    const unknown = await api('GET', `/clusters/${ids.web}/what-if?fail=${encodeURIComponent('director:lb1,script:chk@lb2')}`);
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([{ path: 'query.fail', message: 'no vrrp_script named "chk" in this cluster' }]);
    expect((await api('GET', `/clusters/${ids.web}/what-if`)).status).toBe(400);
    expect((await api('GET', `/clusters/00000000-0000-4000-8000-000000000000/what-if?fail=director:lb1`)).status).toBe(404);
  });
});
