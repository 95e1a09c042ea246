'use client';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useState } from 'react';
import { api, errorText } from '../../lib/api';
import { short } from '../../lib/format';
import { clusterKeys } from '../clusters/api/queries';
import { bucketTimes, buckets, markLanes, markLeft, type MetricsPage, stepForSpan } from './chart-math';
import { type ChartHover, type ChartLayout, UplotChart } from './uplot-chart';
import { useDataTheme } from './use-data-theme';
import css from './timeline-traffic.module.css';

/** Series drawn at once (the busiest virtual services first, as the API pages them). */
const LIMIT = 8;
/** A mark's handle (px, see the CSS): marks closer than this stack up the chart. */
const HANDLE = 14;

/** One event on the chart's time axis. */
export interface ChartMark {
  key: string;
  /** ms */
  t: number;
  /** A CSS colour (`var(--bad)`): the event's severity. */
  color: string;
  /** What hovering or focusing the mark says: when, what. */
  label: string;
}

const fmt = (ms: number, spanMs: number, stepMs: number) =>
  stepMs < 60_000
    ? new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })
    : spanMs > 36 * 3600_000
      ? new Date(ms).toLocaleDateString([], { month: 'short', day: 'numeric' })
      : spanMs > 6 * 3600_000
        ? new Date(ms).toLocaleString([], { weekday: 'short', hour: '2-digit', minute: '2-digit' })
        : new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * The traffic of a cluster's virtual services (connections per bucket, GET …/metrics) over exactly
 * the span the timeline shows, with each event as a mark on the same time axis: a failover or a
 * deployment stands where the traffic dipped. A mark's colour is its severity; hovering or focusing
 * it says what happened, clicking it goes to its row. Dragging across the chart picks a span: the
 * timeline's from/to. uPlot is loaded with the first chart (uplot-chart.tsx): not in first-load JS.
 */
