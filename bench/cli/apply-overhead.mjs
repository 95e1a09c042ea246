#!/usr/bin/env node
// What lvsctl adds over the raw API calls for one change: `lvsctl apply -f FILE --deploy --wait`
// (a fresh node process: start, find the cluster, read spec + deployments + revisions, render and
// diff, PUT, /live join, POST, follow) against the same change made with fetch (GET spec, PUT with
// If-Match, POST the deployment, poll every 50 ms until it ends). The cluster has 10 directors on
// 127.0.0.1-10 port 1, so each deployment fails at connect at once for both: the difference is the
// CLI's own cost, not the directors'. Needs a built tree (npx nx run @lvs/api:build; the bench builds
// the CLI). Run: node bench/cli/apply-overhead.mjs [runs=7]
// CLI_PROFILE_DIR=DIR: after the timed runs, one more lvsctl run with `node --cpu-prof` into DIR and
// LVSCTL_DEBUG=all (its stderr, one line per round trip and /live event, is printed); read the
// profile with bench/cli/cpuprofile-top.mjs. CLI_BUNDLE=FILE[,FILE…]: time those lvsctl bundles
// instead of building apps/cli, each in turn within every run (a before/after on the same load).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminToken, freePort, root, waitOk } from '../lib/lab-bench.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const PASSWORD = 'bench-admin-password';
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
// CPU time (user + system, ms): of this process (the raw calls run here), and of the children it has
// waited for (/proc/self/stat cutime + cstime: each lvsctl and node -e 0 once it exited; the API is
// reaped only at the end). Clock ticks of 10 ms.
const ownCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const childCpu = () => {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(f[13]) + Number(f[14])) * 10;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const bundles = process.env.CLI_BUNDLE?.split(',') ?? [join(root, 'apps/cli/dist/lvsctl.mjs')];
if (!process.env.CLI_BUNDLE && spawnSync(process.execPath, [join(root, 'apps/cli/build.mjs')], { stdio: 'inherit' }).status !== 0)
  process.exit(1);
