#!/usr/bin/env node
// First-page JavaScript of the dashboard (issue 7 target: < 250 kB gzipped).
//
//   npx nx run @lvs/web:build && node bench/web/first-page-js.mjs [page=index]
//
// Reads the prerendered HTML of a page from the production build (.next/server/app/<page>.html),
// collects every script it loads from /_next/static, and sums their sizes raw and gzipped (level 9,
// what a server compressing on the fly sends at most).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const page = process.argv[2] ?? 'index';
const next = join(root, 'apps/web/.next');
const html = readFileSync(join(next, 'server/app', `${page}.html`), 'utf8');
const srcs = [...new Set([...html.matchAll(/\/_next\/(static\/[^"'\s)]+?\.js)/g)].map((m) => m[1]))];
let raw = 0;
let gz = 0;
const rows = [];
for (const s of srcs) {
  const buf = readFileSync(join(next, decodeURIComponent(s)));
  const z = gzipSync(buf, { level: 9 }).length;
  raw += buf.length;
  gz += z;
  rows.push([s, buf.length, z]);
}
rows.sort((a, b) => b[2] - a[2]);
for (const [s, r, z] of rows) console.log(`${(z / 1024).toFixed(1).padStart(7)} kB gz ${(r / 1024).toFixed(1).padStart(8)} kB  ${s}`);
console.log(`\n/${page === 'index' ? '' : page}: ${srcs.length} scripts, ${(raw / 1024).toFixed(0)} kB raw, ${(gz / 1024).toFixed(0)} kB gzipped (target < 250 kB)`);
