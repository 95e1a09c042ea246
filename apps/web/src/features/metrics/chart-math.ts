/** Pure helpers of the traffic charts (no React, unit-testable). */

export interface MetricPoint {
  t: string;
  conns: number;
  inPkts: number;
  outPkts: number;
  inBytes: number;
  outBytes: number;
  activeConnsMax: number;
}
export interface MetricSeries {
  service: string;
  realServer?: string;
  points: MetricPoint[];
}
export interface MetricsPage {
  from: string;
  to: string;
  step: number;
  total: number;
  series: MetricSeries[];
}

export type Measure = 'conns' | 'inPkts' | 'outPkts' | 'inBytes' | 'outBytes' | 'activeConnsMax';
export const MEASURES: { key: Measure; label: string; unit: string }[] = [
  { key: 'conns', label: 'Connections', unit: 'conns' },
  { key: 'activeConnsMax', label: 'Active connections (max)', unit: 'active' },
  { key: 'inBytes', label: 'Bytes in', unit: 'B' },
  { key: 'outBytes', label: 'Bytes out', unit: 'B' },
  { key: 'inPkts', label: 'Packets in', unit: 'pkts' },
  { key: 'outPkts', label: 'Packets out', unit: 'pkts' },
];

export const RANGES = [
  { key: '1h', label: '1 h', seconds: 3600 },
  { key: '6h', label: '6 h', seconds: 6 * 3600 },
  { key: '24h', label: '24 h', seconds: 24 * 3600 },
] as const;
export type RangeKey = (typeof RANGES)[number]['key'];

export const MAX_POINTS = 300;

/** The smallest bucket (a multiple of the 60 s rollup) that keeps a range at or under `max` points. */
export function stepFor(rangeSeconds: number, max = MAX_POINTS): number {
  return Math.max(1, Math.ceil(rangeSeconds / max / 60)) * 60;
}

/**
 * One value per bucket from `from` (aligned down to the step) to `to`; buckets the API did not return
 * (no rollup in them) are NaN so the line shows a gap rather than a made-up zero.
 */
export function buckets(series: MetricSeries, measure: Measure, fromMs: number, toMs: number, step: number): number[] {
  const s = step * 1000;
  const start = Math.floor(fromMs / s) * s;
  const n = Math.max(1, Math.ceil((toMs - start) / s));
  const out = new Array<number>(n).fill(NaN);
  for (const p of series.points) {
    const i = Math.floor((Date.parse(p.t) - start) / s);
    if (i >= 0 && i < n) out[i] = (Number.isFinite(out[i]) ? out[i] : 0) + p[measure];
  }
  return out;
}

export function summary(values: readonly number[], measure: Measure): { total: number; max: number; last: number | undefined } {
  const finite = values.filter((v) => Number.isFinite(v));
  const total = measure === 'activeConnsMax' ? NaN : finite.reduce((a, b) => a + b, 0);
  return { total, max: finite.length ? Math.max(...finite) : 0, last: finite.at(-1) };
}

/** SVG path of a series in a width × height box (starting `top` down) with the given y maximum; NaN values break the line. */
export function linePath(values: readonly number[], width: number, height: number, max: number, top = 0): string {
  const dx = values.length > 1 ? width / (values.length - 1) : 0;
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${(i * dx).toFixed(1)} ${(top + height - (v / max) * height).toFixed(1)}`;
    pen = true;
  });
  return d;
}

/**
 * The indexes of the values with no value on either side: a line draws nothing for them, so the
 * chart marks each with a dot. The first minute of a new cluster's history is one such point.
 */
export function isolatedIndexes(values: ArrayLike<number | null | undefined>): number[] {
  const ok = (v: number | null | undefined) => v != null && Number.isFinite(v);
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (ok(values[i]) && !ok(values[i - 1]) && !ok(values[i + 1])) out.push(i);
  return out;
}

/** The API's largest bucket (GET …/metrics `step`). */
export const MAX_STEP = 86_400;

/** The bucket width for an arbitrary span (the timeline's from/to): at most MAX_POINTS buckets, never wider than the API allows. */
export function stepForSpan(fromMs: number, toMs: number): number {
  return Math.min(MAX_STEP, stepFor(Math.max(60, (toMs - fromMs) / 1000)));
}

/** The start of every bucket from `from` (aligned down to the step) to `to`: the x values of a chart, whether or not any series has data. */
export function bucketTimes(fromMs: number, toMs: number, step: number): number[] {
  const s = step * 1000;
  const start = Math.floor(fromMs / s) * s;
  const n = Math.max(1, Math.ceil((toMs - start) / s));
  return Array.from({ length: n }, (_, i) => start + i * s);
}

/** Where a moment stands across a plotting area `width` px wide showing `min`..`max` (ms); null outside it. */
export function markLeft(t: number, area: { width: number; min: number; max: number }): number | null {
  if (!(area.max > area.min) || t < area.min || t > area.max) return null;
  return ((t - area.min) / (area.max - area.min)) * area.width;
}

/**
 * Lanes for marks that would cover each other: each mark (by its x, px) takes the lowest lane whose
 * last mark is at least `gap` px to its left, so events seconds apart on a long span stay each
 * clickable, stacked up the chart. Lanes past `max` wrap round to 0. One lane per input, in order.
 */
export function markLanes(xs: readonly number[], gap: number, max: number): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const last: number[] = [];
  const out = new Array<number>(xs.length).fill(0);
  for (const [x, i] of order) {
    let lane = last.findIndex((l) => x - l >= gap);
    if (lane === -1) lane = last.length;
    lane = lane % Math.max(1, max);
    last[lane] = x;
    out[i] = lane;
  }
  return out;
}
