import { queryOptions } from '@tanstack/react-query';
import { type Answer, client, data } from '../../../lib/api';
import { clusterKeys } from '../../clusters/api/queries';

export type Deployment = Answer<'/api/v1/clusters/{clusterId}/deployments'>['items'][number];
export type Plan = Answer<'/api/v1/clusters/{clusterId}/plan'>;
export type Drift = Answer<'/api/v1/clusters/{clusterId}/drift'>;
export type HostKey = Answer<'/api/v1/clusters/{clusterId}/host-keys/{director}'>;

export const deployKeys = {
  deployments: (id: string) => [...clusterKeys.one(id), 'deployments'] as const,
  plan: (id: string) => [...clusterKeys.one(id), 'plan'] as const,
  drift: (id: string) => [...clusterKeys.one(id), 'drift'] as const,
  hostKey: (id: string, director: string) => [...clusterKeys.one(id), 'host-key', director] as const,
};

export const isRunning = (d: Pick<Deployment, 'status'>) => d.status === 'running' || d.status === 'pending';

/**
 * The last deployments. While one runs the list is refetched every few seconds as a safety net:
 * the deployment.status event on /live invalidates it the moment it ends, but an event can be
 * missed across a reconnect.
 */
export const deploymentsQuery = (clusterId: string) =>
  queryOptions({
    queryKey: deployKeys.deployments(clusterId),
    queryFn: () =>
      data(client().GET('/api/v1/clusters/{clusterId}/deployments', { params: { path: { clusterId }, query: { limit: 10 } } })),
    refetchInterval: (q) => (q.state.data?.items.some(isRunning) ? 5_000 : false),
  });

/** The plan reads every director over SSH: only when asked (enabled by the page), never refetched behind the user's back. */
export const planQuery = (clusterId: string) =>
  queryOptions({
    queryKey: deployKeys.plan(clusterId),
    queryFn: () => data(client().GET('/api/v1/clusters/{clusterId}/plan', { params: { path: { clusterId } } })),
    staleTime: Infinity,
  });

export const driftQuery = (clusterId: string) =>
  queryOptions({
    queryKey: deployKeys.drift(clusterId),
    queryFn: () => data(client().GET('/api/v1/clusters/{clusterId}/drift', { params: { path: { clusterId } } })),
    staleTime: Infinity,
  });