const dir = mkdtempSync(join(tmpdir(), 'lvs-cli-bench-'));
chmodSync(dir, 0o755); // the embedded PostgreSQL runs initdb as its own user when root
const env = {
  ...process.env,
  DATA_DIR: join(dir, 'data'),
  API_PORT: String(await freePort()),
  EMBEDDED_PG_PORT: String(await freePort()),
  ADMIN_PASSWORD: PASSWORD,
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  TELEMETRY_TICK_MS: '0',
};
const base = `http://127.0.0.1:${env.API_PORT}`;
const api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
process.on('exit', () => api.kill('SIGKILL'));
try {
  await waitOk(`${base}/api/v1/ready`, 'the API');
  const token = await adminToken(base, PASSWORD);
  const H = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const directors = Array.from({ length: 10 }, (_, i) => ({ name: `lb${i + 1}`, address: `127.0.0.${i + 1}`, sshPort: 1 }));
  const spec = {
    name: 'bench-cli',
    directors,
    vrrpInstances: [
      {
        name: 'VI_1',
        interface: 'eth0',
        virtualRouterId: 51,
        members: directors.map((d, i) => ({ director: d.name, priority: 200 - i, state: i === 0 ? 'MASTER' : 'BACKUP' })),
        vips: [{ address: '10.213.250.100/32' }],
      },
    ],
    virtualServices: [{ vip: '10.213.250.100', port: 80, realServers: [{ address: '10.213.251.11', port: 80, weight: 1 }] }],
  };
  const created = await (await fetch(`${base}/api/v1/clusters`, { method: 'POST', headers: H, body: JSON.stringify(spec) })).json();
  const id = created.id;
  let weight = 1;

  async function raw() {
    weight += 1;
    const t0 = performance.now();
    const c0 = ownCpu();
    const g = await fetch(`${base}/api/v1/clusters/${id}/spec`, { headers: H });
    const s = await g.json();
    s.virtualServices[0].realServers[0].weight = weight;
    const put = await fetch(`${base}/api/v1/clusters/${id}/spec`, {
      method: 'PUT',
      headers: { ...H, 'if-match': g.headers.get('etag') },
      body: JSON.stringify(s),
    });
    if (!put.ok) throw new Error(`PUT ${put.status}`);
    const d = await (
      await fetch(`${base}/api/v1/clusters/${id}/deployments`, { method: 'POST', headers: H, body: JSON.stringify({ message: 'raw' }) })
    ).json();
    for (;;) {
      const x = await (await fetch(`${base}/api/v1/clusters/${id}/deployments/${d.id}`, { headers: H })).json();
      if (!['pending', 'running'].includes(x.status)) break;
      await sleep(50);
    }
    return { wall: performance.now() - t0, cpu: ownCpu() - c0 };
  }
  /** Node's own start under the same load: `node -e 0`. */
  async function node0() {
    const t0 = performance.now();
    const c0 = childCpu();
    await new Promise((r) => spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).on('exit', r));
    return { wall: performance.now() - t0, cpu: childCpu() - c0 };
  }
  async function cli({ nodeArgs = [], debug, bundle = bundles[0] } = {}) {
    weight += 1;
    const s = await (await fetch(`${base}/api/v1/clusters/${id}/spec`, { headers: H })).json();
    s.virtualServices[0].realServers[0].weight = weight;
    const f = join(dir, 'cluster.json');
    writeFileSync(f, JSON.stringify(s));
    const t0 = performance.now();
    const c0 = childCpu();
    const child = spawn(process.execPath, [...nodeArgs, bundle, 'apply', '-f', f, '--deploy', '--wait', '-q'], {
      env: { PATH: process.env.PATH, HOME: dir, LVS_SERVER: base, LVS_TOKEN: token, ...(debug ? { LVSCTL_DEBUG: debug } : {}) },
      stdio: ['ignore', 'ignore', debug ? 'inherit' : 'ignore'],
    });
    const code = await new Promise((r) => child.on('exit', r));
    if (code !== 1) throw new Error(`lvsctl exited ${code}, expected 1 (the deployment fails at connect)`);
    return { wall: performance.now() - t0, cpu: childCpu() - c0 };
  }
  await raw();
  for (const bundle of bundles) await cli({ bundle }); // warm-up: the API's first requests and the OS file cache
  const r = [];
  const c = bundles.map(() => []);
  const n = [];
  for (let i = 0; i < RUNS; i++) {
    r.push(await raw());
    for (const [j, bundle] of bundles.entries()) c[j].push(await cli({ bundle }));
    n.push(await node0());
  }
  const col = (a, k) => a.map((x) => x[k]);
  const fmt = (a) => `${median(a).toFixed(0)} ms (${a.map((x) => x.toFixed(0)).join(', ')})`;
  const line = (what, a) =>
    console.log(`${what.padEnd(46)} wall median ${fmt(col(a, 'wall'))}; CPU median ${median(col(a, 'cpu')).toFixed(0)} ms`);
  const label = (j) => (bundles.length > 1 ? bundles[j].split('/').pop() : 'new process');
  line('raw API calls (GET, PUT, POST, poll):', r);
  for (const j of bundles.keys()) line(`lvsctl apply --deploy --wait (${label(j)}):`, c[j]);
  line("node -e 0 (Node's own start, same load):", n);
  for (const j of bundles.keys())
    console.log(
      `lvsctl (${label(j)}) over the raw calls: +${(median(col(c[j], 'wall')) - median(col(r, 'wall'))).toFixed(0)} ms wall (median)`,
    );
  console.log(`load average: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  if (process.env.CLI_PROFILE_DIR) {
    const p = await cli({ nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${process.env.CLI_PROFILE_DIR}`], debug: 'all' });
    console.log(`profiled run (--cpu-prof, LVSCTL_DEBUG=all): ${p.wall.toFixed(0)} ms; profile in ${process.env.CLI_PROFILE_DIR}`);
  }
} finally {
  // The API stops its embedded PostgreSQL on SIGTERM; then its data directory goes too.
  const stopped = new Promise((r) => api.once('exit', r));
  api.kill('SIGTERM');
  await Promise.race([stopped, sleep(15_000)]);
  rmSync(dir, { recursive: true, force: true });
}
