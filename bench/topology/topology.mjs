#!/usr/bin/env node
// Topology API bench: PUT/GET of a 1,000 virtual services × 20 real servers spec, and small reads at a fixed rate.
//
//   npx nx run-many -t build && node bench/topology/topology.mjs [services=1000] [reals=20]
//
// Starts the built API (apps/api/dist/main.js) on a free port with its own embedded PostgreSQL in a
// temporary data directory, creates a token, and measures over HTTP (autocannon for the load):
//   1. PUT spec of the whole cluster into an empty one, in a freshly started process (cold)  — target < 2 s
//   2. PUT spec again: unchanged (no-op), 1,000 weights changed, every weight changed
//   3. GET spec: the first read in a freshly started process (rows → document), then p50/p99 of
//      sequential reads (the document served from the cache of its version)             — target p99 < 150 ms
//   4. 500 req/s of small reads (cluster, lists, one real server) for 20 s                 — target p99 < 25 ms
//   5. a small write (PATCH one real server) on the big cluster
// Prints a Markdown table; figures go to BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { largeSpecDocument } from '../lib/large-spec.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVICES = Number(process.argv[2] ?? 1000);
const REALS = Number(process.argv[3] ?? 20);
const PASSWORD = 'bench-admin-password';

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const dir = mkdtempSync(join(tmpdir(), 'lvs-topology-bench-'));
// As root the embedded PostgreSQL runs initdb as its own user, which must reach the data directory.
chmodSync(dir, 0o755);
const env = {
  ...process.env,
  DATA_DIR: join(dir, 'data'),
  API_PORT: String(await freePort()),
  EMBEDDED_PG_PORT: String(await freePort()),
  ADMIN_PASSWORD: PASSWORD,
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
};
const base = `http://127.0.0.1:${env.API_PORT}`;
let api;

async function startApi() {
  api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/v1/ready`)).ok) return;
    } catch {}
    if (i > 300) throw new Error('the API did not become ready');
    await sleep(100);
  }
}
async function stopApi() {
  const exited = new Promise((r) => api.once('exit', r));
  api.kill('SIGTERM');
  await exited;
}
process.on('exit', () => {
  api?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const largeSpec = (name, weight = () => 1) => largeSpecDocument(SERVICES, REALS, { name, weight });

let token;
async function call(method, path, body, headers = {}) {
  const t0 = performance.now();
  const r = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await r.text();
  const ms = performance.now() - t0;
  if (r.status >= 400) throw new Error(`${method} ${path}: ${r.status} ${text.slice(0, 500)}`);
  return { status: r.status, body: text ? JSON.parse(text) : undefined, bytes: text.length, ms, headers: r.headers };
}
const fmt = (ms) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
const row = (what, figure, target = '', note = '') => {
  rows.push([what, figure, target, note]);
  console.error(`  ${what}: ${figure}${target ? ` (target ${target})` : ''}${note ? ` — ${note}` : ''}`);
};

await startApi();
{
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = (await login.json()).csrfToken;
  const t = await fetch(`${base}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
    body: JSON.stringify({ name: 'bench', role: 'operator' }),
  });
  token = (await t.json()).secret;
}
console.error(`bench: ${SERVICES} virtual services × ${REALS} real servers = ${SERVICES * REALS} real servers`);

// 1. PUT into an empty cluster, first request of its kind in this process (JIT cold).
const cluster = (await call('POST', '/clusters', { name: 'bench' })).body.id;
const payload = JSON.stringify(largeSpec('bench'));
const first = await call('PUT', `/clusters/${cluster}/spec`, payload);
row(
  `PUT spec, empty → ${SERVICES}×${REALS} (${(payload.length / 1e6).toFixed(1)} MB), cold process`,
  fmt(first.ms),
  '< 2 s',
  `${first.body.created.length} created`,
);

