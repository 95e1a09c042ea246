'use client';
import type { ClusterSpec, RealServerHealth } from '@lvs/domain';
import { healthCounts } from '@lvs/domain/live';
import { useMemo, useState, type UIEvent } from 'react';
import { short } from '../../../lib/format';
import { rsKey, vsKey } from '../keys';
import { type CpsHistory, HEALTH_MEANING, HEALTHS } from '../live-state';
import type { LiveView } from '../socket';
import { Sparkline } from './sparkline';

type AdminState = 'enabled' | 'drained' | 'disabled';

/** Fixed row height: what makes virtualising a plain scroll container exact. */
const ROW_H = 34;
const VIEW_H = 440;
const OVERSCAN = 8;

const healthClass: Record<RealServerHealth, string> = { up: 'ok', down: 'bad', drained: 'warn', disabled: 'muted', missing: 'bad', unknown: 'muted' };

/**
 * Every real server of the cluster, desired (spec) joined with observed (live state): health,
 * weight, connections and rates, with a sparkline of recent CPS. Only the rows in view are in the
 * DOM, so thousands of rows scroll and update smoothly. A tick redraws those rows only: the health
 * of every row, its counts and the filtered list are derived again when some health changed
 * (`healthVersion`), not on every tick; the numbers are read from the live state at render.
 */
