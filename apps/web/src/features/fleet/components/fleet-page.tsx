'use client';
import { useQueries, useQuery } from '@tanstack/react-query';
import { type ColumnDef, flexRender, getCoreRowModel, getSortedRowModel, type SortingState, useReactTable } from '@tanstack/react-table';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { useSession } from '../../../components/session';
import { errorText } from '../../../lib/api';
import { ago } from '../../../lib/format';
import { clustersQuery } from '../../clusters/api/queries';
import { type Finding, fleetLintQuery, incidentsQuery } from '../api/queries';
import { useAddressFilters } from '../use-address-filters';
import { type FleetFilters, fleetFiltersFromParams, fleetFiltersToQuery, lintByCluster, matches } from '../fleet-filters';

const severityRank = (s: string) => (s === 'error' ? 0 : 1);

const columns: ColumnDef<Finding>[] = [
  {
    id: 'severity',
    header: 'Severity',
    accessorFn: (f) => severityRank(f.severity),
    cell: ({ row: { original: f } }) => (
      <>
        <span className={`badge ${f.severity === 'error' ? 'bad' : 'warn'}`}>{f.severity}</span>
        {f.blocksDeployment && <div className="bad small">blocks deployment</div>}
      </>
    ),
  },
  { id: 'code', header: 'Code', accessorKey: 'code', cell: (c) => <code>{c.getValue() as string}</code> },
  {
    id: 'cluster',
    header: 'Cluster',
    accessorKey: 'cluster',
    cell: ({ row: { original: f } }) => <Link href={`/clusters/${f.clusterId}/configuration`}>{f.cluster}</Link>,
  },
  {
    id: 'subject',
    header: 'Subject',
    accessorFn: (f) => [f.instance, f.director].filter(Boolean).join(' '),
    cell: ({ row: { original: f } }) => (
      <>
        {f.instance && <div>instance {f.instance}</div>}
        {f.director && <div>director {f.director}</div>}
        {f.path && <code className="small">{f.path}</code>}
        {!f.instance && !f.director && !f.path && '—'}
      </>
    ),
  },
  {
    id: 'message',
    header: 'Finding and fix',
    enableSorting: false,
    cell: ({ row: { original: f } }) => (
      <div className="lint-finding">
        {f.message}
        {f.related && (
          <>
            {' '}
            (the other side: <Link href={`/clusters/${f.related.clusterId}/configuration`}>{f.related.cluster}</Link>, instance{' '}
            {f.related.instance})
          </>
        )}
        <div className="fix">Fix: {f.fix}</div>
      </div>
    ),
  },
];

/**
 * The fleet: VRRP lint of every cluster against every other (a VRID reused on one segment, equal
 * priorities, tracking that never hands over, version skew, what a director cannot run), and per
 * cluster its lint counts and the split-brain radar's open incidents. The filters are the address's
 * query, so a link opens the same view.
 */
