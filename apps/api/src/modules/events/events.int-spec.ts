import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { clusterSpec } from '../../../../../test/factories';
import { call, login, type Json } from '../../../../../test/http';
import { EventKind } from './events.kinds';
import { EventsService } from './events.service';
import type { StoredEvent } from './events.types';

describe('events timeline: record with sinks in one transaction, cursor-paged API (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: { cookie: string; csrf: string };
  let events: EventsService;
  let clusterA: string;
  let clusterB: string;
  const seen: StoredEvent[] = [];
  let failNext = false;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    clusterA = (await call(t.baseUrl, 'POST', '/api/v1/clusters', { ...admin, body: clusterSpec({ name: 'timeline-a' }) })).body.id;
    clusterB = (await call(t.baseUrl, 'POST', '/api/v1/clusters', { ...admin, body: clusterSpec({ name: 'timeline-b' }) })).body.id;
    expect(clusterA).toBeTruthy();
    expect(clusterB).toBeTruthy();
    events = t.app.get(EventsService);
    // A sink that writes a row of its own in the event's transaction, and can be told to fail.
    await t.dataSource.query('CREATE TABLE sink_rows (event_id uuid PRIMARY KEY)');
    events.registerSink({
      onEvent: async (e: StoredEvent, m: EntityManager) => {
        await m.query('INSERT INTO sink_rows (event_id) VALUES ($1)', [e.id]);
        if (failNext) {
          failNext = false;
          throw new Error('sink refused');
        }
        seen.push(e);
      },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const count = async (sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);

  it('stores an event and runs the sink in the same transaction', async () => {
    const e = await events.record({
      clusterId: clusterA,
      kind: EventKind.VrrpTransition,
      severity: 'info',
      subject: 'VI_1',
      summary: 'lb1 VI_1 BACKUP → MASTER',
      data: { director: 'lb1', from: 'BACKUP', to: 'MASTER' },
    });
    expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.at(-1)).toMatchObject({ id: e.id, kind: 'vrrp.transition', subject: 'VI_1', clusterId: clusterA });
    expect(await count('SELECT count(*) AS n FROM sink_rows WHERE event_id = $1', [e.id])).toBe(1);
  });

  it('a failing sink rolls the event (and the sink’s own row) back', async () => {
    const before = await count('SELECT count(*) AS n FROM cluster_events');
    const sinkBefore = await count('SELECT count(*) AS n FROM sink_rows');
    failNext = true;
    await expect(
      events.record({ clusterId: clusterA, kind: EventKind.RealServerDown, severity: 'warning', summary: 'x', data: {} }),
    ).rejects.toThrow('sink refused');
    expect(await count('SELECT count(*) AS n FROM cluster_events')).toBe(before);
    expect(await count('SELECT count(*) AS n FROM sink_rows')).toBe(sinkBefore);
  });

  it('joins the caller’s transaction: rolled back with it', async () => {
    const before = await count('SELECT count(*) AS n FROM cluster_events');
    await expect(
      t.dataSource.transaction(async (m) => {
        await events.record({ clusterId: clusterA, kind: EventKind.TopologyChanged, severity: 'info', summary: 'edit', data: {} }, m);
        expect(await m.query('SELECT count(*) AS n FROM cluster_events').then((r: Json) => Number(r[0].n))).toBe(before + 1);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count('SELECT count(*) AS n FROM cluster_events')).toBe(before);
  });

  it('pages a cluster’s events newest first by cursor, filtered by kind, severity and time', async () => {
    const base = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 7; i++) {
      await events.record({
        clusterId: clusterB,
        kind: i % 2 ? EventKind.RealServerDown : EventKind.DeploymentSucceeded,
        severity: i % 2 ? 'warning' : 'info',
        subject: `s${i}`,
        summary: `event ${i}`,
        data: { i },
        at: new Date(base + i * 1000),
      });
    }
    // Two at the same instant: the id breaks the tie, none is skipped or repeated.
    await events.record({
      clusterId: clusterB,
      kind: EventKind.DriftFound,
      severity: 'warning',
      summary: 'tie 1',
      data: {},
      at: new Date(base + 3000),
    });
    const all: Json[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r = await call(
        t.baseUrl,
        'GET',
        `/api/v1/clusters/${clusterB}/events?limit=3&to=2026-02-01T00:00:00Z${cursor ? `&cursor=${cursor}` : ''}`,
        { cookie: admin.cookie },
      );
      expect(r.status).toBe(200);
      expect(r.body.total).toBe(8);
      all.push(...r.body.items);
      cursor = r.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(all).toHaveLength(8);
    expect(new Set(all.map((e) => e.id)).size).toBe(8);
    const times = all.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(all[0]).toMatchObject({
      clusterId: clusterB,
      kind: 'deployment.succeeded',
      summary: 'event 6',
      data: { i: 6 },
      subject: 's6',
      severity: 'info',
    });

    const downs = await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterB}/events?kind=real_server.down`, { cookie: admin.cookie });
    expect(downs.body.items.map((e: Json) => e.data.i)).toEqual([5, 3, 1]);
    const prefix = await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterB}/events?kind=deployment.,drift.found`, {
      cookie: admin.cookie,
    });
    expect(prefix.body.total).toBe(5);
    expect(prefix.body.items.every((e: Json) => e.kind.startsWith('deployment.') || e.kind === 'drift.found')).toBe(true);
    const warn = await call(
      t.baseUrl,
      'GET',
      `/api/v1/clusters/${clusterB}/events?severity=warning&from=${new Date(base + 2000).toISOString()}&to=${new Date(base + 5000).toISOString()}`,
      { cookie: admin.cookie },
    );
    expect(warn.body.items.map((e: Json) => e.summary).sort()).toEqual(['event 3', 'tie 1']); // same instant: id order
  });

  it('GET /events spans clusters; other clusters’ events stay out of a cluster’s page', async () => {
    const r = await call(t.baseUrl, 'GET', '/api/v1/events?limit=500', { cookie: admin.cookie });
    expect(r.status).toBe(200);
    const clusters = new Set(r.body.items.map((e: Json) => e.clusterId));
    expect(clusters.has(clusterA) && clusters.has(clusterB)).toBe(true);
    const a = await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterA}/events`, { cookie: admin.cookie });
    expect(a.body.items.every((e: Json) => e.clusterId === clusterA)).toBe(true);
  });

  it("a cluster-scoped token reads its cluster's timeline only", async () => {
    const scoped = (
      await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'scoped-timeline', role: 'viewer', clusterId: clusterA } })
    ).body.secret;
    expect((await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterA}/events`, { token: scoped })).status).toBe(200);
    expect((await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterB}/events`, { token: scoped })).status).toBe(403);
    expect((await call(t.baseUrl, 'GET', '/api/v1/events', { token: scoped })).status).toBe(403);
  });

  it('a topology write commits a topology.changed event with it', async () => {
    const r = await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterA}/events?kind=topology.changed`, { cookie: admin.cookie });
    expect(r.body.items.at(-1)).toMatchObject({
      kind: 'topology.changed',
      severity: 'info',
      clusterId: clusterA,
      data: { action: 'cluster.create', version: expect.any(Number) },
    });
    expect(r.body.items.at(-1).data.created.length).toBeGreaterThan(0);
  });

  it('refuses bad input with problem+json naming the field, and an unknown cluster with 404', async () => {
    const bad = await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterA}/events?kind=vrrp.nope&limit=0&from=soon`, {
      cookie: admin.cookie,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((x: Json) => x.path).sort()).toEqual(['query.from', 'query.kind.0', 'query.limit']);
    const cur = await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterA}/events?cursor=garbage`, { cookie: admin.cookie });
    expect(cur.status).toBe(400);
    expect(cur.body).toMatchObject({ code: 'events.bad_cursor', errors: [{ path: 'query.cursor' }] });
    const order = await call(t.baseUrl, 'GET', `/api/v1/events?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z`, {
      cookie: admin.cookie,
    });
    expect(order.status).toBe(400);
    expect(order.body.errors[0].path).toBe('query.to');
    const missing = await call(t.baseUrl, 'GET', '/api/v1/clusters/00000000-0000-4000-8000-000000000000/events', { cookie: admin.cookie });
    expect(missing.status).toBe(404);
    const anon = await call(t.baseUrl, 'GET', '/api/v1/events');
    expect(anon.status).toBe(401);
  });

  it('prunes events older than the retention', async () => {
    await events.record({
      clusterId: clusterA,
      kind: EventKind.DriftFound,
      severity: 'info',
      summary: 'ancient',
      data: {},
      at: new Date(Date.now() - 400 * 86_400_000),
    });
    expect(await events.prune()).toBeGreaterThanOrEqual(1);
    expect(await count(`SELECT count(*) AS n FROM cluster_events WHERE summary = 'ancient'`)).toBe(0);
  });
});
