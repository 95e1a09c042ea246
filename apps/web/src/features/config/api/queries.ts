import { queryOptions } from '@tanstack/react-query';
import { type Answer, api } from '../../../lib/api';
import { locate } from '../../edit/api/resources';

export type RealServerChecks = Answer<'/api/v1/clusters/{clusterId}/virtual-services/{serviceId}/real-servers/{realServerId}/checks'>;

export const configKeys = {
  // Not under the cluster's key: an edit must not run SSH checks again behind the operator's back,
  // nor ask for a real server it just deleted ("Check again" reads them anew).
  checks: (clusterId: string, service: string, realServer: string) => ['real-server-checks', clusterId, service, realServer] as const,
};

/**
 * A real server's preparation checks (DR: the VIP on lo, arp_ignore/arp_announce, rp_filter; NAT:
 * the default route; TUN: the ipip device). The API runs them over SSH *now*, so they are read only
 * when the operator opens them, and again only on "Check again". The spec names real servers by
 * natural key; the checks route wants ids, found the way the editors find them.
 */
export const realServerChecksQuery = (clusterId: string, service: string, realServer: string) =>
  queryOptions({
    queryKey: configKeys.checks(clusterId, service, realServer),
    queryFn: async () => {
      const at = await locate(clusterId, { kind: 'realServer', mode: 'edit', key: realServer, service });
      return (await api<RealServerChecks>('GET', `${at.url}/checks`)).data;
    },
    staleTime: Infinity,
    retry: false,
  });
