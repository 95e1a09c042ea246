import { isIpv6 } from '../primitives';
import type { ClusterSpec, VrrpInstance } from '../spec';
import { capabilityRefusals, capabilityWarnings, type DirectorCapabilities } from './capabilities';
import { networkOf } from './net';
import { effectivePriority, priorityRange, trackedObjects, type TrackedObject } from './priority';

/**
 * VRRP lint across every cluster the console knows: what keepalived would get wrong before it gets
 * it wrong. Errors are what keepalived itself misbehaves on (a deployment is refused); warnings are
 * arithmetic or habits an operator should look at. Each finding has a stable code and a fix.
 */

export const FLEET_LINT_CODES = [
  'vrid_reused',
  'priority_equal',
  'master_never_yields',
  'backup_never_master',
  'nopreempt_master_state',
  'unicast_peer_mismatch',
  'advert_int_mismatch',
  'version_skew',
  'capability_missing',
  'no_ipvs',
  'vrrp_strict',
] as const;
export type FleetLintCode = (typeof FLEET_LINT_CODES)[number];

export interface FleetFinding {
  code: FleetLintCode;
  severity: 'warning' | 'error';
  clusterId: string;
  cluster: string;
  instance?: string;
  director?: string;
  /** Dotted path into the cluster's spec (`vrrpInstances.0.virtualRouterId`). */
  path?: string;
  message: string;
  fix: string;
  /** The other side of a cross-cluster finding (the instance the VRID clashes with). */
  related?: { clusterId: string; cluster: string; instance: string };
}

export interface FleetCluster {
  id: string;
  name: string;
  spec: ClusterSpec;
}

/** Recorded capabilities, per cluster id and director name. */
export type FleetCapabilities = Readonly<Record<string, Readonly<Record<string, DirectorCapabilities | undefined>> | undefined>>;

const familyOf = (inst: VrrpInstance) => (inst.vips.length > 0 && isIpv6(inst.vips[0].address) ? 'inet6' : 'inet');

/** The interface's addresses on a director (labels such as eth0:1 are eth0's), from its capabilities. */
function interfaceAddresses(c: DirectorCapabilities | undefined, name: string): string[] | undefined {
  if (!c?.interfaces.length) return undefined;
  return c.interfaces.filter((i) => i.name === name || i.name.split(':')[0] === name).flatMap((i) => i.addresses);
}

/**
 * Keys of the L2 segment a member of an instance sends its adverts on: the subnets of the
 * instance's interface on that director (recorded capabilities), the subnets its VIPs name
 * (`10.0.0.100/24`), and the director's own address with the interface name (the same host and
 * interface is the same segment whatever the cluster says).
 */
function segmentKeys(
  spec: ClusterSpec,
  inst: VrrpInstance,
  director: string,
  caps: Readonly<Record<string, DirectorCapabilities | undefined>> | undefined,
): string[] {
  const d = spec.directors.find((x) => x.name === director);
  const keys = new Set<string>();
  if (d) keys.add(`host ${d.address.toLowerCase()} ${inst.interface}`);
  for (const a of interfaceAddresses(caps?.[director], inst.interface) ?? []) {
    const n = networkOf(a);
    if (n) keys.add(n);
  }
  for (const v of inst.vips) {
    const n = networkOf(v.address);
    if (n && (!v.dev || v.dev === inst.interface)) keys.add(n);
  }
  return [...keys];
}

const describeSegment = (k: string) => (k.startsWith('host ') ? `interface ${k.split(' ')[2]} of ${k.split(' ')[1]}` : `subnet ${k}`);

interface Placed {
  c: FleetCluster;
  i: number;
  inst: VrrpInstance;
  family: string;
  segments: Set<string>;
  addresses: Set<string>;
}

