import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { type Answer, client, data } from '../../../lib/api';

export type ChannelList = Answer<'/api/v1/notification-channels'>;
export type Channel = ChannelList['items'][number];
export type ChannelKind = Channel['kind'];
export type RuleList = Answer<'/api/v1/notification-rules'>;
export type Rule = RuleList['items'][number];
export type DeliveryPage = Answer<'/api/v1/notification-channels/{channelId}/deliveries'>;
export type Delivery = DeliveryPage['items'][number];

/** Query keys: a write invalidates `all` (a channel's counts and last delivery change with its deliveries). */
export const notificationKeys = {
  all: ['notifications'] as const,
  channels: () => [...notificationKeys.all, 'channels'] as const,
  rules: () => [...notificationKeys.all, 'rules'] as const,
  deliveries: (channelId: string) => [...notificationKeys.all, 'deliveries', channelId] as const,
};

/** Messages still in the outbox (waiting, or being tried again) make the views poll every second until they finish. */
export const unfinished = (status: Delivery['status']) => status === 'pending' || status === 'delivering';
const POLL_MS = 1_000;
/** Otherwise every few seconds: messages caused by events (a failover, a deployment) arrive while the page is open. */
const IDLE_MS = 5_000;

export const channelsQuery = () =>
  queryOptions({
    queryKey: notificationKeys.channels(),
    queryFn: () => data(client().GET('/api/v1/notification-channels')),
    refetchInterval: (q) => (q.state.data?.items.some((c) => c.stats.pending > 0) ? POLL_MS : IDLE_MS),
  });

export const rulesQuery = () =>
  queryOptions({ queryKey: notificationKeys.rules(), queryFn: () => data(client().GET('/api/v1/notification-rules')) });

export const DELIVERY_PAGE = 20;

/** A channel's deliveries, newest first, page after page (`before` = the previous page's nextCursor). */
export const deliveriesQuery = (channelId: string) =>
  infiniteQueryOptions({
    queryKey: notificationKeys.deliveries(channelId),
    queryFn: ({ pageParam }) =>
      data(
        client().GET('/api/v1/notification-channels/{channelId}/deliveries', {
          params: { path: { channelId }, query: { limit: DELIVERY_PAGE, ...(pageParam ? { before: pageParam } : {}) } },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (q) => (q.state.data?.pages.some((p) => p.items.some((d) => unfinished(d.status))) ? POLL_MS : IDLE_MS),
  });
