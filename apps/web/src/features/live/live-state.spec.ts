import type { ClusterLiveState, RealServerLive } from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { applyLiveChanges, CpsHistory, healthCounts } from './live-state';

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

describe('applyLiveChanges (web copy)', () => {
  it('merges changed fields, drops keys set to null, deletes fields set to null, and leaves the input alone', () => {
    const s = base();
    const next = applyLiveChanges(s, { directors: { lb1: { reachable: true, reason: null, keepalived: 'running' } }, vips: { '10.0.0.1': { owner: 'lb2', owners: ['lb2'] } }, realServers: { b: null, c: rs({ state: 'down' }) as unknown as Record<string, unknown> } }, 't1');
    expect(next.at).toBe('t1');
    expect(next.directors.lb1).toEqual({ reachable: true, keepalived: 'running', ipvs: 'unknown', since: 't0' });
    expect('reason' in next.directors.lb1).toBe(false);
    expect(next.vips['10.0.0.1'].owner).toBe('lb2');
    expect(Object.keys(next.realServers)).toEqual(['a', 'c']);
    expect(s.directors.lb1.reason).toBe('no answer within 3000 ms');
    expect(Object.keys(s.realServers)).toEqual(['a', 'b']);
  });
});

describe('CpsHistory', () => {
  it('keeps the last N samples per row, NaN for a row without a rate, and forgets removed rows', () => {
    const h = new CpsHistory(3);
    for (let i = 1; i <= 5; i++) h.sample({ a: rs({ cps: i }), b: rs() });
    expect(h.get('a')).toEqual([3, 4, 5]);
    expect(h.get('b').every(Number.isNaN)).toBe(true);
    h.sample({ a: rs({ cps: 6 }) });
    expect(h.get('b')).toEqual([]);
    expect(healthCounts([rs(), rs({ state: 'down' }), rs()])).toMatchObject({ up: 2, down: 1, unknown: 0 });
  });
});
