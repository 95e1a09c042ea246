'use client';
import type { ClusterSpec, ClusterLiveState, RealServerHealth } from '@lvs/domain';
import { type ColumnDef, flexRender, getCoreRowModel, type SortingState, useReactTable, type VisibilityState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { short } from '../../../lib/format';
import type { SortColumn, SpecRow, TableView, VisibleRow } from '../../../workers/live-protocol';
import { HEALTH_MEANING, HEALTHS } from '../live-state';
import type { LiveSocket, LiveView } from '../socket';
import { Sparkline } from './sparkline';

type AdminState = 'enabled' | 'drained' | 'disabled';

/** Fixed row height: what makes the virtual list exact without measuring rows. */
const ROW_H = 34;
const VIEW_H = 440;
const OVERSCAN = 8;

const healthClass: Record<RealServerHealth, string> = {
  up: 'ok',
  down: 'bad',
  drained: 'warn',
  disabled: 'muted',
  missing: 'bad',
  unknown: 'muted',
};

/** The table's filters: search text and the healths shown (empty: all). */
export interface RealServerFilters {
  q?: string;
  health?: RealServerHealth[];
}

interface ColumnMeta {
  /** The grid track of the column. Every row is its own grid, so tracks are fixed (or a share of what is left), never content-sized. */
  width: string;
  /** The least width the column needs (rem): its header with the sort arrow, or its widest content. The table never gets narrower than their sum. */
  min: number;
  numeric?: boolean;
}

/** Grid gap and row padding of .vrow (rem), for the table's least width. */
const GAP_REM = 0.2;
const PAD_REM = 0.8;
/**
 * Columns hidden by default when the table is narrower than this (px): inactive connections and the
 * packet rates, so that at
 * 1280×800 every other column fits without truncation and the change buttons are not clipped. The
 * Columns menu shows them again; a choice made there wins.
 */
const NARROW_PX = 1180;
const HIDDEN_WHEN_NARROW = ['inactiveConns', 'inPps', 'outPps'] as const;

/** The real servers of a spec, in spec order (the order the topology's health codes use too). */
export function specRows(
  spec: ClusterSpec,
  rsKey: (rs: ClusterSpec['virtualServices'][number]['realServers'][number]) => string,
  vsKey: (vs: ClusterSpec['virtualServices'][number]) => string,
): SpecRow[] {
  return spec.virtualServices.flatMap((vs) => {
    const service = vsKey(vs);
    return vs.realServers.map((rs) => {
      const realServer = rsKey(rs);
      return { key: `${service}>${realServer}`, service, realServer, admin: rs.adminState as AdminState };
    });
  });
}

const num = (id: keyof VisibleRow & SortColumn, header: string, rem: number): ColumnDef<VisibleRow> => ({
  id,
  header,
  accessorFn: (r) => r[id],
  cell: (c) => short(c.getValue() as number | undefined),
  meta: { width: `${rem}rem`, min: rem, numeric: true } satisfies ColumnMeta,
});

/**
 * Every real server of the cluster, desired (spec) joined with observed (live state): health,
 * admin state, weight, connections and rates with a sparkline of recent CPS; sortable by any
 * column, columns can be hidden. TanStack Table holds the columns, sorting and visibility; TanStack
 * Virtual says which rows are on screen. The rows themselves are the live worker's: it filters and
 * sorts all of them (5,000 live rows) and sends the numbers of the ~30 on screen, so a tick costs
 * the page those rows only.
 */
export function RealServerTable(props: {
  socket: LiveSocket | null;
  clusterId: string;
  rows: SpecRow[];
  live: LiveView | null;
  canChange: string | undefined;
  busy: boolean;
  onAdminState: (service: string, realServer: string, to: AdminState) => void;
  /** The filters, when the page keeps them (in its URL); the table keeps its own otherwise. */
  filters?: RealServerFilters;
  onFiltersChange?: (f: RealServerFilters) => void;
}) {
  const { socket, clusterId, rows: base, live, canChange, busy, onAdminState, onFiltersChange } = props;
  const topology: Pick<ClusterLiveState, 'directors'> | null = live?.topology ?? null;
  const [own, setOwn] = useState<Required<RealServerFilters>>({ q: '', health: [] });
  const controlled = props.filters !== undefined;
  const filters: Required<RealServerFilters> = controlled ? { q: props.filters?.q ?? '', health: props.filters?.health ?? [] } : own;
  const { q, health: filter } = filters;
  const setFilters = (f: Required<RealServerFilters>) => {
    if (!controlled) setOwn(f);
    onFiltersChange?.(f);
  };
  const setFiltersRef = useRef(setFilters);
  setFiltersRef.current = setFilters;
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>({});
  const wrap = useRef<HTMLDivElement>(null);
  // Narrow: the packet rates are hidden unless the user chose otherwise in the Columns menu.
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => setNarrow(e.contentRect.width < NARROW_PX));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const visibility = useMemo<VisibilityState>(
    () => (narrow ? { ...Object.fromEntries(HIDDEN_WHEN_NARROW.map((id) => [id, false])), ...columnVisibility } : columnVisibility),
    [narrow, columnVisibility],
  );

  const total = live ? live.total : base.length;
  const virtual = useVirtualizer({
    count: total,
    getScrollElement: () => wrap.current,
    estimateSize: () => ROW_H,
    overscan: OVERSCAN,
    initialRect: { width: 960, height: VIEW_H },
  });
  const items = virtual.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.length ? items[items.length - 1].index + 1 : Math.min(total, Math.ceil(VIEW_H / ROW_H) + OVERSCAN);

  // The worker gets the spec's rows and what is on screen; it answers with a frame.
  useEffect(() => socket?.setRows(clusterId, base), [socket, clusterId, base]);
  const healthKey = filter.join(',');
  const view = useMemo<TableView>(
    () => ({
      sort: sorting.map((s) => ({ id: s.id as SortColumn, desc: s.desc })),
      health: healthKey ? (healthKey.split(',') as RealServerHealth[]) : [],
      q,
      first,
      last,
    }),
    [sorting, healthKey, q, first, last],
  );
  useEffect(() => socket?.setView(clusterId, view), [socket, clusterId, view]);

  const columns = useMemo<ColumnDef<VisibleRow>[]>(
    () => [
      {
        id: 'service',
        header: 'Service',
        accessorKey: 'service',
        // An IPv4 VIP:port/proto is up to 26 characters; longer (IPv6) keys end in an ellipsis with the whole key as the title.
        cell: (c) => <code title={c.row.original.service}>{c.row.original.service}</code>,
        enableHiding: false,
        meta: { width: 'minmax(9.5rem, 1.4fr)', min: 9.5 },
      },
      {
        id: 'realServer',
        header: 'Real server',
        accessorKey: 'realServer',
        cell: (c) => <code title={c.row.original.realServer}>{c.row.original.realServer}</code>,
        enableHiding: false,
        meta: { width: 'minmax(9.5rem, 1fr)', min: 9.5 },
      },
      {
        id: 'health',
        header: 'Health',
        accessorKey: 'health',
        cell: (c) => (
          <span className={`badge ${healthClass[c.row.original.health]}`} title={HEALTH_MEANING[c.row.original.health]}>
            {c.row.original.health}
          </span>
        ),
        meta: { width: '5rem', min: 5 },
      },
      {
        id: 'admin',
        header: 'Admin',
        accessorKey: 'admin',
        cell: (c) => <span className={c.row.original.admin === 'enabled' ? 'muted' : 'warn'}>{c.row.original.admin}</span>,
        meta: { width: '4.2rem', min: 4.2 },
      },
      num('weight', 'Weight', 4),
      num('activeConns', 'Active', 3.8),
      num('inactiveConns', 'Inact.', 3.8),
      {
        id: 'cps',
        header: 'CPS (2 min)',
        accessorKey: 'cps',
        cell: (c) => (
          <span className="spark-cell">
            <Sparkline values={c.row.original.cpsHistory} width={56} label={`CPS of ${c.row.original.realServer}`} />{' '}
            {short(c.row.original.cps)}
          </span>
        ),
        meta: { width: '6.8rem', min: 6.8, numeric: true },
      },
      num('inPps', 'In pps', 4.2),
      num('outPps', 'Out pps', 4.4),
      num('inBps', 'In B/s', 4.2),
      num('outBps', 'Out B/s', 4.4),
      {
        id: 'change',
        header: 'Change',
        enableSorting: false,
        enableHiding: false,
        cell: (c) => {
          const r = c.row.original;
          return (
            <span className="row nowrap rs-actions">
              {(['enabled', 'drained', 'disabled'] as const)
                .filter((s) => s !== r.admin)
                .map((s) => (
                  <button
                    key={s}
                    type="button"
                    className="small-btn"
                    disabled={!!canChange || busy}
                    title={canChange}
                    aria-label={`${s === 'enabled' ? 'Enable' : s === 'drained' ? 'Drain' : 'Disable'} ${r.realServer} in ${r.service}`}
                    onClick={() => onAdminState(r.service, r.realServer, s)}
                  >
                    {s === 'enabled' ? 'Enable' : s === 'drained' ? 'Drain' : 'Disable'}
                  </button>
                ))}
            </span>
          );
        },
        // Two of Enable / Drain / Disable, compact (.rs-actions): sized for the widest pair, Enable + Disable.
        meta: { width: '7.4rem', min: 7.4 },
      },
    ],
    [canChange, busy, onAdminState],
  );

  // The frame's rows are the window [live.first, …) of the worker's sorted, filtered list. Before the
  // first frame, the spec's rows in spec order, health unknown (the worker answers within a turn).
  const data = useMemo(
    () => live?.rows ?? base.slice(first, last).map((r): VisibleRow => ({ ...r, health: 'unknown', cpsHistory: [] })),
    [live, base, first, last],
  );
  const table = useReactTable({
    data,
    columns,
    state: { sorting, columnVisibility: visibility },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setColumnVisibility,
    manualSorting: true,
    enableMultiSort: true,
    getRowId: (r) => r.key,
    getCoreRowModel: getCoreRowModel(),
  });
  const metas = table.getVisibleLeafColumns().map((c) => c.columnDef.meta as ColumnMeta);
  const grid = metas.map((m) => m.width).join(' ');
  // Never squeezed below what its columns need: narrower than that, the table scrolls sideways instead of truncating.
  const minWidth = `${metas.reduce((n, m) => n + m.min, 0) + GAP_REM * (metas.length - 1) + PAD_REM}rem`;
  const tableRows = table.getRowModel().rows;
  const windowFirst = live ? live.first : first;

  const counts = live?.counts;
  // Stable between ticks (they change with the filters only): the tool bar's inputs are drawn again
  // only when the filters or counts change, not on every tick (React writes an input's attributes on every update).
  const latest = useRef(filters);
  latest.current = filters;
  const toggle = useCallback((h: RealServerHealth) => {
    const f = latest.current;
    setFiltersRef.current({
      ...f,
      health: f.health.includes(h) ? f.health.filter((x) => x !== h) : HEALTHS.filter((x) => x === h || f.health.includes(x)),
    });
  }, []);
  const setQ = useCallback((v: string) => setFiltersRef.current({ ...latest.current, q: v }), []);
  const shownNow = useRef(visibility);
  shownNow.current = visibility;
  const toggleColumn = useCallback((id: string) => setColumnVisibility((v) => ({ ...v, [id]: shownNow.current[id] === false })), []);

  if (base.length === 0) return <p className="empty">This cluster has no real servers yet: add them to a virtual service in the spec.</p>;
  const unreadable = topology ? Object.entries(topology.directors).filter(([, d]) => d.ipvs !== 'available') : [];
  return (
    <div data-testid="rs-table">
      <Toolbar
        counts={HEALTHS.map((h) => (counts ? counts[h] : h === 'unknown' ? base.length : 0)).join(',')}
        shown={total}
        of={base.length}
        filter={filter.join(',')}
        q={q}
        onToggle={toggle}
        onQ={setQ}
        columns={table
          .getAllLeafColumns()
          .filter((c) => c.getCanHide())
          .map((c) => `${c.id}:${String(c.columnDef.header)}:${c.getIsVisible() ? 1 : 0}`)
          .join('|')}
        onColumn={toggleColumn}
      />
      {!topology ? (
        <p className="muted">Health unknown: no live state received yet (the API probes each director once a tick).</p>
      ) : counts && counts.unknown === base.length && unreadable.length > 0 ? (
        <p className="muted">
          Health unknown: no director&apos;s IPVS table could be read (
          {unreadable.map(([n, d]) => `${n}: ${d.ipvsReason ?? d.reason ?? d.ipvs}`).join('; ')}). Traffic numbers need IPVS on a director.
        </p>
      ) : null}
      <div
        ref={wrap}
        className="vtable-wrap"
        style={{ height: Math.min(VIEW_H, (total + 1) * ROW_H + 4), minHeight: total ? undefined : 0 }}
        tabIndex={-1}
      >
        <div role="table" aria-label="Real servers" aria-rowcount={total + 1} className="vtable" style={{ minWidth }}>
          {table.getHeaderGroups().map((g) => (
            <div role="row" aria-rowindex={1} className="vrow vhead" key={g.id} style={{ gridTemplateColumns: grid }}>
              {g.headers.map((h) => {
                const sorted = h.column.getIsSorted();
                return (
                  <div
                    role="columnheader"
                    key={h.id}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {h.column.getCanSort() ? (
                      <button
                        type="button"
                        className="linkish"
                        onClick={h.column.getToggleSortingHandler()}
                        title="Sort (shift-click: by this too)"
                      >
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </button>
                    ) : (
                      flexRender(h.column.columnDef.header, h.getContext())
                    )}
                  </div>
                );
              })}
            </div>
          ))}
          {total > 0 && (
            <div role="rowgroup" style={{ height: virtual.getTotalSize(), position: 'relative' }}>
              {items.map((it) => {
                const row = tableRows[it.index - windowFirst];
                if (!row) return null; // the worker has not sent this window yet: drawn with the next frame
                return (
                  <div
                    role="row"
                    aria-rowindex={it.index + 2}
                    key={row.id}
                    className="vrow"
                    style={{ transform: `translateY(${it.start}px)`, gridTemplateColumns: grid }}
                    data-testid="rs-row"
                  >
                    {row.getVisibleCells().map((c) => (
                      <div
                        role="cell"
                        key={c.id}
                        className={(c.column.columnDef.meta as ColumnMeta | undefined)?.numeric ? 'num' : undefined}
                      >
                        {flexRender(c.column.columnDef.cell, c.getContext())}
                      </div>
                    ))}
                  </div>
                );
              })}
            </div>
          )}
        </div>
      </div>
      {total === 0 && (
        <p className="empty">
          No real servers match {filter.length ? `health ${filter.join(' or ')}` : ''}
          {filter.length && q ? ' and ' : ''}
          {q ? `“${q}”` : ''}.
        </p>
      )}
    </div>
  );
}

