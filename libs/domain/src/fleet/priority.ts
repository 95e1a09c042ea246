import type { ClusterSpec, VrrpInstance } from '../spec';

/**
 * keepalived's priority arithmetic (keepalived.conf(5), "VRRP instance(s)", "VRRP script(s)",
 * "Track files", "VRRP track processes"):
 * - a tracked object with weight 0 (a track_script's default, an unweighted track_interface) puts
 *   the instance in FAULT while it fails;
 * - a positive weight is added to the priority while the object is OK, a negative weight is
 *   subtracted while it fails; `reverse` turns the direction of the adjustment round (and for weight
 *   0 makes the instance FAULT while the object is OK);
 * - a track_file contributes the number in the file times its weight (weight 0: non-zero is a fault);
 * - the effective priority stays within 1..254;
 * - in a vrrp_sync_group without sync_group_tracking_weight, every tracking weight counts as 0.
 * The instance's own interface failing is always a fault.
 */

export type TrackKind = 'interface' | 'script' | 'file' | 'process';

export interface TrackedObject {
  kind: TrackKind;
  name: string;
  /** The weight in force for this instance (the instance's override, else the object's default, 0 in a sync group without tracking weights). */
  weight: number;
  reverse: boolean;
  /** The weight the spec gives, before a sync group zeroes it. */
  configuredWeight: number;
}

const clamp = (p: number) => Math.min(254, Math.max(1, p));

/** The sync group an instance belongs to, if any. */
export function syncGroupOf(spec: ClusterSpec, instance: string): ClusterSpec['vrrpSyncGroups'][number] | undefined {
  return spec.vrrpSyncGroups.find((g) => g.instances.includes(instance));
}

/** Every object an instance tracks, with the weight keepalived applies (see the module comment). */
export function trackedObjects(spec: ClusterSpec, inst: VrrpInstance): TrackedObject[] {
  const group = syncGroupOf(spec, inst.name);
  const zeroed = group !== undefined && !group.trackingWeight;
  const out: TrackedObject[] = [];
  const push = (kind: TrackKind, name: string, weight: number, reverse: boolean) =>
    out.push({ kind, name, weight: zeroed ? 0 : weight, reverse, configuredWeight: weight });
  for (const name of inst.trackInterfaces) {
    const w = inst.trackInterfaceWeights?.[name];
    push('interface', name, w?.weight ?? 0, w?.reverse ?? false);
  }
  const scripts = new Map((spec.vrrpScripts ?? []).map((s) => [s.name, s]));
  for (const t of inst.trackScripts ?? []) {
    const s = scripts.get(t.name);
    push('script', t.name, t.weight ?? s?.weight ?? 0, t.reverse ?? s?.reverse ?? false);
  }
  const files = new Map((spec.trackFiles ?? []).map((f) => [f.name, f]));
  for (const t of inst.trackFiles ?? []) {
    const f = files.get(t.name);
    push('file', t.name, t.weight ?? f?.weight ?? 1, t.reverse ?? f?.reverse ?? false);
  }
  const procs = new Map((spec.trackProcesses ?? []).map((p) => [p.name, p]));
  for (const t of inst.trackProcesses ?? []) {
    const p = procs.get(t.name);
    push('process', t.name, t.weight ?? p?.weight ?? 1, t.reverse ?? p?.reverse ?? false);
  }
  return out;
}

/** The number in a track file when nothing else is known: its init_file value, else 0 (keepalived's default). */
export function trackFileValue(spec: ClusterSpec, name: string): number {
  return spec.trackFiles?.find((f) => f.name === name)?.initFile?.value ?? 0;
}

/**
 * What one tracked object does to the priority: `fault` when it puts the instance in FAULT, else the
 * amount added (negative: subtracted). `failed` is the object's own state (for a file: ignored, its
 * value is `fileValue`).
 */
export function contribution(t: TrackedObject, failed: boolean, fileValue = 0): { fault: boolean; delta: number } {
  if (t.kind === 'file') {
    const v = t.reverse ? -fileValue : fileValue;
    if (t.weight === 0) return { fault: v !== 0, delta: 0 };
    const r = v * t.weight;
    return r < -253 ? { fault: true, delta: 0 } : { fault: false, delta: r };
  }
  if (t.weight === 0) return { fault: t.reverse ? !failed : failed, delta: 0 };
  const sign = t.reverse ? -1 : 1;
  // positive: +w while OK; negative: -|w| while failed; reverse turns the direction round
  if (t.weight > 0) return { fault: false, delta: failed ? 0 : sign * t.weight };
  return { fault: false, delta: failed ? sign * t.weight : 0 };
}

export interface EffectivePriority {
  /** null when the instance is in FAULT on that director. */
  priority: number | null;
  base: number;
  /** What changed the base, for the explanation (`chk_haproxy -20`, `eth1 fault`). */
  terms: string[];
}

/** The member's effective priority given which tracked objects fail there (`kind:name` keys). */
export function effectivePriority(
  spec: ClusterSpec,
  inst: VrrpInstance,
  director: string,
  failed: ReadonlySet<string>,
  objects = trackedObjects(spec, inst),
): EffectivePriority {
  const m = inst.members.find((x) => x.director === director);
  const base = m?.priority ?? 0;
  const terms: string[] = [];
  let fault = failed.has(`interface:${inst.interface}`);
  if (fault) terms.push(`${inst.interface} (the instance's interface) down: FAULT`);
  let p = base;
  for (const t of objects) {
    const isFailed = failed.has(`${t.kind}:${t.name}`);
    const c = contribution(t, isFailed, t.kind === 'file' ? trackFileValue(spec, t.name) : 0);
    if (c.fault) {
      fault = true;
      terms.push(`${t.kind} ${t.name} ${isFailed ? 'failed' : 'OK'}${t.reverse ? ' (reverse)' : ''}: FAULT`);
    } else if (c.delta !== 0) {
      p += c.delta;
      terms.push(`${t.kind} ${t.name} ${c.delta > 0 ? '+' : ''}${c.delta}`);
    }
  }
  return { priority: fault ? null : clamp(p), base, terms };
}

/** Lowest and highest effective priority a member can reach without a FAULT, over every state of its weighted tracking. */
export function priorityRange(
  spec: ClusterSpec,
  inst: VrrpInstance,
  director: string,
  objects = trackedObjects(spec, inst),
): { min: number; max: number } {
  const base = inst.members.find((x) => x.director === director)?.priority ?? 0;
  let min = base;
  let max = base;
  for (const t of objects) {
    if (t.weight === 0 || t.kind === 'file') continue; // a fault is not a priority; a file's value is unbounded
    const a = contribution(t, false).delta;
    const b = contribution(t, true).delta;
    min += Math.min(a, b);
    max += Math.max(a, b);
  }
  return { min: clamp(min), max: clamp(max) };
}
