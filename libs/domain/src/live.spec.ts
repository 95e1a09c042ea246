import { describe, expect, it } from 'vitest';
import { applyLiveChanges, type ClusterLiveChanges, type ClusterLiveState, healthCounts, liveChangesTouch, type RealServerLive } from './live';

const rs = (over: Partial<RealServerLive> = {}): RealServerLive => ({ service: '10.0.0.1:80/TCP', realServer: '10.0.0.11:80', state: 'up', since: 't0', ...over });
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
    const copied = applyLiveChanges(base(), { ...delta(), realServers: { ...delta().realServers, a: { cps: 7 } } }, 't1', { nullFields: 'delete' });
    const next = applyLiveChanges(s, { ...delta(), realServers: { ...delta().realServers, a: { cps: 7 } } }, 't1', { nullFields: 'delete', inPlace: true });
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
