import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
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

/** The most marks the chart draws for one span; past it the tab says how many it left out. */
export const MARKS_MAX = 2000;
const MARKS_PAGE = 500;

/**
 * Every event of the span the chart covers, for its marks, when the list has not loaded them all:
 * the filter's `from` is older than the oldest row loaded (without a `from` the chart's span starts
 * at that row, so the loaded rows are the span's events). Read 500 at a time, the newest
 * MARKS_MAX at most; again every 15 s while the span is open-ended.
 */
export const marksQuery = (clusterId: string, f: TimelineFilters, enabled: boolean) =>
  queryOptions({
    queryKey: [...timelineKeys.all(clusterId), 'marks', f] as const,
    enabled,
    queryFn: async () => {
      const items: ClusterEvent[] = [];
      let total = 0;
      let cursor: string | null = null;
      do {
        const page: EventsPage = (await api<EventsPage>('GET', `/clusters/${clusterId}/events?${pageQuery(f, MARKS_PAGE, cursor)}`)).data;
        items.push(...page.items);
        total = page.total;
        cursor = page.nextCursor;
      } while (cursor && items.length < MARKS_MAX);
      return { items: items.slice(0, MARKS_MAX), total };
    },
    refetchInterval: f.to ? false : 15_000,
  });
