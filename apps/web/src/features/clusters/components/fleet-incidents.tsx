'use client';
import type { ClusterIncidents, Incident, LiveServerEvents } from '@lvs/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiError, api } from '../../../lib/api';
import type { LiveSocket } from '../../live/socket';
import { clusterKeys, type ClusterSummary } from '../api/queries';
import { IncidentBanner, optional } from './banners';

// GET /incidents is newer than the committed schema.ts (the lead regenerates it): called by path
// with its documented shape (docs/api.md, radar.dto.ts FleetIncidentsPage) until then.
export interface FleetIncident extends Incident {
  cluster: string;
}
interface FleetIncidentsPage {
  items: FleetIncident[];
  total: number;
}

/** Enough for any fleet this page lists (it shows up to 200 clusters); the rest is counted. */
const LIMIT = 200;

export const fleetIncidentsKey = [...clusterKeys.all, 'incidents'] as const;

/**
 * Every cluster's open split-brain incidents: GET /incidents in one call; an API without that route
 * (404) is asked per cluster instead. Re-read every 10 s, and at once when `/live` says a cluster's
 * incidents changed (the overview's socket is in every listed cluster's summary room, which gets them).
 */
export function useFleetIncidents(clusters: readonly ClusterSummary[], socket: LiveSocket | null) {
  const qc = useQueryClient();
  const ids = clusters.map((c) => c.id).join(',');
  const q = useQuery({
    queryKey: [...fleetIncidentsKey, ids],
    queryFn: async (): Promise<FleetIncidentsPage> => {
      try {
        return (await api<FleetIncidentsPage>('GET', `/incidents?limit=${LIMIT}`)).data;
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 404)) throw e;
      }
      const per = await Promise.all(
        clusters.map(async (c) => {
          const r = await optional<ClusterIncidents>(`/clusters/${c.id}/incidents`);
          return (r?.incidents ?? []).map((i) => ({ ...i, cluster: c.name }));
        }),
      );
      const items = per.flat().sort((a, b) => b.openedAt.localeCompare(a.openedAt));
      return { items, total: items.length };
    },
    refetchInterval: 10_000,
  });
  useEffect(() => {
    if (!socket) return;
    const again: LiveServerEvents['incidents'] = () => void qc.invalidateQueries({ queryKey: fleetIncidentsKey });
    socket.on('incidents', again);
    return () => void socket.off('incidents', again);
  }, [socket, qc]);
  return q;
}

/** The overview's banner: every open incident of the fleet, newest first, each naming its cluster (a link), with the evidence on demand. */
export function FleetIncidents({ items, total }: { items: readonly FleetIncident[]; total: number }) {
  if (items.length === 0) return null;
  return (
    <section className="banners" aria-labelledby="fleet-incidents-head" data-testid="fleet-incidents">
      <h2 id="fleet-incidents-head" className="sr-only">
        Open incidents
      </h2>
      {items.map((i) => (
        <IncidentBanner key={i.id} incident={i} cluster={{ id: i.clusterId, name: i.cluster }} />
      ))}
      {total > items.length && <p className="muted small">and {total - items.length} more open incidents</p>}
    </section>
  );
}
