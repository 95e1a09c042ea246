import type { ClusterSpec } from '@lvs/domain';
import { queryOptions } from '@tanstack/react-query';
import { type Answer, client, data, withHeaders } from '../../../lib/api';

export type ClusterSummary = Answer<'/api/v1/clusters'>['items'][number];

/** Query keys of everything about clusters: a mutation invalidates the narrowest prefix that covers what it changed. */
export const clusterKeys = {
  all: ['clusters'] as const,
  list: () => [...clusterKeys.all, 'list'] as const,
  one: (id: string) => [...clusterKeys.all, id] as const,
  spec: (id: string) => [...clusterKeys.one(id), 'spec'] as const,
};

export const clustersQuery = () =>
  queryOptions({
    queryKey: clusterKeys.list(),
    queryFn: () => data(client().GET('/api/v1/clusters', { params: { query: { limit: 200 } } })),
  });

/**
 * A cluster's whole topology as the spec document, with the ETag (If-Match of the admin-state
 * change). The schema types the spec route loosely; libs/domain's ClusterSpec is its shape.
 */
export const specQuery = (clusterId: string) =>
  queryOptions({
    queryKey: clusterKeys.spec(clusterId),
    queryFn: async () => {
      const r = await withHeaders(client().GET('/api/v1/clusters/{clusterId}/spec', { params: { path: { clusterId } } }));
      return { spec: r.data as unknown as ClusterSpec, etag: r.headers.get('etag') };
    },
  });
