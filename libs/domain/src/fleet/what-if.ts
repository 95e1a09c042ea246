import type { ClusterLiveState } from '../live';
import { ipAddress, isIpv6 } from '../primitives';
import { type ClusterSpec, realServerKey, type VrrpInstance, virtualServiceKey } from '../spec';
import { compareAddresses } from './net';
import { effectivePriority, trackedObjects } from './priority';

/**
 * Failover what-if: which director becomes MASTER of each VRRP instance, which VIPs move, and what
 * each virtual service keeps, when a director, an interface, a tracked script or a real server
 * fails — from the spec and (when given) the live state, with keepalived's rules (see priority.ts):
 * - a director that is down (or whose keepalived is) takes part in no election;
 * - an instance in FAULT on a director (its interface down, an unweighted tracked object failing)
 *   cannot be MASTER there; weighted objects move the effective priority;
 * - in a vrrp_sync_group an instance in FAULT takes the group's other instances on that director
 *   with it (keepalived.conf(5), "VRRP synchronization group(s)");
 * - the highest effective priority wins, a tie goes to the higher primary address (RFC 3768 6.4.3;
 *   the director's address stands in for it); with `nopreempt` the current MASTER keeps the role
 *   while it can hold it;
 * - the new MASTER takes over after the master-down interval (3 × advert_int + skew, skew =
 *   (256 − priority) / 256 × advert_int) when the old one vanished, after the skew alone when the old
 *   one went to FAULT (it sends a priority-0 advert), and after preempt_delay plus the master-down
 *   interval when it preempts a MASTER whose priority fell.
 */

export type Failure =
  | { kind: 'director'; director: string }
  | { kind: 'interface'; name: string; director: string }
  | { kind: 'script'; name: string; director?: string }
  | { kind: 'real-server'; address: string; port?: number };

/** The live state the what-if reads, as `GET /clusters/:id/state` answers it (any part may be missing). */
export type WhatIfLive = Partial<Pick<ClusterLiveState, 'directors' | 'instances' | 'realServers'>>;

export type MemberOutcome = 'MASTER' | 'BACKUP' | 'FAULT' | 'DOWN';

export interface WhatIfInstance {
  name: string;
  before: string | null;
  after: string | null;
  changed: boolean;
  members: { director: string; state: MemberOutcome; priority: number | null; base: number; why: string[] }[];
  vips: string[];
  /** Seconds from the failure until the new MASTER holds the VIPs (estimate by keepalived's timers); absent when nothing moves. */
  takeoverSeconds?: number;
  notes: string[];
}

export interface WhatIfService {
  service: string;
  vip: string | null;
  /** The director holding the service's VIP after the failure (null: nobody; undefined: no VIP of an instance — fwmark/group). */
  directorBefore?: string | null;
  directorAfter?: string | null;
  realServers: { total: number; before: number; after: number };
  weight: { before: number; after: number };
  lost: string[];
  quorum: number;
  belowQuorumBefore: boolean;
  belowQuorumAfter: boolean;
  /** Nobody answers for the VIP after the failure, or the service fell below its quorum. */
  down: boolean;
}

export interface WhatIfResult {
  failures: Failure[];
  /** Directors that take part in no election afterwards, with why (the failure, or the live state). */
  downDirectors: { director: string; why: string }[];
  instances: WhatIfInstance[];
  vips: { address: string; instance: string; from: string | null; to: string | null }[];
  services: WhatIfService[];
  summary: string[];
}

const FAIL_RE = {
  director: /^director:([A-Za-z0-9_][A-Za-z0-9_.:@-]{0,63})$/,
  interface: /^interface:([A-Za-z0-9_.:-]{1,15})@([A-Za-z0-9_][A-Za-z0-9_.:@-]{0,63})$/,
  script: /^script:([A-Za-z0-9_][A-Za-z0-9_.:-]{0,63})(?:@([A-Za-z0-9_][A-Za-z0-9_.:@-]{0,63}))?$/,
  realServer: /^real-server:(?:\[([0-9A-Fa-f:.]+)\]|([0-9.]+)|([0-9A-Fa-f:]+))(?::(\d{1,5}))?$/,
};

export const FAILURE_SYNTAX =
  'director:NAME, interface:IF@DIRECTOR, script:NAME[@DIRECTOR] or real-server:IP[:PORT] (several separated by commas)';

