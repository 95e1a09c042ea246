/**
 * Lines removed and added in a unified diff (or in the audit log's before/after lines, which use
 * the same prefixes); the `---`/`+++` file headers are not changes.
 */
export function diffStats(text: string | readonly string[]): { removed: number; added: number } {
  let removed = 0;
  let added = 0;
  for (const l of typeof text === 'string' ? text.split('\n') : text) {
    if (l.startsWith('---') || l.startsWith('+++')) continue;
    if (l.startsWith('-')) removed++;
    else if (l.startsWith('+')) added++;
  }
  return { removed, added };
}

/** "+3 −1", or "no changes". */
export function diffStatsLabel(s: { removed: number; added: number }): string {
  return s.added === 0 && s.removed === 0 ? 'no changes' : `+${s.added} −${s.removed}`;
}

/** "Revisions 21–40 of 45" for a page at `offset` holding `count` of `total`. */
export function pageRange(offset: number, count: number, total: number): string {
  return count === 0 ? `No revisions on this page (of ${total})` : `Revisions ${offset + 1}–${offset + count} of ${total}`;
}

/**
 * The pair to compare before the auditor picks one: the newest revision against the one before it
 * (history lists newest first); nothing to compare with fewer than two.
 */
export function defaultPair(newestFirst: readonly { number: number }[]): { from: number; to: number } | null {
  return newestFirst.length < 2 ? null : { from: newestFirst[1].number, to: newestFirst[0].number };
}
