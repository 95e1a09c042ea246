'use client';
import type { ClusterIncidents, Incident, IncidentType } from '@lvs/domain';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ApiError, api } from '../../../lib/api';
import { ago } from '../../../lib/format';
import { clusterKeys } from '../api/queries';

// These routes are newer than the committed schema.ts (the lead regenerates it): called by path
// with their documented shapes (docs/runtime.md, docs/timeline.md) until then.
interface Maintenance {
  items: { director: string; maintenance: boolean; since: string; requestedBy: string }[];
}
type Incidents = ClusterIncidents & { observed: boolean };

export const INCIDENT_LABEL: Record<IncidentType, string> = {
  two_masters: 'Two MASTERs',
  no_master: 'No MASTER',
  vip_on_several: 'VIP on several directors',
  vip_on_backup: 'VIP on a BACKUP',
  vip_missing: 'MASTER without its VIP',
  config_mismatch: "Members' configs differ",
};

/** An endpoint an older API does not have yet answers 404: no banner then, not an error page. */
async function optional<T>(path: string): Promise<T | null> {
  try {
    return (await api<T>('GET', path)).data;
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return null;
    throw e;
  }
}

/**
 * Above a cluster's tabs: the split-brain radar's open incidents (red critical, amber warning, the
 * evidence per director on demand) and the directors in maintenance. Re-read every 10 s.
 */
export function ClusterBanners({ clusterId }: { clusterId: string }) {
  const incidents = useQuery({
    queryKey: [...clusterKeys.one(clusterId), 'incidents'],
    queryFn: () => optional<Incidents>(`/clusters/${clusterId}/incidents`),
    refetchInterval: 10_000,
  });
  const maintenance = useQuery({
    queryKey: [...clusterKeys.one(clusterId), 'maintenance'],
    queryFn: () => optional<Maintenance>(`/clusters/${clusterId}/maintenance`),
    refetchInterval: 10_000,
  });
  const open = incidents.data?.incidents ?? [];
  const inMaintenance = (maintenance.data?.items ?? []).filter((m) => m.maintenance);
  if (open.length === 0 && inMaintenance.length === 0) return null;
  return (
    <div className="banners">
      {open.map((i) => (
        <IncidentBanner key={i.id} incident={i} />
      ))}
      {inMaintenance.map((m) => (
        <div key={m.director} className="banner banner-info" role="status" data-testid="maintenance">
          <strong>{m.director}</strong> is in maintenance since {ago(m.since)} (by {m.requestedBy}): its VIPs are on the other directors.
        </div>
      ))}
    </div>
  );
}

/**
 * One open incident: red when critical, amber when a warning; what it is, on which VRRP instance
 * (and, on the overview, which cluster, linked), since when, and the evidence per director on demand.
 */
export function IncidentBanner({ incident: i, cluster }: { incident: Incident; cluster?: { id: string; name: string } }) {
  let where: ReactNode = i.instance;
  if (cluster)
    where = (
      <>
        <Link href={`/clusters/${cluster.id}/live`}>{cluster.name}</Link> · {i.instance}
      </>
    );
  // The radar's summary starts with the instance, which the heading names already.
  const summary = i.summary.startsWith(`${i.instance}: `) ? i.summary.slice(i.instance.length + 2) : i.summary;
  return (
    <div className={`banner ${i.severity === 'critical' ? 'banner-bad' : 'banner-warn'}`} role="alert" data-testid="incident">
      <strong>
        {INCIDENT_LABEL[i.type] ?? i.type} — {where}
      </strong>
      : {summary}{' '}
      <span className="small">
        since <time dateTime={i.openedAt}>{ago(i.openedAt)}</time>
      </span>
      <details>
        <summary>Evidence</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Director</th>
              <th scope="col">Says</th>
              <th scope="col">Since</th>
            </tr>
          </thead>
          <tbody>
            {i.evidence.map((e) => (
              <tr key={e.director + e.says}>
                <td>{e.director}</td>
                <td>{e.says}</td>
                <td className="small">{e.since ? ago(e.since) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
