import { type ClusterSpec, realServerKey, virtualServiceKey } from '@lvs/domain';

/**
 * Edits that one keepalived reload does not apply cleanly (DESIGN.md section 5, from keepalived's
 * man page and issue tracker). `plan` lists them so an operator sees them before deploying.
 */
export type ReloadHazardKind = 'vip-moved' | 'vrid-changed' | 'instance-removed' | 'real-server-removed';

export interface ReloadHazard {
  kind: ReloadHazardKind;
  /** Where in the new spec (or the deployed one, for what was removed). */
  path: string;
  message: string;
}

const bare = (cidr: string) => cidr.split('/')[0];

/**
 * What in going from the deployed spec to `next` one reload can get wrong: a VIP moved between
 * VRRP instances (lost on reload: remove it from the old instance in one deployment, add it to the
 * new one in another), an instance's virtual_router_id changed (its VIPs may drop: expect a
 * failover), an instance removed (its VIPs go with it), and a real server removed while it may
 * still carry connections (a reload cuts them: drain it first, wait for ActiveConn to fall, then
 * remove it). Nothing is a hazard on a first deployment.
 */
export function reloadHazards(deployed: ClusterSpec | null, next: ClusterSpec): ReloadHazard[] {
  if (!deployed) return [];
  const out: ReloadHazard[] = [];
  const ownerBefore = new Map<string, string>();
  for (const inst of deployed.vrrpInstances) for (const v of inst.vips) ownerBefore.set(bare(v.address), inst.name);
  const nextByName = new Map(next.vrrpInstances.map((i, n) => [i.name, { inst: i, n }]));

  next.vrrpInstances.forEach((inst, i) => {
    inst.vips.forEach((v, j) => {
      const was = ownerBefore.get(bare(v.address));
      if (was !== undefined && was !== inst.name && nextByName.has(was)) {
        out.push({
          kind: 'vip-moved',
          path: `vrrpInstances[${i}].vips[${j}]`,
          message: `VIP ${bare(v.address)} moves from instance ${was} to ${inst.name}: one reload can lose it. Deploy its removal from ${was} first, then its addition to ${inst.name}.`,
        });
      }
    });
  });
  deployed.vrrpInstances.forEach((old) => {
    const now = nextByName.get(old.name);
    if (!now) {
      const vips = old.vips.map((v) => bare(v.address));
      const kept = vips.filter((a) => next.vrrpInstances.some((x) => x.vips.some((v) => bare(v.address) === a)));
      out.push({
        kind: 'instance-removed',
        path: `vrrpInstances`,
        message: `Instance ${old.name} is removed: its VIPs (${vips.join(', ') || 'none'}) leave the directors on reload${kept.length ? `; ${kept.join(', ')} moving to another instance take a second deployment` : ''}.`,
      });
    } else if (now.inst.virtualRouterId !== old.virtualRouterId) {
      out.push({
        kind: 'vrid-changed',
        path: `vrrpInstances[${now.n}].virtualRouterId`,
        message: `Instance ${old.name} changes virtual_router_id ${old.virtualRouterId} → ${now.inst.virtualRouterId}: on reload it re-elects under the new id and its VIPs can drop for a moment; expect a failover.`,
      });
    }
  });

  for (const r of removedUndrained(deployed, next)) {
    out.push({
      kind: 'real-server-removed',
      path: `virtualServices[${r.serviceIndex}].realServers`,
      message: `Real server ${r.realServer} leaves ${r.service} without being drained: a reload that removes it cuts its open connections. Drain it first (adminState drained), deploy, wait for its ActiveConn to fall, then remove it.`,
    });
  }
  return out;
}

interface RemovedRealServer {
  service: string;
  serviceIndex: number;
  realServer: string;
  /** Its definition in the deployed spec. */
  was: ClusterSpec['virtualServices'][number]['realServers'][number];
}

/** Enabled real servers of the deployed spec that `next` removes from a service it keeps. */
function removedUndrained(deployed: ClusterSpec, next: ClusterSpec): RemovedRealServer[] {
  const out: RemovedRealServer[] = [];
  const nextServices = new Map(next.virtualServices.map((vs, i) => [virtualServiceKey(vs), { vs, i }]));
  for (const old of deployed.virtualServices) {
    const now = nextServices.get(virtualServiceKey(old));
    if (!now) continue; // a removed service is removed whole: nothing to drain into
    const kept = new Set(now.vs.realServers.map((rs) => realServerKey({ address: rs.address, port: rs.port ?? now.vs.port })));
    for (const rs of old.realServers) {
      // disabled: not in the deployed config at all; drained: the recommended way out, already taken
      if (rs.adminState !== 'enabled') continue;
      const key = realServerKey({ address: rs.address, port: rs.port ?? old.port });
      if (!kept.has(key)) out.push({ service: virtualServiceKey(old), serviceIndex: now.i, realServer: key, was: rs });
    }
  }
  return out;
}

/**
 * The intermediate spec of a drain-first deployment: `next` with every real server it removes
 * without draining put back as drained (weight 0: no new connections, open ones finish), or null
 * when nothing needs it. Deploy it, wait for those real servers' ActiveConn to fall, then deploy
 * `next`.
 */
export function drainStage(deployed: ClusterSpec | null, next: ClusterSpec): { spec: ClusterSpec; drained: { service: string; realServer: string }[] } | null {
  if (!deployed) return null;
  const removed = removedUndrained(deployed, next);
  if (!removed.length) return null;
  const spec = structuredClone(next);
  for (const r of removed) spec.virtualServices[r.serviceIndex].realServers.push({ ...structuredClone(r.was), adminState: 'drained' });
  return { spec, drained: removed.map(({ service, realServer }) => ({ service, realServer })) };
}