export function TimelineTraffic({
  clusterId,
  fromMs,
  toMs,
  marks,
  onMark,
  onSelectRange,
}: {
  clusterId: string;
  fromMs: number;
  toMs: number;
  marks: readonly ChartMark[];
  onMark(key: string): void;
  onSelectRange(fromMs: number, toMs: number): void;
}) {
  const ids = useId();
  const theme = useDataTheme();
  const step = stepForSpan(fromMs, toMs);
  // Whole buckets around the span: a span shorter than a bucket (a zoom into a burst) still gets the
  // minute it lies in; the chart's axis shows the span itself.
  const qFrom = Math.floor(fromMs / (step * 1000)) * step * 1000;
  const qTo = Math.ceil(toMs / (step * 1000)) * step * 1000;
  const metrics = useQuery({
    queryKey: [...clusterKeys.one(clusterId), 'metrics', 'timeline', qFrom, qTo, step],
    queryFn: async () => {
      const q = new URLSearchParams({
        from: new Date(qFrom).toISOString(),
        to: new Date(qTo).toISOString(),
        step: String(step),
        by: 'service',
        limit: String(LIMIT),
      });
      return (await api<MetricsPage>('GET', `/clusters/${clusterId}/metrics?${q}`)).data;
    },
  });
  const [layout, setLayout] = useState<ChartLayout | null>(null);
  const [hover, setHover] = useState<ChartHover | null>(null);
  const [pointed, setPointed] = useState<ChartMark | null>(null);
  const span = toMs - fromMs;
  const formatTime = useCallback((ms: number, stepMs: number) => fmt(ms, span, stepMs), [span]);
  const onLayout = useCallback(
    (l: ChartLayout) =>
      setLayout((o) =>
        o && o.left === l.left && o.top === l.top && o.width === l.width && o.height === l.height && o.min === l.min && o.max === l.max
          ? o
          : l,
      ),
    [],
  );

  const drawn = useMemo(() => {
    const page = metrics.data;
    const times = bucketTimes(qFrom, qTo, step);
    if (!page) return { times, lines: [] };
    const lines = page.series.map((s, i) => ({
      key: s.service,
      color: `var(--series-${i % LIMIT})`,
      values: buckets(s, 'conns', qFrom, qTo, step),
    }));
    return { times, lines };
  }, [metrics.data, qFrom, qTo, step]);
  const xRange = useMemo(() => [fromMs, toMs] as const, [fromMs, toMs]);
  const noTraffic = metrics.data && metrics.data.series.length === 0;

  const placed = useMemo(() => {
    if (!layout) return [];
    const shown = marks.flatMap((m) => {
      const left = markLeft(m.t, layout);
      return left === null ? [] : [{ m, left }];
    });
    const lanes = markLanes(
      shown.map((p) => p.left),
      HANDLE,
      // a strip along the top is left to start a drag on
      Math.max(1, Math.floor((layout.height - 16) / HANDLE)),
    );
    return shown.map((p, i) => ({ ...p, lane: lanes[i] }));
  }, [marks, layout]);

  const overlay = layout && (
    <div
      className={css.marks}
      style={{ left: layout.left, top: layout.top, width: layout.width, height: layout.height }}
      role="group"
      aria-label={`${placed.length} events on the time axis`}
      data-testid="timeline-marks"
    >
      {placed.map(({ m, left, lane }) => (
        <span key={m.key} className={css.mark} style={{ left, color: m.color }}>
          <span className={css.line} aria-hidden="true" />
          <button
            type="button"
            className={css.handle}
            style={lane ? { bottom: -7 + lane * HANDLE } : undefined}
            aria-label={m.label}
            title={m.label}
            data-testid="timeline-mark"
            data-key={m.key}
            onClick={() => onMark(m.key)}
            onPointerEnter={() => setPointed(m)}
            onPointerLeave={() => setPointed((p) => (p === m ? null : p))}
            onFocus={() => setPointed(m)}
            onBlur={() => setPointed((p) => (p === m ? null : p))}
          />
        </span>
      ))}
    </div>
  );

  return (
    <figure className={css.figure} aria-labelledby={`${ids}-cap`} data-testid="timeline-chart" data-loading={metrics.isPending}>
      <figcaption id={`${ids}-cap`} className="row small">
        <strong>Traffic and events</strong>
        <span className="muted">
          {metrics.isPending
            ? 'loading the traffic…'
            : noTraffic
              ? 'no traffic recorded in this span (counters come from directors whose kernel has IPVS)'
              : metrics.data
                ? `connections per ${step >= 3600 ? `${step / 3600} h` : `${step / 60} min`}, ${metrics.data.series.length} of ${metrics.data.total} virtual services`
                : ''}
        </span>
      </figcaption>
      {metrics.error && (
        <p className="field-error" role="alert">
          {errorText(metrics.error)}
        </p>
      )}
      <UplotChart
        testId="timeline-traffic"
        times={drawn.times}
        lines={drawn.lines}
        unit="conns"
        height={160}
        label={`Connections from ${new Date(fromMs).toLocaleString()} to ${new Date(toMs).toLocaleString()}${
          drawn.lines.length
            ? `: ${drawn.lines.map((l) => `${l.key} max ${short(Math.max(0, ...l.values.filter(Number.isFinite)))}`).join('; ')}`
            : ', none recorded'
        }`}
        formatTime={formatTime}
        onHover={setHover}
        theme={theme}
        xRange={xRange}
        onSelectRange={onSelectRange}
        onLayout={onLayout}
        overlay={overlay}
      />
      <p className={`small muted ${css.readout}`} aria-live="polite" data-testid="timeline-chart-hover">
        {pointed
          ? pointed.label
          : hover && drawn.lines.length
            ? `${new Date(hover.t).toLocaleString([], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })} · ${hover.values
                .map((v) => `${v.key} ${v.value === null ? '–' : short(v.value)}`)
                .join(' · ')}`
            : 'Each mark is an event: hover it for what happened, click it to find its row. Drag across the chart to show only that span.'}
      </p>
    </figure>
  );
}
