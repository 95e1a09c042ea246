'use client';
import type { LiveServerEvents } from '@lvs/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type Answer, client, data } from '../../../lib/api';
import type { LiveSocket } from '../../live/socket';
import { clusterKeys } from '../api/queries';
import { IncidentBanner } from './banners';

type FleetIncidentsPage = Answer<'/api/v1/incidents'>;
export type FleetIncident = FleetIncidentsPage['items'][number];

/** Enough for any fleet this page lists (it shows up to 200 clusters); the rest is counted. */
const LIMIT = 200;

export const fleetIncidentsKey = [...clusterKeys.all, 'incidents'] as const;

/**
 * Every cluster's open split-brain incidents in one call (GET /incidents), re-read every 10 s and at
 * once when `/live` says a cluster's incidents changed (the overview's socket is in every listed
 * cluster's summary room, which gets them).
 */
export function useFleetIncidents(socket: LiveSocket | null) {
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: fleetIncidentsKey,
    queryFn: () => data(client().GET('/api/v1/incidents', { params: { query: { state: 'open', limit: LIMIT } } })),
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
