import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api';
import { clusterKeys } from '../../clusters/api/queries';
import { confirmationKeys } from './queries';

/** Confirm the pending deployment: it stays, the rollback timer stops (audited as deployment.confirmed). */
export function useConfirm(clusterId: string, requestId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => data(client().POST('/api/v1/clusters/{clusterId}/confirmation/confirm', { params: { path: { clusterId } } })),
    onSuccess: (c) => qc.setQueryData(confirmationKeys.latest(clusterId, requestId), c),
    onSettled: () => qc.invalidateQueries({ queryKey: [...clusterKeys.one(clusterId), 'confirmation'] }),
  });
}
