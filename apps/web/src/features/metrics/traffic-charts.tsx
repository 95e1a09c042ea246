'use client';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { type ChartHover, UplotChart } from './uplot-chart';
import { useDataTheme } from './use-data-theme';
import { api, ApiError } from '../../lib/api';
import { short } from '../../lib/format';
import { buckets, MEASURES, type Measure, type MetricsPage, RANGES, type RangeKey, stepFor, summary } from './chart-math';

/** Series drawn at once; the rest are counted ("8 of 250 services"). */
const LIMIT = 8;
const REFRESH_MS = 60_000;

const fmtTime = (ms: number, rangeS: number) =>
  rangeS > 6 * 3600
    ? new Date(ms).toLocaleString([], { weekday: 'short', hour: '2-digit', minute: '2-digit' })
    : new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * Traffic history from the per-minute rollups (`GET /clusters/:id/metrics`): one line per virtual
 * service, or per real server of the service picked, drawn by uPlot (zoom by dragging, values on
 * hover); the numbers are also in a table under the chart for screen readers and copy-paste.
 */
export function TrafficCharts({ clusterId }: { clusterId: string }) {
  const [range, setRange] = useState<RangeKey>('1h');
  const [measure, setMeasure] = useState<Measure>('conns');
  const [service, setService] = useState<string | null>(null);
  const [page, setPage] = useState<MetricsPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [hover, setHover] = useState<ChartHover | null>(null);
  const theme = useDataTheme();
  const ids = useId();
  const rangeS = RANGES.find((r) => r.key === range)!.seconds;
  const step = stepFor(rangeS);
  // Stable: a new function would make the chart build its canvas again on every hover.
  const formatTime = useCallback((ms: number) => fmtTime(ms, rangeS), [rangeS]);

  const load = useCallback(async () => {
    const to = new Date();
    const from = new Date(to.getTime() - rangeS * 1000);
    const q = new URLSearchParams({
      from: from.toISOString(),
      to: to.toISOString(),
      step: String(step),
      by: service ? 'realServer' : 'service',
      limit: String(LIMIT),
    });
    if (service) q.set('service', service);
    setLoading(true);
    try {
      setPage((await api<MetricsPage>('GET', `/clusters/${clusterId}/metrics?${q}`)).data);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.problem.detail : String(e));
    } finally {
      setLoading(false);
    }
  }, [clusterId, rangeS, step, service]);

  useEffect(() => {
    void load();
    const t = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(t);
  }, [load]);

  const m = MEASURES.find((x) => x.key === measure)!;
  const drawn = useMemo(() => {
    if (!page) return null;
    const fromMs = Date.parse(page.from);
    const toMs = Date.parse(page.to);
    const lines = page.series.map((s, i) => {
      const values = buckets(s, measure, fromMs, toMs, page.step);
      return {
        key: s.realServer ?? s.service,
        service: s.service,
        color: `var(--series-${i % LIMIT})`,
        values,
        ...summary(values, measure),
      };
    });
    const stepMs = page.step * 1000;
    const start = Math.floor(fromMs / stepMs) * stepMs;
    const times = Array.from({ length: lines[0]?.values.length ?? 0 }, (_, i) => start + i * stepMs);
    return { fromMs, toMs, lines, times };
  }, [page, measure]);

  const what = service ? `real servers of ${service}` : 'virtual services';

  return (
    <section className="panel" aria-labelledby={`${ids}-h`} data-testid="traffic">
      <h2 id={`${ids}-h`} style={{ marginTop: 0 }}>
        Traffic{' '}
        <span className="small muted">
          {service ? (
            <>
              ·{' '}
              <button type="button" className="linkish" onClick={() => setService(null)}>
                all services
              </button>{' '}
              › <code>{service}</code>
            </>
          ) : (
            '· per virtual service'
          )}
        </span>
      </h2>
      <div className="row chart-controls">
        <div role="group" aria-label="Time range" className="seg">
          {RANGES.map((r) => (
            <button key={r.key} type="button" aria-pressed={range === r.key} onClick={() => setRange(r.key)}>
              {r.label}
            </button>
          ))}
        </div>
        <label className="inline">
          Measure{' '}
          <select value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
            {MEASURES.map((x) => (
              <option key={x.key} value={x.key}>
                {x.label}
              </option>
            ))}
          </select>
        </label>
        <span className="small muted" aria-live="polite">
          {loading ? 'loading…' : page ? `${step / 60} min buckets · ${page.series.length} of ${page.total} ${what}` : ''}
        </span>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {page && drawn && page.series.length === 0 && (
        <p className="empty" data-testid="traffic-empty">
          No traffic history yet: counters come from directors whose kernel has IPVS.
          {service ? ' Nothing recorded for this service in the range.' : ''}
        </p>
      )}
      {drawn && drawn.lines.length > 0 && (
        <>
          <UplotChart
            times={drawn.times}
            lines={drawn.lines}
            unit={m.unit}
            label={`${m.label} per ${step / 60} min, ${what}, last ${RANGES.find((r) => r.key === range)!.label}: ${drawn.lines.map((l) => `${l.key} max ${short(l.max)}`).join('; ')}`}
            formatTime={formatTime}
            onHover={setHover}
            theme={theme}
          />
          <p
            className="small muted"
            data-testid="traffic-hover"
            data-t={hover?.t}
            data-values={hover ? JSON.stringify(hover.values.map((v) => v.value)) : undefined}
            style={{ minHeight: '1.4em', margin: '0.2rem 0' }}
          >
            {hover
              ? `${new Date(hover.t).toLocaleString([], { hour: '2-digit', minute: '2-digit', month: 'short', day: 'numeric' })} · ${hover.values.map((v) => `${v.key} ${v.value === null ? '–' : short(v.value, m.unit === 'B' ? 'B' : '')}`).join(' · ')}`
              : 'Hover the chart for the values of a bucket; drag across it to zoom in, double-click to zoom out.'}
          </p>
          <table className="chart-legend" data-testid="traffic-table">
            <caption className="sr-only">{`${m.label}, ${what}: the numbers of the chart`}</caption>
            <thead>
              <tr>
                <th scope="col">{service ? 'Real server' : 'Service'}</th>
                <th scope="col" className="num">
                  Max
                </th>
                <th scope="col" className="num">
                  Total
                </th>
                <th scope="col" className="num">
                  Last
                </th>
              </tr>
            </thead>
            <tbody>
              {drawn.lines.map((l) => (
                <tr key={l.key}>
                  <th scope="row">
                    <span className="swatch" style={{ background: l.color }} aria-hidden="true" />
                    {service ? (
                      <code>{l.key}</code>
                    ) : (
                      <button
                        type="button"
                        className="linkish"
                        onClick={() => setService(l.service)}
                        aria-label={`Show the real servers of ${l.service}`}
                      >
                        <code>{l.key}</code>
                      </button>
                    )}
                  </th>
                  <td className="num">{short(l.max)}</td>
                  <td className="num">{Number.isFinite(l.total) ? short(l.total) : '–'}</td>
                  <td className="num">{short(l.last)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