export function FleetPage() {
  const { me } = useSession();
  const { filters, show } = useAddressFilters(fleetFiltersFromParams, fleetFiltersToQuery);
  const lint = useQuery({ ...fleetLintQuery(), enabled: !!me });
  const clusters = useQuery({ ...clustersQuery(), enabled: !!me });
  const shown = useMemo(() => (lint.data?.findings ?? []).filter(matches(filters)), [lint.data, filters]);
  // Errors first (they refuse deployments), then warnings; any column sorts on a click.
  const [sorting, setSorting] = useState<SortingState>([{ id: 'severity', desc: false }]);
  const table = useReactTable({
    data: shown,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  // The codes found (and the one in the address): a filter that can only ever show nothing is no help.
  const codes = useMemo(
    () => [...new Set([...(lint.data?.findings.map((f) => f.code) ?? []), ...(filters.code ? [filters.code] : [])])].sort(),
    [lint.data, filters.code],
  );

  if (!me) return null;
  return (
    <>
      <h1>Fleet</h1>
      <p className="muted">
        What keepalived would get wrong across clusters, before a deployment: errors refuse a deployment where keepalived itself would
        misbehave; warnings are worth a look.
      </p>
      {(lint.error || clusters.error) && (
        <p className="field-error" role="alert">
          {errorText(lint.error ?? clusters.error)}
        </p>
      )}
      {(lint.isPending || clusters.isPending) && (
        <div className="skeleton skeleton-block" role="status" aria-busy="true" aria-label="Loading the fleet" />
      )}
      {lint.data && clusters.data && <ClusterSummaries clusters={clusters.data.items} findings={lint.data.findings} />}
      {lint.data && (
        <section className="panel" aria-labelledby="findings-head">
          <div className="row page-head">
            <h2 id="findings-head" style={{ margin: 0 }}>
              Lint findings
            </h2>
            <span className="muted small">
              {lint.data.clusters} clusters checked {ago(lint.data.checkedAt)}
            </span>
          </div>
          <form className="row fleet-filters" aria-label="Finding filters" onSubmit={(e) => e.preventDefault()}>
            <div>
              <label htmlFor="fleet-severity">Severity</label>
              <select
                id="fleet-severity"
                value={filters.severity ?? ''}
                onChange={(e) => show({ ...filters, severity: (e.target.value || undefined) as FleetFilters['severity'] })}
              >
                <option value="">any</option>
                <option value="error">error</option>
                <option value="warning">warning</option>
              </select>
            </div>
            <div>
              <label htmlFor="fleet-code">Code</label>
              <select
                id="fleet-code"
                value={filters.code ?? ''}
                onChange={(e) => show({ ...filters, code: (e.target.value || undefined) as FleetFilters['code'] })}
              >
                <option value="">any</option>
                {codes.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </div>
            {(filters.severity || filters.code) && (
              <button type="button" style={{ alignSelf: 'flex-end' }} onClick={() => show({})}>
                Clear
              </button>
            )}
          </form>
          <p className="muted" aria-live="polite" data-testid="fleet-count">
            {shown.length === lint.data.findings.length
              ? `${lint.data.errors} error${lint.data.errors === 1 ? '' : 's'}, ${lint.data.warnings} warning${lint.data.warnings === 1 ? '' : 's'}`
              : `${shown.length} of ${lint.data.findings.length} findings`}
          </p>
          {shown.length === 0 ? (
            <p className="empty" data-testid="fleet-empty">
              {lint.data.findings.length === 0
                ? 'No findings: every VRRP instance of every cluster is consistent with the others.'
                : 'No findings match these filters.'}
            </p>
          ) : (
            <table data-testid="fleet-findings">
              <thead>
                {table.getHeaderGroups().map((g) => (
                  <tr key={g.id}>
                    {g.headers.map((h) => {
                      const sorted = h.column.getIsSorted();
                      return (
                        <th
                          key={h.id}
                          scope="col"
                          aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                        >
                          {h.column.getCanSort() ? (
                            <button type="button" className="th-sort" onClick={h.column.getToggleSortingHandler()}>
                              {flexRender(h.column.columnDef.header, h.getContext())}
                              <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                            </button>
                          ) : (
                            flexRender(h.column.columnDef.header, h.getContext())
                          )}
                        </th>
                      );
                    })}
                  </tr>
                ))}
              </thead>
              <tbody>
                {table.getRowModel().rows.map((r) => (
                  <tr key={r.id}>
                    {r.getVisibleCells().map((c) => (
                      <td key={c.id}>{flexRender(c.column.columnDef.cell, c.getContext())}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}

/** Per cluster: its lint counts and the radar's open split-brain incidents. */
function ClusterSummaries({ clusters, findings }: { clusters: { id: string; name: string }[]; findings: Finding[] }) {
  const counts = useMemo(() => lintByCluster(findings), [findings]);
  const radar = useQueries({ queries: clusters.map((c) => incidentsQuery(c.id)) });
  if (clusters.length === 0)
    return (
      <p className="panel empty">
        No clusters yet: <Link href="/">create or import one</Link>, and its VRRP instances are checked here against every other cluster.
      </p>
    );
  return (
    <section className="panel" aria-labelledby="fleet-clusters-head">
      <h2 id="fleet-clusters-head" style={{ marginTop: 0 }}>
        Clusters
      </h2>
      <table data-testid="fleet-clusters">
        <thead>
          <tr>
            <th scope="col">Cluster</th>
            <th scope="col">Lint</th>
            <th scope="col">Split-brain radar</th>
          </tr>
        </thead>
        <tbody>
          {clusters.map((c, i) => {
            const n = counts.get(c.id);
            const r = radar[i];
            const open = r.data?.incidents ?? [];
            return (
              <tr key={c.id}>
                <td>
                  <Link href={`/clusters/${c.id}/live`}>{c.name}</Link>
                </td>
                <td>
                  {!n ? (
                    <span className="badge ok">clean</span>
                  ) : (
                    <>
                      {n.errors > 0 && (
                        <span className="badge bad">
                          {n.errors} error{n.errors === 1 ? '' : 's'}
                        </span>
                      )}{' '}
                      {n.warnings > 0 && (
                        <span className="badge warn">
                          {n.warnings} warning{n.warnings === 1 ? '' : 's'}
                        </span>
                      )}
                      {n.blocking > 0 && <span className="bad small"> deployments refused</span>}
                    </>
                  )}
                </td>
                <td>
                  {r.isPending ? (
                    <span className="muted">reading…</span>
                  ) : r.error ? (
                    <span className="bad">{errorText(r.error)}</span>
                  ) : open.length === 0 ? (
                    r.data?.observed === false ? (
                      <span className="muted">not observed yet (no live state)</span>
                    ) : (
                      <span className="badge ok">no incident</span>
                    )
                  ) : (
                    <ul className="vip-list">
                      {open.map((x) => (
                        <li key={x.id} className={x.severity === 'critical' ? 'bad' : 'warn'}>
                          <strong>{x.instance}</strong>: {x.summary} (since {ago(x.openedAt)})
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
