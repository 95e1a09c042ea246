'use client';
import type { LiveServerEvents } from '@lvs/domain';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, type FormEvent } from 'react';
import { errorText } from '../../../lib/api';
import { isoToLocal, localToIso } from '../../audit/audit-query';
import { useCluster } from '../../clusters/components/cluster-frame';
import { useAddressFilters } from '../../fleet/use-address-filters';
import { type ClusterEvent, eventsQuery, timelineKeys } from '../api/queries';
import { axisPositions, eventWhere, filtersFromParams, filtersToQuery, KIND_GROUPS, SEVERITIES, type Severity } from '../timeline-query';

const PAGE = 50;
const severityClass: Record<Severity, string> = { info: 'muted', warning: 'warn', critical: 'bad' };

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
      <form key={search} className="row timeline-filters" onSubmit={submit} onReset={() => show({})} aria-label="Timeline filters">
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
            </p>
            <TimeAxis items={items} filters={filters} />
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
                  <EventRow key={e.id} event={e} />
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

/**
 * The loaded events on one time axis, coloured by severity: bursts and quiet spells at a glance
 * (hover a mark for the event). The list below stays the accessible form; the axis says its range.
 */
function TimeAxis({ items, filters }: { items: ClusterEvent[]; filters: { from?: string; to?: string } }) {
  const { start, end, at } = useMemo(
    () =>
      axisPositions(
        items.map((e) => e.at),
        filters,
      ),
    [items, filters],
  );
  const count = (s: Severity) => items.filter((e) => e.severity === s).length;
  const label = `${items.length} events from ${new Date(start).toLocaleString()} to ${new Date(end).toLocaleString()}: ${SEVERITIES.map(
    (s) => `${count(s)} ${s}`,
  ).join(', ')}`;
  return (
    <figure className="tl-axis" data-testid="timeline-axis">
      <div className="tl-axis-track" role="img" aria-label={label}>
        {items.map((e, i) => (
          <span
            key={e.id}
            className={`tl-tick ${severityClass[e.severity]}`}
            style={{ left: `${(at[i] * 100).toFixed(2)}%` }}
            title={`${new Date(e.at).toLocaleString()} — ${e.kind}: ${e.summary}`}
          />
        ))}
      </div>
      <figcaption className="row tl-axis-labels muted small">
        <time dateTime={new Date(start).toISOString()}>{new Date(start).toLocaleString()}</time>
        <time dateTime={new Date(end).toISOString()}>{new Date(end).toLocaleString()}</time>
      </figcaption>
    </figure>
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

function EventRow({ event: e }: { event: ClusterEvent }) {
  const evidence = Object.keys(e.data).length > 0;
  return (
    <tr>
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
