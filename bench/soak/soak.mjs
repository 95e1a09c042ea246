#!/usr/bin/env node
// Soak bench (issue 13, "hold under load"): minutes of mixed REST reads and writes at a fixed rate
// plus many /live clients, against the built API on a lab cluster with 1 s telemetry ticks.
//
//   npx nx run-many -t build && node bench/soak/soak.mjs
//   SOAK_MINUTES=2 node bench/soak/soak.mjs          # the quick check
//   env: SOAK_MINUTES=10 SOAK_RATE=200 (requests/s) SOAK_CLIENTS=200 SOAK_WRITES=0.2 (share of writes)
//        SOAK_SERVICES=20 SOAK_REALS=10 (the lab cluster's size, behind the ipvsadm shim)
//
// Root: starts a netns lab (two directors: real sshd + keepalived with real VRRP) and the built API
// (apps/api/dist/main.js, its own embedded PostgreSQL, TELEMETRY_TICK_MS=1000), registers the lab as
// a cluster of services × reals real servers (the directors' `ipvsadm` is bench/lib's shim: this
// kernel has no IPVS), and connects the /live clients (socket.io's wire protocol over a websocket,
// joined to the cluster's room; they answer pings and count deltas). Every request goes to
// 127.0.0.1; the loop is bounded in count and time and stops by itself.
//
// Requests: a fixed-rate schedule (SOAK_RATE per second, at most 128 in flight — a request that would
// exceed that is counted as "not sent", never queued without bound). Reads: the cluster list, the
// cluster, its spec, its live state, a page of real servers, deployments, the audit log. Writes: a
// real server's weight (PATCH), and a real server added then deleted (POST, DELETE).
//
// Each minute: the API's RSS (/proc/PID/status), its event-loop delay (p99 and max over the API's
// last full minute, from /metrics: process_event_loop_delay_p99_seconds), its CPU, the machine's CPU
// busy share (/proc/stat, all cores: other people's work on a shared machine shows here), request
// latency and status counts, and the /live clients' deltas and disconnects.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { adminToken, bigLabSpec, freePort, installIpvsadmShim, loadLab, pct, root, waitOk } from '../lib/lab-bench.mjs';

const num = (name, d) => Number(process.env[name] ?? d);
const MINUTES = num('SOAK_MINUTES', 10);
const RATE = num('SOAK_RATE', 200);
const CLIENTS = num('SOAK_CLIENTS', 200);
const WRITES = num('SOAK_WRITES', 0.2);
const SERVICES = num('SOAK_SERVICES', 20);
const REALS = num('SOAK_REALS', 10);
const MAX_IN_FLIGHT = 128;
const PASSWORD = 'soak-admin-password';
if (process.getuid?.() !== 0) {
  console.error('the soak bench needs root (it starts the netns lab)');
  process.exit(1);
}
if (!(MINUTES >= 2)) {
  console.error('SOAK_MINUTES must be at least 2 (RSS growth is measured from the end of minute 1 or 2)');
  process.exit(1);
}

const lab = await loadLab();
const dir = mkdtempSync(join(tmpdir(), 'lvs-soak-'));
chmodSync(dir, 0o755);
const labName = `soak-${process.pid.toString(36)}`;
let api;
let labUp = false;
const sockets = [];
async function cleanup() {
  for (const s of sockets) s.close();
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await Promise.race([new Promise((r) => api.once('exit', r)), sleep(15_000)]);
    if (api.exitCode === null) api.kill('SIGKILL');
  }
  if (labUp) lab.down(labName);
  rmSync(dir, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void cleanup().then(() => process.exit(130)));

