import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../../test/app';
import { clusterSpec, richClusterSpec, topologyBodies as body, topologySnapshot } from '../../../../../../test/factories';
import { call, login, type Json } from '../../../../../../test/http';

describe('topology resources: directors, VRRP instances, sync groups, virtual services, real servers (real PostgreSQL)', () => {
  let t: TestApp;
  let token: string;
  /** Credentials, scripts, sudo and non-default paths are admin-only (docs/trust-model.md): the tests that write them use this one. */
  let adminToken: string;
  const api = (method: string, path: string, payload?: unknown, headers?: Record<string, string>, tk = token) =>
    call(t.baseUrl, method, `/api/v1${path}`, { token: tk, body: payload, headers });
  const snapshot = () => topologySnapshot(t.dataSource);
  const newCluster = async (overrides: Json = {}) => {
    const r = await api('POST', '/clusters', clusterSpec(overrides));
    expect(r.status, r.text).toBe(201);
    return r.body.id as string;
  };
  const ids = async (clusterId: string) => {
    const directors = (await api('GET', `/clusters/${clusterId}/directors`)).body.items;
    const instances = (await api('GET', `/clusters/${clusterId}/vrrp-instances`)).body.items;
    const services = (await api('GET', `/clusters/${clusterId}/virtual-services`)).body.items;
    const reals = (await api('GET', `/clusters/${clusterId}/virtual-services/${services[0].id}/real-servers`)).body.items;
    return { directors, instances, services, reals };
  };

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'ci', role: 'operator' } })).body.secret;
    adminToken = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'ci-admin', role: 'admin' } })).body.secret;
  });
  afterAll(async () => {
    await t.close();
  });

  it('directors: create, read, list with filters and totals, replace, patch, delete — each with its ETag', async () => {
    const c = await newCluster();
    const created = await api('POST', `/clusters/${c}/directors`, body.director({ credential: 'lab-key' }), undefined, adminToken);
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({
      name: 'lb3',
      address: '10.213.0.13',
      sshPort: 22,
      sshUser: 'root',
      credential: 'lab-key',
      version: 1,
      clusterVersion: 2,
    });
    expect(created.body.warnings).toEqual([{ path: 'body', message: expect.stringMatching(/not a member of any VRRP instance/) }]);
    expect(created.headers.get('etag')).toBe('W/"1"');
    expect(created.headers.get('location')).toBe(`/api/v1/clusters/${c}/directors/${created.body.id}`);
    const id = created.body.id;

    const got = await api('GET', `/clusters/${c}/directors/${id}`);
    expect(got.body).toEqual({ ...created.body, warnings: undefined, clusterVersion: undefined });
    expect(got.headers.get('etag')).toBe('W/"1"');

    const page = await api('GET', `/clusters/${c}/directors?limit=2&offset=1`);
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((d: Json) => d.name)).toEqual(['lb2', 'lb3']);
    expect((await api('GET', `/clusters/${c}/directors?q=10.213.0.13`)).body.items.map((d: Json) => d.name)).toEqual(['lb3']);
    expect((await api('GET', `/clusters/${c}/directors?q=nothing`)).body).toEqual({ items: [], total: 0 });

    const replaced = await api(
      'PUT',
      `/clusters/${c}/directors/${id}`,
      body.director({ sshPort: 2222 }),
      { 'if-match': 'W/"1"' },
      adminToken,
    );
    expect(replaced.status, replaced.text).toBe(200);
    expect(replaced.body).toMatchObject({ sshPort: 2222, version: 2 });
    expect(replaced.body).not.toHaveProperty('credential');
    expect(replaced.headers.get('etag')).toBe('W/"2"');

    const patched = await api(
      'PATCH',
      `/clusters/${c}/directors/${id}`,
      { credential: 'other-key', sudo: true },
      { 'if-match': '"2"' },
      adminToken,
    );
    expect(patched.body).toMatchObject({ sshPort: 2222, credential: 'other-key', sudo: true, version: 3 });
    const cleared = await api('PATCH', `/clusters/${c}/directors/${id}`, { credential: null });
    expect(cleared.body).not.toHaveProperty('credential');

    const spec = (await api('GET', `/clusters/${c}/spec`)).body;
    expect(spec.directors[2]).toEqual({
      name: 'lb3',
      address: '10.213.0.13',
      sshPort: 2222,
      sshUser: 'root',
      configPath: '/etc/keepalived/keepalived.conf',
      reloadMethod: 'sighup',
      pidFile: '/run/keepalived.pid',
      sudo: true,
    });

    const del = await api('DELETE', `/clusters/${c}/directors/${id}`, undefined, { 'if-match': 'W/"4"' });
    expect(del.status, del.text).toBe(204);
    expect((await api('GET', `/clusters/${c}/directors/${id}`)).status).toBe(404);
    expect((await api('GET', `/clusters/${c}/spec`)).body.directors.map((d: Json) => d.name)).toEqual(['lb1', 'lb2']);
  });

  it('directors: a duplicate name or address is 409; a director still in an instance cannot go (409); a rename carries over to the members', async () => {
    const c = await newCluster();
    const { directors, instances } = await ids(c);
    const before = await snapshot();
    const dupName = await api('POST', `/clusters/${c}/directors`, body.director({ name: 'lb1' }));
    expect(dupName.status).toBe(409);
    expect(dupName.headers.get('content-type')).toContain('application/problem+json');
    expect(dupName.body).toMatchObject({
      code: 'topology.conflict',
      errors: [{ path: 'body.name', message: expect.stringMatching(/duplicate director name "lb1"/) }],
    });
    const dupAddress = await api('POST', `/clusters/${c}/directors`, body.director({ address: '10.213.0.11' }));
    expect(dupAddress.status).toBe(409);
    expect(dupAddress.body.errors).toContainEqual({ path: 'body.address', message: expect.stringMatching(/duplicate director address/) });
    const inUse = await api('DELETE', `/clusters/${c}/directors/${directors[0].id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body).toMatchObject({
      code: 'topology.in_use',
      errors: [{ path: 'spec.vrrpInstances.0.members.0.director', message: expect.stringMatching(/VI_WEB/) }],
    });
    expect(await snapshot()).toEqual(before);

    const renamed = await api('PATCH', `/clusters/${c}/directors/${directors[0].id}`, { name: 'lb1-new' });
    expect(renamed.status, renamed.text).toBe(200);
    const inst = await api('GET', `/clusters/${c}/vrrp-instances/${instances[0].id}`);
    expect(inst.body.members.map((m: Json) => m.director)).toEqual(['lb1-new', 'lb2']);
    expect(inst.body.version).toBe(2);
  });

  it('VRRP instances: CRUD with members and VIPs; VRID clash and a VIP carried twice are 409, a top-priority tie or an unknown director 422', async () => {
    const c = await newCluster();
    const created = await api('POST', `/clusters/${c}/vrrp-instances`, body.vrrpInstance());
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({
      name: 'VI_DB',
      virtualRouterId: 61,
      advertInt: 1,
      members: [
        { director: 'lb1', priority: 150, state: 'MASTER' },
        { director: 'lb2', priority: 100, state: 'BACKUP' },
      ],
      vips: [{ address: '10.213.2.10/32' }],
    });
    const id = created.body.id;
    expect((await api('GET', `/clusters/${c}/vrrp-instances?q=eth1`)).body.items.map((i: Json) => i.name)).toEqual(['VI_DB']);

    const before = await snapshot();
    const clash = await api(
      'POST',
      `/clusters/${c}/vrrp-instances`,
      body.vrrpInstance({ name: 'VI_X', interface: 'eth0', virtualRouterId: 51, vips: [{ address: '10.213.3.10/32' }] }),
    );
    expect(clash.status).toBe(409);
    expect(clash.body.errors).toContainEqual({
      path: 'body.virtualRouterId',
      message: expect.stringMatching(/virtual_router_id 51 is already used on interface eth0 by "VI_WEB"/),
    });
    const vipTwice = await api(
      'POST',
      `/clusters/${c}/vrrp-instances`,
      body.vrrpInstance({ name: 'VI_X', virtualRouterId: 62, vips: [{ address: '10.213.1.10/32' }] }),
    );
    expect(vipTwice.status).toBe(409);
    expect(vipTwice.body.errors).toContainEqual({
      path: 'body.vips.0.address',
      message: expect.stringMatching(/already carried by instance "VI_WEB"/),
    });
    const tie = await api(
      'PUT',
      `/clusters/${c}/vrrp-instances/${id}`,
      body.vrrpInstance({
        members: [
          { director: 'lb1', priority: 100 },
          { director: 'lb2', priority: 100 },
        ],
      }),
    );
    expect(tie.status).toBe(422);
    expect(tie.body).toMatchObject({
      code: 'topology.rule_violation',
      errors: [{ path: 'body.members', message: expect.stringMatching(/share the highest priority 100/) }],
    });
    const unknown = await api('PATCH', `/clusters/${c}/vrrp-instances/${id}`, { members: [{ director: 'lb9', priority: 100 }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toContainEqual({ path: 'body.members.0.director', message: 'no director named "lb9" in this cluster' });
    const priority = await api('PATCH', `/clusters/${c}/vrrp-instances/${id}`, { members: [{ director: 'lb1', priority: 256 }] });
    expect(priority.status).toBe(400);
    expect(priority.body.errors).toContainEqual({ path: 'body.members.0.priority', message: expect.stringMatching(/1-255/) });
    expect(await snapshot()).toEqual(before);

    const patched = await api('PATCH', `/clusters/${c}/vrrp-instances/${id}`, {
      advertInt: 3,
      vips: [{ address: '10.213.2.10/32' }, { address: '10.213.2.11/32', dev: 'eth1' }],
    });
    expect(patched.body).toMatchObject({
      advertInt: 3,
      version: 2,
      vips: [{ address: '10.213.2.10/32' }, { address: '10.213.2.11/32', dev: 'eth1' }],
    });
    expect((await api('DELETE', `/clusters/${c}/vrrp-instances/${id}`)).status).toBe(204);
    expect((await api('GET', `/clusters/${c}/spec`)).body.vrrpInstances.map((i: Json) => i.name)).toEqual(['VI_WEB']);
  });

  it('VRRP sync groups: CRUD; an instance in a group cannot go (409), in two groups is 409, a rename carries over', async () => {
    const c = await newCluster();
    const second = (await api('POST', `/clusters/${c}/vrrp-instances`, body.vrrpInstance())).body;
    const created = await api('POST', `/clusters/${c}/vrrp-sync-groups`, { name: 'SG', instances: ['VI_WEB', 'VI_DB'] });
    expect(created.status, created.text).toBe(201);
    const id = created.body.id;
    expect((await api('GET', `/clusters/${c}/vrrp-sync-groups`)).body).toMatchObject({
      total: 1,
      items: [{ name: 'SG', instances: ['VI_WEB', 'VI_DB'] }],
    });
    const twice = await api('POST', `/clusters/${c}/vrrp-sync-groups`, { name: 'SG2', instances: ['VI_WEB', 'VI_DB'] });
    expect(twice.status).toBe(409);
    expect(twice.body.errors).toContainEqual({ path: 'body.instances.0', message: 'instance "VI_WEB" is already in sync group "SG"' });
    const inUse = await api('DELETE', `/clusters/${c}/vrrp-instances/${second.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.errors).toEqual([{ path: 'spec.vrrpSyncGroups.0.instances.1', message: 'sync group "SG" holds instance "VI_DB"' }]);
    const missing = await api('PUT', `/clusters/${c}/vrrp-sync-groups/${id}`, { name: 'SG', instances: ['VI_WEB', 'VI_NONE'] });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([{ path: 'body.instances.1', message: 'no VRRP instance named "VI_NONE"' }]);

    await api('PATCH', `/clusters/${c}/vrrp-instances/${second.id}`, { name: 'VI_DB2' });
    expect((await api('GET', `/clusters/${c}/vrrp-sync-groups/${id}`)).body.instances).toEqual(['VI_WEB', 'VI_DB2']);
    expect((await api('DELETE', `/clusters/${c}/vrrp-sync-groups/${id}`)).status).toBe(204);
    expect((await api('DELETE', `/clusters/${c}/vrrp-instances/${second.id}`)).status).toBe(204);
  });

  it('virtual services: CRUD without their real servers; a duplicate key is 409; a DR port change that strands its real servers is 422 at their spec path', async () => {
    const c = await newCluster();
    const created = await api('POST', `/clusters/${c}/virtual-services`, body.virtualService({ persistence: { timeout: 300 } }));
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({
      key: '10.213.1.10:443/TCP',
      vip: '10.213.1.10',
      port: 443,
      protocol: 'TCP',
      scheduler: 'wlc',
      forwarding: 'DR',
      persistence: { timeout: 300 },
      delayLoop: 6,
      alpha: false,
    });
    expect(created.body).not.toHaveProperty('realServers');
    const id = created.body.id;
    const fwmark = await api('POST', `/clusters/${c}/virtual-services`, { fwmark: 9, scheduler: 'rr' });
    expect(fwmark.status, fwmark.text).toBe(201);
    expect(fwmark.body.key).toBe('fwmark:9');

    const list = await api('GET', `/clusters/${c}/virtual-services?q=10.213.1.10&protocol=TCP`);
    expect(list.body.items.map((s: Json) => s.key)).toEqual(['10.213.1.10:80/TCP', '10.213.1.10:443/TCP']);
    expect((await api('GET', `/clusters/${c}/virtual-services?forwarding=NAT`)).body.total).toBe(0);

    const before = await snapshot();
    const dup = await api('POST', `/clusters/${c}/virtual-services`, body.virtualService({ port: 80 }));
    expect(dup.status).toBe(409);
    expect(dup.body.errors).toContainEqual({
      path: 'body',
      message: expect.stringMatching(/duplicate virtual service 10.213.1.10:80\/TCP/),
    });
    const both = await api('POST', `/clusters/${c}/virtual-services`, { fwmark: 10, vip: '10.213.1.10' });
    expect(both.status).toBe(400);
    expect(both.body.errors).toContainEqual({ path: 'body.fwmark', message: 'a fwmark service has no vip or port' });
    const neither = await api('POST', `/clusters/${c}/virtual-services`, { port: 80 });
    expect(neither.status).toBe(400);
    expect(neither.body.errors).toContainEqual({ path: 'body.vip', message: 'a virtual service needs a vip (or a fwmark, or a group)' });
    const services = (await api('GET', `/clusters/${c}/virtual-services`)).body.items;
    const stranded = await api('PATCH', `/clusters/${c}/virtual-services/${services[0].id}`, { port: 8080 });
    expect(stranded.status).toBe(422);
    expect(stranded.body.errors).toContainEqual({
      path: 'spec.virtualServices.0.realServers.0.port',
      message: expect.stringMatching(/DR cannot change ports/),
    });
    const withReals = await api('POST', `/clusters/${c}/virtual-services`, { ...body.virtualService({ port: 8443 }), realServers: [] });
    expect(withReals.status).toBe(400);
    expect(withReals.body.errors.map((e: Json) => e.path)).toContain('body');
    expect(await snapshot()).toEqual(before);

    const patched = await api(
      'PATCH',
      `/clusters/${c}/virtual-services/${id}`,
      { persistence: null, scheduler: 'sh' },
      { 'if-match': 'W/"1"' },
    );
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body).toMatchObject({ scheduler: 'sh', version: 2 });
    expect(patched.body).not.toHaveProperty('persistence');
    const nat = await api(
      'PUT',
      `/clusters/${c}/virtual-services/${services[0].id}`,
      body.virtualService({ port: 80, forwarding: 'NAT', scheduler: 'rr' }),
    );
    expect(nat.status, nat.text).toBe(200);
    expect(nat.body.warnings).toContainEqual({ path: 'body.forwarding', message: expect.stringMatching(/NAT needs the directors/) });
    // The service kept its real servers through the replace.
    expect((await api('GET', `/clusters/${c}/virtual-services/${services[0].id}/real-servers`)).body.total).toBe(2);
    expect((await api('DELETE', `/clusters/${c}/virtual-services/${services[0].id}`)).status).toBe(204);
    expect((await api('GET', `/clusters/${c}/spec`)).body.virtualServices.map((s: Json) => s.port ?? s.fwmark)).toEqual([443, 9]);
  });

  it('real servers: CRUD with their health check, filters, drain/enable/disable; DR port mismatch 422, duplicates 409', async () => {
    const c = await newCluster();
    const { services } = await ids(c);
    const base = `/clusters/${c}/virtual-services/${services[0].id}/real-servers`;
    const created = await api(
      'POST',
      base,
      body.realServer({ healthCheck: { type: 'HTTP_GET', urls: [{ path: '/ping', statusCode: 204 }] } }),
    );
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({
      virtualServiceId: services[0].id,
      key: '10.213.0.31:80',
      address: '10.213.0.31',
      weight: 5,
      adminState: 'enabled',
      inhibitOnFailure: false,
      healthCheck: { type: 'HTTP_GET', urls: [{ path: '/ping', statusCode: 204 }] },
    });
    const id = created.body.id;
    expect(created.headers.get('location')).toBe(`/api/v1${base}/${id}`);

    const before = await snapshot();
    const port = await api('POST', base, body.realServer({ address: '10.213.0.32', port: 8080 }));
    expect(port.status).toBe(422);
    expect(port.body.errors).toEqual([
      { path: 'body.port', message: 'DR cannot change ports: the real server port must equal the virtual port 80 (or be omitted)' },
    ]);
    const dup = await api('POST', base, body.realServer());
    expect(dup.status).toBe(409);
    expect(dup.body.errors).toContainEqual({ path: 'body', message: expect.stringMatching(/duplicate real server 10.213.0.31:80/) });
    const family = await api('POST', base, body.realServer({ address: '2001:db8::31' }));
    expect(family.status).toBe(422);
    expect(family.body.errors).toContainEqual({
      path: 'body.address',
      message: expect.stringMatching(/not of the virtual service's address family/),
    });
    const badCheck = await api('PATCH', `${base}/${id}`, { healthCheck: { type: 'HTTP_GET', urls: [] } });
    expect(badCheck.status).toBe(400);
    expect(badCheck.body.errors).toContainEqual({ path: 'body.healthCheck.urls', message: 'HTTP_GET needs at least one url' });
    const thresholds = await api('PATCH', `${base}/${id}`, { upperThreshold: 10, lowerThreshold: 20 });
    expect(thresholds.status).toBe(422);
    expect(thresholds.body.errors).toEqual([{ path: 'body.lowerThreshold', message: 'lthreshold must not exceed uthreshold' }]);
    expect(await snapshot()).toEqual(before);

    const drained = await api('POST', `${base}/${id}/admin-state`, { adminState: 'drained' }, { 'if-match': 'W/"1"' });
    expect(drained.status, drained.text).toBe(200);
    expect(drained.body).toMatchObject({ adminState: 'drained', version: 2, healthCheck: { type: 'HTTP_GET' } });
    expect(drained.headers.get('etag')).toBe('W/"2"');
    expect((await api('GET', `${base}?adminState=drained`)).body.items.map((r: Json) => r.key)).toEqual(['10.213.0.31:80']);
    expect((await api('GET', `${base}?adminState=enabled`)).body.total).toBe(2);
    expect((await api('GET', `${base}?q=0.22`)).body.items.map((r: Json) => r.key)).toEqual(['10.213.0.22:80']);

    const replaced = await api('PUT', `${base}/${id}`, body.realServer({ weight: 50, healthCheck: undefined }));
    expect(replaced.body).toMatchObject({ weight: 50, adminState: 'enabled', version: 3 });
    expect(replaced.body).not.toHaveProperty('healthCheck');
    const patched = await api('PATCH', `${base}/${id}`, { healthCheck: { type: 'DNS_CHECK', queryName: 'example.org' } });
    expect(patched.body.healthCheck).toEqual({ type: 'DNS_CHECK', queryName: 'example.org', queryType: 'SOA' });

    const spec = (await api('GET', `/clusters/${c}/spec`)).body;
    expect(spec.virtualServices[0].realServers[2]).toEqual({
      address: '10.213.0.31',
      port: 80,
      weight: 50,
      inhibitOnFailure: false,
      adminState: 'enabled',
      healthCheck: { type: 'DNS_CHECK', queryName: 'example.org', queryType: 'SOA' },
    });
    expect((await api('DELETE', `${base}/${id}`)).status).toBe(204);
    expect((await api('GET', `${base}/${id}`)).status).toBe(404);
  });

  it("answers 404 for ids of another cluster's objects, on every route, and changes nothing", async () => {
    const a = await newCluster();
    const b = await newCluster();
    const theirs = await ids(b);
    const mine = await ids(a);
    const before = await snapshot();
    const paths = [
      `/clusters/${a}/directors/${theirs.directors[0].id}`,
      `/clusters/${a}/vrrp-instances/${theirs.instances[0].id}`,
      `/clusters/${a}/virtual-services/${theirs.services[0].id}`,
      `/clusters/${a}/virtual-services/${theirs.services[0].id}/real-servers/${theirs.reals[0].id}`,
      `/clusters/${a}/virtual-services/${mine.services[0].id}/real-servers/${theirs.reals[0].id}`,
    ];
    for (const p of paths) {
      for (const method of ['GET', 'PATCH', 'DELETE']) {
        const r = await api(method, p, method === 'PATCH' ? { weight: 1 } : undefined);
        // A PATCH body that does not fit the resource is refused first (400); otherwise 404.
        expect([404, 400], `${method} ${p}`).toContain(r.status);
        if (method !== 'PATCH') expect(r.status, `${method} ${p}`).toBe(404);
      }
    }
    expect((await api('PATCH', paths[0], { sshPort: 2200 })).status).toBe(404);
    expect((await api('PUT', paths[3], body.realServer())).status).toBe(404);
    expect((await api('POST', `/clusters/${a}/virtual-services/${theirs.services[0].id}/real-servers`, body.realServer())).status).toBe(
      404,
    );
    expect((await api('GET', `/clusters/${a}/virtual-services/${theirs.services[0].id}/real-servers`)).status).toBe(404);
    expect((await api('POST', `${paths[3]}/admin-state`, { adminState: 'drained' })).status).toBe(404);
    const unknownCluster = randomUUID();
    for (const p of ['directors', 'vrrp-instances', 'vrrp-sync-groups', 'virtual-services']) {
      expect((await api('GET', `/clusters/${unknownCluster}/${p}`)).body.code).toBe('topology.cluster_not_found');
      expect(
        (await api('POST', `/clusters/${unknownCluster}/${p}`, p === 'directors' ? body.director() : undefined)).status,
      ).toBeGreaterThanOrEqual(400);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('honours If-Match on every kind of write: a stale ETag is 412 and changes nothing; "*" and the current one pass', async () => {
    const c = await newCluster();
    const { directors, instances, services, reals } = await ids(c);
    await api('PATCH', `/clusters/${c}/directors/${directors[1].id}`, { sshPort: 2201 });
    await api('PATCH', `/clusters/${c}/virtual-services/${services[0].id}`, { delayLoop: 7 });
    await api('POST', `/clusters/${c}/virtual-services/${services[0].id}/real-servers/${reals[0].id}/admin-state`, {
      adminState: 'drained',
    });
    await api('PATCH', `/clusters/${c}/vrrp-instances/${instances[0].id}`, { advertInt: 2 });
    const before = await snapshot();
    const stale: [string, string, unknown][] = [
      ['PATCH', `/clusters/${c}/directors/${directors[1].id}`, { sshPort: 2202 }],
      ['DELETE', `/clusters/${c}/directors/${directors[1].id}`, undefined],
      [
        'PUT',
        `/clusters/${c}/vrrp-instances/${instances[0].id}`,
        { ...instances[0], id: undefined, version: undefined, createdAt: undefined, updatedAt: undefined },
      ],
      ['PATCH', `/clusters/${c}/virtual-services/${services[0].id}`, { delayLoop: 8 }],
      ['POST', `/clusters/${c}/virtual-services/${services[0].id}/real-servers/${reals[0].id}/admin-state`, { adminState: 'enabled' }],
      ['DELETE', `/clusters/${c}/virtual-services/${services[0].id}/real-servers/${reals[0].id}`, undefined],
      ['PUT', `/clusters/${c}/spec`, clusterSpec()],
      ['PATCH', `/clusters/${c}`, { description: 'x' }],
      ['DELETE', `/clusters/${c}`, undefined],
    ];
    for (const [method, path, payload] of stale) {
      const r = await api(method, path, payload, { 'if-match': 'W/"1"' });
      expect(r.status, `${method} ${path}: ${r.text}`).toBe(412);
      expect(r.body).toMatchObject({
        code: 'topology.stale_etag',
        errors: [{ path: 'headers.if-match', message: expect.stringMatching(/current ETag is W\/"\d+"/) }],
      });
    }
    expect(await snapshot()).toEqual(before);
    expect((await api('PATCH', `/clusters/${c}/directors/${directors[1].id}`, { sshPort: 2203 }, { 'if-match': '*' })).status).toBe(200);
    expect(
      (await api('PATCH', `/clusters/${c}/directors/${directors[1].id}`, { sshPort: 2204 }, { 'if-match': 'W/"9", W/"3"' })).status,
    ).toBe(200);
  });

  it('GET spec: ETag per cluster version, 304 for If-None-Match, and every part of a rich spec comes back exactly', async () => {
    const spec = richClusterSpec();
    const created = await api('POST', '/clusters', spec, undefined, adminToken);
    expect(created.status, created.text).toBe(201);
    expect(created.body.counts).toEqual({ directors: 2, vrrpInstances: 2, virtualServices: 4, realServers: 8 });
    const c = created.body.id;
    const got = await api('GET', `/clusters/${c}/spec`);
    expect(got.body).toEqual(spec);
    expect(got.headers.get('etag')).toBe('W/"1"');
    expect(got.headers.get('content-type')).toContain('application/json');
    const fresh = await call(t.baseUrl, 'GET', `/api/v1/clusters/${c}/spec`, { token, headers: { 'if-none-match': 'W/"1"' } });
    expect(fresh.status).toBe(304);
    expect(fresh.text).toBe('');
    await api('PATCH', `/clusters/${c}`, { description: 'changed' });
    const changed = await call(t.baseUrl, 'GET', `/api/v1/clusters/${c}/spec`, { token, headers: { 'if-none-match': 'W/"1"' } });
    expect(changed.status).toBe(200);
    expect(changed.body.description).toBe('changed');
    expect(changed.headers.get('etag')).toBe('W/"2"');
  });

  it('records one audit event per mutation, in the same transaction, with secrets redacted', async () => {
    const c = await newCluster();
    const inst = (await api('POST', `/clusters/${c}/vrrp-instances`, body.vrrpInstance({ authPass: 'topsecr' }))).body;
    const rows = await t.dataSource.query(`SELECT action, target_type, target_id, after FROM audit_events WHERE target_id = $1`, [inst.id]);
    expect(rows).toEqual([
      {
        action: 'vrrpInstance.create',
        target_type: 'vrrpInstance',
        target_id: inst.id,
        after: { objects: { 'vrrpInstance:VI_DB': expect.objectContaining({ name: 'VI_DB', authPass: '[redacted]' }) } },
      },
    ]);
    // A refused write leaves a "denied" event (from the interceptor) and no change.
    await api('POST', `/clusters/${c}/vrrp-instances`, body.vrrpInstance());
    const denied = await t.dataSource.query(`SELECT action, outcome FROM audit_events ORDER BY at DESC, id DESC LIMIT 1`);
    expect(denied).toEqual([{ action: 'http.post /api/v1/clusters/:clusterId/vrrp-instances', outcome: 'denied' }]);
  });
});
