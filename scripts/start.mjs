#!/usr/bin/env node
// `npm start`: build what is stale (Nx cache makes an unchanged tree a no-op), start the API on the
// embedded PostgreSQL (or DATABASE_URL), wait until it is ready, then start the web dashboard.
// Either is restarted with backoff when it crashes (supervisor.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createSupervisor } from './supervisor.mjs';

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
  // The build is always a production build, whatever NODE_ENV the shell has: `next build` under
  // NODE_ENV=development makes a broken bundle or fails. Its output is kept and shown when it fails
  // (Nx prints a failed task's errors on stdout), so the error is the build's own, not "see above".
  const b = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...env, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (b.status !== 0) {
    process.stderr.write(`${b.stdout ?? ''}${b.stderr ?? ''}`);
    if (b.error) console.error(b.error.message);
    console.error(`lvs-console: the build failed (exit ${b.status ?? b.signal}); its output is above.`);
    process.exit(1);
  }
}
if (!existsSync('apps/api/dist/main.js')) {
  console.error('lvs-console: apps/api/dist/main.js is missing after the build.');
  process.exit(1);
}

// A crashed API (or web) is restarted with backoff by the supervisor; only Ctrl-C / SIGTERM stops both.
const supervisor = createSupervisor();
async function stopAll(code) {
  if (supervisor.stopping) return;
  const t = setTimeout(() => process.exit(code), 25_000);
  t.unref();
  await supervisor.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

const childOptions = { stdio: 'inherit', env };
supervisor.run('api', process.execPath, ['apps/api/dist/main.js'], childOptions);

const deadline = Date.now() + 60_000;
let ready = false;
while (!supervisor.stopping && Date.now() < deadline) {
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
if (supervisor.stopping) process.exitCode = 1;
else if (!ready) {
  console.error('lvs-console: the API did not become ready within 60 s.');
  void stopAll(1);
} else if (existsSync('apps/web/package.json')) {
  // apps/web/server.mjs listens on WEB_HOST (default 127.0.0.1, like API_HOST) and WEB_PORT from env.
  supervisor.run('web', process.execPath, ['apps/web/server.mjs'], childOptions);
  const webHost = env.WEB_HOST || '127.0.0.1';
  const shown = webHost === '0.0.0.0' || webHost === '::' ? 'localhost' : webHost.includes(':') ? `[${webHost}]` : webHost;
  console.log(
    `\nLVS Console: http://${shown}:${webPort}  (API http://127.0.0.1:${apiPort}/api/v1, docs http://127.0.0.1:${apiPort}/api/docs)\n`,
  );
}