export function RealServerTable(props: {
  spec: ClusterSpec;
  live: LiveView | null;
  history: CpsHistory;
  canChange: string | undefined;
  busy: boolean;
  onAdminState: (service: string, realServer: string, to: AdminState) => void;
}) {
  const { spec, live, history, canChange, busy, onAdminState } = props;
  const state = live?.state ?? null;
  const healthVersion = live?.healthVersion ?? 0;
  const [filter, setFilter] = useState<Set<RealServerHealth>>(new Set());
  const [q, setQ] = useState('');
  const [scrollTop, setScrollTop] = useState(0);

  // The keys depend on the spec only: built once, not on every tick (5,000 rows × 3 strings).
  const base = useMemo(
    () =>
      spec.virtualServices.flatMap((vs) => {
        const service = vsKey(vs);
        return vs.realServers.map((rs) => {
          const realServer = rsKey(rs);
          return { key: `${service}>${realServer}`, service, realServer, admin: rs.adminState as AdminState };
        });
      }),
    [spec],
  );
  // The state is mutated in place: healthVersion (a dependency though unread) says when health changed.
  const health = useMemo<RealServerHealth[]>(() => base.map((b) => state?.realServers[b.key]?.state ?? 'unknown'), [base, state, healthVersion]);
  const counts = useMemo(() => healthCounts(health.map((h) => ({ state: h }))), [health]);
  /** Indexes into `base` of the rows that pass the filter and the search. */
  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const out: number[] = [];
    base.forEach((r, i) => {
      if ((filter.size === 0 || filter.has(health[i])) && (!needle || r.service.toLowerCase().includes(needle) || r.realServer.toLowerCase().includes(needle))) out.push(i);
    });
    return out;
  }, [base, health, filter, q]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_H) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + VIEW_H) / ROW_H) + OVERSCAN);
  const toggle = (h: RealServerHealth) =>
    setFilter((f) => {
      const n = new Set(f);
      if (n.has(h)) n.delete(h);
      else n.add(h);
      return n;
    });

  if (base.length === 0) return <p className="empty">This cluster has no real servers yet: add them to a virtual service in the spec.</p>;
  const unreadable = state ? Object.entries(state.directors).filter(([, d]) => d.ipvs !== 'available') : [];
  return (
    <div data-testid="rs-table">
      <div className="row" role="group" aria-label="Filter by health">
        {HEALTHS.map((h) => (
          // Checkboxes, not toggle buttons: a multi-select filter, and no button named like the Drain action.
          <label key={h} className={`chip h-${h}`} title={HEALTH_MEANING[h]}>
            <input type="checkbox" checked={filter.has(h)} onChange={() => toggle(h)} /> {h} <span className="count">{counts[h]}</span>
          </label>
        ))}
        <label htmlFor="rs-search" className="sr-only">
          Search real servers
        </label>
        <input id="rs-search" type="search" placeholder="Search service or real server" value={q} onChange={(e) => setQ(e.target.value)} style={{ maxWidth: '18rem' }} />
        <span className="muted small" aria-live="polite">
          {rows.length === base.length ? `${base.length} real servers` : `${rows.length} of ${base.length} real servers`}
        </span>
        <span className="muted small">Drain, enable and disable change the topology; the directors get it with the next deployment.</span>
      </div>
      {!state ? (
        <p className="muted">Health unknown: no live state received yet (the API probes each director once a tick).</p>
      ) : counts.unknown === base.length && unreadable.length > 0 ? (
        <p className="muted">
          Health unknown: no director&apos;s IPVS table could be read ({unreadable.map(([n, d]) => `${n}: ${d.ipvsReason ?? d.reason ?? d.ipvs}`).join('; ')}). Traffic numbers need IPVS on a director.
        </p>
      ) : null}
      <div className="vtable-wrap" onScroll={(e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop)} style={{ height: Math.min(VIEW_H, (rows.length + 1) * ROW_H + 4), minHeight: rows.length ? undefined : 0 }} tabIndex={-1}>
        <div role="table" aria-label="Real servers" aria-rowcount={rows.length + 1} className="vtable">
          <div role="row" aria-rowindex={1} className="vrow vhead">
            {['Service', 'Real server', 'Health', 'Admin', 'Weight', 'Active', 'Inact.', 'CPS (2 min)', 'In pps', 'Out pps', 'In B/s', 'Out B/s', 'Change'].map((h) => (
              <div role="columnheader" key={h}>
                {h}
              </div>
            ))}
          </div>
          {rows.length > 0 && (
            <div role="rowgroup" style={{ height: rows.length * ROW_H, position: 'relative' }}>
              {rows.slice(first, last).map((index, i) => {
                const r = { ...base[index], health: health[index] };
                const l = state?.realServers[r.key];
                return (
                  <div role="row" aria-rowindex={first + i + 2} key={r.key} className="vrow" style={{ transform: `translateY(${(first + i) * ROW_H}px)` }} data-testid="rs-row">
                    <div role="cell"><code>{r.service}</code></div>
                    <div role="cell"><code>{r.realServer}</code></div>
                    <div role="cell"><span className={`badge ${healthClass[r.health]}`} title={HEALTH_MEANING[r.health]}>{r.health}</span></div>
                    <div role="cell"><span className={r.admin === 'enabled' ? 'muted' : 'warn'}>{r.admin}</span></div>
                    <div role="cell" className="num">{short(l?.weight)}</div>
                    <div role="cell" className="num">{short(l?.activeConns)}</div>
                    <div role="cell" className="num">{short(l?.inactiveConns)}</div>
                    <div role="cell" className="num spark-cell">
                      <Sparkline values={history.get(r.key)} width={56} label={`CPS of ${r.realServer}`} /> {short(l?.cps)}
                    </div>
                    <div role="cell" className="num">{short(l?.inPps)}</div>
                    <div role="cell" className="num">{short(l?.outPps)}</div>
                    <div role="cell" className="num">{short(l?.inBps)}</div>
                    <div role="cell" className="num">{short(l?.outBps)}</div>
                    <div role="cell" className="row nowrap">
                      {(['enabled', 'drained', 'disabled'] as const)
                        .filter((s) => s !== r.admin)
                        .map((s) => (
                          <button key={s} type="button" className="small-btn" disabled={!!canChange || busy} title={canChange} aria-label={`${s === 'enabled' ? 'Enable' : s === 'drained' ? 'Drain' : 'Disable'} ${r.realServer} in ${r.service}`} onClick={() => onAdminState(r.service, r.realServer, s)}>
                            {s === 'enabled' ? 'Enable' : s === 'drained' ? 'Drain' : 'Disable'}
                          </button>
                        ))}
                    </div>
                  </div>
                );
              })}
            </div>
          )}
        </div>
      </div>
      {rows.length === 0 && (
        <p className="empty">
          No real servers match {filter.size ? `health ${[...filter].join(' or ')}` : ''}
          {filter.size && q ? ' and ' : ''}
          {q ? `“${q}”` : ''}.
        </p>
      )}
    </div>
  );
}
