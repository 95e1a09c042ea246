'use client';
import type { ClusterIncidents, IncidentType } from '@lvs/domain';
import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from '../../../lib/api';
import { ago } from '../../../lib/format';
import { clusterKeys } from '../api/queries';

// These routes are newer than the committed schema.ts (the lead regenerates it): called by path
// with their documented shapes (docs/runtime.md, docs/timeline.md) until then.
interface Maintenance {
  items: { director: string; maintenance: boolean; since: string; requestedBy: string }[];
}
type Incidents = ClusterIncidents & { observed: boolean };

const LABEL: Record<IncidentType, string> = {
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
        <div
          key={i.id}
          className={`banner ${i.severity === 'critical' ? 'banner-bad' : 'banner-warn'}`}
          role="alert"
          data-testid="incident"
        >
          <strong>
            {LABEL[i.type] ?? i.type} — {i.instance}
          </strong>
          : {i.summary} <span className="small">since {ago(i.openedAt)}</span>
          <details>
            <summary>Evidence</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">Director</th>
                  <th scope="col">Says</th>
                </tr>
              </thead>
              <tbody>
                {i.evidence.map((e) => (
                  <tr key={e.director + e.says}>
                    <td>{e.director}</td>
                    <td>{e.says}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </div>
      ))}
      {inMaintenance.map((m) => (
        <div key={m.director} className="banner banner-info" role="status" data-testid="maintenance">
          <strong>{m.director}</strong> is in maintenance since {ago(m.since)} (by {m.requestedBy}): its VIPs are on the other directors.
        </div>
      ))}
    </div>
  );
}