export function lintFleet(clusters: readonly FleetCluster[], capabilities: FleetCapabilities = {}): FleetFinding[] {
  const out: FleetFinding[] = [];
  const placed: Placed[] = [];
  for (const c of clusters) {
    const caps = capabilities[c.id];
    c.spec.vrrpInstances.forEach((inst, i) => {
      const segments = new Set(inst.members.flatMap((m) => segmentKeys(c.spec, inst, m.director, caps)));
      const addresses = new Set(
        inst.members.flatMap((m) => c.spec.directors.filter((d) => d.name === m.director).map((d) => d.address.toLowerCase())),
      );
      placed.push({ c, i, inst, family: familyOf(inst), segments, addresses });
    });
    out.push(...lintCluster(c, caps));
  }

  // virtual_router_id unique per L2 segment and address family (docs/fleet-safety.md; RFC 3768 5.3.3):
  // two routers with one VRID on one segment read each other's adverts and share one virtual MAC.
  const byVrid = new Map<string, Placed[]>();
  for (const p of placed) {
    const k = `${p.family}/${p.inst.virtualRouterId}`;
    byVrid.set(k, [...(byVrid.get(k) ?? []), p]);
  }
  for (const group of byVrid.values()) {
    for (let a = 0; a < group.length; a++)
      for (let b = a + 1; b < group.length; b++) {
        const x = group[a];
        const y = group[b];
        if (x.c.id === y.c.id && x.inst.name === y.inst.name) continue;
        const shared = [...x.segments].find((s) => y.segments.has(s));
        if (!shared) continue;
        // unicast both ways between disjoint sets of directors: neither sees the other's adverts
        const disjoint = x.inst.unicast && y.inst.unicast && ![...x.addresses].some((ad) => y.addresses.has(ad));
        const advert =
          x.inst.advertInt !== y.inst.advertInt ? ` (and their advert_int differ: ${x.inst.advertInt} s and ${y.inst.advertInt} s)` : '';
        for (const [me, other] of [
          [x, y],
          [y, x],
        ] as const) {
          const where =
            other.c.id === me.c.id
              ? `instance "${other.inst.name}" of this cluster`
              : `instance "${other.inst.name}" of cluster "${other.c.name}"`;
          out.push({
            code: 'vrid_reused',
            severity: disjoint ? 'warning' : 'error',
            clusterId: me.c.id,
            cluster: me.c.name,
            instance: me.inst.name,
            path: `vrrpInstances.${me.i}.virtualRouterId`,
            message: `virtual_router_id ${me.inst.virtualRouterId} (${me.family}) is also used by ${where} on the same L2 segment (${describeSegment(shared)})${advert}${disjoint ? ': both use unicast between different directors, so their adverts do not meet, but they share the virtual MAC 00:00:5e:00:0' + (me.family === 'inet6' ? '2' : '1') + ':' + me.inst.virtualRouterId.toString(16).padStart(2, '0') : ': their adverts mix, so MASTERs flap and VIPs move between clusters'}`,
            fix: `give one of them a virtual_router_id no other instance on ${describeSegment(shared)} uses`,
            related: { clusterId: other.c.id, cluster: other.c.name, instance: other.inst.name },
          });
        }
      }
  }
  return out;
}

