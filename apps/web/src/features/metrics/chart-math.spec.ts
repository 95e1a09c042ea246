import { describe, expect, it } from 'vitest';
import { buckets, isolatedPoints, linePath, niceMax, stepFor } from './chart-math';

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
    const v = buckets({ service: 's', points: [p('2026-11-29T11:00:00.000Z', 3), p('2026-11-29T11:02:00.000Z', 5)] }, 'conns', from, from + 4 * 60_000, 60);
    expect(v.slice(0, 3)).toEqual([3, NaN, 5]);
    expect(v).toHaveLength(4);
    expect(linePath(v, 30, 10, 5)).toBe('M0.0 4.0M20.0 0.0');
  });
  it('draws a box that starts below the top (the sparkline keeps a pixel of margin: 16 px tall, 14 px drawn)', () => {
    expect(linePath([0, 5, NaN, 10], 72, 14, 10, 1)).toBe('M0.0 15.0L24.0 8.0M72.0 1.0');
  });
  it('rounds the axis up to 1, 2 or 5 × 10^n', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(130)).toBe(200);
    expect(niceMax(4100)).toBe(5000);
  });
});

describe('isolatedPoints', () => {
  it('finds the points a line cannot show (no finite neighbour), where the path puts them', () => {
    const v = [1, NaN, 5, 4, NaN, 2];
    expect(isolatedPoints(v, 50, 10, 5)).toEqual([
      { x: 0, y: 8 },
      { x: 50, y: 6 },
    ]);
    expect(isolatedPoints([3], 50, 10, 5)).toEqual([{ x: 0, y: 4 }]);
    expect(isolatedPoints([NaN, NaN], 50, 10, 5)).toEqual([]);
  });
});