// --- the lab, the API, the cluster
const state = await lab.up({ name: labName, directors: 2, realServers: 1 });
labUp = true;
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
let apiErr = '';
api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
api.stderr.on('data', (b) => {
  apiErr = (apiErr + b.toString()).slice(-20_000);
});
let apiExited = null;
api.once('exit', (code, signal) => (apiExited = signal ?? code));
await waitOk(`${base}/api/v1/ready`, 'the API');
const token = await adminToken(base, PASSWORD);
const auth = { authorization: `Bearer ${token}` };
const spec = bigLabSpec(state, SERVICES, REALS);
const { clusterId } = await lab.register({ ...state, clusterSpec: spec }, { url: base, token });
installIpvsadmShim(state, { services: SERVICES, reals: REALS, busy: 0.1 });
const getJson = async (path) => (await fetch(`${base}/api/v1${path}`, { headers: auth })).json();
const services = (await getJson(`/clusters/${clusterId}/virtual-services?limit=500`)).items;
const reals = [];
for (const s of services)
  for (const r of (await getJson(`/clusters/${clusterId}/virtual-services/${s.id}/real-servers?limit=500`)).items)
    reals.push({ service: s.id, id: r.id, port: r.port });

// --- the /live clients
let deltas = 0;
let disconnects = 0;
let stopping = false;
const wsUrl = `ws://127.0.0.1:${env.API_PORT}/socket.io/?EIO=4&transport=websocket`;
function liveClient() {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl);
    sockets.push(ws);
    ws.on('error', reject);
    ws.on('close', () => {
      if (!stopping) disconnects++;
    });
    ws.on('message', (data, binary) => {
      const m = binary ? '' : data.toString();
      if (m === '2') return ws.send('3'); // engine.io ping
      if (m.startsWith('0{')) return ws.send(`40/live,${JSON.stringify({ token })}`);
      if (m.startsWith('40/live,')) return ws.send(`42/live,1${JSON.stringify(['join', { clusterId, protocol: 2 }])}`);
      if (m.startsWith('44/live,')) return reject(new Error(m));
      if (m.startsWith('43/live,1')) return resolve();
      if (m.startsWith('42/live,["state.delta"')) deltas++;
    });
  });
}
for (let i = 0; i < CLIENTS; i++) await liveClient();
console.error(`${CLIENTS} /live clients joined; ${reals.length} real servers; ${RATE} req/s for ${MINUTES} min…`);

// --- the request mix
const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
let added = [];
let nextAddress = 0;
const READS = [
  () => ['GET', '/clusters'],
  () => ['GET', `/clusters/${clusterId}`],
  () => ['GET', `/clusters/${clusterId}/spec`],
  () => ['GET', `/clusters/${clusterId}/state`],
  () => ['GET', `/clusters/${clusterId}/virtual-services/${pick(services).id}/real-servers?limit=50`],
  () => ['GET', `/clusters/${clusterId}/deployments?limit=10`],
  () => ['GET', '/audit?limit=20'],
];
function write() {
  const roll = Math.random();
  // a real server added (then deleted by a later write): at most 20 extra at a time
  if (roll < 0.15 && added.length < 20) {
    const s = services[0];
    const n = nextAddress++ % 60000;
    return [
      'POST',
      `/clusters/${clusterId}/virtual-services/${s.id}/real-servers`,
      { address: `10.251.${Math.floor(n / 250)}.${(n % 250) + 1}`, port: 1000, weight: 1 },
      (body) => added.push({ service: s.id, id: body.id }),
    ];
  }
  if (roll < 0.3 && added.length) {
    const r = added.shift();
    return ['DELETE', `/clusters/${clusterId}/virtual-services/${r.service}/real-servers/${r.id}`];
  }
  const r = pick(reals);
  return [
    'PATCH',
    `/clusters/${clusterId}/virtual-services/${r.service}/real-servers/${r.id}`,
    { weight: 1 + Math.floor(Math.random() * 5) },
  ];
}

