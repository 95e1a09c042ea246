import type { ClusterLiveState, RealServerLive } from '@lvs/domain';
import { encodeLiveDelta } from '@lvs/domain/live';
import { describe, expect, it } from 'vitest';
import { LiveModel } from './live-model';
import { HEALTH_CODES, type SpecRow, type TableView } from './live-protocol';

const N = 5000;
const specRows = (n = N): SpecRow[] =>
  Array.from({ length: n }, (_, i) => ({
    key: `10.0.0.1:80/TCP>10.9.${i >> 8}.${i & 255}:80`,
    service: '10.0.0.1:80/TCP',
    realServer: `10.9.${i >> 8}.${i & 255}:80`,
    admin: 'enabled',
  }));
const state = (rows: SpecRow[], at: string, f: (i: number) => Partial<RealServerLive>): ClusterLiveState => ({
  clusterId: 'c',
  at,
  tickMs: 1000,
  directors: { lb1: { reachable: true, keepalived: 'running', ipvs: 'available', since: 't0' } },
  vips: {},
  instances: {},
  realServers: Object.fromEntries(
    rows.map((r, i) => [r.key, { service: r.service, realServer: r.realServer, state: 'up', since: 't0', ...f(i) } as RealServerLive]),
  ),
});
const view = (over: Partial<TableView> = {}): TableView => ({ sort: [], health: [], q: '', first: 0, last: 30, ...over });
/** A delta as the wire carries it. */
const wire = (a: ClusterLiveState, b: ClusterLiveState) => JSON.parse(JSON.stringify(encodeLiveDelta(a, b)));

describe('LiveModel (the live worker without its socket)', () => {
  it('before any state: the spec rows, all unknown, cut to the window', () => {
    const m = new LiveModel('c', specRows(100), view({ first: 10, last: 20 }));
    const f = m.frame();
    expect(f).toMatchObject({ topology: null, total: 100, first: 10, counts: { unknown: 100, up: 0 } });
    expect(f.rows.map((r) => r.realServer)).toEqual(
      specRows(100)
        .slice(10, 20)
        .map((r) => r.realServer),
    );
    expect(f.rows[0].health).toBe('unknown');
    expect(f.health).toHaveLength(100);
  });

  it('5,000 rows all changing: a frame carries the ~30 rows on screen, health only when it changed', () => {
    const rows = specRows();
    const m = new LiveModel('c', rows, view());
    const s0 = state(rows, 't0', (i) => ({ cps: i, activeConns: i }));
    m.snapshot(structuredClone(s0));
    const f0 = m.frame();
    expect(f0.health).toBeDefined();
    expect(HEALTH_CODES[f0.health![0]]).toBe('up');
    const s1 = state(rows, 't1', (i) => ({ cps: i + 1, activeConns: i + 2 }));
    m.delta(wire(s0, s1));
    const f1 = m.frame();
    expect(f1.rows).toHaveLength(30);
    expect(f1.health).toBeUndefined();
    expect(f1.healthVersion).toBe(f0.healthVersion);
    expect(f1.rows[5]).toMatchObject({ cps: 6, activeConns: 7, health: 'up' });
    expect(f1.rows[5].cpsHistory).toEqual([5, 6]);
    expect(f1.topology).toMatchObject({ at: 't1', directors: { lb1: { reachable: true } } });
    // What crosses to the page is small whatever the cluster's size.
    expect(JSON.stringify({ ...f1, health: undefined }).length).toBeLessThan(12_000);
  });

  it('sorts by a live number (again after each delta), filters by health and search, and windows the result', () => {
    const rows = specRows(50);
    const m = new LiveModel('c', rows, view({ sort: [{ id: 'cps', desc: true }], first: 0, last: 3 }));
    const s0 = state(rows, 't0', (i) => ({ cps: i }));
    m.snapshot(structuredClone(s0));
    expect(m.frame().rows.map((r) => r.cps)).toEqual([49, 48, 47]);
    const s1 = state(rows, 't1', (i) => ({ cps: i === 3 ? 1000 : i }));
    m.delta(wire(s0, s1));
    expect(m.frame().rows.map((r) => r.cps)).toEqual([1000, 49, 48]);
    const s2 = structuredClone(s1);
    s2.at = 't2';
    s2.realServers[rows[7].key].state = 'down';
    s2.realServers[rows[17].key].state = 'down';
    m.delta(wire(s1, s2));
    m.setView(view({ health: ['down'], sort: [{ id: 'realServer', desc: false }] }));
    const f = m.frame();
    expect(f.health).toBeDefined();
    expect(f.counts).toMatchObject({ up: 48, down: 2 });
    expect(f.rows.map((r) => r.realServer)).toEqual([rows[17].realServer, rows[7].realServer]);
    m.setView(view({ q: '10.9.0.4' }));
    expect(m.frame().total).toBe(11); // .4 and .40–.49
  });

  it('a delta out of step throws, and forget() leaves the rows unknown until the next snapshot', () => {
    const rows = specRows(10);
    const m = new LiveModel('c', rows);
    m.snapshot(state(rows, 't0', () => ({ cps: 1 })));
    expect(() => m.delta({ clusterId: 'c', at: 't1', protocol: 2, changes: {}, columns: { n: 11, values: { cps: [] } } })).toThrow(
      /11 real servers/,
    );
    m.forget();
    const f = m.frame();
    expect(f.topology).toBeNull();
    expect(f.counts.unknown).toBe(10);
  });
});
