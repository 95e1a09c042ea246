'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useToast } from '../../../components/ui/toast';
import { client, data, errorText } from '../../../lib/api';
import { LivePanels } from '../../live/components/live-panels';
import { TrafficCharts } from '../../metrics/traffic-charts';
import { clusterKeys } from '../api/queries';
import { useCluster } from './cluster-frame';

/** Live: the topology picture and director cards, the real servers (drain/enable/disable), traffic history. */
export function LiveTab() {
  const { clusterId, spec, etag, socket, operate } = useCluster();
  const qc = useQueryClient();
  const toast = useToast();
  const adminState = useMutation({
    mutationFn: (v: { virtualService: string; realServer: string; adminState: 'enabled' | 'drained' | 'disabled' }) =>
      data(client().POST('/api/v1/clusters/{clusterId}/real-servers/admin-state', { params: { path: { clusterId } }, body: v, headers: etag ? { 'if-match': etag } : {} })),
    onSuccess: (_, v) => toast({ tone: 'ok', title: `${v.realServer} ${v.adminState}`, description: 'Saved in the topology: the next deployment applies it on the directors.' }),
    onError: (e) => toast({ tone: 'bad', title: 'Not changed', description: errorText(e) }),
    onSettled: () => qc.invalidateQueries({ queryKey: clusterKeys.one(clusterId) }),
  });
  return (
    <>
      <LivePanels
        socket={socket}
        clusterId={clusterId}
        spec={spec}
        canChange={!operate ? 'Needs the operator role' : undefined}
        busy={adminState.isPending}
        onAdminState={(virtualService, realServer, to) => adminState.mutate({ virtualService, realServer, adminState: to })}
      />
      <TrafficCharts clusterId={clusterId} />
    </>
  );
}
