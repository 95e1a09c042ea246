import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api';
import { fleetKeys } from './queries';

/**
 * Read a director's capabilities now (over SSH; operator). A failed read (502) is recorded by the
 * API beside the capabilities read before, so both outcomes read the record again; the lint of
 * every cluster depends on capabilities (version skew, schedulers), so it is stale too.
 */
export function useRefreshCapabilities(clusterId: string, director: string, specTag: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      data(
        client().POST('/api/v1/clusters/{clusterId}/directors/{name}/capabilities/refresh', {
          params: { path: { clusterId, name: director } },
        }),
      ),
    onSuccess: (c) => qc.setQueryData(fleetKeys.capabilities(clusterId, director, specTag), c),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: fleetKeys.capabilities(clusterId, director) });
      void qc.invalidateQueries({ queryKey: fleetKeys.lint() });
    },
  });
}