// 2. PUTs of the same size (the whole document is parsed, validated and diffed every time).
const puts = { same: [], some: [], all: [] };
for (let i = 0; i < 5; i++) {
  const all = JSON.stringify(largeSpec('bench', () => 2 + i));
  puts.all.push((await call('PUT', `/clusters/${cluster}/spec`, all)).ms);
  puts.same.push((await call('PUT', `/clusters/${cluster}/spec`, all)).ms);
  puts.some.push(
    (
      await call(
        'PUT',
        `/clusters/${cluster}/spec`,
        largeSpec('bench', (s, r) => (r === 0 ? 100 + i : 2 + i)),
      )
    ).ms,
  );
}
row(`PUT spec, all ${SERVICES * REALS} real servers changed, median of 5`, fmt(median(puts.all)), '< 2 s');
row('PUT spec, unchanged (no-op), median of 5', fmt(median(puts.same)), '< 2 s');
row(`PUT spec, ${SERVICES} real servers changed, median of 5`, fmt(median(puts.some)), '< 2 s');

// 3. GET spec: cold (rows → document), then sequential reads (the document cached for its version).
const colds = [];
for (let i = 0; i < 3; i++) {
  await stopApi();
  await startApi();
  colds.push((await call('GET', `/clusters/${cluster}/spec`)).ms);
}
row(
  'GET spec, first request after a restart (cold process, from the tables), median of 3',
  fmt(median(colds)),
  '',
  colds.map(fmt).join(', '),
);
// A second API process on the same database, as another replica: every change made through the
// first one is a cache miss for the second, which then builds the document from the tables.
const replicaEnv = {
  ...env,
  API_PORT: String(await freePort()),
  DATABASE_URL: `postgresql://lvs:${encodeURIComponent(readFileSync(join(dir, 'data', 'postgres.secret'), 'utf8').trim())}@127.0.0.1:${env.EMBEDDED_PG_PORT}/postgres`,
  // Production with an external database needs the master key: the first process's, generated under DATA_DIR.
  LVS_MASTER_KEY: readFileSync(join(dir, 'data', 'master.key'), 'utf8').trim(),
};
const replica = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], { env: replicaEnv, stdio: ['ignore', 'ignore', 'inherit'] });
const replicaBase = `http://127.0.0.1:${replicaEnv.API_PORT}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${replicaBase}/api/v1/ready`)).ok) break;
  } catch {}
  if (replica.exitCode !== null || i > 600) throw new Error('the replica did not become ready');
  await sleep(100);
}
const missed = [];
const anyReal = (await call('GET', `/clusters/${cluster}/virtual-services?limit=1`)).body.items[0];
const anyRs = (await call('GET', `/clusters/${cluster}/virtual-services/${anyReal.id}/real-servers?limit=1`)).body.items[0];
for (let i = 0; i < 11; i++) {
  await call('PATCH', `/clusters/${cluster}/virtual-services/${anyReal.id}/real-servers/${anyRs.id}`, { weight: 20 + i });
  const t0 = performance.now();
  const r = await fetch(`${replicaBase}/api/v1/clusters/${cluster}/spec`, { headers: { authorization: `Bearer ${token}` } });
  await r.text();
  if (i > 0) missed.push(performance.now() - t0); // the first one warms the replica up
}
replica.kill('SIGTERM');
row(
  'GET spec from a replica that did not make the change (from the tables, warm process), median / max of 10',
  `${fmt(median(missed))} / ${fmt(Math.max(...missed))}`,
  '',
  'then cached for that version',
);
const spec = await call('GET', `/clusters/${cluster}/spec`);
const headers = { authorization: `Bearer ${token}` };
const getSpec = await autocannon({ url: `${base}/api/v1/clusters/${cluster}/spec`, headers, connections: 1, amount: 200 });
row(
  `GET spec (${(spec.bytes / 1e6).toFixed(1)} MB), 200 sequential reads: p50 / p99`,
  `${getSpec.latency.p50} / ${getSpec.latency.p99} ms`,
  'p99 < 150 ms',
  `max ${getSpec.latency.max} ms, ${getSpec.non2xx} non-2xx`,
);
const getSpec2 = await autocannon({ url: `${base}/api/v1/clusters/${cluster}/spec`, headers, connections: 2, amount: 200 });
row(
  'GET spec, 2 concurrent readers: p50 / p99',
  `${getSpec2.latency.p50} / ${getSpec2.latency.p99} ms`,
  '',
  `${getSpec2.requests.average} req/s`,
);
const notModified = await autocannon({
  url: `${base}/api/v1/clusters/${cluster}/spec`,
  headers: { ...headers, 'if-none-match': spec.headers.get('etag') },
  connections: 1,
  amount: 500,
});
row('GET spec with a current If-None-Match (304): p50 / p99', `${notModified.latency.p50} / ${notModified.latency.p99} ms`);