/** Parses `fail` (comma-separated); the error names the part that is wrong. */
export function parseFailures(text: string): { failures: Failure[] } | { error: string } {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return { error: `must name what fails: ${FAILURE_SYNTAX}` };
  if (parts.length > 16) return { error: 'at most 16 failures at once' };
  const failures: Failure[] = [];
  for (const p of parts) {
    let m: RegExpExecArray | null;
    if ((m = FAIL_RE.director.exec(p))) failures.push({ kind: 'director', director: m[1] });
    else if ((m = FAIL_RE.interface.exec(p))) failures.push({ kind: 'interface', name: m[1], director: m[2] });
    else if ((m = FAIL_RE.script.exec(p)))
      failures.push(m[2] ? { kind: 'script', name: m[1], director: m[2] } : { kind: 'script', name: m[1] });
    else if ((m = FAIL_RE.realServer.exec(p))) {
      // an IPv6 address without brackets takes no port (its last group would be read as one)
      const address = (m[1] ?? m[2] ?? m[3]).toLowerCase();
      const port = m[3] !== undefined ? undefined : m[4] !== undefined ? Number(m[4]) : undefined;
      if (m[3] !== undefined && m[4] !== undefined)
        return { error: `"${p}": write an IPv6 real server with a port as real-server:[ADDRESS]:PORT` };
      if (!ipAddress.safeParse(address).success) return { error: `"${p}": ${address} is not an IPv4 or IPv6 address` };
      if (port !== undefined && (port < 1 || port > 65535)) return { error: `"${p}": the port must be 1-65535` };
      failures.push(port === undefined ? { kind: 'real-server', address } : { kind: 'real-server', address, port });
    } else return { error: `"${p}" is not a failure: ${FAILURE_SYNTAX}` };
  }
  return { failures };
}

/** Failures that name nothing in the spec (a typo would otherwise answer "nothing changes"). */
export function failureProblems(spec: ClusterSpec, failures: readonly Failure[]): string[] {
  const out: string[] = [];
  const directors = new Set(spec.directors.map((d) => d.name));
  const instancesOn = (d: string) => spec.vrrpInstances.filter((i) => i.members.some((m) => m.director === d));
  for (const f of failures) {
    if ('director' in f && f.director !== undefined && !directors.has(f.director)) {
      out.push(`no director named "${f.director}" in this cluster`);
      continue;
    }
    if (f.kind === 'interface') {
      const used = instancesOn(f.director).some((i) => i.interface === f.name || i.trackInterfaces.includes(f.name));
      if (!used) out.push(`no VRRP instance on ${f.director} runs on or tracks interface ${f.name}`);
    } else if (f.kind === 'script') {
      if (!(spec.vrrpScripts ?? []).some((s) => s.name === f.name)) out.push(`no vrrp_script named "${f.name}" in this cluster`);
      else {
        const on = f.director ? instancesOn(f.director) : spec.vrrpInstances;
        if (!on.some((i) => (i.trackScripts ?? []).some((t) => t.name === f.name)))
          out.push(`no VRRP instance${f.director ? ` on ${f.director}` : ''} tracks vrrp_script ${f.name}`);
      }
    } else if (f.kind === 'real-server') {
      if (!spec.virtualServices.some((vs) => vs.realServers.some((rs) => matchesRealServer(f, rs.address, rs.port ?? vs.port))))
        out.push(`no virtual service has real server ${describeFailure(f).slice('real server '.length)}`);
    }
  }
  return out;
}

function matchesRealServer(f: Extract<Failure, { kind: 'real-server' }>, address: string, port: number | undefined): boolean {
  return address.toLowerCase() === f.address && (f.port === undefined || f.port === (port ?? 0));
}

export function describeFailure(f: Failure): string {
  switch (f.kind) {
    case 'director':
      return `director ${f.director}`;
    case 'interface':
      return `interface ${f.name} on ${f.director}`;
    case 'script':
      return `vrrp_script ${f.name}${f.director ? ` on ${f.director}` : ' on every director'}`;
    case 'real-server':
      return `real server ${isIpv6(f.address) && f.port !== undefined ? `[${f.address}]` : f.address}${f.port !== undefined ? `:${f.port}` : ''}`;
  }
}

interface Election {
  master: string | null;
  members: WhatIfInstance['members'];
}

