#!/usr/bin/env node
// Telemetry bench (issue 9): fan-out of /live deltas to many socket.io clients, and the time from a
// VIP moving to the event arriving at a client.
//
//   npx nx run-many -t build && node bench/telemetry/telemetry.mjs [clients=500] [services=250] [reals=20] [busy=0.1] [seconds=30] [failovers=8]
//
// Root: starts a netns lab (two directors: real sshd + keepalived with real VRRP) and the built API
// (apps/api/dist/main.js, 1 s ticks, its own embedded PostgreSQL), registers the lab as a cluster of
// services × reals real servers, and connects the clients to /live.
//
// This kernel has no IPVS, so for the fan-out phase each director's `ipvsadm` is a shim (first in
// the PATH of its sshd) that prints a table of that size whose counters grow every second for a
// `busy` fraction of the real servers: the console's path — SSH exec, parse, state join, delta,
// socket.io fan-out — is the real one; only the kernel's numbers are made up. No traffic is sent.
//
//   1. fan-out: per delta and client, lag = arrival − the delta's `at` (when the tick's state was
//      built); p50/p95/p99 over every client and tick; API CPU and peak RSS over the window, and
//      the clients' own CPU (this process: 500 raw clients + one full client); each delta's size as
//      sent (protocol 2) and as protocol 1 would have sent the same changes. Per tick also the lag of
//      its first and its last client: the first is the API's own path (state built → encoded →
//      written), the spread to the last is the writes to 500 sockets and this one process reading
//      them one after another.
//   2. failover: stop keepalived on the MASTER; the VIP's arrival on the BACKUP is watched in its
//      namespace every 10 ms; latency = the event's arrival at a client − that moment.
//
// API_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' starts the API with those node flags and stops
// it with SIGTERM (it writes a .cpuprofile as it exits) instead of SIGKILL.
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import domainLive from '@lvs/domain/live'; // CommonJS (swc): its names come on the default export
const { LiveStateKeeper } = domainLive;
import { adminToken, bigLabSpec, freePort, installIpvsadmShim, loadLab, pct, root, waitOk } from '../lib/lab-bench.mjs';

const [CLIENTS, SERVICES, REALS] = [500, 250, 20].map((d, i) => Number(process.argv[2 + i] ?? d));
const BUSY = Number(process.argv[5] ?? 0.1);
const SECONDS = Number(process.argv[6] ?? 30);
const FAILOVERS = Number(process.argv[7] ?? 8);
const PASSWORD = 'bench-admin-password';
if (process.getuid?.() !== 0) {
  console.error('the telemetry bench needs root (it starts the netns lab)');
  process.exit(1);
}

const lab = await loadLab();

