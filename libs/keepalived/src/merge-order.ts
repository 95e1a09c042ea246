/**
 * Merges several orderings of overlapping names (one per director's file) into one order that
 * keeps every ordering's relative order where they agree. Ties, and pairs no file orders (or
 * orders differently), go by first appearance: earlier file first, then earlier position.
 * Each director's file lists the instances it is a member of in spec order, so this recovers the
 * spec order wherever a file relates two names.
 */
export function mergeOrders(seqs: readonly (readonly string[])[]): string[] {
  const nonEmpty = seqs.filter((s) => s.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.every((s) => s.length === nonEmpty[0].length && s.every((x, i) => x === nonEmpty[0][i]))) return [...new Set(nonEmpty[0])];

  const rank = new Map<string, number>();
  for (const s of nonEmpty) for (const x of s) if (!rank.has(x)) rank.set(x, rank.size);
  const next = new Map<string, Set<string>>();
  const indegree = new Map<string, number>();
  for (const x of rank.keys()) {
    next.set(x, new Set());
    indegree.set(x, 0);
  }
  for (const s of nonEmpty) {
    for (let i = 1; i < s.length; i++) {
      const a = s[i - 1];
      const b = s[i];
      if (a === b || next.get(a)!.has(b)) continue;
      next.get(a)!.add(b);
      indegree.set(b, indegree.get(b)! + 1);
    }
  }
  const byRank = (a: string, b: string) => rank.get(a)! - rank.get(b)!;
  const ready = [...rank.keys()].filter((x) => indegree.get(x) === 0);
  const done = new Set<string>();
  const out: string[] = [];
  while (out.length < rank.size) {
    ready.sort(byRank);
    // A cycle (files that order two names differently) leaves nothing ready: take the earliest seen.
    const x = ready.length ? ready.shift()! : [...rank.keys()].filter((k) => !done.has(k)).sort(byRank)[0];
    if (done.has(x)) continue;
    done.add(x);
    out.push(x);
    for (const y of next.get(x)!) {
      const d = indegree.get(y)! - 1;
      indegree.set(y, d);
      if (d === 0 && !done.has(y)) ready.push(y);
    }
  }
  return out;
}