/** One instance's election given the directors that are down and the objects that fail per director. */
function elect(
  spec: ClusterSpec,
  inst: VrrpInstance,
  down: ReadonlyMap<string, string>,
  failed: ReadonlyMap<string, Set<string>>,
  forcedFault: ReadonlyMap<string, string>,
  current: string | null,
): Election {
  const objects = trackedObjects(spec, inst);
  const members: WhatIfInstance['members'] = inst.members.map((m) => {
    if (down.has(m.director))
      return { director: m.director, state: 'DOWN' as const, priority: null, base: m.priority, why: [down.get(m.director)!] };
    const e = effectivePriority(spec, inst, m.director, failed.get(m.director) ?? new Set(), objects);
    const forced = forcedFault.get(m.director);
    if (forced && e.priority !== null)
      return { director: m.director, state: 'FAULT' as const, priority: null, base: m.priority, why: [...e.terms, forced] };
    return {
      director: m.director,
      state: e.priority === null ? ('FAULT' as const) : ('BACKUP' as const),
      priority: e.priority,
      base: m.priority,
      why: e.terms,
    };
  });
  const address = new Map(spec.directors.map((d) => [d.name, d.address]));
  const candidates = members.filter((m) => m.priority !== null);
  let master: string | null = null;
  if (inst.nopreempt && current && candidates.some((c) => c.director === current)) master = current;
  else if (candidates.length)
    master = [...candidates].sort(
      (a, b) => b.priority! - a.priority! || compareAddresses(address.get(b.director) ?? '', address.get(a.director) ?? ''),
    )[0].director;
  for (const m of members) if (m.director === master) m.state = 'MASTER';
  return { master, members };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Computes the what-if; `failures` should have passed failureProblems. */
export function whatIf(spec: ClusterSpec, live: WhatIfLive | undefined, failures: readonly Failure[]): WhatIfResult {
  // the state now: directors the live state sees down, and what it says each instance's MASTER is
  const liveDown = new Map<string, string>();
  for (const d of spec.directors) {
    const l = live?.directors?.[d.name];
    if (l && !l.reachable) liveDown.set(d.name, `unreachable now${l.reason ? ` (${l.reason})` : ''}`);
    else if (l && l.keepalived === 'stopped') liveDown.set(d.name, 'keepalived is not running there now');
  }
  const down = new Map(liveDown);
  const failed = new Map<string, Set<string>>();
  const fail = (director: string, key: string) => failed.set(director, new Set([...(failed.get(director) ?? []), key]));
  for (const f of failures) {
    if (f.kind === 'director') down.set(f.director, `fails (${describeFailure(f)})`);
    else if (f.kind === 'interface') fail(f.director, `interface:${f.name}`);
    else if (f.kind === 'script')
      for (const d of f.director ? [f.director] : spec.directors.map((x) => x.name)) fail(d, `script:${f.name}`);
  }

  const electAll = (
    dn: ReadonlyMap<string, string>,
    fl: ReadonlyMap<string, Set<string>>,
    currentOf: (i: VrrpInstance) => string | null,
  ) => {
    let forced = new Map<string, Map<string, string>>(); // instance → director → why
    let result = new Map<string, Election>();
    // two passes: a FAULT in a sync group takes the group's other instances on that director along
    for (let pass = 0; pass < 2; pass++) {
      result = new Map(spec.vrrpInstances.map((i) => [i.name, elect(spec, i, dn, fl, forced.get(i.name) ?? new Map(), currentOf(i))]));
      const next = new Map<string, Map<string, string>>();
      for (const g of spec.vrrpSyncGroups) {
        for (const name of g.instances) {
          for (const m of result.get(name)?.members ?? []) {
            if (m.state !== 'FAULT') continue;
            for (const other of g.instances) {
              if (other === name) continue;
              const map = next.get(other) ?? new Map<string, string>();
              if (!map.has(m.director)) map.set(m.director, `sync group ${g.name}: ${name} is in FAULT on ${m.director}`);
              next.set(other, map);
            }
          }
        }
      }
      if (next.size === 0) break;
      forced = next;
    }
    return result;
  };

  const liveMaster = (i: VrrpInstance) => {
    const l = live?.instances?.[i.name];
    return l ? l.master : undefined;
  };
  const steady = electAll(liveDown, new Map(), () => null);
  const beforeOf = (i: VrrpInstance) => {
    const l = liveMaster(i);
    return l !== undefined ? l : (steady.get(i.name)?.master ?? null);
  };
  const after = electAll(down, failed, beforeOf);

  const instances: WhatIfInstance[] = spec.vrrpInstances.map((inst) => {
    const before = beforeOf(inst);
    const e = after.get(inst.name)!;
    const notes: string[] = [];
    const changed = before !== e.master;
    let takeoverSeconds: number | undefined;
    if (changed && e.master) {
      const p = e.members.find((m) => m.director === e.master)!.priority!;
      const skew = ((256 - p) * inst.advertInt) / 256;
      const old = before ? e.members.find((m) => m.director === before) : undefined;
      if (old?.state === 'FAULT') {
        takeoverSeconds = round2(skew);
        notes.push(`${before} goes to FAULT and sends a priority-0 advert: ${e.master} takes over after the skew time`);
      } else if (old && old.state !== 'DOWN') {
        takeoverSeconds = round2(3 * inst.advertInt + skew + (inst.preemptDelay ?? 0));
        notes.push(
          `${e.master} (${p}) preempts ${before} (${old.priority})${inst.preemptDelay ? ` after preempt_delay ${inst.preemptDelay} s` : ''}`,
        );
      } else takeoverSeconds = round2(3 * inst.advertInt + skew);
    }
    if (!e.master) notes.push('no member can be MASTER: the VIPs go nowhere');
    if (inst.nopreempt && e.master && before === e.master) {
      const best = e.members.filter((m) => m.priority !== null).sort((a, b) => b.priority! - a.priority!)[0];
      if (best && best.director !== e.master && best.priority! > (e.members.find((m) => m.director === e.master)!.priority ?? 0))
        notes.push(`nopreempt: ${e.master} stays MASTER although ${best.director} has the higher priority (${best.priority})`);
    }
    return {
      name: inst.name,
      before,
      after: e.master,
      changed,
      members: e.members,
      vips: inst.vips.map((v) => v.address),
      ...(takeoverSeconds !== undefined ? { takeoverSeconds } : {}),
      notes,
    };
  });
  for (const g of spec.vrrpSyncGroups) {
    const masters = new Set(g.instances.map((n) => instances.find((i) => i.name === n)?.after ?? null));
    if (masters.size > 1)
      for (const i of instances.filter((x) => g.instances.includes(x.name)))
        i.notes.push(
          `sync group ${g.name}: its instances elect different MASTERs (${[...masters].map((m) => m ?? 'none').join(', ')}); keepalived forces the group together, so expect re-elections`,
        );
  }

  const vips = instances.flatMap((i) => i.vips.map((address) => ({ address, instance: i.name, from: i.before, to: i.after })));
  const ownerOf = new Map(vips.map((v) => [v.address.split('/')[0].toLowerCase(), v]));
  const rsFailures = failures.filter((f): f is Extract<Failure, { kind: 'real-server' }> => f.kind === 'real-server');

  const services: WhatIfService[] = spec.virtualServices.map((vs) => {
    const key = virtualServiceKey(vs);
    const serving = vs.realServers.filter((r) => r.adminState !== 'disabled');
    const liveUp = (rsKey: string) => live?.realServers?.[`${key}>${rsKey}`]?.state !== 'down';
    const weightOf = (r: (typeof serving)[number]) => (r.adminState === 'drained' ? 0 : r.weight);
    const beforeList = serving.filter((r) => liveUp(realServerKey(r)));
    const lostNow = beforeList.filter((r) => rsFailures.some((f) => matchesRealServer(f, r.address, r.port ?? vs.port)));
    const afterList = beforeList.filter((r) => !lostNow.includes(r));
    const quorum = vs.quorum ?? 1;
    const threshold = quorum - (vs.hysteresis ?? 0);
    const wBefore = beforeList.reduce((t, r) => t + weightOf(r), 0);
    const wAfter = afterList.reduce((t, r) => t + weightOf(r), 0);
    const owner = vs.vip ? ownerOf.get(vs.vip.toLowerCase()) : undefined;
    const belowAfter = serving.length > 0 && wAfter < threshold;
    return {
      service: key,
      vip: vs.vip ?? null,
      ...(owner ? { directorBefore: owner.from, directorAfter: owner.to } : {}),
      realServers: { total: serving.length, before: beforeList.length, after: afterList.length },
      weight: { before: wBefore, after: wAfter },
      lost: lostNow.map((r) => realServerKey(r)),
      quorum,
      belowQuorumBefore: serving.length > 0 && wBefore < threshold,
      belowQuorumAfter: belowAfter,
      down: belowAfter || (owner !== undefined && owner.to === null),
    };
  });

  const downDirectors = [...down].map(([director, why]) => ({ director, why }));
  const summary: string[] = [];
  for (const i of instances) {
    if (i.changed)
      summary.push(
        `${i.name}: MASTER ${i.before ?? 'none'} → ${i.after ?? 'none'}${i.takeoverSeconds !== undefined ? ` in about ${i.takeoverSeconds} s` : ''}; ${i.vips.join(', ')} ${i.after ? `move to ${i.after}` : 'are held by nobody'}`,
      );
    else summary.push(`${i.name}: MASTER stays ${i.after ?? 'none'}`);
  }
  for (const s of services) {
    if (s.lost.length || s.belowQuorumAfter !== s.belowQuorumBefore || s.down)
      summary.push(
        `${s.service}: ${s.realServers.after} of ${s.realServers.total} real servers, weight ${s.weight.after} (quorum ${s.quorum})${s.belowQuorumAfter ? ' — below quorum' : ''}${s.directorAfter === null ? ' — no director holds its VIP' : ''}`,
      );
  }
  return { failures: [...failures], downDirectors, instances, vips, services, summary };
}
