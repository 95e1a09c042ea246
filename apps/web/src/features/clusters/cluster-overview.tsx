'use client';
import type { ClusterLiveSummary } from '@lvs/domain';
import Link from 'next/link';
import { ago } from '../../lib/format';
import { useClusterSummaries, useLiveSocket } from '../live/socket';
import type { ClusterSummary } from './api/queries';
import { FleetIncidents, useFleetIncidents, type FleetIncident } from './components/fleet-incidents';

export type { ClusterSummary } from './api/queries';

const deploymentClass = (s: string) => (s === 'succeeded' ? 'ok' : s === 'running' || s === 'pending' ? 'warn' : 'bad');

function Health({ s, c }: { s: ClusterLiveSummary | undefined; c: ClusterSummary }) {
  if (!s)
    return (
      <td colSpan={3} className="muted">
        {c.counts.directors === 0 ? 'no directors to observe' : 'not probed yet'}
      </td>
    );
  if (s.live === false)
    return (
      <td colSpan={3} className="muted">
        live state off: the API runs with TELEMETRY_TICK_MS=0
      </td>
    );
  const { reachable, total } = s.directors;
  const rs = s.realServers;
  const vips = Object.entries(s.vips);
  const rsTotal = Object.values(rs).reduce((a, b) => a + b, 0);
  return (
    <>
      <td>
        {total === 0 ? (
          <span className="muted">no directors</span>
        ) : (
          <span className={`badge ${reachable === total ? 'ok' : reachable === 0 ? 'bad' : 'warn'}`}>
            {reachable}/{total}
          </span>
        )}
      </td>
      <td>
        {vips.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="vip-list">
            {vips.map(([vip, v]) => (
              <li key={vip}>
                <code>{vip}</code> →{' '}
                {v.owner ? (
                  <strong>{v.owner}</strong>
                ) : (
                  <span className="bad">{v.owners.length > 1 ? `${v.owners.join(' + ')} (split)` : 'nobody'}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {rsTotal === 0 ? (
          <span className="muted">—</span>
        ) : (
          <span>
            <span className="ok">{rs.up} up</span> · <span className={rs.down ? 'bad' : 'muted'}>{rs.down} down</span> ·{' '}
            <span className={rs.drained ? 'warn' : 'muted'}>{rs.drained} drained</span>
            {(['disabled', 'missing', 'unknown'] as const)
              .filter((h) => rs[h] > 0)
              .map((h) => (
                <span key={h} className="muted">
                  {' '}
                  · {rs[h]} {h}
                </span>
              ))}
          </span>
        )}
      </td>
    </>
  );
}

/**
 * Every cluster's health at a glance. Each cluster's summary comes over `/live` (one socket, the
 * cluster's summary room): the API computes it once a tick and sends it when it changed — directors
 * reachable, VIP owners, real servers per health, drift and the last deployment — rather than the
 * overview taking every real server's delta of every cluster.
 */
export function ClusterOverview({ clusters }: { clusters: ClusterSummary[] }) {
  const socket = useLiveSocket(true);
  const summaries = useClusterSummaries(
    socket,
    clusters.map((c) => c.id),
  );
  const incidents = useFleetIncidents(socket);
  const byCluster = new Map<string, FleetIncident[]>();
  for (const i of incidents.data?.items ?? []) byCluster.set(i.clusterId, [...(byCluster.get(i.clusterId) ?? []), i]);
  return (
    <>
      <FleetIncidents items={incidents.data?.items ?? []} total={incidents.data?.total ?? 0} />
      <div className="panel" style={{ overflowX: 'auto' }}>
        <table data-testid="cluster-overview">
          <thead>
            <tr>
              <th scope="col">Cluster</th>
              <th scope="col">Directors reachable</th>
              <th scope="col">VIP owners</th>
              <th scope="col">Real servers</th>
              <th scope="col">Drift</th>
              <th scope="col">Last deployment</th>
              <th scope="col">Topology</th>
            </tr>
          </thead>
          <tbody>
            {clusters.map((c) => {
              const s = summaries[c.id];
              const d = s?.lastDeployment;
              const dr = s?.drift;
              return (
                <tr key={c.id} data-testid={`cluster-${c.name}`}>
                  <td>
                    <Link href={`/clusters/${c.id}/live`}>{c.name}</Link>
                    <IncidentBadge open={byCluster.get(c.id)} />
                    {c.description && <div className="muted small">{c.description}</div>}
                  </td>
                  <Health s={s} c={c} />
                  <td>
                    {dr?.drifted ? (
                      <span className="badge bad" title={`checked ${ago(dr.checkedAt)}`}>
                        drift: {dr.directors.join(', ') || 'drifted'}
                      </span>
                    ) : dr ? (
                      <span className="badge ok" title={`checked ${ago(dr.checkedAt)}`}>
                        in sync
                      </span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td>
                    {d === undefined ? (
                      <span className="muted">…</span>
                    ) : d === null ? (
                      <span className="muted">never</span>
                    ) : (
                      <>
                        #{d.revision} <span className={`badge ${deploymentClass(d.status)}`}>{d.status}</span>{' '}
                        <span className="muted small">{ago(d.createdAt)}</span>
                      </>
                    )}
                  </td>
                  <td className="small">
                    {c.counts.directors} directors, {c.counts.vrrpInstances} VRRP, {c.counts.virtualServices} services,{' '}
                    {c.counts.realServers} real servers{' '}
                    <span className="muted">
                      (v{c.version}, {c.mode})
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A cluster's open incidents, counted beside its name (red if one is critical); the banner above says what they are. */
function IncidentBadge({ open }: { open: FleetIncident[] | undefined }) {
  if (!open?.length) return null;
  const critical = open.some((i) => i.severity === 'critical');
  return (
    <>
      {' '}
      <span
        className={`badge ${critical ? 'bad' : 'warn'}`}
        data-testid="incident-badge"
        title={open.map((i) => `${i.instance}: ${i.summary}`).join('\n')}
      >
        {open.length} incident{open.length === 1 ? '' : 's'}
      </span>
    </>
  );
}
