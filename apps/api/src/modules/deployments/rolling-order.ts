import type { ClusterSpec } from '@lvs/domain';

/**
 * Rolling order (docs/deployment-pipeline.md): directors that would be MASTER of no instance first, then the
 * MASTERs, fewest mastered instances first, so the VIPs move at most once and last. Ties keep spec order.
 */
export function rollingOrder(spec: ClusterSpec): { name: string; masterOf: number }[] {
  const masterOf = new Map(spec.directors.map((d) => [d.name, 0]));
  for (const inst of spec.vrrpInstances) {
    const top = inst.members.reduce((a, b) => (b.priority > a.priority ? b : a), inst.members[0]);
    if (top) masterOf.set(top.director, (masterOf.get(top.director) ?? 0) + 1);
  }
  return spec.directors
    .map((d, i) => ({ name: d.name, masterOf: masterOf.get(d.name) ?? 0, i }))
    .sort((a, b) => a.masterOf - b.masterOf || a.i - b.i)
    .map(({ name, masterOf: m }) => ({ name, masterOf: m }));
}

/** Groups for execution: with `parallel`, all non-MASTER directors at once, then each MASTER alone. */
export function executionGroups<T extends { masterOf: number }>(ordered: T[], parallel: boolean): T[][] {
  if (!parallel) return ordered.map((t) => [t]);
  const backups = ordered.filter((t) => t.masterOf === 0);
  const masters = ordered.filter((t) => t.masterOf > 0);
  return [...(backups.length ? [backups] : []), ...masters.map((m) => [m])];
}
