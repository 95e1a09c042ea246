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
// A sample that fails (the API says the drain did not apply, or a deployment fails: a TCG VM under
// load sometimes ends SSH channels without an exit status) is not counted: it is reported with its
// error under "failures", the real server is put back, and the sample is taken again — up to
// max(5, samples) failures per path.
// Needs root, qemu, a built tree (npx nx run-many -t build) and the lab lock:
//   flock /tmp/lvs-lab.lock node bench/runtime/drain-vs-reload.mjs [drains=20] [reload-path samples=drains]
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { adminToken, freePort, loadLab, pct, root, waitOk } from '../lib/lab-bench.mjs';

const N = Number(process.argv[2] ?? 20);
// Reload-path samples: each is a whole deployment to the TCG VM (seconds), so fewer may be asked for.
const RELOAD_N = Number(process.argv[3] ?? N);
const LOAD_BEFORE = readFileSync('/proc/loadavg', 'utf8').trim();
const COMMIT = (() => {
  try {
    const head = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD']).toString().trim();
    const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--', 'apps/api', 'libs', 'bench/runtime']).toString().trim();
    return dirty ? `${head} (with uncommitted changes under apps/api, libs or bench/runtime)` : head;
  } catch {
    return 'unknown';
  }
})();
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
  const sshArgs = [
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
  ];
  /** What the VM says after a failure: its sshd log, the kernel's last words on memory, its load. */
  const vmDiagnosis = () => {
    try {
      return execFileSync(
        'ssh',
        [
          ...sshArgs,
          'tail -n 5 /run/sshd.log; dmesg | grep -i -E "oom|killed process" | tail -n 3; cat /proc/loadavg; free -m | sed -n 2p',
        ],
        { timeout: 60_000 },
      )
        .toString()
        .trim()
        .replace(/\n/g, ' | ');
    } catch (e) {
      return `(no diagnosis: ${e.message.split('\n')[0]})`;
    }
  };
  // the lab's first config has no runtime controls; a TCG VM under load may drop the first try
  for (let attempt = 1; ; attempt++) {
    try {
      await deploy('runtime controls');
      break;
    } catch (e) {
      process.stderr.write(`bench: the first deployment failed (${e.message}); VM: ${vmDiagnosis()}\n`);
      if (attempt === 3) throw e;
    }
  }
  const serviceId = (await call('GET', `/clusters/${clusterId}/virtual-services`)).body.items[0].id;
  const realId = (await call('GET', `/clusters/${clusterId}/virtual-services/${serviceId}/real-servers?q=${rs.address}`)).body.items[0].id;
  const rsPath = `/clusters/${clusterId}/virtual-services/${serviceId}/real-servers/${realId}`;
  const setState = async (body) => {
    const { etag } = await call('GET', rsPath);
    return (await call('POST', `${rsPath}/admin-state`, body, { 'if-match': etag })).body;
  };

  // --- the watcher: ipvsadm in the VM in a loop over one long-lived SSH session, its output streamed
  // to the host and parsed here. One process per cycle (ipvsadm; bash's `read -t` on a silent pipe
  // is the pause: a FIFO nobody writes to), so the watcher itself loads the TCG VM as little as it can.
  const loop = `f=/run/lvs-bench-pause-$$; rm -f $f; mkfifo $f; exec 3<> $f; rm -f $f
while :; do ipvsadm -L -n --exact -t ${vip}:80 2>/dev/null; echo @@; read -t 0.05 -u 3 || :; done
`;
  watcher = spawn('ssh', [...sshArgs, 'bash -s'], { stdio: ['pipe', 'pipe', 'inherit'] });
  watcher.stdin.end(loop);
  let current;
  let block = [];
  const cycles = [];
  const waiters = new Set();
  let buf = '';
  watcher.stdout.setEncoding('utf8').on('data', (s) => {
    buf += s;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      if (line !== '@@') {
        block.push(line);
        continue;
      }
      const row = block.map((l) => l.trim().split(/\s+/)).find((f) => f[0] === '->' && f[1] === `${rs.address}:80`);
      block = [];
      current = row ? row[3] : 'none';
      const at = performance.now();
      cycles.push(at);
      for (const w of [...waiters])
        if (w.want === current) {
          waiters.delete(w);
          w.resolve(at);
        }
    }
  });
  /**
   * Resolves with the arrival time of the first watcher sample showing `want` that arrives after
   * this call (a sample strictly after the call), or null after `timeoutMs`; `cancel()` drops it.
   */
  const seen = (want, timeoutMs = 120_000) => {
    let w;
    const p = new Promise((resolve) => {
      w = { want, resolve: (at) => (clearTimeout(w.timer), resolve(at)) };
      w.timer = setTimeout(() => (waiters.delete(w), resolve(null)), timeoutMs);
      waiters.add(w);
    });
    p.cancel = () => (clearTimeout(w.timer), waiters.delete(w));
    return p;
  };
  const mustSee = async (want, what) => {
    const at = await seen(want);
    if (at === null) throw new Error(`the VM's ipvsadm did not show weight ${want} ${what} within 120 s (last ${current})`);
  };
  await mustSee('1', 'before the first drain');
  /** Puts the real server back (enabled, "now") and waits until the VM shows weight 1 again. */
  const restore = async () => {
    const back = seen('1');
    await setState({ adminState: 'enabled', apply: 'now' });
    if ((await back) === null) throw new Error(`the VM's ipvsadm did not show weight 1 again (last ${current})`);
  };
  const failures = { now: [], reload: [] };
  const gaveUp = (xs, n) => xs.length >= Math.max(5, n);

  /** One drain "now": call → weight 0 seen and call → answered (ms), or null when it failed (recorded). */
  const drainNow = async (label) => {
    const t0 = performance.now();
    const w = seen('0');
    let r;
    try {
      r = await setState({ adminState: 'drained', apply: 'now' });
      if (r.runtime?.status !== 'applied') throw new Error(JSON.stringify(r.runtime).slice(0, 500));
    } catch (e) {
      w.cancel();
      failures.now.push(e.message.slice(0, 500));
      process.stderr.write(`bench: drain now ${label} failed (${e.message.slice(0, 300)}); VM: ${vmDiagnosis()}; again\n`);
      await restore();
      return null;
    }
    const tCall = performance.now();
    const at = await w;
    if (at === null) throw new Error(`drain now: applied, but the VM's ipvsadm never showed weight 0 (last ${current})`);
    const write = r.runtime.directors[0].steps.find((x) => x.name === 'write');
    await restore();
    return { seen: at - t0, call: tCall - t0, write: write?.ms, via: write?.output };
  };
  // The first drain after the API started opens the director's runtime agent (one SSH exec) — unless
  // a drift check did already (the periodic scan, every DRIFT_SCAN_SECONDS, reads the track files
  // through it). Measured on its own, not among the N.
  let cold = null;
  while (!cold && !gaveUp(failures.now, N)) cold = await drainNow('(first, cold)');
  process.stderr.write(`bench: first drain (opens the agent): ${JSON.stringify(cold)}\n`);
  const now = [];
  const nowCall = [];
  const nowWrite = [];
  while (now.length < N && !gaveUp(failures.now, N)) {
    const x = await drainNow(`#${now.length + 1}`);
    if (!x) continue;
    now.push(x.seen);
    nowCall.push(x.call);
    nowWrite.push(x.write);
  }
  const f0 = (xs) => `median ${pct(xs, 50).toFixed(0)} ms, p95 ${pct(xs, 95).toFixed(0)} ms`;
  process.stderr.write(
    `bench: now path done: call → weight 0 seen ${f0(now)}; call returned ${f0(nowCall)}; raw ${JSON.stringify(now.map(Math.round))}; ${failures.now.length} failed\n`,
  );
  const reload = [];
  const reloadDone = [];
  while (reload.length < RELOAD_N && !gaveUp(failures.reload, RELOAD_N)) {
    const t0 = performance.now();
    const w = seen('0', 600_000);
    try {
      await setState({ adminState: 'drained' });
      await deploy(`drain ${reload.length + 1}`);
    } catch (e) {
      // A TCG VM under load sometimes ends SSH channels without an exit status: that sample is not
      // counted (a retry would measure two deployments), it is reported, and the sample is taken again.
      w.cancel();
      failures.reload.push(e.message.slice(0, 500));
      process.stderr.write(
        `bench: reload-path sample ${reload.length + 1} failed (${e.message.slice(0, 300)}); VM: ${vmDiagnosis()}; again\n`,
      );
      await restore();
      continue;
    }
    const tDone = performance.now();
    const at = await w;
    if (at === null) throw new Error(`deployment succeeded, but the VM's ipvsadm never showed weight 0 (last ${current})`);
    reload.push(at - t0);
    reloadDone.push(tDone - t0);
    process.stderr.write(
      `bench: reload-path sample ${reload.length}: weight 0 seen ${Math.round(at - t0)} ms, deployment succeeded ${Math.round(tDone - t0)} ms\n`,
    );
    await restore();
  }
  const gaps = cycles.slice(1).map((t, i) => t - cycles[i]);
  const f = (xs) =>
    xs.length
      ? `median ${pct(xs, 50).toFixed(0)} ms, p95 ${pct(xs, 95).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, n ${xs.length})`
      : 'no sample';
  const ratio = (a, b, p) => +(pct(a, p) / pct(b, p)).toFixed(1);
  const out = {
    drains: N,
    reloadSamples: RELOAD_N,
    commit: COMMIT,
    loadavg: { before: LOAD_BEFORE, after: readFileSync('/proc/loadavg', 'utf8').trim() },
    watcherCycle: f(gaps),
    firstDrainCold: cold && {
      toWeight0: Math.round(cold.seen),
      callReturned: Math.round(cold.call),
      writeStep: cold.write,
      write: cold.via,
    },
    now: { toWeight0: f(now), callReturned: f(nowCall), writeStep: f(nowWrite), failed: failures.now.length },
    reloadPath: { toWeight0: f(reload), deploymentSucceeded: f(reloadDone), failed: failures.reload.length },
    speedup: {
      toWeight0: { median: ratio(reload, now, 50), p95: ratio(reload, now, 95) },
      deploymentSucceededVsCallReturned: { median: ratio(reloadDone, nowCall, 50), p95: ratio(reloadDone, nowCall, 95) },
    },
    failures,
    raw: {
      now: now.map(Math.round),
      nowCall: nowCall.map(Math.round),
      reload: reload.map(Math.round),
      reloadDone: reloadDone.map(Math.round),
    },
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} finally {
  cleanup();
}
