import { describe, expect, it } from 'vitest';
import {
  applyLiveChanges,
  type ClusterLiveChanges,
  type ClusterLiveState,
  encodeLiveDelta,
  healthCounts,
  LIVE_PROTOCOL,
  type LiveDelta,
  LiveOutOfStepError,
  LiveStateKeeper,
  liveChangesTouch,
  type RealServerLive,
} from './live';

const rs = (over: Partial<RealServerLive> = {}): RealServerLive => ({
  service: '10.0.0.1:80/TCP',
  realServer: '10.0.0.11:80',
  state: 'up',
  since: 't0',
  ...over,
});
const base = (): ClusterLiveState => ({
  clusterId: 'c',
  at: 't0',
  tickMs: 1000,
  directors: { lb1: { reachable: false, reason: 'no answer within 3000 ms', keepalived: 'unknown', ipvs: 'unknown', since: 't0' } },
  vips: { '10.0.0.1': { owner: 'lb1', owners: ['lb1'], since: 't0' } },
  instances: {},
  realServers: { a: rs(), b: rs({ realServer: '10.0.0.12:80' }) },
});
const delta = (): ClusterLiveChanges => ({
  directors: { lb1: { reachable: true, reason: null, keepalived: 'running' } },
  vips: { '10.0.0.1': { owner: 'lb2', owners: ['lb2'] } },
  realServers: { b: null, c: rs({ state: 'down' }) as unknown as Record<string, unknown> },
});

describe('applyLiveChanges', () => {
  it('merges changed fields, drops keys set to null, keeps fields set to null as null, and leaves the input alone', () => {
    const s = base();
    const next = applyLiveChanges(s, delta(), 't1');
    expect(next.at).toBe('t1');
    expect(next.directors.lb1).toEqual({ reachable: true, reason: null, keepalived: 'running', ipvs: 'unknown', since: 't0' });
    expect(next.vips['10.0.0.1'].owner).toBe('lb2');
    expect(Object.keys(next.realServers)).toEqual(['a', 'c']);
    expect(next.realServers.c.state).toBe('down');
    // The input is untouched, and what did not change is shared.
    expect(s.at).toBe('t0');
    expect(s.directors.lb1.reason).toBe('no answer within 3000 ms');
    expect(Object.keys(s.realServers)).toEqual(['a', 'b']);
    expect(next.realServers.a).toBe(s.realServers.a);
    expect(next.instances).toBe(s.instances);
  });

  it('deletes fields set to null when asked (typed optional fields stay undefined)', () => {
    const next = applyLiveChanges(base(), delta(), 't1', { nullFields: 'delete' });
    expect(next.directors.lb1).toEqual({ reachable: true, keepalived: 'running', ipvs: 'unknown', since: 't0' });
    expect('reason' in next.directors.lb1).toBe(false);
  });

  it('in place: mutates the state and its rows (no copy of thousands of rows per tick), with the same result', () => {
    const s = base();
    const row = s.realServers.a;
    const copied = applyLiveChanges(base(), { ...delta(), realServers: { ...delta().realServers, a: { cps: 7 } } }, 't1', {
      nullFields: 'delete',
    });
    const next = applyLiveChanges(s, { ...delta(), realServers: { ...delta().realServers, a: { cps: 7 } } }, 't1', {
      nullFields: 'delete',
      inPlace: true,
    });
    expect(next).toBe(s);
    expect(s.realServers.a).toBe(row);
    expect(row.cps).toBe(7);
    expect(next).toEqual(copied);
  });
});

describe('liveChangesTouch', () => {
  it('says whether health (state, rows coming or going) or the directors/VIPs/instances changed', () => {
    const s = base();
    expect(liveChangesTouch(s, { realServers: { a: { cps: 3 } } })).toEqual({ health: false, topology: false });
    expect(liveChangesTouch(s, { realServers: { a: { cps: 3, state: 'down' } } })).toEqual({ health: true, topology: false });
    expect(liveChangesTouch(s, { realServers: { b: null } }).health).toBe(true);
    expect(liveChangesTouch(s, { realServers: { z: { ...rs() } } }).health).toBe(true);
    expect(liveChangesTouch(s, { directors: { lb1: { lastSeen: 't1' } } })).toEqual({ health: false, topology: true });
  });
});