const minute = () => ({ sent: 0, notSent: 0, ok: 0, status4xx: 0, status5xx: 0, errors: 0, lat: [], byStatus: {} });
let cur = minute();
const errorSamples = [];
let inFlight = 0;
async function one(m) {
  const [method, path, body, after] = Math.random() < WRITES ? write() : pick(READS)();
  const t0 = performance.now();
  inFlight++;
  m.sent++;
  try {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: body ? { ...auth, 'content-type': 'application/json' } : auth,
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    m.lat.push(performance.now() - t0);
    m.byStatus[res.status] = (m.byStatus[res.status] ?? 0) + 1;
    if (res.status >= 500) m.status5xx++;
    else if (res.status >= 400) m.status4xx++;
    else {
      m.ok++;
      if (after) after(JSON.parse(text));
    }
    if (res.status >= 400 && errorSamples.length < 10) errorSamples.push(`${method} ${path} → ${res.status} ${text.slice(0, 200)}`);
  } catch (e) {
    m.errors++;
    if (errorSamples.length < 10) errorSamples.push(`${method} ${path} → ${e.message}`);
  } finally {
    inFlight--;
  }
}

// --- samplers
const procCpu = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))[1]) * 1024;
const machine = () => {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + f[4];
  return { idle, total: f.reduce((a, b) => a + b, 0) };
};
async function loopDelay() {
  const text = await (await fetch(`${base}/metrics`, { headers: auth })).text();
  const read = (name) => Number(new RegExp(`^${name}\\{\\} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN) * 1000;
  return { p99: read('process_event_loop_delay_p99_seconds'), max: read('process_event_loop_delay_max_seconds') };
}
const selfCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

// --- the run
const rows = [];
const startedAt = Date.now();
let sent = 0;
let m0 = { at: startedAt, apiCpu: procCpu(api.pid), self: selfCpu(), machine: machine(), deltas: 0, disconnects: 0 };
const endAt = startedAt + MINUTES * 60_000;
let nextMinute = startedAt + 60_000;
const pending = new Set();
while (rows.length < MINUTES && apiExited === null) {
  // fixed rate: as many requests as the schedule says are due by now (none after the end)
  const due = Math.floor(((Math.min(Date.now(), endAt) - startedAt) / 1000) * RATE);
  while (sent < due) {
    sent++;
    if (inFlight >= MAX_IN_FLIGHT) {
      cur.notSent++;
      continue;
    }
    const p = one(cur);
    pending.add(p);
    p.finally(() => pending.delete(p));
  }
  if (Date.now() >= nextMinute) {
    // the last minute's answers belong to it: wait for them (bounded) before its sample
    if (rows.length === MINUTES - 1) await Promise.race([Promise.all(pending), sleep(30_000)]);
    const now = { at: Date.now(), apiCpu: procCpu(api.pid), self: selfCpu(), machine: machine(), deltas, disconnects };
    const secs = (now.at - m0.at) / 1000;
    const busy = 1 - (now.machine.idle - m0.machine.idle) / (now.machine.total - m0.machine.total);
    rows.push({
      minute: rows.length + 1,
      ...cur,
      rss: rss(),
      loop: await loopDelay(),
      apiCpu: ((now.apiCpu - m0.apiCpu) / secs) * 100,
      selfCpu: ((now.self - m0.self) / secs) * 100,
      machineBusy: busy * 100,
      deltas: now.deltas - m0.deltas,
      disconnects: now.disconnects - m0.disconnects,
      rate: cur.sent / secs,
    });
    const r = rows.at(-1);
    console.error(
      `minute ${r.minute}: ${r.sent} sent (${r.rate.toFixed(0)}/s), ${r.notSent} not sent, ${r.status4xx} 4xx, ${r.status5xx} 5xx, ${r.errors} errors, API CPU ${r.apiCpu.toFixed(0)}%, RSS ${(r.rss / 2 ** 20).toFixed(0)} MiB, loop p99 ${r.loop.p99.toFixed(1)} ms, machine ${r.machineBusy.toFixed(0)}% busy`,
    );
    m0 = now;
    cur = minute();
    nextMinute += 60_000;
  }
  await sleep(5);
}
stopping = true;
const crashed = apiExited !== null;

// --- the report
const total = (k) => rows.reduce((n, r) => n + r[k], 0);
const from = rows[Math.min(1, rows.length - 2)]; // end of minute 2 (or 1 in a 2-minute run)
const to = rows.at(-1);
const growth = ((to.rss - from.rss) / from.rss) * 100;
const judged = rows.slice(1); // minute 1's API window includes the start-up and registration
const loopP99 = Math.max(...judged.map((r) => r.loop.p99));
const lat = rows.flatMap((r) => r.lat);
const ok = (b) => (b ? 'met' : '**not met**');
console.log(
  `\n## Soak (${MINUTES} min, ${RATE} req/s target, ${Math.round(WRITES * 100)}% writes, ${CLIENTS} /live clients, ${SERVICES * REALS} real servers, 1 s ticks)\n`,
);
console.log(
  '| minute | requests (/s) | 2xx | 4xx | 5xx | errors | not sent | latency p50 / p99 | API RSS | loop delay p99 / max | API CPU | machine busy | deltas | disconnects |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.minute} | ${r.sent} (${r.rate.toFixed(0)}) | ${r.ok} | ${r.status4xx} | ${r.status5xx} | ${r.errors} | ${r.notSent} | ${pct(r.lat, 50).toFixed(1)} / ${pct(r.lat, 99).toFixed(1)} ms | ${(r.rss / 2 ** 20).toFixed(0)} MiB | ${r.loop.p99.toFixed(1)} / ${r.loop.max.toFixed(1)} ms | ${r.apiCpu.toFixed(0)}% | ${r.machineBusy.toFixed(0)}% | ${r.deltas} | ${r.disconnects} |`,
  );
}
console.log('\n| criterion | figure | |');
console.log('|---|---|---|');
console.log(`| API process | ${crashed ? `exited (${apiExited})` : 'ran throughout'} | ${ok(!crashed)} |`);
console.log(
  `| errors (no answer) + not sent | ${total('errors')} + ${total('notSent')} of ${total('sent') + total('notSent')} | ${ok(total('errors') + total('notSent') === 0)} |`,
);
console.log(`| 5xx | ${total('status5xx')} | ${ok(total('status5xx') === 0)} |`);
console.log(`| 4xx (the mix sends none on purpose) | ${total('status4xx')} | ${ok(total('status4xx') === 0)} |`);
console.log(
  `| API RSS growth, end of minute ${from.minute} → ${to.minute} | ${(from.rss / 2 ** 20).toFixed(0)} → ${(to.rss / 2 ** 20).toFixed(0)} MiB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %) | ${ok(growth < 10)} |`,
);
console.log(`| event-loop delay p99, worst minute (2–${rows.length}) | ${loopP99.toFixed(1)} ms | ${ok(loopP99 < 50)} |`);
console.log(
  `| request latency p50 / p99 / max, whole run | ${pct(lat, 50).toFixed(1)} / ${pct(lat, 99).toFixed(1)} / ${Math.max(...lat).toFixed(0)} ms | |`,
);
console.log(
  `| /live: deltas received (all clients) / disconnects | ${total('deltas')} / ${total('disconnects')} | ${ok(total('disconnects') === 0)} |`,
);
console.log(`| the bench's own CPU (of one core), mean | ${(rows.reduce((n, r) => n + r.selfCpu, 0) / rows.length).toFixed(0)}% | |`);
console.log(
  `| machine CPU busy (all cores, everyone's work), mean / max minute | ${(rows.reduce((n, r) => n + r.machineBusy, 0) / rows.length).toFixed(0)}% / ${Math.max(...rows.map((r) => r.machineBusy)).toFixed(0)}% | |`,
);
if (errorSamples.length) console.log(`\nFirst failures:\n${errorSamples.map((e) => `- ${e}`).join('\n')}`);
if (crashed) console.log(`\nAPI stderr (last lines):\n\`\`\`\n${apiErr.slice(-3000)}\n\`\`\``);
await cleanup();
process.exit(0);
