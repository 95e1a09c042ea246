'use client';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { short } from '../../lib/format';
import { isolatedIndexes } from './chart-math';

export interface ChartLine {
  key: string;
  /** A CSS colour or custom property (`var(--series-0)`), resolved against the page's theme. */
  color: string;
  /** One value per bucket; NaN is a gap. */
  values: readonly number[];
}

/** What the pointer is on: the bucket's time and each line's value there. */
export interface ChartHover {
  t: number;
  values: { key: string; color: string; value: number | null }[];
}

/** Where the plotting area is (px, relative to the chart's box) and the time span it shows (ms): what an overlay needs to place marks on the time axis. */
export interface ChartLayout {
  left: number;
  top: number;
  width: number;
  height: number;
  min: number;
  max: number;
}

const resolve = (el: Element, color: string) => {
  const m = /^var\((--[\w-]+)\)$/.exec(color);
  return m ? getComputedStyle(el).getPropertyValue(m[1]).trim() || '#888' : color;
};

/**
 * A time series chart drawn by uPlot on a canvas: drag across it to zoom into a time span
 * (double-click zooms back out), hover for each line's value at that bucket. uPlot draws
 * thousands of points in a few ms and weighs ~50 kB minified, against a few hundred for a general
 * chart library; the numbers are also in the table beside it for screen readers. uPlot itself is
 * loaded when a chart is first drawn (the chart sits below the fold): it is not in the Live tab's
 * first-load JavaScript.
 */
