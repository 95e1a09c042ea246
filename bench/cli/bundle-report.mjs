#!/usr/bin/env node
// What lvsctl's bundle holds, from esbuild's metafile: the bytes each package (or workspace source
// folder) adds to apps/cli/dist/lvsctl.mjs, then the same build split into chunks (esbuild's
// `splitting`, in a temporary directory) to show what each lazily imported action pulls in beyond
// what `lvsctl --help` loads. The shipped bundle stays one file; the split build is only a view.
// Run: node bench/cli/bundle-report.mjs [--top 25]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildCliWith } from '../../apps/cli/build.mjs';

const at = process.argv.indexOf('--top');
const top = at > 0 ? Number(process.argv[at + 1]) : 25;
const kb = (b) => `${(b / 1024).toFixed(1).padStart(7)} kB`;
const owner = (input) => {
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

const dir = mkdtempSync(join(tmpdir(), 'lvsctl-bundle-'));
try {
  const one = await buildCliWith({ outfile: join(dir, 'lvsctl.mjs'), esbuild: { metafile: true } });
  const [out] = Object.values(one.metafile.outputs);
  console.log(`lvsctl.mjs: ${kb(out.bytes)}\n\nby package or source folder:`);
  for (const [k, b] of byOwner(out.inputs).slice(0, top)) console.log(`${kb(b)}  ${k}`);

  const split = await buildCliWith({
    outfile: undefined,
    esbuild: { metafile: true, splitting: true, outdir: join(dir, 'split'), entryNames: '[name]', chunkNames: 'chunk-[hash]' },
  });
  const outs = split.metafile.outputs;
  const name = (p) => relative(join(dir, 'split'), p);
  const entry = Object.keys(outs).find((p) => outs[p].entryPoint?.endsWith('src/main.ts'));
  // The chunks a file loads when it runs: its static imports, recursively (dynamic ones are lazy).
  const closure = (p, seen = new Set()) => {
    if (seen.has(p)) return seen;
    seen.add(p);
    for (const i of outs[p].imports) if (i.kind === 'import-statement' && outs[i.path]) closure(i.path, seen);
    return seen;
  };
  const eager = closure(entry);
  const size = (set) => [...set].reduce((a, p) => a + outs[p].bytes, 0);
  console.log(`\nsplit view: --help loads ${kb(size(eager))} (${[...eager].map(name).join(', ')})`);
  const lazyEntries = [...new Set(outs[entry].imports.filter((x) => x.kind === 'dynamic-import').map((x) => x.path))];
  for (const p of lazyEntries) {
    const i = { path: p };
    const lazy = [...closure(i.path)].filter((p) => !eager.has(p));
    const inputs = Object.assign({}, ...lazy.map((p) => outs[p].inputs));
    const owners = byOwner(inputs)
      .slice(0, 6)
      .map(([k, b]) => `${k} ${(b / 1024).toFixed(0)}k`);
    const src = outs[i.path].entryPoint ?? Object.keys(outs[i.path].inputs)[0];
    console.log(`${kb(size(new Set(lazy)))}  ${relative('apps/cli/src', src).padEnd(22)} ${owners.join(', ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