const dir = mkdtempSync(join(tmpdir(), 'lvs-telemetry-bench-'));
chmodSync(dir, 0o755);
const labName = `bench-${process.pid.toString(36)}`;
let api;
let labUp = false;
const clients = [];
const apiArgs = (process.env.API_NODE_ARGS ?? '').split(' ').filter(Boolean);
async function cleanup() {
  for (const c of clients) c.close();
  if (api && apiArgs.length && api.exitCode === null) {
    // A graceful exit, so that flags like --cpu-prof write what they recorded.
    const gone = new Promise((r) => api.once('exit', r));
    api.kill('SIGTERM');
    await Promise.race([gone, sleep(30_000)]);
  }
  api?.kill('SIGKILL');
  if (labUp) lab.down(labName);
  rmSync(dir, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void cleanup().then(() => process.exit(130)));

// --- the lab and the API
const state = await lab.up({ name: labName, directors: 2, realServers: 1 });
labUp = true;
const vip = state.vips[0];
const env = {
  ...process.env,
  DATA_DIR: join(dir, 'data'),
  API_PORT: String(await freePort()),
  EMBEDDED_PG_PORT: String(await freePort()),
  ADMIN_PASSWORD: PASSWORD,
  LOG_LEVEL: 'warn',
  TELEMETRY_TICK_MS: '1000',
};
const base = `http://127.0.0.1:${env.API_PORT}`;
api = spawn(process.execPath, [...apiArgs, join(root, 'apps/api/dist/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
await waitOk(`${base}/api/v1/ready`, 'the API');
const token = await adminToken(base, PASSWORD);

// The lab's own cluster, with services × reals real servers behind its VIP (ports 1000…).
const spec = bigLabSpec(state, SERVICES, REALS);
const { clusterId } = await lab.register({ ...state, clusterSpec: spec }, { url: base, token });

// --- the ipvsadm shim: the table the console would read from a busy director
installIpvsadmShim(state, { services: SERVICES, reals: REALS, busy: BUSY });

// --- clients
// Speaking socket.io's wire protocol (engine.io v4 over a websocket) directly and reading only the
// delta's `at` keeps the bench's own CPU out of the figure: 500 socket.io-client instances in one
// process, each parsing every delta, saturate a core long before the API does. One full client
// (socket.io-client, parsing everything) watches the VIP owner for the failover phase.
const lags = [];
/** Per tick (a delta's `at`): the lags of its first and last client. */
const perTick = new Map();
let deltas = 0;
let measuring = false;
let weighing = false;
let ownerSeen = null;
const wsUrl = `ws://127.0.0.1:${env.API_PORT}/socket.io/?EIO=4&transport=websocket`;
function rawClient() {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl, { perMessageDeflate: false, skipUTF8Validation: true });
    clients.push({ close: () => ws.close() });
    ws.on('error', reject);
    ws.on('message', (data, binary) => {
      // Only the head of a message is read (its kind, and a delta's `at`, which comes first): a
      // browser decodes its own deltas on its own CPU; this process stands in for 500 of them.
      const now = Date.now();
      const m = binary ? '' : data.toString('latin1', 0, Math.min(data.length, 200));
      if (m === '2') return ws.send('3'); // engine.io ping
      if (m.startsWith('0{')) return ws.send(`40/live,${JSON.stringify({ token })}`);
      if (m.startsWith('40/live,')) return ws.send(`42/live,1${JSON.stringify(['join', { clusterId, protocol: 2 }])}`);
      if (m.startsWith('44/live,')) return reject(new Error(data.toString()));
      if (m.startsWith('43/live,1')) return resolve();
      if (m.startsWith('42/live,["state.delta"') && measuring) {
        const i = m.indexOf('"at":"');
        const at = m.slice(i + 6, i + 30);
        const lag = now - Date.parse(at);
        lags.push(lag);
        const t = perTick.get(at);
        if (t) t.last = lag;
        else perTick.set(at, { first: lag, last: lag });
      }
    });
  });
}
for (let i = 0; i < CLIENTS; i++) await rawClient();
const watcher = io(`${base}/live`, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
clients.push(watcher);
// The full client keeps the state as the dashboard's worker does, and weighs each delta as sent
// (protocol 2: numbers as columns) beside the same changes as protocol 1 sent them (an object of
// changed fields per row). The weighing (building and serialising protocol 1's 870 KiB) runs in
// its own window after the fan-out one: in this one process it would delay the raw clients' reads.
const keeper = new LiveStateKeeper({ inPlace: true });
const sizes = { v2: [], v1: [] };
watcher.on('state.snapshot', (e) => keeper.snapshot(e.state));
watcher.on('state.delta', (e) => {
  keeper.delta(e);
  if (measuring) deltas++;
  if (weighing) {
    sizes.v2.push(Buffer.byteLength(JSON.stringify(e)));
    // Protocol 1: each changed row as an object of its changed fields, with their values now.
    const rows = { ...e.changes.realServers };
    const c = e.columns;
    const now = keeper.state?.realServers ?? {};
    if (c)
      for (const f of [...Object.keys(c.values), ...Object.keys(c.increments ?? {})])
        for (let j = 0, n = c.rows ? c.rows.length : keeper.order.length; j < n; j++) {
          const key = keeper.order[c.rows ? c.rows[j] : j];
          rows[key] = { ...rows[key], [f]: now[key]?.[f] ?? null };
        }
    sizes.v1.push(
      Buffer.byteLength(JSON.stringify({ clusterId: e.clusterId, at: e.at, changes: { ...e.changes, ...(c && { realServers: rows }) } })),
    );
  }
  if (e.changes.vips?.[vip]?.owner !== undefined) ownerSeen = { owner: e.changes.vips[vip].owner, at: Date.now() };
});
await new Promise((resolve, reject) => {
  watcher.on('connect', () => watcher.emit('join', { clusterId, protocol: 2 }, (r) => (r.ok ? resolve() : reject(new Error(r.error)))));
  watcher.on('connect_error', reject);
});
console.error(`${CLIENTS} clients joined; waiting for the table to be read…`);
await sleep(5000);

// --- phase 1: fan-out
const cpu = () => {
  const f = readFileSync(`/proc/${api.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, clock ticks of 10 ms
};
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))[1]) * 1024;
const selfCpu = () => process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6;
const self0 = selfCpu();
const cpu0 = cpu();
const t0 = Date.now();
let peakRss = 0;
measuring = true;
while (Date.now() - t0 < SECONDS * 1000) {
  peakRss = Math.max(peakRss, rss());
  await sleep(200);
}
measuring = false;
const cpuPct = ((cpu() - cpu0) / ((Date.now() - t0) / 1000)) * 100;
const selfPct = ((selfCpu() - self0) / ((Date.now() - t0) / 1000)) * 100;
const stateNow = await (
  await fetch(`${base}/api/v1/clusters/${clusterId}/state`, { headers: { authorization: `Bearer ${token}` } })
).json();
const deltaBytes = Buffer.byteLength(JSON.stringify(stateNow.realServers ?? {}));
weighing = true;
await sleep(5000);
weighing = false;

// --- phase 2: failover (one client listening is enough; the others stay connected)
function vipHolder(ns) {
  const out = JSON.parse(execFileSync('ip', ['-n', ns, '-j', 'addr', 'show', 'dev', 'eth0'], { encoding: 'utf8' }));
  return out.some((l) => l.addr_info.some((a) => a.local === vip));
}
const failovers = [];
const runFault = (kind, role) =>
  new Promise((resolve) =>
    spawn(process.execPath, [join(root, 'lab/dist/cli.js'), 'fault', kind, role, '--name', labName], { stdio: 'ignore' }).once(
      'exit',
      resolve,
    ),
  );
for (let k = 0; k < FAILOVERS; k++) {
  const holder = state.directors.find((d) => vipHolder(d.namespace));
  if (!holder) throw new Error('no director holds the VIP');
  const [from, to] = holder === state.directors[0] ? [state.directors[0], state.directors[1]] : [state.directors[1], state.directors[0]];
  ownerSeen = null;
  // The kernel says when the VIP lands on the BACKUP (`ip monitor`, in its namespace); the fault
  // runs in a child process so that nothing here blocks while it happens.
  let moved = 0;
  const mon = spawn('ip', ['-n', to.namespace, 'monitor', 'address'], { stdio: ['ignore', 'pipe', 'ignore'] });
  mon.stdout.on('data', (b) => {
    if (
      !moved &&
      b
        .toString()
        .split('\n')
        .some((l) => l.includes(` ${vip}/`) && !l.startsWith('Deleted'))
    )
      moved = Date.now();
  });
  await sleep(200);
  const killed = Date.now();
  const stopping = runFault('keepalived-stop', from.role);
  for (let i = 0; i < 1500 && !(moved && ownerSeen?.owner === to.name); i++) await sleep(10);
  mon.kill();
  await stopping;
  if (moved && ownerSeen?.owner === to.name) failovers.push({ vrrp: moved - killed, console: ownerSeen.at - moved });
  await runFault('keepalived-start', from.role);
  await sleep(4000); // the restarted director takes the VIP back (higher priority) or settles as BACKUP
}

console.log(
  `\n## Telemetry (clients ${CLIENTS}, ${SERVICES * REALS} real servers, ${Math.round(BUSY * 100)}% busy, ${SECONDS} s, 1 s ticks)\n`,
);
console.log('| measure | value |');
console.log('|---|---|');
console.log(`| deltas received by the full client | ${deltas} (${(deltas / SECONDS).toFixed(2)}/s) |`);
console.log(
  `| fan-out lag p50 / p95 / p99 (state built → client) | ${pct(lags, 50)} / ${pct(lags, 95)} / ${pct(lags, 99)} ms (${lags.length} samples) |`,
);
const ticks = [...perTick.values()];
console.log(
  `| per tick: lag of its first client p50 / p95, of its last client p50 / p95 | ${pct(
    ticks.map((t) => t.first),
    50,
  )} / ${pct(
    ticks.map((t) => t.first),
    95,
  )} ms, ${pct(
    ticks.map((t) => t.last),
    50,
  )} / ${pct(
    ticks.map((t) => t.last),
    95,
  )} ms (${ticks.length} ticks) |`,
);
console.log(`| API CPU (of one core) / peak RSS | ${cpuPct.toFixed(0)}% / ${(peakRss / 2 ** 20).toFixed(0)} MiB |`);
console.log(`| the bench's own CPU (all clients) | ${selfPct.toFixed(0)}% |`);
console.log(`| real-server state JSON (whole) | ${(deltaBytes / 1024).toFixed(0)} KiB |`);
console.log(
  `| a delta, median: as sent (protocol 2, columns) / the same as protocol 1 (an object per row) | ${(pct(sizes.v2, 50) / 1024).toFixed(0)} KiB / ${(pct(sizes.v1, 50) / 1024).toFixed(0)} KiB |`,
);
const fc = failovers.map((f) => f.console);
console.log(
  `| VIP moved → event at a client, p50 / p95 / max | ${pct(fc, 50)} / ${pct(fc, 95)} / ${Math.max(...fc)} ms (${failovers.length} failovers) |`,
);
console.log(
  `| fault started → VIP on the BACKUP (the fault CLI + VRRP), median | ${pct(
    failovers.map((f) => f.vrrp),
    50,
  )} ms |`,
);
await cleanup();
process.exit(0);
