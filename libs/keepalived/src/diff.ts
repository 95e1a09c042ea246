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

function lines(text: string): string[] {
  if (text === '') return [];
  const l = text.split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
}

/** A unified diff (`---`/`+++`/`@@` hunks) from oldText to newText; '' when they are equal. */
export function diff(oldText: string, newText: string, opts: DiffOptions = {}): string {
  if (oldText === newText) return '';
  const context = opts.context ?? 3;
  const ops = editScript(lines(oldText), lines(newText));
  const out = [`--- ${opts.oldLabel ?? 'a'}`, `+++ ${opts.newLabel ?? 'b'}`];
  let i = 0;
  let oldLine = 1;
  let newLine = 1;
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
      out.push(`${o.kind}${o.line}`);
      if (o.kind !== '+') oldLine++;
      if (o.kind !== '-') newLine++;
    }
    i = stop;
  }
  return out.join('\n') + '\n';
}