describe('healthCounts', () => {
  it('counts real servers per health, every health present', () => {
    expect(healthCounts([rs(), rs({ state: 'down' }), rs()])).toEqual({ up: 2, down: 1, drained: 0, disabled: 0, missing: 0, unknown: 0 });
  });
});

describe('the delta codec (protocol 2: numbers as columns)', () => {
  /** A state of `n` real servers with numbers from `f(i)`. */
  const big = (n: number, f: (i: number) => Partial<RealServerLive>, at = 't0'): ClusterLiveState => {
    const s = { ...base(), at, realServers: {} as Record<string, RealServerLive> };
    for (let i = 0; i < n; i++) s.realServers[`10.0.0.1:80/TCP>10.0.1.${i}:80`] = rs({ realServer: `10.0.1.${i}:80`, ...f(i) });
    return s;
  };
  const roundTrip = (a: ClusterLiveState, b: ClusterLiveState, opts?: ConstructorParameters<typeof LiveStateKeeper>[0]) => {
    const k = new LiveStateKeeper(opts);
    k.snapshot(structuredClone(a));
    const d = encodeLiveDelta(a, b);
    // What the wire carries: JSON (undefined array entries would become null).
    if (d) k.delta(JSON.parse(JSON.stringify(d)) as LiveDelta);
    return { k, d };
  };

  it('sends every row changing as columns without row indexes or keys, and the copy comes out equal', () => {
    const a = big(50, (i) => ({ activeConns: i, cps: i * 2, inBytes: 1e12 + i }));
    const b = big(50, (i) => ({ activeConns: i + 1, cps: i * 2 + 1, inBytes: 1e12 + i + 1500 }), 't1');
    const { k, d } = roundTrip(a, b);
    expect(d).toMatchObject({ protocol: LIVE_PROTOCOL, at: 't1', changes: {} });
    // Counters (they only grow) as increases since the last delta; the rest as values.
    expect(d!.columns).toEqual({
      n: 50,
      values: { activeConns: Object.values(b.realServers).map((r) => r.activeConns), cps: expect.any(Array) },
      increments: { inBytes: new Array(50).fill(1500) },
    });
    expect(k.state).toEqual(b);
    // Leaner than an object per row (the old delta), by a wide margin.
    const old = JSON.stringify({
      realServers: Object.fromEntries(
        Object.entries(b.realServers).map(([key, r]) => [key, { activeConns: r.activeConns, cps: r.cps, inBytes: r.inBytes }]),
      ),
    });
    expect(JSON.stringify(d).length).toBeLessThan(old.length / 2);
  });

  it('names the rows that changed by index when only some did; fields that went are null (kept, or deleted when asked)', () => {
    const a = big(10, (i) => ({ weight: 1, cps: i }));
    const b = big(10, (i) => (i === 3 ? { weight: 1 } : i === 7 ? { weight: 0, cps: 7 } : { weight: 1, cps: i }), 't1');
    const { k, d } = roundTrip(a, b);
    expect(d!.columns).toEqual({ n: 10, rows: [3, 7], values: { weight: [1, 0], cps: [null, 7] } });
    expect(k.state!.realServers['10.0.0.1:80/TCP>10.0.1.3:80'].cps).toBeNull();
    const deleted = roundTrip(a, b, { nullFields: 'delete', inPlace: true }).k.state!;
    expect(deleted).toEqual(b);
    expect('cps' in deleted.realServers['10.0.0.1:80/TCP>10.0.1.3:80']).toBe(false);
  });

  it('keeps state and since in changes, rows that came whole and rows that went as null, and sends the new order', () => {
    const a = big(4, (i) => ({ cps: i }));
    const b = big(5, (i) => ({ cps: i + 10 }), 't1');
    delete b.realServers['10.0.0.1:80/TCP>10.0.1.1:80'];
    b.realServers['10.0.0.1:80/TCP>10.0.1.2:80'].state = 'down';
    const { k, d } = roundTrip(a, b, { inPlace: true });
    expect(d!.changes.realServers).toEqual({
      '10.0.0.1:80/TCP>10.0.1.4:80': b.realServers['10.0.0.1:80/TCP>10.0.1.4:80'],
      '10.0.0.1:80/TCP>10.0.1.1:80': null,
      '10.0.0.1:80/TCP>10.0.1.2:80': { state: 'down' },
    });
    expect(d!.columns).toMatchObject({ order: Object.keys(b.realServers), n: 4, rows: [0, 1, 2] });
    expect(k.state).toEqual(b);
    expect(k.order).toEqual(Object.keys(b.realServers));
  });

  it('a counter that went down (reset) or had no number goes as values; adding to a row without a number is out of step', () => {
    const a = big(3, (i) => ({ conns: 100 + i }));
    const b = big(3, (i) => ({ conns: i === 1 ? 5 : 200 + i }), 't1');
    const { k, d } = roundTrip(a, b);
    expect(d!.columns).toEqual({ n: 3, values: { conns: [200, 5, 202] } });
    expect(k.state).toEqual(b);
    const c = big(3, (i) => ({ conns: 300 + i }), 't2');
    expect(encodeLiveDelta(b, c)!.columns!.increments).toEqual({ conns: [100, 296, 100] });
    const stale = new LiveStateKeeper();
    stale.snapshot(big(3, () => ({})));
    expect(() => stale.delta(encodeLiveDelta(b, c)!)).toThrow(/adds to conns/);
  });

  it('says what a delta touched: health, topology, numbers', () => {
    const a = big(3, () => ({ cps: 1 }));
    const k = new LiveStateKeeper({ inPlace: true });
    k.snapshot(structuredClone(a));
    const b = big(3, () => ({ cps: 2 }), 't1');
    expect(k.delta(encodeLiveDelta(a, b)!)).toEqual({ health: false, topology: false, numbers: true });
    const c = structuredClone(b);
    c.at = 't2';
    c.realServers['10.0.0.1:80/TCP>10.0.1.0:80'].state = 'down';
    c.vips['10.0.0.1'].owner = 'lb2';
    expect(k.delta(encodeLiveDelta(b, c)!)).toEqual({ health: true, topology: true, numbers: false });
    expect(encodeLiveDelta(c, structuredClone(c))).toBeUndefined();
  });

  it('fails clearly out of step: another protocol, or a row count this copy does not hold (then it holds nothing)', () => {
    const a = big(3, () => ({ cps: 1 }));
    const k = new LiveStateKeeper();
    expect(
      k.delta(
        encodeLiveDelta(
          a,
          big(3, () => ({ cps: 2 }), 't1'),
        )!,
      ),
    ).toBeUndefined(); // before a snapshot: nothing to apply to
    k.snapshot(a);
    expect(() => k.delta({ clusterId: 'c', at: 't1', protocol: 1 as typeof LIVE_PROTOCOL, changes: {} })).toThrow(
      /protocol 1; this client speaks 2/,
    );
    expect(() =>
      k.delta({ clusterId: 'c', at: 't1', protocol: LIVE_PROTOCOL, changes: {}, columns: { n: 4, values: { cps: [1, 2, 3, 4] } } }),
    ).toThrow(LiveOutOfStepError);
    expect(k.state).toBeUndefined();
  });

  it('a copy (not in place) leaves the snapshot it was given alone', () => {
    const a = big(3, () => ({ cps: 1 }));
    const k = new LiveStateKeeper();
    const given = structuredClone(a);
    k.snapshot(given);
    k.delta(
      encodeLiveDelta(
        a,
        big(3, () => ({ cps: 2 }), 't1'),
      )!,
    );
    expect(given).toEqual(a);
    expect(k.state!.realServers['10.0.0.1:80/TCP>10.0.1.0:80'].cps).toBe(2);
  });
});
