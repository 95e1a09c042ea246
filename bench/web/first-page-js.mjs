#!/usr/bin/env node
// First-load JavaScript of the dashboard's pages (issue 16 target: < 200 kB gzipped for the sign-in
// page and for a cluster's Live tab; issue 7's was < 250 kB for the overview).
//
//   npx nx run @lvs/web:build && node bench/web/first-page-js.mjs [page …]
//
// Pages are app routes: `index`, `login`, `clusters/[clusterId]/live` (the default three). A page
// prerendered to HTML (.next/server/app/<page>.html) counts every script its HTML loads from
// /_next/static. A dynamic one (rendered per request, like a cluster's tabs) counts what the browser
// loads before it can run: the build's root scripts (build-manifest.json `rootMainFiles`) plus every
// chunk its segments (layouts, error and loading boundaries, the page) name in the route's client
// reference manifest. Legacy polyfills (`<script noModule>`) are not counted: no browser with
// ES modules loads them. Sizes raw and gzipped (level 9, what a server compressing on the fly sends at
// most). Chunks a page loads later (a Web Worker's script, lazy imports) are listed apart.
// NEXT_DIR=dir reads another copy of the build.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pages = process.argv.length > 2 ? process.argv.slice(2) : ['index', 'login', 'clusters/[clusterId]/live'];
const next = process.env.NEXT_DIR ?? join(root, 'apps/web/.next');
const LIMIT = 200;

/** The first-load scripts of a page, as paths under .next ("static/chunks/…js"). */
function scriptsOf(page) {
  const html = join(next, 'server/app', `${page}.html`);
  if (existsSync(html)) {
    // Legacy polyfills (<script noModule>) are skipped by every browser with ES modules, so not counted.
    const text = readFileSync(html, 'utf8');
    const legacy = new Set(
      [...text.matchAll(/<script[^>]*src="\/_next\/(static\/[^"]+?\.js)"[^>]*noModule[^>]*>/gi)].map((m) => decodeURIComponent(m[1])),
    );
    return [...new Set([...text.matchAll(/\/_next\/(static\/[^"'\s)]+?\.js)/g)].map((m) => decodeURIComponent(m[1])))].filter(
      (s) => !legacy.has(s),
    );
  }
  const manifest = join(next, 'server/app', page, 'page_client-reference-manifest.js');
  if (!existsSync(manifest)) throw new Error(`no prerendered HTML and no client reference manifest for ${page} in ${next}`);
  const g = {};
  new Function('globalThis', readFileSync(manifest, 'utf8'))(g);
  const m = Object.values(g.__RSC_MANIFEST)[0];
  const build = JSON.parse(readFileSync(join(next, 'build-manifest.json'), 'utf8'));
  return [...new Set([...build.rootMainFiles, ...Object.values(m.entryJSFiles).flat()])];
}

const size = (s) => {
  const buf = readFileSync(join(next, s));
  return [buf.length, gzipSync(buf, { level: 9 }).length];
};
const kB = (b) => (b / 1024).toFixed(0);
const summary = [];
for (const page of pages) {
  const srcs = scriptsOf(page);
  let raw = 0;
  let gz = 0;
  const rows = srcs.map((s) => {
    const [r, z] = size(s);
    raw += r;
    gz += z;
    return [s, r, z];
  });
  rows.sort((a, b) => b[2] - a[2]);
  console.log(`\n/${page === 'index' ? '' : page}`);
  for (const [s, r, z] of rows) console.log(`${(z / 1024).toFixed(1).padStart(7)} kB gz ${(r / 1024).toFixed(1).padStart(8)} kB  ${s}`);
  summary.push(
    `| /${page === 'index' ? '' : page} | ${srcs.length} | ${kB(raw)} kB | **${kB(gz)} kB** | ${gz / 1024 < LIMIT ? 'met' : 'not met'} |`,
  );
}
const workers = [
  ...new Set(readFileSync(join(next, 'build-manifest.json'), 'utf8').match(/static\/chunks\/turbopack-worker-[\w-]+\.js/g) ?? []),
];
console.log(`\n| page | scripts | raw | gzipped | < ${LIMIT} kB |\n|---|---|---|---|---|\n${summary.join('\n')}`);
if (workers.length)
  console.log(`\n(worker bootstrap scripts, loaded after the page: ${workers.map((w) => `${w} ${kB(size(w)[1])} kB gz`).join(', ')})`);
