import { type ClusterSpec, realServerKey, scriptChanges, virtualServiceKey } from '@lvs/domain';

/**
 * Edits that one keepalived reload does not apply cleanly (docs/deployment-pipeline.md, from keepalived's
 * man page and issue tracker). `plan` lists them so an operator sees them before deploying.
 */
export type ReloadHazardKind = 'vip-moved' | 'vrid-changed' | 'instance-removed' | 'real-server-removed' | 'script-changed';

export interface ReloadHazard {
  kind: ReloadHazardKind;
  /** Where in the new spec (or the deployed one, for what was removed). */
  path: string;
  message: string;
  /** script-changed: the directors that run it (as root). */
  directors?: string[];
  /** script-changed: the script as it will be (as it was, when removed). */
  script?: string;
  /** script-changed: the deployed text of a changed script. */
  previous?: string;
}

/** `virtualServices.0.realServers.2.healthCheck.script` → `virtualServices[0].realServers[2].healthCheck.script`, as the other hazards spell paths. */
const bracketed = (path: string) => path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');

/**
 * Every script added, changed or removed since the deployed spec (all of them on a first
 * deployment): keepalived runs them as root on the directors named, so the plan shows each with its
 * text (docs/trust-model.md).
 */
export function scriptHazards(deployed: ClusterSpec | null, next: ClusterSpec): ReloadHazard[] {
  return scriptChanges(deployed, next).map((c) => {
    const on = c.directors.length ? `on ${c.directors.join(', ')}` : 'on no director (not rendered)';
    const what =
      c.change === 'added'
        ? `is added: keepalived runs "${c.script}" as root ${on}`
        : c.change === 'changed'
          ? `changes from "${c.previous}" to "${c.script}": keepalived runs it as root ${on}`
          : `is removed ("${c.script}", ran as root ${on})`;
    return {
      kind: 'script-changed' as const,
      path: bracketed(c.path),
      message: `Script ${c.keyword} (${c.key}) ${what}.`,
      directors: c.directors,
      script: c.script,
      ...(c.previous !== undefined && { previous: c.previous }),
    };
  });
}

/** What the plan and the deployment record list: the reload hazards, then the script changes. */
export function planHazards(deployed: ClusterSpec | null, next: ClusterSpec): ReloadHazard[] {
  return [...reloadHazards(deployed, next), ...scriptHazards(deployed, next)];
}

const bare = (cidr: string) => cidr.split('/')[0];

/**
 * What in going from the deployed spec to `next` one reload can get wrong: a VIP moved between
 * VRRP instances (lost on reload: the deployment takes it off the old instance in a first stage and
 * adds it to the new one in the second), an instance's virtual_router_id changed (its VIPs may drop: expect a
 * failover), an instance removed (its VIPs go with it), and a real server removed while it may
 * still carry connections (a reload cuts them: drain it first, wait for ActiveConn to fall, then
 * remove it). Nothing is a hazard on a first deployment.
 */
export function reloadHazards(deployed: ClusterSpec | null, next: ClusterSpec): ReloadHazard[] {
  if (!deployed) return [];
  const out: ReloadHazard[] = [];
  const nextByName = new Map(next.vrrpInstances.map((i, n) => [i.name, { inst: i, n }]));

  for (const m of movedVips(deployed, next)) {
    out.push({
      kind: 'vip-moved',
      path: `vrrpInstances[${m.toIndex}].vips[${m.vipIndex}]`,
      message: `VIP ${m.vip} moves from instance ${m.from} to ${m.to}: one reload can lose it. The deployment takes it off ${m.from} in a first stage and adds it to ${m.to} in the second.`,
    });
  }
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
      message: `Real server ${r.realServer} leaves ${r.service} without being drained: a reload that removes it cuts its open connections. The deployment drains it in a first stage and waits for its ActiveConn to fall before removing it (unless drainFirst is false).`,
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

interface MovedVip {
  vip: string;
  from: string;
  to: string;
  toIndex: number;
  vipIndex: number;
}

/** VIPs that `next` carries in another instance than the deployed spec did (both instances kept). */
function movedVips(deployed: ClusterSpec, next: ClusterSpec): MovedVip[] {
  const ownerBefore = new Map<string, string>();
  for (const inst of deployed.vrrpInstances) for (const v of inst.vips) ownerBefore.set(bare(v.address), inst.name);
  const kept = new Set(next.vrrpInstances.map((i) => i.name));
  const out: MovedVip[] = [];
  next.vrrpInstances.forEach((inst, toIndex) =>
    inst.vips.forEach((v, vipIndex) => {
      const from = ownerBefore.get(bare(v.address));
      if (from !== undefined && from !== inst.name && kept.has(from))
        out.push({ vip: bare(v.address), from, to: inst.name, toIndex, vipIndex });
    }),
  );
  return out;
}

export interface InterimStage {
  spec: ClusterSpec;
  /** Real servers the revision removes, kept drained in this stage. */
  drained: { service: string; realServer: string }[];
  /** VIPs moving between instances, carried by neither in this stage. */
  heldVips: { vip: string; from: string; to: string }[];
}

/**
 * The first of a two-stage deployment, for what one reload does not apply cleanly
 * (docs/deployment-pipeline.md), or null when nothing needs it: `next`, but with every real server it removes without
 * draining put back as drained (weight 0: no new connections, open ones finish), and every VIP it
 * moves between instances carried by neither (the old instance lets it go in this stage, the new
 * one takes it in the second). An instance that would carry no VIP in this stage (new, and given
 * only moved ones) waits for the second stage too. Deploy it, wait for the drained real servers'
 * ActiveConn to fall, then deploy `next`.
 */
export function interimStage(deployed: ClusterSpec | null, next: ClusterSpec): InterimStage | null {
  if (!deployed) return null;
  const removed = removedUndrained(deployed, next);
  const moved = movedVips(deployed, next);
  if (!removed.length && !moved.length) return null;
  const spec = structuredClone(next);
  for (const r of removed) spec.virtualServices[r.serviceIndex].realServers.push({ ...structuredClone(r.was), adminState: 'drained' });
  const held = new Set(moved.map((m) => `${m.to}>${m.vip}`));
  for (const inst of spec.vrrpInstances) inst.vips = inst.vips.filter((v) => !held.has(`${inst.name}>${bare(v.address)}`));
  const deployedNames = new Set(deployed.vrrpInstances.map((i) => i.name));
  spec.vrrpInstances = spec.vrrpInstances.filter((i) => i.vips.length > 0 || deployedNames.has(i.name));
  const left = new Set(spec.vrrpInstances.map((i) => i.name));
  spec.vrrpSyncGroups = spec.vrrpSyncGroups
    .map((g) => ({ ...g, instances: g.instances.filter((n) => left.has(n)) }))
    .filter((g) => g.instances.length > 1);
  return {
    spec,
    drained: removed.map(({ service, realServer }) => ({ service, realServer })),
    heldVips: moved.map(({ vip, from, to }) => ({ vip, from, to })),
  };
}
