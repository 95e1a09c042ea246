#!/usr/bin/env node
// Reads V8 .cpuprofile files (node --cpu-prof) and prints where the time went, summed over all the
// files given (several runs smooth out a busy machine's noise): the sampled time, self time per
// script (the bundle, node:internal/…), per source module of an unminified esbuild bundle (built with
// LVSCTL_NO_MINIFY=1: esbuild heads each module with a `// path` comment), and the top functions.
// Run: node bench/cli/cpuprofile-top.mjs [--top 25] FILE.cpuprofile…
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
let top = 25;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--top') top = Number(args[++i]);
  else files.push(args[i]);
}
if (!files.length) {
  console.error('usage: cpuprofile-top.mjs [--top N] FILE.cpuprofile…');
  process.exit(3);
}

// Module headers of an unminified esbuild bundle: line index → source path, per script url.
const moduleStarts = new Map();
function moduleOf(url, line) {
  if (!url.startsWith('file://')) return null;
  if (!moduleStarts.has(url)) {
    let starts = [];
    try {
      const lines = readFileSync(new URL(url), 'utf8').split('\n');
      lines.forEach((l, i) => {
        const m = /^\/\/ ((?:\.\.\/)*(?:node_modules|apps|libs)\/\S+)$/.exec(l);
        if (m) starts.push([i, m[1].replace(/^(\.\.\/)+/, '')]);
      });
    } catch {
      starts = [];
    }
    moduleStarts.set(url, starts);
  }
  const starts = moduleStarts.get(url);
  let lo = 0;
  let hi = starts.length - 1;
  let found = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid][0] <= line) {
      found = starts[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const fnKey = (f) => {
  const where = f.url
    ? `${f.url
        .replace(/^file:\/\//, '')
        .split('/')
        .slice(-2)
        .join('/')}:${f.lineNumber + 1}`
    : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};
const scriptKey = (f) => {
  if (!f.url) return f.functionName.startsWith('(') ? f.functionName : '(native)';
  if (f.url.startsWith('node:')) return f.url.split('/').slice(0, 2).join('/');
  return f.url.replace(/^file:\/\//, '');
};
const pkgKey = (f) => {
  const m = moduleOf(f.url, f.lineNumber);
  if (!m) return null;
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(m);
  return nm ? nm[1] : m;
};

const totals = { all: 0, byScript: new Map(), byModule: new Map(), byFn: new Map() };
const add = (m, k, v) => k !== null && m.set(k, (m.get(k) ?? 0) + v);
for (const file of files) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  // timeDeltas[i] is the time before samples[i]: charge it to that sample's node.
  prof.samples.forEach((id, i) => {
    const us = prof.timeDeltas[i] ?? 0;
    const f = byId.get(id).callFrame;
    totals.all += us;
    add(totals.byScript, scriptKey(f), us);
    add(totals.byModule, pkgKey(f), us);
    add(totals.byFn, fnKey(f), us);
  });
}
const n = files.length;
const ms = (us) => `${(us / 1000 / n).toFixed(1).padStart(7)} ms`;
const list = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);
console.log(`${n} profile(s), per run: ${ms(totals.all)} sampled\n\nself time by script:`);
for (const [k, us] of list(totals.byScript, 12)) console.log(`${ms(us)}  ${k}`);
if (totals.byModule.size) {
  console.log('\nself time by bundled module (package, or source file):');
  for (const [k, us] of list(totals.byModule, 20)) console.log(`${ms(us)}  ${k}`);
}
console.log(`\ntop ${top} functions by self time:`);
for (const [k, us] of list(totals.byFn, top)) console.log(`${ms(us)}  ${k}`);
