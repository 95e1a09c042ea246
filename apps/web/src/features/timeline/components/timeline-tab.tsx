'use client';
import type { LiveServerEvents } from '@lvs/domain';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { errorText } from '../../../lib/api';
import { isoToLocal, localToIso } from '../../audit/audit-query';
import { useCluster } from '../../clusters/components/cluster-frame';
import { useAddressFilters } from '../../fleet/use-address-filters';
import { type ClusterEvent, eventsQuery, MARKS_MAX, marksQuery, timelineKeys } from '../api/queries';
import type { ChartMark } from '../../metrics/timeline-traffic';
import { eventWhere, filtersFromParams, filtersToQuery, KIND_GROUPS, SEVERITIES, type Severity, timelineSpan } from '../timeline-query';
import css from './timeline-tab.module.css';

// The chart (and uPlot behind it) arrives after the list: not in the tab's first-load JS.
const TimelineTraffic = dynamic(() => import('../../metrics/timeline-traffic').then((m) => m.TimelineTraffic), {
  ssr: false,
  loading: () => <div className="skeleton skeleton-block" role="status" aria-busy="true" aria-label="Loading the chart" />,
});

const PAGE = 50;
const severityClass: Record<Severity, string> = { info: 'muted', warning: 'warn', critical: 'bad' };
const severityColor: Record<Severity, string> = { info: 'var(--accent)', warning: 'var(--warn)', critical: 'var(--bad)' };
const rowId = (id: string) => `tl-event-${id}`;

/** The socket's events after which the timeline has something new: read it again at once rather than at the next poll. */
function useLiveInvalidation(clusterId: string) {
  const { socket } = useCluster();
  const qc = useQueryClient();
  useEffect(() => {
    if (!socket) return;
    const again = () => void qc.invalidateQueries({ queryKey: timelineKeys.all(clusterId) });
    const onStatus: LiveServerEvents['deployment.status'] = (e) => {
      if (e.clusterId === clusterId && !e.director && e.status !== 'running' && e.status !== 'pending') again();
    };
    const onDrift: LiveServerEvents['cluster.drift'] = (e) => e.clusterId === clusterId && again();
    const onIncidents: LiveServerEvents['incidents'] = (e) => e.clusterId === clusterId && again();
    socket.on('deployment.status', onStatus);
    socket.on('cluster.drift', onDrift);
    socket.on('incidents', onIncidents);
    return () => {
      socket.off('deployment.status', onStatus);
      socket.off('cluster.drift', onDrift);
      socket.off('incidents', onIncidents);
    };
  }, [socket, clusterId, qc]);
}

/**
 * Timeline: what happened to this cluster, newest first — VRRP transitions, real-server health,
 * quorum, deployments, drift, topology edits, split-brain incidents (docs/timeline.md). The filters
 * are the address's query (the API's own names), so a link shared in a chat opens the same view.
 */
