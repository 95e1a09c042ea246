#!/usr/bin/env node
// Drain without a reload vs the reload path, on a VM director with a real IPVS (issue 18).
// Measured: from the moment the API call is sent until `ipvsadm -Ln` *on the VM* shows the real
// server at weight 0 — a watcher loop runs ipvsadm inside the VM over one long-lived SSH session and
// streams the weight; the host timestamps each line as it arrives. Two paths, N drains each:
//   now:    POST …/admin-state {"adminState":"drained","apply":"now"}
//   reload: POST …/admin-state {"adminState":"drained"} + POST …/deployments (the console's
//           deployment: upload, config-test, runtime files, swap, SIGHUP, verify), and also the
//           time until that deployment reports succeeded (what an operator waits for).
// Between drains the real server is enabled again "now" (not measured) and the watcher sees its weight back.
// Needs root, qemu, a built tree (npx nx run-many -t build) and the lab lock:
//   flock /tmp/lvs-lab.lock node bench/runtime/drain-vs-reload.mjs [drains=20]
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { adminToken, freePort, loadLab, pct, root, waitOk } from '../lib/lab-bench.mjs';

const N = Number(process.argv[2] ?? 20);
const PASSWORD = 'bench-admin-password-1';
const lab = await loadLab();
const dir = mkdtempSync(join(tmpdir(), 'lvs-runtime-bench-'));
chmodSync(dir, 0o755);
const labName = `rb-${process.pid.toString(36)}`;
let api;
let watcher;
let labUp = false;
function cleanup() {
  watcher?.kill('SIGKILL');
  api?.kill('SIGKILL');
  if (labUp) lab.down(labName);
  rmSync(dir, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => (cleanup(), process.exit(130)));

try {
  const state = await lab.up({
    name: labName,
    vm: true,
    directors: 1,
    realServers: 2,
    detachVms: false,
    log: (l) => process.stderr.write(`lab: ${l}\n`),
  });
  labUp = true;
  const d = state.directors[0];
  const vip = state.vips[0];
  const rs = state.realServers[0];
  const env = {
    ...process.env,
    DATA_DIR: join(dir, 'data'),
    API_PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    ADMIN_PASSWORD: PASSWORD,
    LOG_LEVEL: 'warn',
  };
  const base = `http://127.0.0.1:${env.API_PORT}`;
  api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitOk(`${base}/api/v1/ready`, 'the API');
  const token = await adminToken(base, PASSWORD);
  const call = async (method, path, body, headers = {}) => {
    const r = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
    return { body: text ? JSON.parse(text) : undefined, etag: r.headers.get('etag') };
  };
  const { clusterId } = await lab.register(state, { url: base, token });
  const deploy = async (message) => {
    const dep = (await call('POST', `/clusters/${clusterId}/deployments`, { message })).body;
    for (;;) {
      const x = (await call('GET', `/clusters/${clusterId}/deployments/${dep.id}`)).body;
      if (x.status === 'succeeded') return;
      if (x.status !== 'pending' && x.status !== 'running') throw new Error(`deployment ${x.status}: ${x.error}`);
      await sleep(50);
    }
  };
  await deploy('runtime controls'); // the lab's first config has none
  const serviceId = (await call('GET', `/clusters/${clusterId}/virtual-services`)).body.items[0].id;
  const realId = (await call('GET', `/clusters/${clusterId}/virtual-services/${serviceId}/real-servers?q=${rs.address}`)).body.items[0].id;
  const rsPath = `/clusters/${clusterId}/virtual-services/${serviceId}/real-servers/${realId}`;
  const setState = async (body) => {
    const { etag } = await call('GET', rsPath);
    return (await call('POST', `${rsPath}/admin-state`, body, { 'if-match': etag })).body;
  };

  // --- the watcher: ipvsadm in the VM in a loop, its weight column streamed to the host
  const loop = `while :; do w=$(ipvsadm -L -n --exact -t ${vip}:80 2>/dev/null | awk '$2 == "${rs.address}:80" { print $4 }'); echo "w=\${w:-none}"; sleep 0.05; done`;
  watcher = spawn(
    'ssh',
    [
      '-F',
      '/dev/null',
      '-i',
      d.privateKeyPath,
      '-p',
      String(d.sshPort),
      '-o',
      'BatchMode=yes',
      '-o',
      `UserKnownHostsFile=${state.knownHostsPath}`,
      '-o',
      'StrictHostKeyChecking=yes',
      `${d.sshUser}@${d.address}`,
      loop,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let current;
  const waiters = [];
  let buf = '';
  watcher.stdout.setEncoding('utf8').on('data', (s) => {
    buf += s;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      const m = /^w=(\S+)$/.exec(line);
      if (!m) continue;
      current = m[1];
      const at = performance.now();
      for (const w of waiters.splice(0))
        if (w.want === current) w.resolve(at);
        else waiters.push(w);
    }
  });
  const seen = (want, timeoutMs = 120_000) =>
    new Promise((resolve, reject) => {
      const t = setTimeout(
        () => reject(new Error(`the VM's ipvsadm did not show weight ${want} within ${timeoutMs} ms (last ${current})`)),
        timeoutMs,
      );
      waiters.push({ want, resolve: (at) => (clearTimeout(t), resolve(at)) });
    });
  // A sample strictly after the call: waiters only resolve on lines that arrive after they were added.
  await seen('1');

  const now = [];
  const nowCall = [];
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    const w = seen('0');
    const r = await setState({ adminState: 'drained', apply: 'now' });
    const tCall = performance.now();
    const at = await w;
    if (r.runtime?.status !== 'applied') throw new Error(`drain now (#${i + 1}): ${JSON.stringify(r.runtime)}`);
    now.push(at - t0);
    nowCall.push(tCall - t0);
    const back = seen('1');
    await setState({ adminState: 'enabled', apply: 'now' });
    await back;
  }
  const f0 = (xs) => `median ${pct(xs, 50).toFixed(0)} ms, p95 ${pct(xs, 95).toFixed(0)} ms`;
  process.stderr.write(
    `bench: now path done: call → weight 0 seen ${f0(now)}; call returned ${f0(nowCall)}; raw ${JSON.stringify(now.map(Math.round))}\n`,
  );
  const reload = [];
  const reloadDone = [];
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    const w = seen('0');
    await setState({ adminState: 'drained' });
    // A VM director under TCG sometimes closes an SSH channel without an exit status: one retry.
    await deploy(`drain ${i}`).catch(
      (e) => (process.stderr.write(`bench: deployment ${i} failed (${e.message}); once more\n`), deploy(`drain ${i} again`)),
    );
    const tDone = performance.now();
    reload.push((await w) - t0);
    reloadDone.push(tDone - t0);
    const back = seen('1');
    await setState({ adminState: 'enabled', apply: 'now' });
    await back;
  }
  const f = (xs) =>
    `median ${pct(xs, 50).toFixed(0)} ms, p95 ${pct(xs, 95).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
  const out = {
    drains: N,
    now: { toWeight0: f(now), callReturned: f(nowCall) },
    reloadPath: { toWeight0: f(reload), deploymentSucceeded: f(reloadDone) },
    speedup: { p95: +(pct(reloadDone, 95) / pct(now, 95)).toFixed(1), median: +(pct(reloadDone, 50) / pct(now, 50)).toFixed(1) },
    raw: { now, nowCall, reload, reloadDone },
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} finally {
  cleanup();
}
