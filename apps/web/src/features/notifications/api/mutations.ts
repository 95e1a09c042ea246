import type { paths } from '@lvs/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api';
import { type Channel, type Delivery, notificationKeys, type Rule, unfinished } from './queries';

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type ChannelCreate = JsonBody<paths['/api/v1/notification-channels']['post']>;
export type ChannelUpdate = JsonBody<paths['/api/v1/notification-channels/{channelId}']['patch']>;
export type RuleCreate = JsonBody<paths['/api/v1/notification-rules']['post']>;
export type RuleUpdate = JsonBody<paths['/api/v1/notification-rules/{ruleId}']['patch']>;

/** The API's ETag of a version (W/"<version>"): writes send it as If-Match, so a concurrent change is a 412, not an overwrite. */
const ifMatch = (version: number) => ({ 'If-Match': `W/"${version}"` });

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: notificationKeys.all });
}

/** Create a channel, or PATCH one (with If-Match): `channel` is the one being edited. */
export function useSaveChannel() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { create: ChannelCreate } | { channel: Channel; update: ChannelUpdate }): Promise<Channel> =>
      'create' in v
        ? data(client().POST('/api/v1/notification-channels', { body: v.create }))
        : data(
            client().PATCH('/api/v1/notification-channels/{channelId}', {
              params: { path: { channelId: v.channel.id }, header: ifMatch(v.channel.version) },
              body: v.update,
            }),
          ),
    onSettled: invalidate,
  });
}

export function useDeleteChannel() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (c: Channel) =>
      data(
        client().DELETE('/api/v1/notification-channels/{channelId}', {
          params: { path: { channelId: c.id }, header: ifMatch(c.version) },
        }),
      ),
    onSettled: invalidate,
  });
}

export function useSaveRule() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { create: RuleCreate } | { rule: Rule; update: RuleUpdate }): Promise<Rule> =>
      'create' in v
        ? data(client().POST('/api/v1/notification-rules', { body: v.create }))
        : data(
            client().PATCH('/api/v1/notification-rules/{ruleId}', {
              params: { path: { ruleId: v.rule.id }, header: ifMatch(v.rule.version) },
              body: v.update,
            }),
          ),
    onSettled: invalidate,
  });
}

export function useDeleteRule() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (r: Rule) =>
      data(client().DELETE('/api/v1/notification-rules/{ruleId}', { params: { path: { ruleId: r.id }, header: ifMatch(r.version) } })),
    onSettled: invalidate,
  });
}

/** How long "Send test" follows its message before saying it is still on its way (the outbox keeps trying). */
const TEST_FOLLOW_MS = 30_000;
const TEST_POLL_MS = 500;

/**
 * "Send test": queues a test message through the outbox (the same path real messages take) and
 * follows it until it is delivered or failed — or, when the receiver keeps refusing and the outbox
 * retries, until the first attempt's answer is in. The result is the delivery as it then stands.
 */
export function useSendTest() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (c: Channel): Promise<Delivery> => {
      const path = { channelId: c.id };
      const queued = await data(client().POST('/api/v1/notification-channels/{channelId}/test', { params: { path } }));
      const deadline = Date.now() + TEST_FOLLOW_MS;
      let last: Delivery = queued;
      while (Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, TEST_POLL_MS));
        const page = await data(
          client().GET('/api/v1/notification-channels/{channelId}/deliveries', { params: { path, query: { limit: 20 } } }),
        );
        last = page.items.find((d) => d.id === queued.id) ?? last;
        // Finished, or an attempt was refused and the outbox waits to try again: its answer is the news.
        if (!unfinished(last.status) || (last.status === 'pending' && last.attempts > 0)) break;
      }
      return last;
    },
    onSettled: invalidate,
  });
}
