import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api';
import { clusterKeys } from '../../clusters/api/queries';

/** Roll back to a revision: a new revision with its topology, deployed now. Everything of the cluster is stale after it. */
export function useRollback(clusterId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (revision: number) =>
      data(
        client().POST('/api/v1/clusters/{clusterId}/revisions/{number}/rollback', {
          params: { path: { clusterId, number: revision } },
          body: {},
        }),
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: clusterKeys.one(clusterId) }),
  });
}
