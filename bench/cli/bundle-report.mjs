#!/usr/bin/env node
// What lvsctl's bundle holds, from esbuild's metafiles (apps/cli/build.mjs makes it from two
// builds): the code `lvsctl --help` parses (the main build, by package or source folder), the
// actions script it embeds as a string and compiles when a command runs (by package), and that
// script built again split into chunks (esbuild's `splitting`, in a temporary directory) to show
// what each action module pulls in. The shipped bundle stays one file; the split build is a view.
// Run: node bench/cli/bundle-report.mjs [--top 25]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildActions, buildCliWith } from '../../apps/cli/build.mjs';

const at = process.argv.indexOf('--top');
const top = at > 0 ? Number(process.argv[at + 1]) : 25;
const kb = (b) => `${(b / 1024).toFixed(1).padStart(7)} kB`;
const owner = (input) => {
  if (input.startsWith('lvsctl-actions:')) return '(the actions script, as a string)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return m
    ? m[1]
    : input
        .replace(/^(\.\.\/)+/, '')
        .split('/')
        .slice(0, 3)
        .join('/');
};
const byOwner = (inputs) => {
  const m = new Map();
  for (const [f, v] of Object.entries(inputs)) m.set(owner(f), (m.get(owner(f)) ?? 0) + v.bytesInOutput);
  return [...m].sort((a, b) => b[1] - a[1]);
};
const print = (rows) => {
  for (const [k, b] of rows.slice(0, top)) console.log(`${kb(b)}  ${k}`);
};

const dir = mkdtempSync(join(tmpdir(), 'lvsctl-bundle-'));
try {
  const main = await buildCliWith({ outfile: join(dir, 'lvsctl.mjs'), esbuild: { metafile: true } });
  const [out] = Object.values(main.metafile.outputs);
  console.log(`lvsctl.mjs: ${kb(out.bytes)}; what --help parses as code, by package or source folder:`);
  print(byOwner(out.inputs));

  const actions = await buildActions({ esbuild: { metafile: true } });
  const [script] = Object.values(actions.metafile.outputs);
  console.log(`\nthe actions script (compiled when a command runs): ${kb(script.bytes)}, by package or source folder:`);
  print(byOwner(script.inputs));

  const split = await buildActions({
    esbuild: { metafile: true, write: true, splitting: true, format: 'esm', outfile: undefined, outdir: join(dir, 'split') },
  });
  const outs = split.metafile.outputs;
  const entry = Object.keys(outs).find((p) => outs[p].entryPoint?.endsWith('src/actions/index.ts'));
  // The chunks a file loads when it runs: its static imports, recursively (dynamic ones are lazy).
  const closure = (p, seen = new Set()) => {
    if (seen.has(p)) return seen;
    seen.add(p);
    for (const i of outs[p].imports) if (i.kind === 'import-statement' && outs[i.path]) closure(i.path, seen);
    return seen;
  };
  const size = (set) => [...set].reduce((a, p) => a + outs[p].bytes, 0);
  console.log('\nsplit view of the script: what each action module loads (its own code and every chunk it imports)');
  for (const p of [...new Set(outs[entry].imports.filter((x) => x.kind === 'dynamic-import').map((x) => x.path))]) {
    const loads = [...closure(p)];
    const inputs = Object.assign({}, ...loads.map((c) => outs[c].inputs));
    const owners = byOwner(inputs)
      .slice(0, 6)
      .map(([k, b]) => `${k} ${(b / 1024).toFixed(0)}k`);
    const src = outs[p].entryPoint ?? Object.keys(outs[p].inputs)[0];
    console.log(`${kb(size(new Set(loads)))}  ${relative('apps/cli/src', src).padEnd(20)} ${owners.join(', ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
