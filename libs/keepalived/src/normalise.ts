import { type ClusterSpec, type ClusterSpecInput, ClusterSpecSchema, type HealthCheck, type RealServer } from '@lvs/domain';
import { mergeOrders } from './merge-order';
import { rendersAsBackup, rendersAsFwmarkOnly, rendersServerPort, rendersUnicast, rendersVirtualService } from './render';

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
 * - fwmark services (and groups of fwmark members only) have no protocol (keepalived rejects one):
 *   TCP; a fwmark service's real and sorry servers have no port (keepalived clears it), a group's keep
 *   theirs (a group of fwmark members only: under NAT);
 * - a weight on the instance's own interface in track_interface goes with it;
 * - a sync group's empty notify, empty garp / global_defs objects, false ops / vmacXmitBase and empty
 *   schedulerFlags / SMTP hosts lists render nothing and are left out; a UDP_CHECK replyPattern is requireReply;
 * - `statusCodes` of one single code is `statusCode`;
 * - a real server's checkers in render order: without healthCheck, the first additional check is it;
 * - empty lists of the optional keepalived objects (vrrpScripts, extra, ...) and their false flags
 *   (initFail, reverse, fullCommand, overwrite) are left out;
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
    const trackInterfaces = inst.trackInterfaces.filter((i) => i !== inst.interface);
    const weights = Object.entries(inst.trackInterfaceWeights ?? {}).filter(([i]) => trackInterfaces.includes(i));
    return {
      ...inst,
      unicast: rendersUnicast(inst),
      preemptDelay: inst.nopreempt ? undefined : inst.preemptDelay,
      trackInterfaces,
      trackInterfaceWeights: weights.length ? Object.fromEntries(weights) : undefined,
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
  const vrrpSyncGroups = groupOrder.map((name) => {
    const { instances: _all, notify, ...rest } = spec.vrrpSyncGroups.find((g) => g.name === name)!;
    return {
      ...rest,
      instances: mergeOrders(perDirector.map((gs) => gs.find((g) => g.name === name)?.instances ?? [])),
      notify: notify && Object.values(notify).some((v) => v !== undefined) ? notify : undefined,
    };
  });

  const virtualServices =
    spec.mode === 'keepalived' && spec.directors.length > 0
      ? spec.virtualServices.filter(rendersVirtualService).map((vs) => {
          // A group keeps its real servers' ports (fwmark members only: under NAT); a fwmark service does not.
          return {
            ...vs,
            protocol: rendersAsFwmarkOnly(vs, spec.virtualServerGroups) ? ('TCP' as const) : vs.protocol,
            sorryServer:
              vs.sorryServer && !rendersServerPort(vs, undefined, spec.virtualServerGroups)
                ? { address: vs.sorryServer.address }
                : vs.sorryServer,
            realServers: vs.realServers
              .filter((rs) => rs.adminState !== 'disabled')
              .map((rs) => ({
                ...rs,
                port: rendersServerPort(vs, rs.forwarding, spec.virtualServerGroups) ? rs.port : undefined,
                weight: rs.adminState === 'drained' ? 0 : rs.weight,
                adminState: 'enabled' as const,
                // Checkers come back in the order rendered: the first is healthCheck.
                ...checksOf([rs.healthCheck, ...(rs.additionalChecks ?? [])]),
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
    globalDefs: spec.globalDefs,
    vrrpScripts: spec.vrrpScripts,
    trackFiles: spec.trackFiles,
    trackProcesses: spec.trackProcesses,
    // Rendered with the virtual servers: not in ipvsadm mode.
    virtualServerGroups: spec.mode === 'keepalived' && spec.directors.length > 0 ? spec.virtualServerGroups : undefined,
    extra: spec.extra,
  };
  return dropEmptyLists(ClusterSpecSchema.parse(input));
}

function checksOf(all: (HealthCheck | undefined)[]): Pick<RealServer, 'healthCheck' | 'additionalChecks'> {
  const [first, ...rest] = all.filter((c): c is HealthCheck => c !== undefined).map(asRendered);
  return { healthCheck: first, additionalChecks: rest.length ? rest : undefined };
}

/** MISC_CHECK has no connect_timeout: render writes it as misc_timeout. */
function asRendered(hc: HealthCheck): HealthCheck {
  if (hc.type === 'MISC_CHECK') return { ...hc, timeout: hc.timeout ?? hc.connectTimeout, connectTimeout: undefined };
  // `require_reply PATTERN` reads back as requireReply with its pattern.
  if (hc.type === 'UDP_CHECK' && hc.replyPattern !== undefined) return { ...hc, requireReply: true };
  if (hc.type === 'HTTP_GET' || hc.type === 'SSL_GET') {
    // `status_code 503` reads back as the single statusCode.
    const urls = hc.urls.map((u) =>
      u.statusCodes?.length === 1 && /^\d+$/.test(u.statusCodes[0])
        ? { ...u, statusCode: Number(u.statusCodes[0]), statusCodes: undefined }
        : u,
    );
    return { ...hc, urls };
  }
  return hc;
}

/** Optional lists that render nothing when empty (and so parse back as absent). */
const OPTIONAL_LISTS = new Set([
  'additionalChecks',
  'extra',
  'trackScripts',
  'trackFiles',
  'trackProcesses',
  'vrrpScripts',
  'virtualServerGroups',
  'schedulerFlags',
  'hosts',
]);
/** Optional objects that render nothing when they hold nothing. */
const OPTIONAL_OBJECTS = new Set(['garp', 'globalDefs']);

/** Optional flags that render nothing when false. */
const OPTIONAL_FLAGS = new Set(['initFail', 'reverse', 'fullCommand', 'overwrite', 'trackingWeight', 'ops', 'vmacXmitBase']);

function dropEmptyLists<T>(v: T): T {
  if (Array.isArray(v)) {
    v.forEach(dropEmptyLists);
    return v;
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (OPTIONAL_LISTS.has(k) && Array.isArray(o[k]) && (o[k] as unknown[]).length === 0) delete o[k];
      else if (OPTIONAL_FLAGS.has(k) && o[k] === false) delete o[k];
      else if (k !== 'block') {
        dropEmptyLists(o[k]);
        if (OPTIONAL_OBJECTS.has(k) && o[k] && typeof o[k] === 'object' && Object.keys(o[k] as object).length === 0) delete o[k];
      }
    }
  }
  return v;
}
