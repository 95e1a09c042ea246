'use client';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { api, ApiError } from '../../lib/api';
import { short } from '../../lib/format';
import { buckets, isolatedPoints, linePath, MEASURES, type Measure, type MetricsPage, niceMax, RANGES, type RangeKey, stepFor, summary } from './chart-math';

/** Series drawn at once; the rest are counted ("8 of 250 services"). */
const LIMIT = 8;
const REFRESH_MS = 60_000;
const W = 640;
const H = 160;
const PAD = { l: 52, r: 8, t: 8, b: 22 };

const fmtTime = (ms: number, rangeS: number) =>
  rangeS > 6 * 3600 ? new Date(ms).toLocaleString([], { weekday: 'short', hour: '2-digit', minute: '2-digit' }) : new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * Traffic history from the per-minute rollups (`GET /clusters/:id/metrics`): one line per virtual
 * service, or per real server of the service picked. Inline SVG, no chart library; the numbers are
 * also in a table under the chart for screen readers and copy-paste.
 */
export function TrafficCharts({ clusterId }: { clusterId: string }) {
  const [range, setRange] = useState<RangeKey>('1h');
  const [measure, setMeasure] = useState<Measure>('conns');
  const [service, setService] = useState<string | null>(null);
  const [page, setPage] = useState<MetricsPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const ids = useId();
  const rangeS = RANGES.find((r) => r.key === range)!.seconds;
  const step = stepFor(rangeS);

  const load = useCallback(async () => {
    const to = new Date();
    const from = new Date(to.getTime() - rangeS * 1000);
    const q = new URLSearchParams({ from: from.toISOString(), to: to.toISOString(), step: String(step), by: service ? 'realServer' : 'service', limit: String(LIMIT) });
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
      return { key: s.realServer ?? s.service, service: s.service, color: `var(--series-${i % LIMIT})`, values, ...summary(values, measure) };
    });
    const max = niceMax(Math.max(0, ...lines.map((l) => l.max)));
    return { fromMs, toMs, lines, max, n: lines[0]?.values.length ?? 0 };
  }, [page, measure]);

  const what = service ? `real servers of ${service}` : 'virtual services';
  const iw = W - PAD.l - PAD.r;
  const ih = H - PAD.t - PAD.b;

  return (
    <section className="panel" aria-labelledby={`${ids}-h`} data-testid="traffic">
      <h2 id={`${ids}-h`} style={{ marginTop: 0 }}>
        Traffic{' '}
        <span className="small muted">
          {service ? (
            <>
              · <button type="button" className="linkish" onClick={() => setService(null)}>all services</button> › <code>{service}</code>
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
              <option key={x.key} value={x.key}>{x.label}</option>
            ))}
          </select>
        </label>
        <span className="small muted" aria-live="polite">
          {loading ? 'loading…' : page ? `${step / 60} min buckets · ${page.series.length} of ${page.total} ${what}` : ''}
        </span>
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
      {page && drawn && page.series.length === 0 && (
        <p className="empty" data-testid="traffic-empty">
          No traffic history yet: counters come from directors whose kernel has IPVS.
          {service ? ' Nothing recorded for this service in the range.' : ''}
        </p>
      )}
      {drawn && drawn.lines.length > 0 && (
        <>
          <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${ids}-t ${ids}-d`} data-testid="traffic-chart">
            <title id={`${ids}-t`}>{`${m.label} per ${step / 60} min, ${what}, last ${RANGES.find((r) => r.key === range)!.label}`}</title>
            <desc id={`${ids}-d`}>
              {drawn.lines.map((l) => `${l.key}: max ${short(l.max)}${Number.isFinite(l.total) ? `, total ${short(l.total)}` : ''}, last ${short(l.last)}`).join('; ')}
            </desc>
            <g transform={`translate(${PAD.l} ${PAD.t})`}>
              {[0, 0.5, 1].map((f) => (
                <g key={f}>
                  <line x1={0} x2={iw} y1={ih - f * ih} y2={ih - f * ih} className="grid" />
                  <text x={-6} y={ih - f * ih + 4} textAnchor="end" className="axis">{short(drawn.max * f, m.unit === 'B' ? 'B' : '')}</text>
                </g>
              ))}
              <text x={0} y={ih + 16} className="axis">{fmtTime(drawn.fromMs, rangeS)}</text>
              <text x={iw} y={ih + 16} textAnchor="end" className="axis">{fmtTime(drawn.toMs, rangeS)}</text>
              {drawn.lines.map((l) => (
                <g key={l.key}>
                  <path d={linePath(l.values, iw, ih, drawn.max)} fill="none" stroke={l.color} strokeWidth="1.5" vectorEffect="non-scaling-stroke" />
                  {isolatedPoints(l.values, iw, ih, drawn.max).map((p) => (
                    <circle key={p.x} cx={p.x} cy={p.y} r={2.5} fill={l.color} data-testid="traffic-point" />
                  ))}
                </g>
              ))}
            </g>
          </svg>
          <table className="chart-legend" data-testid="traffic-table">
            <caption className="sr-only">{`${m.label}, ${what}: the numbers of the chart`}</caption>
            <thead>
              <tr>
                <th scope="col">{service ? 'Real server' : 'Service'}</th>
                <th scope="col" className="num">Max</th>
                <th scope="col" className="num">Total</th>
                <th scope="col" className="num">Last</th>
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
                      <button type="button" className="linkish" onClick={() => setService(l.service)} aria-label={`Show the real servers of ${l.service}`}>
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
