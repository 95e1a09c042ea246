import type { ClusterLiveState, ClusterSpec, VrrpLiveState } from '@lvs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { clusterSpec } from '../../../../../test/factories';
import { call, login, type Json } from '../../../../../test/http';
import { RadarService } from './radar.service';

/**
 * GET /incidents, the fleet's split-brain incidents, against real PostgreSQL and two API replicas on
 * one database. Telemetry is off here (TELEMETRY_TICK_MS=0): the live states go into the radar the
 * way telemetry hands them over (RadarService.observe), so the radar opens and resolves its
 * incidents, and records them on the timeline, exactly as it does behind the poller.
 */
describe('GET /incidents: every cluster’s split-brain incidents (real API, PostgreSQL, two replicas)', () => {
  let a: TestApp;
  let b: TestApp;
  let token: string;
  const ids: Record<string, string> = {};
  const specs: Record<string, ClusterSpec> = {};
  const get = (t: TestApp, path: string, as = token) => call(t.baseUrl, 'GET', `/api/v1${path}`, { token: as });

  /** A live state of a cluster: each director's VRRP state, and who holds the VIP. */
  const live = (key: string, states: Record<string, VrrpLiveState>, holders: string[]): ClusterLiveState => {
    const at = new Date().toISOString();
    const vip = specs[key].vrrpInstances[0].vips[0].address.split('/')[0];
    const masters = Object.keys(states).filter((d) => states[d] === 'MASTER');
    return {
      clusterId: ids[key],
      at,
      tickMs: 1000,
      directors: {},
      vips: { [vip]: { owner: holders.length === 1 ? holders[0] : null, owners: holders, since: at } },
      instances: { VI_WEB: { master: masters.length === 1 ? masters[0] : null, states, since: at } },
      realServers: {},
    };
  };
  const observe = (key: string, state: ClusterLiveState) => a.app.get(RadarService).observe(ids[key], specs[key], state);
  const splitBrain = (key: string) => observe(key, live(key, { lb1: 'MASTER', lb2: 'MASTER' }, ['lb1', 'lb2']));
  const healthy = (key: string) => observe(key, live(key, { lb1: 'MASTER', lb2: 'BACKUP' }, ['lb1']));

  async function until<T>(what: string, fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await fn();
      if (ok(v)) return v;
      if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms (last: ${JSON.stringify(v).slice(0, 400)})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const stored = (kind: string, key: string) =>
    until(
      `${kind} of ${key} stored`,
      () => get(a, `/clusters/${ids[key]}/events?kind=${kind}`),
      (r) => r.body.total > 0,
    );

  beforeAll(async () => {
    a = await startTestApp();
    const admin = await login(a.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(a.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'incidents', role: 'viewer' } })).body.secret;
    for (const key of ['web', 'api']) {
      specs[key] = clusterSpec({ name: key });
      const r = await call(a.baseUrl, 'POST', '/api/v1/clusters', { ...admin, body: specs[key] });
      expect(r.status, r.text).toBe(201);
      ids[key] = r.body.id;
    }
    // the second replica shares the database (and the master key); it polls nothing
    b = await startTestApp({}, { databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('nothing open: an empty page', async () => {
    healthy('web');
    healthy('api');
    const r = await get(a, '/incidents');
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ items: [], total: 0, at: expect.any(String) });
  });

  it('two MASTERs in two clusters: both on one page, from the replica that sees them and from one that does not', async () => {
    splitBrain('web');
    splitBrain('api');
    const open = await until(
      'two incidents open on replica A',
      () => get(a, '/incidents'),
      (r) => r.body.total === 2,
    );
    expect(open.body.items.map((i: Json) => `${i.cluster}/${i.instance}/${i.type}/${i.state}`).sort()).toEqual([
      'api/VI_WEB/two_masters/open',
      'web/VI_WEB/two_masters/open',
    ]);
    const web = open.body.items.find((i: Json) => i.cluster === 'web');
    expect(web).toMatchObject({
      clusterId: ids.web,
      severity: 'critical',
      directors: ['lb1', 'lb2'],
      resolvedAt: null,
      evidence: [
        { director: 'lb1', says: 'MASTER, holds 10.213.1.10' },
        { director: 'lb2', says: 'MASTER, holds 10.213.1.10' },
      ],
    });
    // replica B polls neither cluster: its answer is the timeline's, the same incidents
    await stored('split_brain.opened', 'web');
    await stored('split_brain.opened', 'api');
    const fromB = await get(b, '/incidents');
    expect(fromB.status, fromB.text).toBe(200);
    expect(fromB.body.items.map((i: Json) => i.id).sort()).toEqual(open.body.items.map((i: Json) => i.id).sort());
    expect(fromB.body.items.find((i: Json) => i.id === web.id)).toMatchObject({
      cluster: 'web',
      evidence: web.evidence,
      openedAt: web.openedAt,
    });
    // the per-cluster route agrees
    expect((await get(a, `/clusters/${ids.web}/incidents`)).body.incidents.map((i: Json) => i.id)).toEqual([web.id]);
  });

  it('pages with limit and offset, with the total', async () => {
    const p1 = await get(b, '/incidents?limit=1');
    const p2 = await get(b, '/incidents?limit=1&offset=1');
    expect([p1.body.total, p2.body.total]).toEqual([2, 2]);
    expect(p1.body.items).toHaveLength(1);
    expect(p2.body.items).toHaveLength(1);
    expect(p1.body.items[0].id).not.toBe(p2.body.items[0].id);
    expect(Date.parse(p1.body.items[0].openedAt)).toBeGreaterThanOrEqual(Date.parse(p2.body.items[0].openedAt));
    expect((await get(b, '/incidents?offset=5')).body).toMatchObject({ items: [], total: 2 });
  });

  it('a cluster-scoped token sees its cluster’s incidents only', async () => {
    const admin = await login(a.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const scoped = (
      await call(a.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'scoped-web', role: 'viewer', clusterId: ids.web } })
    ).body.secret;
    for (const t of [a, b]) {
      const r = await get(t, '/incidents', scoped);
      expect(r.status, r.text).toBe(200);
      expect(r.body.items.map((i: Json) => i.cluster)).toEqual(['web']);
      expect(r.body.total).toBe(1);
    }
    expect((await get(a, `/incidents?clusterId=${ids.web}`, scoped)).body.total).toBe(1);
    const other = await get(a, `/incidents?clusterId=${ids.api}`, scoped);
    expect(other.status).toBe(403);
    expect(other.body.errors).toEqual([{ path: 'query.clusterId', message: "must be the token's own cluster" }]);
  });

  it('clusterId keeps one cluster’s; an unknown cluster is a 404', async () => {
    const r = await get(b, `/incidents?clusterId=${ids.api}`);
    expect(r.status, r.text).toBe(200);
    expect(r.body.items.map((i: Json) => i.cluster)).toEqual(['api']);
    expect((await get(b, '/incidents?clusterId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('resolved: gone from the open list, listed with state=resolved with the evidence it opened with', async () => {
    const opened = (await get(a, '/incidents')).body.items.find((i: Json) => i.cluster === 'web');
    healthy('web');
    await until(
      'web resolved on A',
      () => get(a, '/incidents'),
      (r) => r.body.total === 1,
    );
    await stored('split_brain.resolved', 'web');
    const fromB = await get(b, '/incidents');
    expect(fromB.body.items.map((i: Json) => i.cluster)).toEqual(['api']);
    for (const t of [a, b]) {
      const r = await get(t, '/incidents?state=resolved');
      expect(r.status, r.text).toBe(200);
      expect(r.body.total).toBe(1);
      expect(r.body.items[0]).toMatchObject({
        id: opened.id,
        cluster: 'web',
        state: 'resolved',
        type: 'two_masters',
        openedAt: opened.openedAt,
        evidence: opened.evidence,
        summary: opened.summary,
      });
      expect(Date.parse(r.body.items[0].resolvedAt)).toBeGreaterThanOrEqual(Date.parse(opened.openedAt));
    }
    expect((await get(a, `/incidents?state=resolved&clusterId=${ids.api}`)).body).toMatchObject({ items: [], total: 0 });
  });

  it('is in the OpenAPI document with named component schemas', async () => {
    const doc = (await call(a.baseUrl, 'GET', '/api/openapi.json')).body;
    const op = doc.paths['/api/v1/incidents'].get;
    expect(op['x-required-role']).toBe('viewer');
    expect(JSON.stringify(op.responses['200'])).toContain('#/components/schemas/FleetIncidentsPage');
    expect(op.parameters.map((x: Json) => x.name).sort()).toEqual(['clusterId', 'limit', 'offset', 'state']);
    expect(JSON.stringify(doc.components.schemas.FleetIncidentsPage)).toContain('#/components/schemas/FleetIncident');
    expect(doc.components.schemas.FleetIncident.required).toEqual(expect.arrayContaining(['cluster', 'state', 'resolvedAt', 'evidence']));
  });

  it('refuses a bad query with problem+json naming each field; needs a credential', async () => {
    const bad = await get(a, '/incidents?state=closed&limit=0&offset=-1&clusterId=web');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors.map((e: Json) => e.path).sort()).toEqual(['query.clusterId', 'query.limit', 'query.offset', 'query.state']);
    expect(bad.body.errors.find((e: Json) => e.path === 'query.state').message).toBe('must be open or resolved');
    const unknown = await get(a, '/incidents?cluster=web');
    expect(unknown.status).toBe(400);
    expect((await call(a.baseUrl, 'GET', '/api/v1/incidents')).status).toBe(401);
  });
});
