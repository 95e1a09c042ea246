#!/usr/bin/env node
// `npm start`: build what is stale (Nx cache makes an unchanged tree a no-op), start the API on the
// embedded PostgreSQL (or DATABASE_URL), wait until it is ready, then start the web dashboard.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`lvs-console needs Node.js >= 20.19 (this is ${process.versions.node}).`);
  process.exit(1);
}

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const apiPort = Number(env.API_PORT || 3001);
const webPort = Number(env.WEB_PORT || 3000);
env.API_PORT = String(apiPort);
env.WEB_PORT = String(webPort);
env.NODE_ENV ??= 'production';

if (!env.SKIP_BUILD) {
  console.log('lvs-console: building (cached when nothing changed)...');
  const b = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (b.status !== 0) {
    console.error('lvs-console: the build failed; see above.');
    process.exit(1);
  }
}
if (!existsSync('apps/api/dist/main.js')) {
  console.error('lvs-console: apps/api/dist/main.js is missing after the build.');
  process.exit(1);
}

const children = new Set();
let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  const t = setTimeout(() => process.exit(code), 20_000);
  t.unref();
  const wait = () => (children.size === 0 ? process.exit(code) : setTimeout(wait, 100));
  wait();
}
function run(name, cmd, args, opts = {}) {
  const c = spawn(cmd, args, { stdio: 'inherit', env, ...opts });
  children.add(c);
  c.on('exit', (code, signal) => {
    children.delete(c);
    if (!stopping) {
      console.error(`lvs-console: ${name} exited (${signal ?? code}); stopping.`);
      stopAll(code || 1);
    }
  });
  return c;
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

run('api', process.execPath, ['apps/api/dist/main.js']);

const deadline = Date.now() + 60_000;
let ready = false;
while (!stopping && Date.now() < deadline) {
  try {
    const r = await fetch(`http://127.0.0.1:${apiPort}/api/v1/ready`);
    if (r.ok) {
      ready = true;
      break;
    }
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 250));
}
if (stopping) process.exitCode = 1;
else if (!ready) {
  console.error('lvs-console: the API did not become ready within 60 s.');
  stopAll(1);
} else if (existsSync('apps/web/package.json')) {
  run('web', process.execPath, ['node_modules/next/dist/bin/next', 'start', 'apps/web', '-p', String(webPort)]);
  console.log(`\nLVS Console: http://localhost:${webPort}  (API http://127.0.0.1:${apiPort}/api/v1, docs http://127.0.0.1:${apiPort}/api/docs)\n`);
}