/** Findings of one cluster on its own (lintFleet adds the ones across clusters). */
export function lintCluster(c: FleetCluster, caps?: Readonly<Record<string, DirectorCapabilities | undefined>>): FleetFinding[] {
  const out: FleetFinding[] = [];
  const spec = c.spec;
  const base = { clusterId: c.id, cluster: c.name };
  const address = new Map(spec.directors.map((d) => [d.name, d.address]));

  spec.vrrpInstances.forEach((inst, i) => {
    const p = `vrrpInstances.${i}`;
    const at = { ...base, instance: inst.name };
    // equal priorities: the tie goes to the higher primary address, which nobody chose
    const byPriority = new Map<number, string[]>();
    for (const m of inst.members) byPriority.set(m.priority, [...(byPriority.get(m.priority) ?? []), m.director]);
    for (const [prio, ds] of byPriority)
      if (ds.length > 1)
        out.push({
          ...at,
          code: 'priority_equal',
          severity: 'warning',
          path: `${p}.members`,
          message: `${ds.join(' and ')} have the same priority ${prio}: between them the higher address wins, not a choice`,
          fix: `give each member of ${inst.name} a distinct priority`,
        });

    if ((inst.nopreempt || inst.preemptDelay !== undefined) && inst.members.some((m) => m.state === 'MASTER')) {
      const kw = inst.nopreempt ? 'nopreempt' : 'preempt_delay';
      out.push({
        ...at,
        code: 'nopreempt_master_state',
        severity: 'warning',
        path: `${p}.${inst.nopreempt ? 'nopreempt' : 'preemptDelay'}`,
        message: `${kw} works only when every member starts as BACKUP (keepalived.conf(5)), and ${inst.members
          .filter((m) => m.state === 'MASTER')
          .map((m) => m.director)
          .join(', ')} starts as MASTER`,
        fix: `set state BACKUP on every member of ${inst.name}`,
      });
    }

    lintPriorities(spec, inst, p, at, out);

    if (inst.unicast && caps) {
      inst.members.forEach((m, j) => {
        const c2 = caps[m.director];
        const a = address.get(m.director)?.toLowerCase();
        if (!c2?.interfaces.length || !a) return;
        const own = c2.interfaces.filter((x) => x.addresses.some((y) => y.split('/')[0] === a));
        if (!own.length)
          out.push({
            ...at,
            director: m.director,
            code: 'unicast_peer_mismatch',
            severity: 'error',
            path: `${p}.members.${j}.director`,
            message: `${m.director} is every peer's unicast_peer ${a}, but no interface of ${m.director} has that address: its adverts leave from another one and its peers drop them (each side then becomes MASTER)`,
            fix: `set ${m.director}'s address to one it has on ${inst.interface} (${(interfaceAddresses(c2, inst.interface) ?? []).join(', ') || 'none recorded'})`,
          });
        else if (!own.some((x) => x.name === inst.interface || x.name.split(':')[0] === inst.interface))
          out.push({
            ...at,
            director: m.director,
            code: 'unicast_peer_mismatch',
            severity: 'warning',
            path: `${p}.members.${j}.director`,
            message: `${m.director}'s unicast_src_ip ${a} is on ${own[0].name}, not on the instance's interface ${inst.interface}`,
            fix: `use an address of ${inst.interface} for ${m.director}, or run ${inst.name} on ${own[0].name}`,
          });
      });
    }

    if (caps) {
      const versions = new Map<string, string[]>();
      for (const m of inst.members) {
        const v = caps[m.director]?.keepalived.version;
        if (v) versions.set(v, [...(versions.get(v) ?? []), m.director]);
      }
      if (versions.size > 1)
        out.push({
          ...at,
          code: 'version_skew',
          severity: 'warning',
          path: `${p}.members`,
          message: `the members run different keepalived versions: ${[...versions].map(([v, ds]) => `${v} on ${ds.join(', ')}`).join('; ')}`,
          fix: 'run one keepalived version on every member (upgrade the older ones)',
        });
    }
  });

  spec.vrrpSyncGroups.forEach((g, gi) => {
    const ints = g.instances.map((n) => spec.vrrpInstances.find((x) => x.name === n)).filter((x): x is VrrpInstance => !!x);
    const values = new Set(ints.map((x) => x.advertInt));
    if (values.size > 1)
      out.push({
        ...base,
        code: 'advert_int_mismatch',
        severity: 'warning',
        path: `vrrpSyncGroups.${gi}`,
        message: `sync group ${g.name} holds instances with different advert_int (${ints.map((x) => `${x.name} ${x.advertInt} s`).join(', ')}): they detect a lost MASTER at different times, so the group splits until the slower one catches up`,
        fix: `give every instance of ${g.name} the same advert_int`,
      });
  });

  // keepalived.conf(5) vrrp_strict: no accept mode below priority 255 (traffic to the VIPs is dropped:
  // LVS on them stops answering), and no unicast peers, authentication, preempt_delay or MASTER state
  if ((spec.globalDefs?.extra ?? []).some((e) => e.keyword === 'vrrp_strict')) {
    const conflicts = spec.vrrpInstances.flatMap((inst) => [
      ...(inst.unicast ? [`${inst.name} uses unicast peers`] : []),
      ...(inst.authPass !== undefined ? [`${inst.name} uses authentication`] : []),
      ...(inst.preemptDelay !== undefined ? [`${inst.name} sets preempt_delay`] : []),
      ...(inst.members.some((m) => m.state === 'MASTER') ? [`${inst.name} starts a member as MASTER below priority 255`] : []),
    ]);
    const lvs = spec.mode === 'keepalived' && spec.virtualServices.length > 0;
    if (lvs || conflicts.length)
      out.push({
        ...base,
        code: 'vrrp_strict',
        severity: 'warning',
        path: 'globalDefs.extra',
        message: `global_defs sets vrrp_strict: ${[lvs ? 'keepalived then drops traffic addressed to the VIPs (no accept mode below priority 255), so the virtual services on them stop answering' : '', conflicts.length ? `it does not allow what ${conflicts.join(', ')}` : ''].filter(Boolean).join('; and ')}`,
        fix: 'remove vrrp_strict from global_defs (the console renders what it needs without it)',
      });
  }

  if (caps) {
    for (const r of capabilityRefusals(spec, caps))
      out.push({
        ...base,
        director: r.director,
        code: 'capability_missing',
        severity: 'error',
        path: r.path,
        message: r.message,
        fix: r.capability.startsWith('ip_vs_')
          ? `choose a scheduler ${r.director} has, or load ${r.capability} there`
          : `install a keepalived on ${r.director} with ${r.capability}`,
      });
    for (const w of capabilityWarnings(spec, caps))
      out.push({
        ...base,
        director: w.director,
        code: 'no_ipvs',
        severity: 'warning',
        message: w.message,
        fix: `load ip_vs on ${w.director} (modprobe ip_vs) or use a kernel with IPVS`,
      });
  }
  return out;
}

