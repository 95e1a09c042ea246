import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api';
import { clusterKeys } from '../../clusters/api/queries';
import { deployKeys, type HostKey } from './queries';

/** Deploy the current topology: a new revision, pushed BACKUPs first. Invalidates the deployments, the plan (now stale) and the history. */
export function useDeploy(clusterId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (message: string) =>
      data(
        client().POST('/api/v1/clusters/{clusterId}/deployments', {
          params: { path: { clusterId } },
          body: { message },
          headers: { 'idempotency-key': crypto.randomUUID() },
        }),
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: clusterKeys.one(clusterId) }),
  });
}

export function useHostKey(clusterId: string, director: string) {
  const qc = useQueryClient();
  const path = { params: { path: { clusterId, director } } };
  const set = (hk: HostKey) => qc.setQueryData(deployKeys.hostKey(clusterId, director), hk);
  const check = useMutation({
    mutationFn: () => data(client().GET('/api/v1/clusters/{clusterId}/host-keys/{director}', path)),
    onSuccess: set,
  });
  const pin = useMutation({
    mutationFn: (fingerprint: string) =>
      data(client().PUT('/api/v1/clusters/{clusterId}/host-keys/{director}', { ...path, body: { fingerprint } })),
    onSuccess: (hk) => {
      set(hk);
      void qc.invalidateQueries({ queryKey: deployKeys.plan(clusterId) });
    },
  });
  return { check, pin };
}
