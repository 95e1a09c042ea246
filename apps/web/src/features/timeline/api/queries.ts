import { infiniteQueryOptions } from '@tanstack/react-query';
import { type Answer, api } from '../../../lib/api';
import { clusterKeys } from '../../clusters/api/queries';
import { pageQuery, type TimelineFilters } from '../timeline-query';

export type EventsPage = Answer<'/api/v1/clusters/{clusterId}/events'>;
export type ClusterEvent = EventsPage['items'][number];

export const timelineKeys = {
  all: (clusterId: string) => [...clusterKeys.one(clusterId), 'events'] as const,
  list: (clusterId: string, f: TimelineFilters, limit: number) => [...timelineKeys.all(clusterId), f, limit] as const,
};

/**
 * A cluster's events, newest first, page after page by `nextCursor` ("Load older"). /live pushes no
 * timeline event (libs/domain/src/live.ts), so the list is read again every 15 s, and at once when
 * the socket says a deployment ended, drift changed or the radar's incidents changed (the tab
 * invalidates `timelineKeys.all`). The query string is timeline-query's, sent as built.
 */
export const eventsQuery = (clusterId: string, f: TimelineFilters, limit: number) =>
  infiniteQueryOptions({
    queryKey: timelineKeys.list(clusterId, f, limit),
    queryFn: async ({ pageParam }) =>
      (await api<EventsPage>('GET', `/clusters/${clusterId}/events?${pageQuery(f, limit, pageParam)}`)).data,
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 15_000,
  });
