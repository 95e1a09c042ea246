import type { ClusterLiveState } from '@lvs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { clusterSpec } from '../../../../../test/factories';
import { call, login } from '../../../../../test/http';
import { MINUTE_MS, MinuteRollup } from './rollup';
import { TelemetryRepository } from './telemetry.repository';

/**
 * The rollup store and the history endpoint on the real PostgreSQL. The samples are fed by hand:
 * real IPVS counters exist only in the lab's VM tier (this kernel has no IPVS), whose test checks
 * the counters themselves; the probe → state path is tested against the netns lab.
 */
describe('traffic history: per-minute rollups and GET /clusters/:id/metrics (real PostgreSQL)', () => {
  let t: TestApp;
  let token: string;
  let clusterId: string;
  const api = (path: string) => call(t.baseUrl, 'GET', `/api/v1${path}`, { token });
  const t0 = Date.UTC(2026, 10, 29, 10, 0, 0);
  const SVC = '10.213.1.10:80/TCP';

  const state = (conns: Record<string, number>): ClusterLiveState => ({
    clusterId,
    at: '',
    tickMs: 1000,
    directors: {},
    vips: {},
    instances: {},
    realServers: Object.fromEntries(
      Object.entries(conns).map(([rs, c]) => [
        `${SVC}>${rs}`,
        {
          service: SVC,
          realServer: rs,
          state: 'up',
          observedOn: 'lb1',
          conns: c,
          inPkts: c * 10,
          outPkts: 0,
          inBytes: c * 100,
          outBytes: 0,
          activeConns: c % 5,
          since: '',
        },
      ]),
    ),
  });

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'v', role: 'operator' } })).body.secret;
    clusterId = (await call(t.baseUrl, 'POST', '/api/v1/clusters', { token, body: clusterSpec({ name: 'history' }) })).body.id;
    // Three minutes of one-per-10 s samples: rs1 gains 6 connections a minute, rs2 60.
    const r = new MinuteRollup();
    for (let i = 0; i <= 18; i++) r.add(state({ '10.213.0.21:80': i, '10.213.0.22:80': i * 10 }), t0 + i * 10_000);
    const repo = t.app.get(TelemetryRepository);
    await repo.addRollups(clusterId, r.drain(t0 + 3 * MINUTE_MS, true));
  });
  afterAll(async () => {
    await t?.close();
  });

  const range = `from=${new Date(t0).toISOString()}&to=${new Date(t0 + 4 * MINUTE_MS).toISOString()}`;

  it('answers one series per real server with per-minute points', async () => {
    const r = await api(`/clusters/${clusterId}/metrics?${range}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.total).toBe(2);
    const rs1 = r.body.series.find((s: { realServer: string }) => s.realServer === '10.213.0.21:80');
    expect(rs1.points.map((p: { conns: number }) => p.conns)).toEqual([5, 6, 6, 1]);
    expect(rs1.points[0]).toMatchObject({ t: new Date(t0).toISOString(), inPkts: 50, inBytes: 500, activeConnsMax: 4 });
  });

  it('sums into wider steps, per virtual service, and filters and pages the series', async () => {
    const wide = await api(`/clusters/${clusterId}/metrics?${range}&step=120`);
    expect(wide.body.series[0].points.map((p: { conns: number }) => p.conns)).toEqual([11, 7]);
    const perService = await api(`/clusters/${clusterId}/metrics?${range}&by=service`);
    expect(perService.body.series).toHaveLength(1);
    expect(perService.body.series[0].realServer).toBeUndefined();
    expect(perService.body.series[0].points.map((p: { conns: number }) => p.conns)).toEqual([55, 66, 66, 11]);
    const one = await api(`/clusters/${clusterId}/metrics?${range}&realServer=10.213.0.22:80`);
    expect(one.body.series.map((s: { realServer: string }) => s.realServer)).toEqual(['10.213.0.22:80']);
    const page = await api(`/clusters/${clusterId}/metrics?${range}&limit=1&offset=1`);
    expect(page.body).toMatchObject({ total: 2 });
    expect(page.body.series.map((s: { realServer: string }) => s.realServer)).toEqual(['10.213.0.22:80']);
  });

  it('adds up a minute written in parts (a restart, another replica)', async () => {
    const repo = t.app.get(TelemetryRepository);
    await repo.addRollups(clusterId, [
      {
        service: SVC,
        realServer: '10.213.0.21:80',
        minute: t0,
        conns: 100,
        inPkts: 0,
        outPkts: 0,
        inBytes: 0,
        outBytes: 0,
        activeConnsMax: 9,
        samples: 1,
      },
    ]);
    const r = await api(`/clusters/${clusterId}/metrics?${range}&realServer=10.213.0.21:80`);
    expect(r.body.series[0].points[0]).toMatchObject({ conns: 105, activeConnsMax: 9 });
  });

  it('refuses bad ranges and steps with the field named, and unknown clusters with 404', async () => {
    for (const [q, path] of [
      ['step=90', 'query.step'],
      ['step=30', 'query.step'],
      [`from=${new Date(t0 + MINUTE_MS).toISOString()}&to=${new Date(t0).toISOString()}`, 'query.from'],
      [`from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z&step=60`, 'query.step'],
      ['from=yesterday', 'query.from'],
      ['by=director', 'query.by'],
      ['limit=0', 'query.limit'],
      ['extra=1', 'query'],
    ] as const) {
      const r = await api(`/clusters/${clusterId}/metrics?${q}`);
      expect(r.status, q).toBe(400);
      expect(
        r.body.errors.map((e: { path: string }) => e.path).some((p: string) => p.startsWith(path)),
        `${q}: ${JSON.stringify(r.body.errors)}`,
      ).toBe(true);
    }
    expect((await api(`/clusters/00000000-0000-4000-8000-000000000000/metrics`)).status).toBe(404);
  });

  it('drops rollups past the retention', async () => {
    const repo = t.app.get(TelemetryRepository);
    await repo.addRollups(clusterId, [
      {
        service: SVC,
        realServer: 'old:80',
        minute: Date.now() - 10 * 86_400_000,
        conns: 1,
        inPkts: 0,
        outPkts: 0,
        inBytes: 0,
        outBytes: 0,
        activeConnsMax: 0,
        samples: 1,
      },
    ]);
    expect(await repo.pruneRollups(7)).toBe(1);
    expect(await repo.pruneRollups(7)).toBe(0);
    expect((await api(`/clusters/${clusterId}/metrics?${range}`)).body.total).toBe(2);
  });
});