export function UplotChart(props: {
  /** Bucket start times, ms. */
  times: readonly number[];
  lines: readonly ChartLine[];
  unit: string;
  height?: number;
  label: string;
  /** A tick's label; `stepMs` is how far apart the ticks are. */
  formatTime: (ms: number, stepMs: number) => string;
  onHover?: (h: ChartHover | null) => void;
  /** Bumped when the theme changes, so the colours are resolved again. */
  theme?: string;
  /** A fixed time span (ms) for the x axis, whatever the data covers (the timeline's range). */
  xRange?: readonly [number, number];
  /** When given, dragging across the chart picks that span (ms) instead of zooming the chart itself. */
  onSelectRange?: (fromMs: number, toMs: number) => void;
  /** After each redraw: where the plotting area is, for an overlay (event marks). */
  onLayout?: (l: ChartLayout) => void;
  /** Drawn over the chart, outside its image role (interactive marks). */
  overlay?: ReactNode;
  testId?: string;
}) {
  const { times, lines, unit, height = 180, label, formatTime, onHover, theme, xRange, overlay, testId = 'traffic-chart' } = props;
  const box = useRef<HTMLDivElement>(null);
  const hover = useRef(onHover);
  hover.current = onHover;
  const select = useRef(props.onSelectRange);
  select.current = props.onSelectRange;
  const layout = useRef(props.onLayout);
  layout.current = props.onLayout;
  const selecting = !!props.onSelectRange;
  const [xMin, xMax] = xRange ?? [NaN, NaN];
  const [zoomed, setZoomed] = useState(false);
  const data = useMemo<uPlot.AlignedData>(
    () => [times.map((t) => t / 1000), ...lines.map((l) => l.values.map((v) => (Number.isFinite(v) ? v : null)))],
    [times, lines],
  );
  const current = useRef({ data, lines });
  current.current = { data, lines };
  const plotRef = useRef<uPlot | undefined>(undefined);
  // What the chart is built for: new numbers for the same lines only change its data (setData).
  const structure = lines.map((l) => `${l.key}|${l.color}`).join(',');

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const axisColor = resolve(el, 'var(--muted)');
    const gridColor = resolve(el, 'var(--border)');
    const opts: uPlot.Options = {
      width: Math.max(320, el.clientWidth),
      height,
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: !selecting }, points: { size: 6 } },
      scales: {
        x: Number.isFinite(xMin) ? { time: true, range: () => [xMin / 1000, xMax / 1000] } : { time: true },
        y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
      },
      axes: [
        {
          stroke: axisColor,
          grid: { stroke: gridColor, width: 1 },
          ticks: { stroke: gridColor },
          // a tick label is 60-90 px ("07:05:30 PM"): no closer than that
          space: 90,
          // uPlot passes the ticks' increment (s): a formatter can add seconds when ticks are less than a minute apart.
          values: (_u, ts, _axis, _space, incr) => ts.map((s) => formatTime(s * 1000, incr * 1000)),
        },
        {
          // No series (a span without traffic, under event marks): no value axis to read.
          show: lines.length > 0,
          stroke: axisColor,
          grid: { stroke: gridColor, width: 1 },
          ticks: { stroke: gridColor },
          size: 56,
          values: (_u, vs) => vs.map((v) => short(v, unit === 'B' ? 'B' : '')),
        },
      ],
      series: [
        {},
        ...lines.map((l) => ({
          label: l.key,
          stroke: resolve(el, l.color),
          width: 1.5,
          spanGaps: false,
          points: { show: true, size: 5, filter: (u: uPlot, si: number) => isolatedIndexes(u.data[si]) },
        })),
      ],
      hooks: {
        setCursor: [
          (u) => {
            const i = u.cursor.idx;
            if (i === null || i === undefined) return hover.current?.(null);
            hover.current?.({
              t: (u.data[0][i] ?? 0) * 1000,
              values: current.current.lines.map((l, k) => ({
                key: l.key,
                color: l.color,
                value: (u.data[k + 1]?.[i] as number | null) ?? null,
              })),
            });
          },
        ],
        setSelect: [
          (u) => {
            if (!select.current || u.select.width < 4) return;
            const from = u.posToVal(u.select.left, 'x') * 1000;
            const to = u.posToVal(u.select.left + u.select.width, 'x') * 1000;
            u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
            select.current(Math.round(from), Math.round(to));
          },
        ],
        draw: [
          (u) => {
            if (!layout.current) return;
            const at = el.getBoundingClientRect();
            const over = u.over.getBoundingClientRect();
            layout.current({
              left: over.left - at.left,
              top: over.top - at.top,
              width: over.width,
              height: over.height,
              min: (u.scales.x.min ?? 0) * 1000,
              max: (u.scales.x.max ?? 0) * 1000,
            });
          },
        ],
        setScale: [
          (u, key) =>
            key === 'x' &&
            setZoomed(u.data[0].length > 0 && (u.scales.x.min !== u.data[0][0] || u.scales.x.max !== u.data[0][u.data[0].length - 1])),
        ],
      },
    };
    let plot: uPlot | undefined;
    let gone = false;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const ro = new ResizeObserver(() => plot?.setSize({ width: Math.max(320, el.clientWidth), height }));
    // Three tasks, none long: the import's evaluation, the chart built empty (DOM, canvas, axes),
    // then its data drawn — one task of all three was the dashboard's one main-thread task over
    // 16 ms (bench/web/frame-time.mjs).
    void import('uplot').then(({ default: UPlot }) => {
      timers.push(
        setTimeout(() => {
          if (gone) return;
          const empty: uPlot.AlignedData = [[], ...current.current.lines.map(() => [])];
          plot = new UPlot(opts, empty, el);
          plotRef.current = plot;
          ro.observe(el);
          timers.push(setTimeout(() => !gone && plot?.setData(current.current.data), 0));
        }, 0),
      );
    });
    return () => {
      gone = true;
      timers.forEach(clearTimeout);
      ro.disconnect();
      plot?.destroy();
      plotRef.current = undefined;
    };
    // `lines` and the data reach the chart through `current`; a change of structure rebuilds it.
  }, [structure, unit, height, formatTime, theme, selecting, xMin, xMax]);

  // New numbers for the same lines: drawn into the chart there is.
  useEffect(() => {
    plotRef.current?.setData(data);
  }, [data]);

  return (
    <div className="uplot-box" data-testid={testId} data-zoomed={zoomed} style={overlay ? { position: 'relative' } : undefined}>
      <div ref={box} role="img" aria-label={label} />
      {overlay}
    </div>
  );
}
