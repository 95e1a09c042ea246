import { describe, expect, it } from 'vitest';
import { bucketTimes, buckets, isolatedIndexes, linePath, markLanes, markLeft, MAX_STEP, stepFor, stepForSpan } from './chart-math';

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

describe('a chart over an arbitrary span (the timeline)', () => {
  it('picks a bucket that keeps the span at or under MAX_POINTS, never past the API’s 86400 s', () => {
    expect(stepForSpan(0, 3_600_000)).toBe(60);
    expect(stepForSpan(0, 24 * 3_600_000)).toBe(300);
    // a minute-long span still asks for whole minutes
    expect(stepForSpan(0, 10_000)).toBe(60);
    expect(stepForSpan(0, 400 * 86_400_000)).toBe(MAX_STEP);
  });

  it('has an x value for every bucket of the span, data or not', () => {
    const t0 = Date.parse('2026-12-02T10:00:30Z');
    const times = bucketTimes(t0, t0 + 3 * 60_000, 60);
    expect(times.map((t) => new Date(t).toISOString())).toEqual([
      '2026-12-02T10:00:00.000Z',
      '2026-12-02T10:01:00.000Z',
      '2026-12-02T10:02:00.000Z',
      '2026-12-02T10:03:00.000Z',
    ]);
  });

  it('places a mark across the plotting area, and none outside the span it shows', () => {
    const area = { width: 500, min: 1_000, max: 2_000 };
    expect(markLeft(1_000, area)).toBe(0);
    expect(markLeft(1_500, area)).toBe(250);
    expect(markLeft(2_000, area)).toBe(500);
    expect(markLeft(999, area)).toBeNull();
    expect(markLeft(2_001, area)).toBeNull();
    expect(markLeft(1_500, { width: 500, min: 1_000, max: 1_000 })).toBeNull();
  });
});

describe('lanes of event marks', () => {
  it('stacks marks closer than the gap, and reuses a lane once the pointer is past it', () => {
    // 100 and 105 overlap; 130 is clear of 100; 131 of 105
    expect(markLanes([100, 105, 130, 131], 14, 5)).toEqual([0, 1, 0, 1]);
  });
  it('keeps the input order and wraps round past the last lane', () => {
    expect(markLanes([50, 10, 11, 12], 14, 2)).toEqual([0, 0, 1, 0]);
  });
});
