import { type ClusterSpec, type ClusterSpecInput, ClusterSpecSchema } from '@lvs/domain';
import { mergeOrders } from './merge-order';
import { rendersAsBackup, rendersUnicast, rendersVirtualService } from './render';

/**
 * The spec as the rendered keepalived.conf files of all its directors carry it — exactly what
 * `importCluster(spec.name, <render of each director with its address>)` gives back. The
 * differences from the spec are the documented normalisations of render():
 * - what keepalived.conf does not hold: the description and the directors' SSH and reload
 *   settings (defaults), the mode (`keepalived`; an `ipvsadm`-mode cluster renders no virtual_server);
 * - real servers: `disabled` ones are not rendered; `drained` ones are rendered as weight 0;
 * - VRRP: a MASTER state under nopreempt/preempt_delay is rendered BACKUP; unicast with one member
 *   is rendered as multicast; members come in director order;
 * - sync groups hold only the instances some director has two or more of (keepalived refuses
 *   a group of one); instance and group order is what the per-director files imply;
 * - fwmark services have no protocol (keepalived rejects one): TCP; their real and sorry servers
 *   have no port (keepalived clears it);
 * - a virtual service with no real server left to render is left out (keepalived ignores it);
 * - preempt_delay under nopreempt, and the instance's own interface in track_interface, are left
 *   out (keepalived resets/ignores them); MISC_CHECK's connect_timeout becomes misc_timeout.
 */
export function normaliseForRender(spec: ClusterSpec): ClusterSpec {
  const directorOrder = spec.directors.map((d) => d.name);
  const isMember = (instName: string, director: string) =>
    spec.vrrpInstances.find((i) => i.name === instName)?.members.some((m) => m.director === director) ?? false;

  const instanceOrder = mergeOrders(
    directorOrder.map((d) => spec.vrrpInstances.filter((i) => i.members.some((m) => m.director === d)).map((i) => i.name)),
  );
  const vrrpInstances = instanceOrder.map((n) => {
    const inst = spec.vrrpInstances.find((i) => i.name === n)!;
    const members = directorOrder.flatMap((d) => {
      const m = inst.members.find((x) => x.director === d);
      return m ? [{ ...m, state: rendersAsBackup(inst) ? ('BACKUP' as const) : m.state }] : [];
    });
    return {
      ...inst,
      unicast: rendersUnicast(inst),
      preemptDelay: inst.nopreempt ? undefined : inst.preemptDelay,
      trackInterfaces: inst.trackInterfaces.filter((i) => i !== inst.interface),
      members,
    };
  });

  // Per director: the groups it renders (two or more of its instances), in spec order.
  const perDirector = directorOrder.map((d) =>
    spec.vrrpSyncGroups.flatMap((g) => {
      const mine = g.instances.filter((n) => isMember(n, d));
      return mine.length >= 2 ? [{ name: g.name, instances: mine }] : [];
    }),
  );
  const groupOrder = mergeOrders(perDirector.map((gs) => gs.map((g) => g.name)));
  const vrrpSyncGroups = groupOrder.map((name) => ({
    name,
    instances: mergeOrders(perDirector.map((gs) => gs.find((g) => g.name === name)?.instances ?? [])),
  }));

  const virtualServices =
    spec.mode === 'keepalived' && spec.directors.length > 0
      ? spec.virtualServices.filter(rendersVirtualService).map((vs) => {
          const fwmark = vs.fwmark !== undefined;
          return {
            ...vs,
            protocol: fwmark ? ('TCP' as const) : vs.protocol,
            sorryServer: vs.sorryServer && fwmark ? { address: vs.sorryServer.address } : vs.sorryServer,
            realServers: vs.realServers
              .filter((rs) => rs.adminState !== 'disabled')
              .map((rs) => ({
                ...rs,
                port: fwmark ? undefined : rs.port,
                weight: rs.adminState === 'drained' ? 0 : rs.weight,
                adminState: 'enabled' as const,
                healthCheck:
                  rs.healthCheck?.type === 'MISC_CHECK'
                    ? { ...rs.healthCheck, timeout: rs.healthCheck.timeout ?? rs.healthCheck.connectTimeout, connectTimeout: undefined }
                    : rs.healthCheck,
              })),
          };
        })
      : [];

  const input: ClusterSpecInput = {
    apiVersion: spec.apiVersion,
    name: spec.name,
    mode: 'keepalived',
    directors: spec.directors.map((d) => ({ name: d.name, address: d.address })),
    vrrpInstances,
    vrrpSyncGroups,
    virtualServices,
  };
  return ClusterSpecSchema.parse(input);
}
