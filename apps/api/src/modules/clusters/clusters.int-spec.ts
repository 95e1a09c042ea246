import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { clusterSpec, topologySnapshot } from '../../../../../test/factories';
import { call, login, type Json } from '../../../../../test/http';

describe('clusters and their topology (real PostgreSQL)', () => {
  let t: TestApp;
  let token: string;
  let viewer: string;
  const api = (method: string, path: string, body?: unknown, headers?: Record<string, string>, tk = token) =>
    call(t.baseUrl, method, `/api/v1${path}`, { token: tk, body, headers });
  const snapshot = () => topologySnapshot(t.dataSource);

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'ci', role: 'operator' } })).body.secret;
    viewer = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'ro', role: 'viewer' } })).body.secret;
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a cluster from a spec and returns it whole, with an ETag', async () => {
    const spec = clusterSpec({ name: 'web-eu' });
    const r = await api('POST', '/clusters', spec);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      name: 'web-eu',
      version: 1,
      counts: { directors: 2, vrrpInstances: 1, virtualServices: 1, realServers: 2 },
      warnings: [],
    });
    expect(r.headers.get('etag')).toBe('W/"1"');
    const got = await api('GET', `/clusters/${r.body.id}/spec`);
    expect(got.body).toEqual(spec);
    expect(got.headers.get('etag')).toBe('W/"1"');
  });

  it('reports what a declarative PUT created, changed and deleted', async () => {
    const { body } = await api('POST', '/clusters', clusterSpec({ name: 'apply' }));
    const spec = (await api('GET', `/clusters/${body.id}/spec`)).body;
    spec.virtualServices[0].realServers[0].weight = 50;
    spec.virtualServices[0].realServers.pop();
    spec.virtualServices[0].realServers.push({
      address: '10.213.0.23',
      port: 80,
      weight: 5,
      inhibitOnFailure: false,
      adminState: 'enabled',
    });
    const r = await api('PUT', `/clusters/${body.id}/spec`, spec, { 'if-match': 'W/"1"' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      version: 2,
      created: ['realServer:10.213.1.10:80/TCP>10.213.0.23:80'],
      changed: ['realServer:10.213.1.10:80/TCP>10.213.0.21:80'],
      deleted: ['realServer:10.213.1.10:80/TCP>10.213.0.22:80'],
    });
  });

  it('refuses a stale If-Match with 412 and changes nothing', async () => {
    const { body } = await api('POST', '/clusters', clusterSpec({ name: 'etag' }));
    await api('PATCH', `/clusters/${body.id}`, { description: 'first' }, { 'if-match': 'W/"1"' });
    const before = await snapshot();
    const stale = await api('PATCH', `/clusters/${body.id}`, { description: 'second' }, { 'if-match': 'W/"1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.errors).toEqual([{ path: 'headers.if-match', message: expect.stringContaining('W/"2"') }]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses duplicates (409) and cluster-wide rule violations (422 with spec paths), with no partial write', async () => {
    const before = await snapshot();
    expect((await api('POST', '/clusters', clusterSpec({ name: 'web-eu' }))).status).toBe(409);
    const bad = clusterSpec({ name: 'vrid-clash' });
    bad.vrrpInstances.push({ ...bad.vrrpInstances[0], name: 'VI_2', vips: [{ address: '10.213.1.11/32' }] });
    const r = await api('POST', '/clusters', bad);
    expect(r.status).toBe(422);
    expect(r.body.errors).toContainEqual({
      path: 'body.vrrpInstances.1.virtualRouterId',
      message: expect.stringMatching(/virtual_router_id 51/),
    });
    expect(await snapshot()).toEqual(before);
  });

  it('answers every kind of bad input with a 4xx problem naming the path, never a 500, and writes nothing', async () => {
    const { body } = await api('POST', '/clusters', clusterSpec({ name: 'bad-input' }));
    const good = (await api('GET', `/clusters/${body.id}/spec`)).body;
    const mutate = (f: (s: Json) => void) => {
      const s = structuredClone(good);
      f(s);
      return s;
    };
    const cases: [string, unknown, string][] = [
      ['wrong type', mutate((s) => (s.virtualServices[0].port = '80')), 'body.virtualServices.0.port'],
      ['out of range', mutate((s) => (s.virtualServices[0].realServers[0].weight = 70000)), 'body.virtualServices.0.realServers.0.weight'],
      ['malformed IPv4', mutate((s) => (s.directors[0].address = '10.0.0.300')), 'body.directors.0.address'],
      ['malformed IPv6', mutate((s) => (s.virtualServices[0].vip = '2001:db8::1::2')), 'body.virtualServices.0.vip'],
      ['malformed CIDR', mutate((s) => (s.vrrpInstances[0].vips[0].address = '10.213.1.10/33')), 'body.vrrpInstances.0.vips.0.address'],
      ['unknown enum', mutate((s) => (s.virtualServices[0].scheduler = 'fastest')), 'body.virtualServices.0.scheduler'],
      ['oversized string', mutate((s) => (s.description = 'x'.repeat(5000))), 'body.description'],
      ['unknown property', mutate((s) => (s.directors[0].colour = 'red')), 'body.directors.0'],
      ['unsafe keepalived name', mutate((s) => (s.vrrpInstances[0].name = 'VI_1 }')), 'body.vrrpInstances.0.name'],
    ];
    const before = await snapshot();
    for (const [what, payload, path] of cases) {
      const r = await api('PUT', `/clusters/${body.id}/spec`, payload);
      expect(r.status, what).toBe(400);
      expect(r.headers.get('content-type'), what).toContain('application/problem+json');
      expect(
        r.body.errors.map((e: Json) => e.path),
        what,
      ).toContain(path);
    }
    const notJson = await call(t.baseUrl, 'PUT', `/api/v1/clusters/${body.id}/spec`, { token, rawBody: '{"name": ' });
    expect(notJson.status).toBe(400);
    const huge = await call(t.baseUrl, 'PUT', `/api/v1/clusters/${body.id}/spec`, {
      token,
      rawBody: JSON.stringify({ ...good, description: 'x'.repeat(6_000_000) }),
    });
    expect(huge.status).toBe(413);
    expect((await api('GET', '/clusters/not-a-uuid')).status).toBe(400);
    expect((await api('GET', '/clusters/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('lists with pagination, totals and search; a viewer reads but cannot write', async () => {
    const page = await api('GET', '/clusters?limit=2&offset=0', undefined, undefined, viewer);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThanOrEqual(4);
    const q = await api('GET', '/clusters?q=etag', undefined, undefined, viewer);
    expect(q.body.items.map((c: Json) => c.name)).toEqual(['etag']);
    expect((await api('POST', '/clusters', clusterSpec({ name: 'nope' }), undefined, viewer)).status).toBe(403);
  });

  it('keeps a cluster-scoped token inside its cluster', async () => {
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const list = (await api('GET', '/clusters?limit=200')).body.items as Json[];
    const mine = list.find((c) => c.name === 'web-eu');
    const other = list.find((c) => c.name === 'apply');
    const scoped = (
      await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'one', role: 'operator', clusterId: mine.id } })
    ).body.secret;
    expect((await api('GET', '/clusters', undefined, undefined, scoped)).body.items.map((c: Json) => c.name)).toEqual(['web-eu']);
    expect((await api('GET', `/clusters/${mine.id}/spec`, undefined, undefined, scoped)).status).toBe(200);
    const denied = await api('GET', `/clusters/${other.id}/spec`, undefined, undefined, scoped);
    expect(denied.status).toBe(403);
    expect(denied.body.code).toBe('auth.out_of_scope');
    expect((await api('POST', '/clusters', clusterSpec({ name: 'escape' }), undefined, scoped)).status).toBe(403);
  });

  it('drains a real server in the topology with If-Match', async () => {
    const c = (await api('GET', '/clusters?q=web-eu')).body.items[0];
    const r = await api(
      'POST',
      `/clusters/${c.id}/real-servers/admin-state`,
      { virtualService: '10.213.1.10:80/TCP', realServer: '10.213.0.21:80', adminState: 'drained' },
      { 'if-match': `W/"${c.version}"` },
    );
    expect(r.status).toBe(200);
    expect(r.body.changed).toEqual(['realServer:10.213.1.10:80/TCP>10.213.0.21:80']);
    const spec = (await api('GET', `/clusters/${c.id}/spec`)).body;
    expect(spec.virtualServices[0].realServers[0].adminState).toBe('drained');
    const missing = await api('POST', `/clusters/${c.id}/real-servers/admin-state`, {
      virtualService: '10.213.1.10:80/TCP',
      realServer: '10.9.9.9:80',
      adminState: 'drained',
    });
    expect(missing.status).toBe(404);
  });
});