export function TimelineTab() {
  const { clusterId } = useCluster();
  const { filters, show, search } = useAddressFilters(filtersFromParams, filtersToQuery);
  const list = useInfiniteQuery(eventsQuery(clusterId, filters, PAGE));
  useLiveInvalidation(clusterId);
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const total = list.data?.pages.at(-1)?.total ?? 0;
  const filtered = Object.keys(filters).length > 0;
  const [picked, setPicked] = useState<string | null>(null);
  // The span is fixed when the list was read (not each render): the chart asks for it once.
  const loadedAt = list.dataUpdatedAt;
  const span = useMemo(
    () =>
      timelineSpan(
        items.map((e) => e.at),
        filters,
        loadedAt,
      ),
    [items, filters, loadedAt],
  );
  // The chart spans the filter's from/to: when the list holds only the newest rows of it, the marks
  // come from their own read of the whole span (marksQuery).
  const partial = filters.from !== undefined && items.length < total;
  const spanEvents = useQuery(marksQuery(clusterId, filters, list.isSuccess && partial));
  const marked = partial ? (spanEvents.data?.items ?? items) : items;
  const marks = useMemo<ChartMark[]>(
    () =>
      marked.map((e) => ({
        key: e.id,
        t: Date.parse(e.at),
        color: severityColor[e.severity],
        label: `${new Date(e.at).toLocaleString()} · ${e.severity} · ${e.kind}: ${e.summary}`,
      })),
    [marked],
  );
  // A mark's row is scrolled to once it is in the list: a mark older than the loaded rows loads
  // older pages until its row is there.
  const scrollTo = useRef<string | null>(null);
  const { fetchNextPage } = list;
  const goToRow = useCallback(
    (id: string) => {
      setPicked(id);
      scrollTo.current = id;
      if (document.getElementById(rowId(id))) return;
      void (async () => {
        let r = await fetchNextPage();
        for (let i = 0; i < 200 && r.hasNextPage && !r.data?.pages.some((p) => p.items.some((e) => e.id === id)); i++)
          r = await r.fetchNextPage();
      })();
    },
    [fetchNextPage],
  );
  useEffect(() => {
    if (!scrollTo.current) return;
    const row = document.getElementById(rowId(scrollTo.current));
    if (!row) return;
    scrollTo.current = null;
    row.scrollIntoView({ block: 'center' });
    row.focus({ preventScroll: true });
  }, [picked, items]);
  // A span picked on the chart becomes the filter's from/to (whole seconds, as the fields show them).
  const pickSpan = useCallback(
    (fromMs: number, toMs: number) =>
      show({
        ...filters,
        from: new Date(Math.floor(fromMs / 1000) * 1000).toISOString(),
        to: new Date(Math.ceil(toMs / 1000) * 1000).toISOString(),
      }),
    [filters, show],
  );

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const at = (k: string) => {
      const v = String(f.get(k) ?? '').trim();
      return v ? localToIso(v) : undefined;
    };
    show({
      kind: String(f.get('kind') ?? '') || undefined,
      severity: SEVERITIES.filter((s) => f.get(`severity-${s}`) === 'on'),
      from: at('from'),
      to: at('to'),
    });
  }

  return (
    <section className="panel" aria-label="Timeline">
      <form
        key={search}
        className={`row timeline-filters ${css.filters}`}
        onSubmit={submit}
        onReset={() => show({})}
        aria-label="Timeline filters"
      >
        <div>
          <label htmlFor="tl-kind">Kind</label>
          <select id="tl-kind" name="kind" defaultValue={filters.kind ?? ''}>
            <option value="">any kind</option>
            {KIND_GROUPS.map((g) => (
              <option key={g.value} value={g.value}>
                {g.label}
              </option>
            ))}
            {filters.kind && !KIND_GROUPS.some((g) => g.value === filters.kind) && <option value={filters.kind}>{filters.kind}</option>}
          </select>
        </div>
        <fieldset className="row timeline-severity">
          <legend>Severity</legend>
          {SEVERITIES.map((s) => (
            <label key={s} className="row">
              <input type="checkbox" name={`severity-${s}`} defaultChecked={filters.severity?.includes(s)} /> {s}
            </label>
          ))}
        </fieldset>
        <TimeField name="from" label="From" iso={filters.from} />
        <TimeField name="to" label="To" iso={filters.to} />
        <div className="row" style={{ alignSelf: 'flex-end' }}>
          <button type="submit" className="primary">
            Filter
          </button>
          <button type="reset">Clear</button>
        </div>
        <p id="tl-time-note" className="muted small timeline-note">
          Times are your local time; From is inclusive, To exclusive. New events appear on their own.
        </p>
      </form>
      {list.error && (
        <p className="field-error" role="alert">
          {errorText(list.error)}
        </p>
      )}
      {list.isPending && <div className="skeleton skeleton-block" role="status" aria-busy="true" aria-label="Loading events" />}
      {list.data && (
        <TimelineTraffic clusterId={clusterId} fromMs={span.from} toMs={span.to} marks={marks} onMark={goToRow} onSelectRange={pickSpan} />
      )}
      {list.data &&
        (items.length === 0 ? (
          <div className="empty" data-testid="timeline-empty">
            {filtered ? (
              <p>No events match these filters. Clear them to see everything this cluster recorded.</p>
            ) : (
              <p>
                Nothing has happened to this cluster yet. Edits, revisions and deployments, VRRP transitions and real-server health changes
                seen by the directors, drift and split-brain incidents all appear here as they happen.
              </p>
            )}
          </div>
        ) : (
          <>
            <p className="muted" aria-live="polite" data-testid="timeline-count">
              {items.length < total ? `Showing the newest ${items.length} of ${total} events` : `${total} event${total === 1 ? '' : 's'}`}
              {partial && spanEvents.data && spanEvents.data.total > spanEvents.data.items.length && (
                <span data-testid="timeline-marks-note">
                  {' '}
                  · the chart marks the newest {MARKS_MAX.toLocaleString()} of them; narrow the span to see every mark
                </span>
              )}
            </p>
            <table data-testid="timeline">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Severity</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Where</th>
                  <th scope="col">What happened</th>
                </tr>
              </thead>
              <tbody>
                {items.map((e) => (
                  <EventRow key={e.id} event={e} picked={e.id === picked} />
                ))}
              </tbody>
            </table>
            {list.hasNextPage && (
              <p className="row">
                <button type="button" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  {list.isFetchingNextPage ? 'Loading…' : 'Load older events'}
                </button>
              </p>
            )}
          </>
        ))}
    </section>
  );
}

/** A bound of the time range: the address holds an ISO instant, the field the viewer's local time. */
function TimeField({ name, label, iso }: { name: 'from' | 'to'; label: string; iso: string | undefined }) {
  return (
    <div>
      <label htmlFor={`tl-${name}`}>{label}</label>
      <input
        id={`tl-${name}`}
        name={name}
        type="datetime-local"
        step={1}
        aria-describedby="tl-time-note"
        defaultValue={iso ? isoToLocal(iso) : ''}
      />
    </div>
  );
}

function EventRow({ event: e, picked }: { event: ClusterEvent; picked: boolean }) {
  const evidence = Object.keys(e.data).length > 0;
  return (
    <tr id={rowId(e.id)} tabIndex={-1} className={picked ? css.picked : undefined} data-picked={picked || undefined}>
      <td className="nowrap">
        <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time>
      </td>
      <td>
        <span className={`badge ${severityClass[e.severity]}`}>{e.severity}</span>
      </td>
      <td>
        <code>{e.kind}</code>
      </td>
      <td>{eventWhere(e).join(' · ') || '—'}</td>
      <td>
        {e.summary}
        {evidence && (
          <details className="small">
            <summary>Evidence</summary>
            <pre className="diff">{JSON.stringify(e.data, null, 2)}</pre>
          </details>
        )}
      </td>
    </tr>
  );
}
