import type { RealServerLive } from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { CpsHistory } from './live-state';

const rs = (over: Partial<RealServerLive> = {}): RealServerLive => ({
  service: '10.0.0.1:80/TCP',
  realServer: '10.0.0.11:80',
  state: 'up',
  since: 't0',
  ...over,
});

// applyLiveChanges and healthCounts are tested in libs/domain/src/live.spec.ts.
describe('CpsHistory', () => {
  it('keeps the last N samples per row, oldest first, NaN for a row without a rate, and forgets removed rows', () => {
    const h = new CpsHistory(3);
    for (let i = 1; i <= 5; i++) h.sample({ a: rs({ cps: i }), b: rs() });
    expect(h.get('a')).toEqual([3, 4, 5]);
    expect(h.get('b').every(Number.isNaN)).toBe(true);
    h.sample({ a: rs({ cps: 6 }) });
    expect(h.get('a')).toEqual([4, 5, 6]);
    expect(h.get('b')).toEqual([]);
  });

  it('gives a row that appears later NaN before its first sample, and a new size starts afresh', () => {
    const h = new CpsHistory(4);
    h.sample({ a: rs({ cps: 1 }) });
    h.sample({ a: rs({ cps: 2 }), c: rs({ cps: 9 }) });
    expect(h.get('a')).toEqual([1, 2]);
    expect(h.get('c')[0]).toBeNaN();
    expect(h.get('c')[1]).toBe(9);
    h.resize(8);
    expect(h.get('a')).toEqual([]);
    h.sample({ a: rs({ cps: 3 }) });
    expect(h.get('a')).toEqual([3]);
  });
});
