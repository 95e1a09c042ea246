import type { RealServer, VirtualService } from '@lvs/domain';

// The keys of libs/domain (virtualServiceKey, realServerKey), restated: importing values from
// @lvs/domain would bring zod into the page bundle for two one-line functions.
// A virtual_server group service is `group:NAME`, as the API's live state and `?key=` spell it.
export const vsKey = (vs: Pick<VirtualService, 'vip' | 'port' | 'protocol' | 'fwmark'> & { group?: string }) =>
  vs.group !== undefined
    ? `group:${vs.group}`
    : vs.fwmark !== undefined
      ? `fwmark:${vs.fwmark}`
      : `${vs.vip?.includes(':') ? `[${vs.vip}]` : vs.vip}:${vs.port ?? 0}/${vs.protocol}`;
export const rsKey = (rs: Pick<RealServer, 'address' | 'port'>) =>
  `${rs.address.includes(':') ? `[${rs.address}]` : rs.address}:${rs.port ?? 0}`;
/** The key of a real server in ClusterLiveState.realServers: `service>realServer`. */
export const rowKey = (vs: Parameters<typeof vsKey>[0], rs: Parameters<typeof rsKey>[0]) => `${vsKey(vs)}>${rsKey(rs)}`;
