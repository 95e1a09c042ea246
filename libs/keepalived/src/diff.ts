export interface DiffOptions {
  context?: number;
  oldLabel?: string;
  newLabel?: string;
}

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Myers' O((N+M)·D) shortest edit script over lines. Falls back to replace-all past `maxD` edits. */
function editScript(a: string[], b: string[], maxD = 4000): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v: Int32Array = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= Math.min(max, maxD); d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
    if (found) break;
  }
  if (!found) return [...a.map((line) => ({ kind: '-' as const, line })), ...b.map((line) => ({ kind: '+' as const, line }))];
  // Walk the trace back from (n, m).
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', line: a[--x] });
      y--;
    }
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: '+', line: b[--y] });
    else ops.push({ kind: '-', line: a[--x] });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', line: a[--x] });
    y--;
  }
  return ops.reverse();
}

/** Marks a last line without its newline, so `x` and `x\n` differ (as in GNU diff). */
const NO_EOL = '\u0000';

function lines(text: string): string[] {
  if (text === '') return [];
  const l = text.split('\n');
  if (l[l.length - 1] === '') l.pop();
  else l[l.length - 1] += NO_EOL;
  return l;
}

/**
 * A unified diff (`---`/`+++`/`@@` hunks, `opts.context` lines of context, 3 by default) from
 * oldText to newText; '' when they are equal. A missing final newline is shown as GNU diff does.
 */
export function diff(oldText: string, newText: string, opts: DiffOptions = {}): string {
  if (oldText === newText) return '';
  const context = opts.context ?? 3;
  const a = lines(oldText);
  const b = lines(newText);
  // Myers on the differing middle only: configs mostly change in a few places.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  // Only `context` lines of the common head and tail can appear in a hunk.
  const from = Math.max(0, head - context);
  const same = (line: string) => ({ kind: ' ' as const, line });
  const ops = [
    ...a.slice(from, head).map(same),
    ...editScript(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...a.slice(a.length - tail, a.length - tail + context).map(same),
  ];
  const out = [`--- ${opts.oldLabel ?? 'a'}`, `+++ ${opts.newLabel ?? 'b'}`];
  let i = 0;
  let oldLine = from + 1;
  let newLine = from + 1;
  while (i < ops.length) {
    // find the next change
    let j = i;
    while (j < ops.length && ops[j].kind === ' ') j++;
    if (j === ops.length) break;
    const start = Math.max(i, j - context);
    // advance counters over the skipped context
    for (let s = i; s < start; s++) {
      oldLine++;
      newLine++;
    }
    // extend the hunk while changes are within 2*context of each other
    let end = j;
    let lastChange = j;
    while (end < ops.length) {
      if (ops[end].kind !== ' ') lastChange = end;
      else if (end - lastChange > 2 * context) break;
      end++;
    }
    const stop = Math.min(ops.length, lastChange + context + 1);
    const hunk = ops.slice(start, stop);
    const oldCount = hunk.filter((o) => o.kind !== '+').length;
    const newCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${oldCount === 0 ? oldLine - 1 : oldLine},${oldCount} +${newCount === 0 ? newLine - 1 : newLine},${newCount} @@`);
    for (const o of hunk) {
      if (o.line.endsWith(NO_EOL)) out.push(`${o.kind}${o.line.slice(0, -1)}`, '\\ No newline at end of file');
      else out.push(`${o.kind}${o.line}`);
      if (o.kind !== '+') oldLine++;
      if (o.kind !== '-') newLine++;
    }
    i = stop;
  }
  return out.join('\n') + '\n';
}