const describe = (t: TrackedObject) =>
  `${t.kind === 'script' ? 'vrrp_script' : t.kind === 'interface' ? 'track_interface' : t.kind === 'process' ? 'vrrp_track_process' : 'track_file'} ${t.name}`;

/**
 * The arithmetic of weighted tracking: the intended MASTER (the highest priority) must fall below a
 * BACKUP when one of its weighted objects fails, or that object moves nothing (it keeps the VIPs
 * with the check failing); and a BACKUP that no combination of weights lifts above the MASTER takes
 * over only when the MASTER is down or in FAULT.
 */
function lintPriorities(
  spec: ClusterSpec,
  inst: VrrpInstance,
  p: string,
  at: { clusterId: string; cluster: string; instance: string },
  out: FleetFinding[],
): void {
  if (inst.members.length < 2) return;
  const objects = trackedObjects(spec, inst);
  const weighted = objects.filter((t) => t.weight !== 0 && t.kind !== 'file');
  if (!weighted.length) return;
  const sorted = [...inst.members].sort((a, b) => b.priority - a.priority);
  const master = sorted[0];
  const healthy = (d: string) => effectivePriority(spec, inst, d, new Set(), objects).priority ?? 0;
  for (const t of weighted) {
    const failedThere = effectivePriority(spec, inst, master.director, new Set([`${t.kind}:${t.name}`]), objects).priority ?? 0;
    const best = sorted
      .slice(1)
      .map((m) => ({ d: m.director, p: healthy(m.director) }))
      .sort((a, b) => b.p - a.p)[0];
    const masterHealthy = healthy(master.director);
    if (failedThere === masterHealthy) continue; // failing does not move the priority (e.g. reverse weights)
    if (failedThere > best.p) {
      const need = best.p - masterHealthy - 1;
      out.push({
        ...at,
        director: master.director,
        code: 'master_never_yields',
        severity: 'warning',
        path: `${p}.track${t.kind === 'interface' ? 'InterfaceWeights' : t.kind === 'script' ? 'Scripts' : 'Processes'}`,
        message: `when ${describe(t)} fails on ${master.director} (MASTER, ${masterHealthy}), its priority falls to ${failedThere}, still above ${best.d}'s ${best.p}: ${master.director} keeps the VIPs with ${t.name} failing`,
        fix:
          t.weight < 0
            ? `make the weight of ${t.name} ${need} or lower (or 0: FAULT on failure)`
            : `make the weight of ${t.name} larger than ${masterHealthy - best.p} (or use a negative weight)`,
      });
    }
  }
  // a BACKUP no state of the weights lifts above the MASTER's lowest (not said again when the MASTER never yields)
  const mRange = priorityRange(spec, inst, master.director, objects);
  for (const m of sorted.slice(1)) {
    const r = priorityRange(spec, inst, m.director, objects);
    if (r.max <= mRange.min && out.every((f) => f.code !== 'master_never_yields' || f.instance !== inst.name))
      out.push({
        ...at,
        director: m.director,
        code: 'backup_never_master',
        severity: 'warning',
        path: `${p}.members`,
        message: `${m.director} reaches at most ${r.max} and ${master.director} never falls below ${mRange.min}: ${m.director} becomes MASTER only when ${master.director} is down or in FAULT, never by its tracking weights`,
        fix: `raise the weights (or ${m.director}'s priority) so that ${master.director}'s failures take it below ${m.director}`,
      });
  }
}
