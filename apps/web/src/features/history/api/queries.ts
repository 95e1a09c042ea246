import { queryOptions } from '@tanstack/react-query';
import { type Answer, client, data } from '../../../lib/api';
import { clusterKeys } from '../../clusters/api/queries';

export type Revision = Answer<'/api/v1/clusters/{clusterId}/revisions'>['items'][number];
export type RevisionDiff = Answer<'/api/v1/clusters/{clusterId}/diff'>;

export const historyKeys = {
  revisions: (id: string) => [...clusterKeys.one(id), 'revisions'] as const,
  page: (id: string, offset: number, limit: number) => [...historyKeys.revisions(id), offset, limit] as const,
  diff: (id: string, from: number, to: number) => [...clusterKeys.one(id), 'diff', from, to] as const,
};

export const revisionsQuery = (clusterId: string, offset: number, limit: number) =>
  queryOptions({
    queryKey: historyKeys.page(clusterId, offset, limit),
    queryFn: () =>
      data(client().GET('/api/v1/clusters/{clusterId}/revisions', { params: { path: { clusterId }, query: { limit, offset } } })),
  });

/** Revisions are immutable: a diff of two never changes. */
export const diffQuery = (clusterId: string, from: number, to: number) =>
  queryOptions({
    queryKey: historyKeys.diff(clusterId, from, to),
    queryFn: () => data(client().GET('/api/v1/clusters/{clusterId}/diff', { params: { path: { clusterId }, query: { from, to } } })),
    staleTime: Infinity,
  });
