#!/usr/bin/env node
// `npx lvsctl` from the repository: runs the bundle, building it first when it is missing or older
// than the sources (esbuild takes well under a second), so `npm ci` is all a checkout needs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'lvsctl.mjs');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('spec.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

const srcDirs = [join(root, 'src'), ...['domain', 'keepalived', 'api-client'].map((l) => join(root, '..', '..', 'libs', l, 'src'))];
if (
  !existsSync(bundle) ||
  (existsSync(join(root, 'build.mjs')) && srcDirs.some((d) => existsSync(d) && newest(d) > statSync(bundle).mtimeMs))
) {
  const { buildCli } = await import(pathToFileURL(join(root, 'build.mjs')).href);
  await buildCli();
}
await import(pathToFileURL(bundle).href);
