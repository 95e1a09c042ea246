import { describe, expect, it } from 'vitest';
import { buckets, isolatedIndexes, linePath, stepFor } from './chart-math';

describe('traffic chart math', () => {
  it('chooses a step that keeps every range at or under 300 points', () => {
    expect(stepFor(3600)).toBe(60);
    expect(stepFor(6 * 3600)).toBe(120);
    expect(stepFor(24 * 3600)).toBe(300);
    for (const s of [3600, 6 * 3600, 24 * 3600]) expect(s / stepFor(s)).toBeLessThanOrEqual(300);
  });
  it('puts points in their buckets and leaves missing buckets as gaps', () => {
    const from = Date.parse('2026-11-29T11:00:00Z');
    const p = (t: string, conns: number) => ({ t, conns, inPkts: 0, outPkts: 0, inBytes: 0, outBytes: 0, activeConnsMax: 0 });
    const v = buckets(
      { service: 's', points: [p('2026-11-29T11:00:00.000Z', 3), p('2026-11-29T11:02:00.000Z', 5)] },
      'conns',
      from,
      from + 4 * 60_000,
      60,
    );
    expect(v.slice(0, 3)).toEqual([3, NaN, 5]);
    expect(v).toHaveLength(4);
    expect(linePath(v, 30, 10, 5)).toBe('M0.0 4.0M20.0 0.0');
  });
  it('draws a box that starts below the top (the sparkline keeps a pixel of margin: 16 px tall, 14 px drawn)', () => {
    expect(linePath([0, 5, NaN, 10], 72, 14, 10, 1)).toBe('M0.0 15.0L24.0 8.0M72.0 1.0');
  });
});

describe('isolatedIndexes', () => {
  it('finds the points a line cannot show (no value on either side: NaN or null, as uPlot gets them)', () => {
    expect(isolatedIndexes([1, NaN, 5, 4, NaN, 2])).toEqual([0, 5]);
    expect(isolatedIndexes([null, 3, null, 4, 4])).toEqual([1]);
    expect(isolatedIndexes([3])).toEqual([0]);
    expect(isolatedIndexes([NaN, NaN])).toEqual([]);
  });
});