/**
 * Health filter, search and the column menu. Its props are strings and stable callbacks, so a tick
 * that changes numbers only does not draw it again.
 */
const Toolbar = memo(function Toolbar(p: {
  /** Counts per health in HEALTHS order, comma-separated. */
  counts: string;
  shown: number;
  of: number;
  /** Healths shown, comma-separated (empty: all). */
  filter: string;
  q: string;
  onToggle: (h: RealServerHealth) => void;
  onQ: (q: string) => void;
  /** The hideable columns as `id:label:visible(0|1)`, `|`-separated. */
  columns: string;
  onColumn: (id: string) => void;
}) {
  const counts = p.counts.split(',');
  const shown = new Set(p.filter ? p.filter.split(',') : []);
  return (
    <div className="row" role="group" aria-label="Filter by health">
      {HEALTHS.map((h, i) => (
        // Checkboxes, not toggle buttons: a multi-select filter, and no button named like the Drain action.
        <label key={h} className={`chip h-${h}`} title={HEALTH_MEANING[h]}>
          <input type="checkbox" checked={shown.has(h)} onChange={() => p.onToggle(h)} /> {h} <span className="count">{counts[i]}</span>
        </label>
      ))}
      <label htmlFor="rs-search" className="sr-only">
        Search real servers
      </label>
      <input
        id="rs-search"
        type="search"
        placeholder="Search service or real server"
        value={p.q}
        onChange={(e) => p.onQ(e.target.value)}
        style={{ maxWidth: '18rem' }}
      />
      <span className="muted small" aria-live="polite">
        {p.shown === p.of ? `${p.of} real servers` : `${p.shown} of ${p.of} real servers`}
      </span>
      <details className="small">
        <summary>Columns</summary>
        <fieldset className="row">
          <legend className="sr-only">Columns shown</legend>
          {p.columns.split('|').map((c) => {
            const [id, label, visible] = c.split(':');
            return (
              <label key={id}>
                <input type="checkbox" checked={visible === '1'} onChange={() => p.onColumn(id)} /> {label}
              </label>
            );
          })}
        </fieldset>
      </details>
      <span className="muted small">
        Drain, enable and disable apply now on the directors (keepalived&apos;s track files, no reload) and stay in the topology.
      </span>
    </div>
  );
});
