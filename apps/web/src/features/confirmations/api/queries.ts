import { queryOptions } from '@tanstack/react-query';
import { type Answer, client, data } from '../../../lib/api';
import { clusterKeys } from '../../clusters/api/queries';

export type Confirmation = Answer<'/api/v1/clusters/{clusterId}/confirmation'>;

/** Under the cluster's key: the end of a deployment (which invalidates the cluster) reads them again. */
export const confirmationKeys = {
  requested: (clusterId: string) => [...clusterKeys.one(clusterId), 'confirmation', 'requested'] as const,
  latest: (clusterId: string, requestId: string) => [...clusterKeys.one(clusterId), 'confirmation', requestId] as const,
};

/** How often a cluster page looks for a newly requested confirmation (`lvsctl apply --confirm-within` from a pipeline). */
const LOOK_MS = 5_000;
/** While one is pending its status is read every second: a confirm from the CLI or the deadline's rollback shows at once. */
const PENDING_MS = 1_000;

/**
 * The id of the cluster's latest confirmation, or null when it never had one: GET …/confirmations
 * with limit=1 answers an empty page then (…/confirmation itself is a 404), so every cluster page
 * can look without a failed request. The id keys the confirmation query below.
 */
export const confirmationRequestedQuery = (clusterId: string) =>
  queryOptions({
    queryKey: confirmationKeys.requested(clusterId),
    queryFn: async () => {
      const page = await data(
        client().GET('/api/v1/clusters/{clusterId}/confirmations', { params: { path: { clusterId }, query: { limit: 1 } } }),
      );
      return page.items[0]?.id ?? null;
    },
    refetchInterval: LOOK_MS,
  });

export const confirmationQuery = (clusterId: string, requestId: string) =>
  queryOptions({
    queryKey: confirmationKeys.latest(clusterId, requestId),
    queryFn: () => data(client().GET('/api/v1/clusters/{clusterId}/confirmation', { params: { path: { clusterId } } })),
    refetchInterval: (q) => (q.state.data?.status === 'pending' ? PENDING_MS : false),
  });
