import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterSpec } from '../../../test/factories';
import { diff } from './diff';
import { render } from './render';

/** Applies a unified diff (as diff() writes it) to `text`: the check that hunks and counts are right. */
function applyPatch(text: string, patch: string): string {
  if (patch === '') return text;
  const src = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  const noEol = new Set<string>();
  let at = 0;
  const lines = patch.replace(/\n$/, '').split('\n');
  expect(lines[0]).toMatch(/^--- /);
  expect(lines[1]).toMatch(/^\+\+\+ /);
  for (let i = 2; i < lines.length;) {
    const m = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$/.exec(lines[i]);
    expect(m, lines[i]).not.toBeNull();
    const [oldStart, oldCount, , newCount] = m!.slice(1).map(Number);
    const start = oldCount === 0 ? oldStart : oldStart - 1;
    while (at < start) out.push(src[at++]);
    let seenOld = 0;
    let seenNew = 0;
    for (i++; i < lines.length && !lines[i].startsWith('@@'); i++) {
      if (lines[i] === '\\ No newline at end of file') {
        noEol.add(lines[i - 1][0] === '-' ? 'old' : lines[i - 1][0] === '+' ? 'new' : 'both');
        continue;
      }
      const [kind, line] = [lines[i][0], lines[i].slice(1)];
      if (kind === ' ' || kind === '-') {
        expect(src[at], `context/removal at old line ${at + 1}`).toBe(line);
        at++;
        seenOld++;
      }
      if (kind === ' ' || kind === '+') {
        out.push(line);
        seenNew++;
      }
    }
    expect([seenOld, seenNew]).toEqual([oldCount, newCount]);
  }
  while (at < src.length) out.push(src[at++]);
  const eol = noEol.has('new') || noEol.has('both') || (!text.endsWith('\n') && text !== '' && !noEol.has('old')) ? '' : '\n';
  return out.length ? out.join('\n') + eol : '';
}

describe('diff', () => {
  it('is empty for equal texts and a unified diff otherwise', () => {
    expect(diff('a\nb\n', 'a\nb\n')).toBe('');
    const d = diff('a\nb\nc\nd\ne\nf\ng\nh\n', 'a\nb\nc\nD\ne\nf\ng\nh\n', { oldLabel: 'live', newLabel: 'new' });
    expect(d).toBe('--- live\n+++ new\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n');
  });

  it('handles additions to an empty file and removals of everything', () => {
    expect(diff('', 'x\ny\n')).toBe('--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n');
    expect(diff('x\n', '')).toBe('--- a\n+++ b\n@@ -1,1 +0,0 @@\n-x\n');
  });

  it('shows a missing final newline as GNU diff does', () => {
    expect(diff('x\ny', 'x\ny\n')).toBe('--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+y\n');
  });

  it('keeps distant changes in separate hunks and honours the context size', () => {
    const a = Array.from({ length: 30 }, (_, i) => `l${i}`).join('\n') + '\n';
    const b = a.replace('l2\n', 'L2\n').replace('l25\n', 'L25\n');
    expect(diff(a, b).match(/^@@/gm)).toHaveLength(2);
    expect(diff(a, b, { context: 20 }).match(/^@@/gm)).toHaveLength(1);
    expect(diff(a, b, { context: 0 })).toBe('--- a\n+++ b\n@@ -3,1 +3,1 @@\n-l2\n+L2\n@@ -26,1 +26,1 @@\n-l25\n+L25\n');
  });

  it('shows a drained real server as a one-line weight change between two renders', () => {
    const spec = clusterSpec();
    const before = render(spec, 'lb1');
    spec.virtualServices[0].realServers[1].adminState = 'drained';
    const d = diff(before, render(spec, 'lb1'), { oldLabel: 'lb1 #1', newLabel: 'lb1 #2' });
    expect(d.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toEqual(['-    weight 10', '+    weight 0']);
  });

  it('produces a patch that turns the old text into the new one, and a minimal one (fast-check)', () => {
    const text = fc
      .tuple(fc.array(fc.constantFrom('a', 'b', 'c', 'd', '}', '  x'), { maxLength: 40 }), fc.boolean())
      .map(([l, eol]) => (l.length ? l.join('\n') + (eol ? '\n' : '') : ''));
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 4 }), (a, b, context) => {
        const d = diff(a, b, { context });
        expect(applyPatch(a, d)).toBe(b);
        if (a === b) expect(d).toBe('');
        // Myers gives a shortest edit script: no more changed lines than the LCS allows.
        const changes = d.split('\n').filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) /.test(l)).length;
        expect(changes).toBe(lines(a).length + lines(b).length - 2 * lcs(lines(a), lines(b)));
      }),
      { numRuns: 300 },
    );
  });
});

function lines(t: string): string[] {
  if (t === '') return [];
  const l = t.split('\n');
  if (l[l.length - 1] === '') l.pop();
  else l[l.length - 1] += '<no eol>';
  return l;
}

function lcs(a: string[], b: string[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
  return dp[a.length][b.length];
}