// 4. Small reads at a fixed rate.
const services = (await call('GET', `/clusters/${cluster}/virtual-services?limit=20&offset=500`)).body.items;
const reals = (await call('GET', `/clusters/${cluster}/virtual-services/${services[0].id}/real-servers`)).body.items;
const small = [
  `/api/v1/clusters/${cluster}`,
  `/api/v1/clusters/${cluster}/directors`,
  `/api/v1/clusters/${cluster}/vrrp-instances`,
  `/api/v1/clusters/${cluster}/virtual-services?limit=20&offset=500`,
  `/api/v1/clusters/${cluster}/virtual-services/${services[3].id}`,
  `/api/v1/clusters/${cluster}/virtual-services/${services[0].id}/real-servers?limit=20`,
  `/api/v1/clusters/${cluster}/virtual-services/${services[0].id}/real-servers/${reals[7].id}`,
  `/api/v1/clusters/${cluster}/virtual-services/${services[1].id}/real-servers?adminState=enabled&q=10.`,
  '/api/v1/clusters?limit=20',
];
await autocannon({ url: base, headers, connections: 4, duration: 3, requests: small.map((path) => ({ method: 'GET', path })) }); // warm-up
for (const path of small) {
  const one = await autocannon({ url: `${base}${path}`, headers, connections: 1, amount: 300 });
  row(
    `  ${path.replace(cluster, ':c').replace(services[0].id, ':s0').replace(services[1].id, ':s1').replace(services[3].id, ':s3').replace(reals[7].id, ':r')}, sequential: p50 / p99`,
    `${one.latency.p50} / ${one.latency.p99} ms`,
    '',
    `${one.requests.average} req/s`,
  );
}
// The floors at the same rate, for scale: a public route with no database work, and the cheapest
// route behind token authentication (the guard's token lookup is one query per request).
for (const [what, path, h] of [
  ['floor: GET /health (public, no auth)', '/api/v1/health', {}],
  ['floor: GET /auth/me (token auth, no other work)', '/api/v1/auth/me', headers],
]) {
  const f = await autocannon({ url: `${base}${path}`, headers: h, connections: 10, overallRate: 500, duration: 10 });
  row(
    `${what} at 500 req/s for 10 s: p50 / p97.5 / p99`,
    `${f.latency.p50} / ${f.latency.p97_5} / ${f.latency.p99} ms`,
    '',
    `${f.requests.average} req/s, ${f.non2xx} non-2xx`,
  );
}
const load = await autocannon({
  url: base,
  headers,
  connections: 10,
  overallRate: 500,
  duration: 20,
  requests: small.map((path) => ({ method: 'GET', path })),
});
row(
  `small reads at 500 req/s for 20 s (${small.length} routes, 10 connections): p50 / p97.5 / p99`,
  `${load.latency.p50} / ${load.latency.p97_5} / ${load.latency.p99} ms`,
  'p99 < 25 ms',
  `${load.requests.average} req/s, ${load.non2xx} non-2xx, ${load.errors} errors, max ${load.latency.max} ms`,
);

// 5. A small write on the big cluster (the whole cluster is validated; the topology comes from the cache).
const writes = [];
const rs = `/clusters/${cluster}/virtual-services/${services[0].id}/real-servers/${reals[0].id}`;
for (let i = 0; i < 30; i++) writes.push((await call('PATCH', rs, { weight: 10 + i })).ms);
row(
  `PATCH one real server of the ${SERVICES * REALS}-server cluster, median / max of 30`,
  `${fmt(median(writes))} / ${fmt(Math.max(...writes))}`,
);

await stopApi();
console.log(`\n| measurement | result | target | notes |\n|---|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`);
process.exit(0);
