import { ClusterSpecSchema } from '@lvs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../../test/app';
import { clusterSpec, topologyBodies as body, topologySnapshot } from '../../../../../../test/factories';
import { call, login, type Json } from '../../../../../../test/http';

describe('topology writes: bad input, roles and scope, declarative apply (real PostgreSQL)', () => {
  let t: TestApp;
  let token: string;
  let admin: { cookie: string; csrf: string };
  const api = (method: string, path: string, payload?: unknown, headers?: Record<string, string>, tk = token) =>
    call(t.baseUrl, method, `/api/v1${path}`, { token: tk, body: payload, headers });
  const snapshot = () => topologySnapshot(t.dataSource);
  const newCluster = async (overrides: Json = {}) => {
    const r = await api('POST', '/clusters', clusterSpec(overrides));
    expect(r.status, r.text).toBe(201);
    return r.body.id as string;
  };
  const mint = async (role: string, clusterId?: string) =>
    (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: `${role}-${clusterId ?? 'all'}`, role, clusterId } })).body
      .secret as string;
  const first = async (c: string) => {
    const d = (await api('GET', `/clusters/${c}/directors`)).body.items[0];
    const i = (await api('GET', `/clusters/${c}/vrrp-instances`)).body.items[0];
    const s = (await api('GET', `/clusters/${c}/virtual-services`)).body.items[0];
    const r = (await api('GET', `/clusters/${c}/virtual-services/${s.id}/real-servers`)).body.items[0];
    return { d, i, s, r };
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = await mint('operator');
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers every kind of bad input on every resource with a 4xx problem naming the path — never a 500 — and writes nothing', async () => {
    const c = await newCluster();
    const { d, i, s, r } = await first(c);
    const rs = `/clusters/${c}/virtual-services/${s.id}/real-servers`;
    const cases: [string, string, string, unknown, string, number?][] = [
      ['wrong type', 'POST', `/clusters/${c}/directors`, body.director({ sshPort: '22' }), 'body.sshPort'],
      ['wrong type (array for object)', 'POST', rs, body.realServer({ healthCheck: [] }), 'body.healthCheck'],
      ['out of range', 'PATCH', `${rs}/${r.id}`, { weight: 70000 }, 'body.weight'],
      ['negative', 'POST', rs, body.realServer({ weight: -1 }), 'body.weight'],
      ['fraction', 'PATCH', `/clusters/${c}/directors/${d.id}`, { sshPort: 22.5 }, 'body.sshPort'],
      ['VRID out of range', 'PATCH', `/clusters/${c}/vrrp-instances/${i.id}`, { virtualRouterId: 256 }, 'body.virtualRouterId'],
      [
        'priority 0',
        'POST',
        `/clusters/${c}/vrrp-instances`,
        body.vrrpInstance({ members: [{ director: 'lb1', priority: 0 }] }),
        'body.members.0.priority',
      ],
      ['malformed IPv4', 'POST', `/clusters/${c}/directors`, body.director({ address: '10.0.0.300' }), 'body.address'],
      ['malformed IPv4 (short)', 'POST', rs, body.realServer({ address: '10.0.1' }), 'body.address'],
      ['malformed IPv6', 'PATCH', `/clusters/${c}/virtual-services/${s.id}`, { vip: '2001:db8::1::2' }, 'body.vip'],
      [
        'malformed CIDR (v4 prefix)',
        'PATCH',
        `/clusters/${c}/vrrp-instances/${i.id}`,
        { vips: [{ address: '10.213.1.10/33' }] },
        'body.vips.0.address',
      ],
      [
        'malformed CIDR (v6 prefix)',
        'POST',
        `/clusters/${c}/vrrp-instances`,
        body.vrrpInstance({ vips: [{ address: '2001:db8::10/129' }] }),
        'body.vips.0.address',
      ],
      [
        'malformed CIDR (two slashes)',
        'POST',
        `/clusters/${c}/vrrp-instances`,
        body.vrrpInstance({ vips: [{ address: '10.0.0.1/24/8' }] }),
        'body.vips.0.address',
      ],
      ['unknown enum', 'PATCH', `/clusters/${c}/virtual-services/${s.id}`, { scheduler: 'fastest' }, 'body.scheduler'],
      ['unknown health check', 'POST', rs, body.realServer({ healthCheck: { type: 'FOO_CHECK' } }), 'body.healthCheck.type'],
      ['unknown admin state', 'POST', `${rs}/${r.id}/admin-state`, { adminState: 'paused' }, 'body.adminState'],
      ['oversized name', 'POST', `/clusters/${c}/directors`, body.director({ name: 'x'.repeat(65) }), 'body.name'],
      [
        'oversized script',
        'POST',
        `/clusters/${c}/virtual-services`,
        body.virtualService({ quorumUp: `/bin/${'x'.repeat(300)}` }),
        'body.quorumUp',
      ],
      ['oversized description', 'PATCH', `/clusters/${c}`, { description: 'x'.repeat(1001) }, 'body.description'],
      [
        'oversized url',
        'PATCH',
        `${rs}/${r.id}`,
        { healthCheck: { type: 'HTTP_GET', urls: [{ path: `/${'x'.repeat(1100)}` }] } },
        'body.healthCheck.urls.0.path',
      ],
      ['unsafe keepalived name', 'POST', `/clusters/${c}/vrrp-instances`, body.vrrpInstance({ name: 'VI 1 }' }), 'body.name'],
      ['quote in a script', 'PATCH', `/clusters/${c}/vrrp-instances/${i.id}`, { notify: { master: '/bin/x "y"' } }, 'body.notify.master'],
      ['unknown property', 'POST', `/clusters/${c}/directors`, body.director({ colour: 'red' }), 'body'],
      ['unknown nested property', 'POST', rs, body.realServer({ healthCheck: { type: 'TCP_CHECK', colour: 'red' } }), 'body.healthCheck'],
      ['unknown property in a patch', 'PATCH', `/clusters/${c}/directors/${d.id}`, { colour: 'red' }, 'body'],
      ['null for a required field', 'PATCH', `/clusters/${c}/directors/${d.id}`, { name: null }, 'body.name'],
      ['empty patch', 'PATCH', `/clusters/${c}/virtual-services/${s.id}`, {}, 'body'],
      ['missing body', 'POST', `/clusters/${c}/vrrp-sync-groups`, undefined, 'body'],
      ['sync group of one', 'POST', `/clusters/${c}/vrrp-sync-groups`, { name: 'SG', instances: ['VI_WEB'] }, 'body.instances'],
      [
        'spec: wrong type deep inside',
        'PUT',
        `/clusters/${c}/spec`,
        { ...clusterSpec(), virtualServices: [{ vip: '10.213.1.10', port: 80, realServers: [{ address: '10.213.0.21', weight: 'ten' }] }] },
        'body.virtualServices.0.realServers.0.weight',
      ],
      ['spec: unknown property', 'PUT', `/clusters/${c}/spec`, { ...clusterSpec(), colour: true }, 'body'],
      ['bad path id', 'GET', `/clusters/${c}/directors/not-a-uuid`, undefined, 'params.directorId'],
      ['bad nested path id', 'PATCH', `/clusters/${c}/virtual-services/${s.id}/real-servers/42`, { weight: 1 }, 'params.realServerId'],
      ['bad cluster id', 'POST', '/clusters/zzz/directors', body.director(), 'params.clusterId'],
      ['limit 0', 'GET', `/clusters/${c}/directors?limit=0`, undefined, 'query.limit'],
      ['limit not a number', 'GET', `${rs}?limit=abc`, undefined, 'query.limit'],
      ['limit too large', 'GET', `/clusters/${c}/virtual-services?limit=100000`, undefined, 'query.limit'],
      ['negative offset', 'GET', `/clusters/${c}/vrrp-instances?offset=-1`, undefined, 'query.offset'],
      ['unknown filter value', 'GET', `${rs}?adminState=paused`, undefined, 'query.adminState'],
      ['unknown query parameter', 'GET', `/clusters/${c}/directors?colour=red`, undefined, 'query'],
      ['oversized q', 'GET', `/clusters/${c}/directors?q=${'x'.repeat(101)}`, undefined, 'query.q'],
    ];
    const before = await snapshot();
    for (const [what, method, path, payload, errorPath, status = 400] of cases) {
      const res = await api(method, path, payload);
      expect(res.status, `${what}: ${res.text}`).toBe(status);
      expect(res.headers.get('content-type'), what).toContain('application/problem+json');
      expect(
        res.body.errors.map((e: Json) => e.path),
        `${what}: ${res.text}`,
      ).toContain(errorPath);
    }
    const raw = (method: string, path: string, rawBody: string, contentType = 'application/json') =>
      call(t.baseUrl, method, `/api/v1${path}`, { token, rawBody, headers: { 'content-type': contentType } });
    for (const [what, res, status] of [
      ['not JSON', await raw('POST', `/clusters/${c}/directors`, '{"name": '), 400],
      ['not JSON (patch)', await raw('PATCH', `${rs}/${r.id}`, 'weight=3'), 400],
      ['JSON but a string', await raw('PUT', `/clusters/${c}/spec`, '"hello"'), 400],
      ['JSON null', await raw('POST', rs, 'null'), 400],
      ['text/plain', await raw('POST', `/clusters/${c}/directors`, JSON.stringify(body.director()), 'text/plain'), 400],
      ['huge body', await raw('PUT', `/clusters/${c}/spec`, JSON.stringify({ ...clusterSpec(), description: 'x'.repeat(6_000_000) })), 413],
      ['huge body (resource)', await raw('POST', rs, JSON.stringify(body.realServer({ pad: 'x'.repeat(6_000_000) }))), 413],
    ] as [string, Json, number][]) {
      expect(res.status, `${what}: ${res.text.slice(0, 300)}`).toBe(status);
      expect(res.headers.get('content-type'), what).toContain('application/problem+json');
      expect(res.body.errors[0].path, what).toBe('body');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a viewer reads everything and writes nothing (403); an operator token scoped to one cluster stays inside it', async () => {
    const a = await newCluster();
    const b = await newCluster();
    const viewer = await mint('viewer');
    const { d, s, r } = await first(a);
    expect((await api('GET', `/clusters/${a}/directors`, undefined, undefined, viewer)).status).toBe(200);
    expect((await api('GET', `/clusters/${a}/virtual-services/${s.id}/real-servers/${r.id}`, undefined, undefined, viewer)).status).toBe(
      200,
    );
    const before = await snapshot();
    const writes: [string, string, unknown][] = [
      ['POST', `/clusters/${a}/directors`, body.director()],
      ['PATCH', `/clusters/${a}/directors/${d.id}`, { sshPort: 2200 }],
      ['DELETE', `/clusters/${a}/directors/${d.id}`, undefined],
      ['POST', `/clusters/${a}/vrrp-instances`, body.vrrpInstance()],
      ['POST', `/clusters/${a}/vrrp-sync-groups`, { name: 'SG', instances: ['VI_WEB', 'VI_DB'] }],
      ['PUT', `/clusters/${a}/virtual-services/${s.id}`, body.virtualService()],
      ['POST', `/clusters/${a}/virtual-services/${s.id}/real-servers/${r.id}/admin-state`, { adminState: 'drained' }],
      ['PUT', `/clusters/${a}/spec`, clusterSpec()],
      ['POST', '/clusters', clusterSpec()],
    ];
    for (const [method, path, payload] of writes) {
      const res = await api(method, path, payload, undefined, viewer);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.code).toBe('auth.forbidden');
    }
    expect(await snapshot()).toEqual(before);

    const scoped = await mint('operator', a);
    expect((await api('GET', '/clusters?limit=200', undefined, undefined, scoped)).body.items.map((x: Json) => x.id)).toEqual([a]);
    expect((await api('GET', `/clusters/${a}/directors`, undefined, undefined, scoped)).status).toBe(200);
    for (const [method, path, payload] of [
      ['GET', `/clusters/${b}`, undefined],
      ['GET', `/clusters/${b}/directors`, undefined],
      ['GET', `/clusters/${b}/spec`, undefined],
      ['POST', `/clusters/${b}/directors`, body.director()],
      ['PUT', `/clusters/${b}/spec`, clusterSpec()],
      ['GET', `/clusters/${b}/virtual-services`, undefined],
      ['POST', '/clusters', clusterSpec()],
    ] as [string, string, unknown][]) {
      const res = await api(method, path, payload, undefined, scoped);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.code).toBe('auth.out_of_scope');
    }
    expect(await snapshot()).toEqual(before);
    const mine = await api('POST', `/clusters/${a}/directors`, body.director(), undefined, scoped);
    expect(mine.status, mine.text).toBe(201);
  });

  it('PUT spec is a declarative apply: reports created/changed/deleted by key, keeps ids and ETags of what did not change, and is idempotent', async () => {
    const c = await newCluster({ name: 'apply-me' });
    const before = await first(c);
    const spec = (await api('GET', `/clusters/${c}/spec`)).body;
    spec.directors.push({ name: 'lb3', address: '10.213.0.13' });
    spec.vrrpInstances[0].members.push({ director: 'lb3', priority: 90 });
    spec.virtualServices[0].realServers[1].weight = 50;
    spec.virtualServices.push({ vip: '10.213.1.10', port: 443, realServers: [{ address: '10.213.0.21', port: 443 }] });
    const r = await api('PUT', `/clusters/${c}/spec`, spec, { 'if-match': 'W/"1"' });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toEqual({
      version: 2,
      created: ['director:lb3', 'virtualService:10.213.1.10:443/TCP', 'realServer:10.213.1.10:443/TCP>10.213.0.21:443'],
      changed: ['vrrpInstance:VI_WEB', 'realServer:10.213.1.10:80/TCP>10.213.0.22:80'],
      deleted: [],
      warnings: [],
    });
    expect(r.headers.get('etag')).toBe('W/"2"');
    const after = await first(c);
    expect(after.d).toEqual(before.d);
    expect(after.s).toEqual(before.s);
    expect(after.r).toEqual(before.r);
    expect(after.i).toMatchObject({ id: before.i.id, version: 2 });

    const again = await api('PUT', `/clusters/${c}/spec`, spec);
    expect(again.body).toEqual({ version: 2, created: [], changed: [], deleted: [], warnings: [] });

    const reordered = structuredClone(spec);
    reordered.virtualServices.reverse();
    reordered.virtualServices[1].realServers.pop();
    const moved = await api('PUT', `/clusters/${c}/spec`, reordered);
    expect(moved.body).toEqual({
      version: 3,
      created: [],
      changed: [],
      deleted: ['realServer:10.213.1.10:80/TCP>10.213.0.22:80'],
      warnings: [],
    });
    expect((await api('GET', `/clusters/${c}/spec`)).body).toEqual(ClusterSpecSchema.parse(reordered));
    expect((await api('GET', `/clusters/${c}/virtual-services/${before.s.id}`)).body.version).toBe(1);

    const emptied = await api('PUT', `/clusters/${c}/spec`, { name: 'apply-me' });
    expect(emptied.body.deleted).toEqual([
      'director:lb1',
      'director:lb2',
      'director:lb3',
      'vrrpInstance:VI_WEB',
      'virtualService:10.213.1.10:443/TCP',
      'virtualService:10.213.1.10:80/TCP',
      'realServer:10.213.1.10:443/TCP>10.213.0.21:443',
      'realServer:10.213.1.10:80/TCP>10.213.0.21:80',
    ]);
    expect((await api('GET', `/clusters/${c}`)).body.counts).toEqual({
      directors: 0,
      vrrpInstances: 0,
      virtualServices: 0,
      realServers: 0,
    });
  });

  it('PUT spec refuses a document that breaks a rule (422 at body.<spec path>) with nothing written, and the next read is the old state', async () => {
    const c = await newCluster();
    const good = (await api('GET', `/clusters/${c}/spec`)).body;
    const before = await snapshot();
    const bad = structuredClone(good);
    bad.virtualServices[0].realServers[0].port = 8080;
    bad.vrrpInstances[0].members[1].priority = 150;
    bad.directors.push({ name: 'lb1', address: '10.213.0.19' });
    const r = await api('PUT', `/clusters/${c}/spec`, bad);
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('topology.rule_violation');
    expect(r.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'body.directors.2.name', message: expect.stringMatching(/duplicate director name/) },
        { path: 'body.vrrpInstances.0.members', message: expect.stringMatching(/share the highest priority 150/) },
        { path: 'body.virtualServices.0.realServers.0.port', message: expect.stringMatching(/DR cannot change ports/) },
      ]),
    );
    expect(await snapshot()).toEqual(before);
    expect((await api('GET', `/clusters/${c}/spec`)).body).toEqual(good);
  });

  it('clusters: 409 for a taken name (create and rename), delete takes the whole topology with it', async () => {
    const a = await newCluster({ name: 'taken' });
    const b = await newCluster();
    const before = await snapshot();
    expect((await api('POST', '/clusters', clusterSpec({ name: 'taken' }))).status).toBe(409);
    const rename = await api('PATCH', `/clusters/${b}`, { name: 'taken' });
    expect(rename.status).toBe(409);
    expect(rename.body).toMatchObject({
      code: 'topology.duplicate_cluster_name',
      errors: [{ path: 'body.name', message: 'is already taken' }],
    });
    expect((await api('PUT', `/clusters/${b}/spec`, clusterSpec({ name: 'taken' }))).status).toBe(409);
    expect(await snapshot()).toEqual(before);
    const mode = await api('PATCH', `/clusters/${b}`, { mode: 'ipvsadm' });
    expect(mode.body).toMatchObject({ mode: 'ipvsadm', version: 2, warnings: [] });
    expect((await api('DELETE', `/clusters/${a}`, undefined, { 'if-match': 'W/"1"' })).status).toBe(204);
    expect((await api('GET', `/clusters/${a}/spec`)).status).toBe(404);
    const left = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM directors WHERE cluster_id = $1) d, (SELECT count(*)::int FROM virtual_services WHERE cluster_id = $1) s, (SELECT count(*)::int FROM vrrp_instances WHERE cluster_id = $1) i`,
      [a],
    );
    expect(left).toEqual([{ d: 0, s: 0, i: 0 }]);
  });

  it('serialises concurrent writers of one cluster: two writes with the same If-Match give one 200 and one 412', async () => {
    const c = await newCluster();
    const { r, s } = await first(c);
    const path = `/clusters/${c}/virtual-services/${s.id}/real-servers/${r.id}`;
    const results = await Promise.all([
      api('PATCH', path, { weight: 11 }, { 'if-match': 'W/"1"' }),
      api('PATCH', path, { weight: 12 }, { 'if-match': 'W/"1"' }),
    ]);
    expect(results.map((x) => x.status).sort()).toEqual([200, 412]);
    const { d } = await first(c);
    const unconditional = await Promise.all(
      Array.from({ length: 6 }, (_, k) => api('PATCH', `/clusters/${c}/directors/${d.id}`, { sshPort: 2200 + k })),
    );
    expect(unconditional.map((x) => x.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect((await api('GET', `/clusters/${c}/directors/${d.id}`)).body.version).toBe(7);
    const spec = await Promise.all([api('PUT', `/clusters/${c}/spec`, clusterSpec()), api('PUT', `/clusters/${c}/spec`, clusterSpec())]);
    expect(spec.map((x) => x.status)).toEqual([200, 200]);
    expect((await api('GET', `/clusters/${c}`)).body.version).toBeGreaterThan(1);
  });
});
