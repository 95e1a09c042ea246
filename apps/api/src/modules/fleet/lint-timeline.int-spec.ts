import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';

/**
 * Fleet lint on the timeline (lint.finding / lint.resolved), against real PostgreSQL with two API
 * replicas on one database, and a third started later (a restart): a finding is recorded once on
 * its cluster when it appears (after the topology change that made it, or when lint is asked),
 * never again while it stays, and resolved once when it goes.
 */
describe('fleet lint on the timeline (real API, PostgreSQL, two replicas)', () => {
  let a: TestApp;
  let b: TestApp;
  let token: string;
  const ids: Record<string, string> = {};
  const api = (t: TestApp, method: string, path: string, body?: unknown) => call(t.baseUrl, method, `/api/v1${path}`, { token, body });

  /** One instance whose VIP is on 10.215.0.0/24: clusters on that subnet share the L2 segment. */
  const spec = (name: string, vrid: number, host: number) => ({
    name,
    directors: [
      { name: 'lb1', address: `10.215.0.${host}` },
      { name: 'lb2', address: `10.215.0.${host + 1}` },
    ],
    vrrpInstances: [
      {
        name: 'VI_1',
        interface: 'eth0',
        virtualRouterId: vrid,
        members: [
          { director: 'lb1', priority: 150 },
          { director: 'lb2', priority: 100 },
        ],
        vips: [{ address: `10.215.0.${host + 100}/24` }],
      },
    ],
  });
  const lintEvents = async (key: string, kind = 'lint.') =>
    ((await api(a, 'GET', `/clusters/${ids[key]}/events?kind=${kind}&limit=500`)).body.items as Json[]).filter(
      (e) => e.subject !== 'deployment',
    );
  async function until(what: string, fn: () => Promise<Json[]>, ok: (v: Json[]) => boolean, timeoutMs = 15_000): Promise<Json[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await fn();
      if (ok(v)) return v;
      if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms (last: ${JSON.stringify(v).slice(0, 600)})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const setVrid = async (key: string, vrid: number) => {
    const s = (await api(a, 'GET', `/clusters/${ids[key]}/spec`)).body;
    s.vrrpInstances[0].virtualRouterId = vrid;
    const r = await api(a, 'PUT', `/clusters/${ids[key]}/spec`, s);
    expect(r.status, r.text).toBe(200);
  };
  const subjectOf = (me: string, other: string) => `lint:vrid_reused:vrrpInstances[VI_1].virtualRouterId>${ids[other]}/VI_1`;

  beforeAll(async () => {
    a = await startTestApp();
    const admin = await login(a.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(a.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lint', role: 'admin' } })).body.secret;
    for (const [key, vrid, host] of [
      ['east', 51, 11],
      ['west', 60, 21],
    ] as const) {
      const r = await api(a, 'POST', '/clusters', spec(key, vrid, host));
      expect(r.status, r.text).toBe(201);
      ids[key] = r.body.id;
    }
    b = await startTestApp({}, { databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('clean clusters: lint finds nothing and the timeline has no lint event', async () => {
    const lint = await api(a, 'GET', '/fleet/lint');
    expect(lint.status, lint.text).toBe(200);
    expect(lint.body.findings).toEqual([]);
    expect(await lintEvents('east')).toEqual([]);
    expect(await lintEvents('west')).toEqual([]);
  });

  it('a change that makes a VRID clash across two clusters: one lint.finding on each, without anyone asking', async () => {
    await setVrid('west', 51);
    const east = await until(
      'lint.finding on east',
      () => lintEvents('east'),
      (e) => e.length > 0,
    );
    const west = await until(
      'lint.finding on west',
      () => lintEvents('west'),
      (e) => e.length > 0,
    );
    expect(east).toHaveLength(1);
    expect(west).toHaveLength(1);
    expect(east[0]).toMatchObject({
      kind: 'lint.finding',
      severity: 'critical',
      clusterId: ids.east,
      subject: subjectOf('east', 'west'),
      summary: expect.stringMatching(/^lint vrid_reused: virtual_router_id 51 \(inet\) is also used by instance "VI_1" of cluster "west"/),
      data: {
        code: 'vrid_reused',
        severity: 'error',
        path: 'vrrpInstances.0.virtualRouterId',
        instance: 'VI_1',
        director: null,
        related: { clusterId: ids.west, cluster: 'west', instance: 'VI_1' },
        blocksDeployment: false,
        message: expect.stringMatching(/on the same L2 segment \(subnet 10\.215\.0\.0\/24\)/),
        fix: expect.stringMatching(/^give one of them a virtual_router_id/),
      },
    });
    expect(west[0]).toMatchObject({ subject: subjectOf('west', 'east'), data: { related: { clusterId: ids.east } } });
  });

  it('asking again, on both replicas at once and on a replica started later: no new event', async () => {
    const asks = await Promise.all(
      [a, b, a, b].flatMap((t) => [api(t, 'GET', '/fleet/lint'), api(t, 'GET', `/clusters/${ids.east}/lint`)]),
    );
    for (const r of asks) expect(r.status, r.text).toBe(200);
    expect(asks[1].body.findings.map((f: Json) => `${f.code}:${f.related.cluster}`)).toEqual(['vrid_reused:west']);
    const c = await startTestApp({}, { databaseUrl: a.databaseUrl });
    try {
      expect((await api(c, 'GET', '/fleet/lint')).body.errors).toBe(2);
    } finally {
      await c.close();
    }
    expect(await lintEvents('east')).toHaveLength(1);
    expect(await lintEvents('west')).toHaveLength(1);
  });

  it('a third cluster joins the clash while both replicas lint: each new pair is recorded once', async () => {
    const created = api(a, 'POST', '/clusters', spec('north', 51, 31));
    const asks = Promise.all([a, b, b, a, b].map((t) => api(t, 'GET', '/fleet/lint')));
    const r = await created;
    expect(r.status, r.text).toBe(201);
    ids.north = r.body.id;
    await asks;
    // after these answers, every recording lint has started after the cluster existed
    await Promise.all([api(a, 'GET', '/fleet/lint'), api(b, 'GET', '/fleet/lint')]);
    const subjects = async (key: string) => (await lintEvents(key, 'lint.finding')).map((e) => e.subject).sort();
    expect(await subjects('east')).toEqual([subjectOf('east', 'west'), subjectOf('east', 'north')].sort());
    expect(await subjects('west')).toEqual([subjectOf('west', 'east'), subjectOf('west', 'north')].sort());
    expect(await subjects('north')).toEqual([subjectOf('north', 'east'), subjectOf('north', 'west')].sort());
  });

  it('fixing it: lint.resolved on each side of the pair that went, and the timeline filters the lint kinds', async () => {
    await setVrid('west', 61);
    const resolved = await until(
      'lint.resolved on east',
      () => lintEvents('east', 'lint.resolved'),
      (e) => e.length > 0,
    );
    expect(resolved).toHaveLength(1);
    const opened = (await lintEvents('east', 'lint.finding')).find((e) => e.subject === subjectOf('east', 'west'));
    expect(resolved[0]).toMatchObject({
      kind: 'lint.resolved',
      severity: 'info',
      subject: subjectOf('east', 'west'),
      summary: expect.stringMatching(/^lint vrid_reused resolved: /),
      data: { code: 'vrid_reused', severity: 'error', related: { clusterId: ids.west }, openedAt: expect.any(String) },
    });
    expect(resolved[0].data.durationMs).toBe(Date.parse(resolved[0].at) - Date.parse(resolved[0].data.openedAt));
    expect(Date.parse(resolved[0].data.openedAt)).toBeLessThanOrEqual(Date.parse(opened.at) + 1000);
    const westResolved = await until(
      'lint.resolved on west',
      () => lintEvents('west', 'lint.resolved'),
      (e) => e.length >= 2,
    );
    expect(westResolved.map((e) => e.subject).sort()).toEqual([subjectOf('west', 'east'), subjectOf('west', 'north')].sort());
    // east and north still clash: nothing resolved there, nothing new
    await Promise.all([api(a, 'GET', '/fleet/lint'), api(b, 'GET', '/fleet/lint')]);
    expect((await lintEvents('north', 'lint.resolved')).map((e) => e.subject)).toEqual([subjectOf('north', 'west')]);
    expect(await lintEvents('east')).toHaveLength(3); // found with west and with north, resolved with west
    const both = await api(a, 'GET', `/clusters/${ids.east}/events?kind=lint.finding,lint.resolved`);
    expect(both.status, both.text).toBe(200);
    expect(both.body.total).toBe(3);
  });

  it('a warning that was an error is said again (previousSeverity), once', async () => {
    // unicast on both sides, between different directors: their adverts do not meet, only the virtual MAC is shared
    for (const key of ['east', 'north']) {
      const s = (await api(a, 'GET', `/clusters/${ids[key]}/spec`)).body;
      s.vrrpInstances[0].unicast = true;
      const r = await api(a, 'PUT', `/clusters/${ids[key]}/spec`, s);
      expect(r.status, r.text).toBe(200);
    }
    await Promise.all([api(a, 'GET', '/fleet/lint'), api(b, 'GET', '/fleet/lint')]);
    for (const [me, other] of [
      ['east', 'north'],
      ['north', 'east'],
    ]) {
      const changed = (await lintEvents(me, 'lint.finding')).filter((e) => e.data.previousSeverity);
      expect(changed).toHaveLength(1);
      expect(changed[0]).toMatchObject({
        severity: 'warning',
        subject: subjectOf(me, other),
        summary: expect.stringMatching(/^lint vrid_reused is now a warning: .*share the virtual MAC 00:00:5e:00:01:33/),
        data: { code: 'vrid_reused', severity: 'warning', previousSeverity: 'error' },
      });
    }
  });

  it('a cluster deleted through the API: the delete is on its timeline and its partner’s finding resolves at once, no sweep needed', async () => {
    const vrid = (await api(a, 'GET', `/clusters/${ids.east}/spec`)).body.vrrpInstances[0].virtualRouterId;
    const r = await api(a, 'POST', '/clusters', spec('south', vrid, 41));
    expect(r.status, r.text).toBe(201);
    ids.south = r.body.id;
    await until(
      'lint.finding on east with south',
      () => lintEvents('east', 'lint.finding'),
      (e) => e.some((x) => x.subject === subjectOf('east', 'south')),
    );
    const del = await api(a, 'DELETE', `/clusters/${ids.south}`);
    expect(del.status, del.text).toBe(204);
    // neither replica sweeps within this test (FLEET_LINT_SWEEP_SECONDS is 300): the delete's own event lints
    const resolved = await until(
      'lint.resolved on east for south',
      () => lintEvents('east', 'lint.resolved'),
      (e) => e.some((x) => x.subject === subjectOf('east', 'south')),
    );
    expect(resolved.filter((x) => x.subject === subjectOf('east', 'south'))).toHaveLength(1);
    const events = (await api(a, 'GET', `/events?kind=topology.changed&limit=500`)).body.items as Json[];
    expect(events.filter((e) => e.clusterId === ids.south).map((e) => e.data.action)).toEqual(['cluster.delete', 'cluster.create']);
  });

  it('on its own every FLEET_LINT_SWEEP_SECONDS: a cluster gone behind the API’s back (no event: a restore, a replica that died before its lint ran) resolves its partner’s finding; its own rows go with it', async () => {
    // a replica sweeping every 10 s; nobody asks for lint below, and the row goes without any event
    const sweeper = await startTestApp({ FLEET_LINT_SWEEP_SECONDS: '10' }, { databaseUrl: a.databaseUrl });
    try {
      await a.dataSource.query('DELETE FROM clusters WHERE id = $1', [ids.north]);
      const resolved = await until(
        'the sweep resolves east’s finding with north',
        () => lintEvents('east', 'lint.resolved'),
        (e) => e.some((x) => x.subject === subjectOf('east', 'north')),
        30_000,
      );
      expect(resolved.map((e) => e.subject).sort()).toEqual(
        [subjectOf('east', 'west'), subjectOf('east', 'south'), subjectOf('east', 'north')].sort(),
      );
      expect(resolved.find((e) => e.subject === subjectOf('east', 'north'))).toMatchObject({
        data: { severity: 'warning', related: { cluster: 'north' } },
      });
      expect(await a.dataSource.query('SELECT key FROM lint_findings_open')).toEqual([]);
    } finally {
      await sweeper.close();
    }
  }, 60_000);
});
