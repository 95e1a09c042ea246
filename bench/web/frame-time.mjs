#!/usr/bin/env node
// Frame time of the cluster page while it receives live deltas (issue: "< 16 ms at 1 s ticks").
//
//   npx nx run-many -t build && node bench/web/frame-time.mjs [services=250] [reals=20] [busy=1] [seconds=60]
//
// Root: starts a netns lab (two directors: real sshd + keepalived), the built API
// (apps/api/dist/main.js, TELEMETRY_TICK_MS=1000, its own embedded PostgreSQL) and the built web app
// (`next start`), registers the lab as a cluster of services × reals real servers, signs in through
// the login page in Debian's Chromium (playwright-core, the flags of test/e2e/stack.ts) and opens
// /clusters/<id>/live. WEB_DIR=dir serves another build of the web app (a copy of apps/web's .next,
// for a machine where others rebuild apps/web meanwhile).
//
// The page keeps /live in a Web Worker (socket, delta parsing, sorting): the trace below is the
// renderer's main thread only, which gets a frame of the ~30 rows on screen per tick.
//
// This kernel has no IPVS, so each director's `ipvsadm` is a shim (first in its sshd's PATH, as in
// bench/telemetry/telemetry.mjs) printing a table of that size whose counters change every second
// for a `busy` fraction of the real servers: every tick the API sends a real `state.delta` and the
// page applies it. Only the kernel's numbers are made up.
//
// In the page, for `seconds`: requestAnimationFrame deltas (frame-to-frame time; at 60 Hz an
// unhurried frame is 16.7 ms), PerformanceObserver 'long-animation-frame' (frames whose work took
// > 50 ms, with their busy time) and 'longtask', and the ticks seen (the live status text changes).
//
// CSS='…' adds a style sheet to the page before measuring: to try a CSS change (containment,
// content-visibility) without a rebuild. TRACE=file.json keeps the Chromium trace.
//
// PROFILE=file.cpuprofile also records a V8 CPU profile of the page over the same window (Chrome
// DevTools protocol; open it in DevTools' Performance panel) and prints the functions with the most
// self time. The web build is minified: names are the bundle's, with their chunk and position.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { adminToken, bigLabSpec, freePort, installIpvsadmShim, loadLab, pct, root, waitOk } from '../lib/lab-bench.mjs';

const SERVICES = Number(process.argv[2] ?? 250);
const REALS = Number(process.argv[3] ?? 20);
const BUSY = Number(process.argv[4] ?? 1);
const SECONDS = Number(process.argv[5] ?? 60);
const PASSWORD = 'bench-admin-password';
if (process.getuid?.() !== 0) {
  console.error('the frame-time bench needs root (it starts the netns lab)');
  process.exit(1);
}

const lab = await loadLab();

const dir = mkdtempSync(join(tmpdir(), 'lvs-frame-bench-'));
chmodSync(dir, 0o755);
const labName = `fbench-${process.pid.toString(36)}`;
let api;
let web;
let browser;
let labUp = false;
async function cleanup() {
  await browser?.close().catch(() => {});
  for (const c of [web, api]) {
    if (c && c.exitCode === null) {
      try {
        process.kill(-c.pid, 'SIGKILL'); // its own process group (detached): next start's workers too
      } catch {}
    }
  }
  if (labUp) lab.down(labName);
  rmSync(dir, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void cleanup().then(() => process.exit(130)));

try {
  // --- the lab, the API, the web app
  const state = await lab.up({ name: labName, directors: 2, realServers: 1 });
  labUp = true;
  const [apiPort, webPort, pgPort] = [await freePort(), await freePort(), await freePort()];
  const env = {
    ...process.env,
    DATA_DIR: join(dir, 'data'),
    API_PORT: String(apiPort),
    WEB_PORT: String(webPort),
    EMBEDDED_PG_PORT: String(pgPort),
    ADMIN_PASSWORD: PASSWORD,
    LOG_LEVEL: 'warn',
    TELEMETRY_TICK_MS: '1000',
    DRIFT_SCAN_SECONDS: '0',
    NODE_ENV: 'production',
  };
  const base = `http://127.0.0.1:${apiPort}`;
  api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  await waitOk(`${base}/api/v1/ready`, 'the API');
  web = spawn(
    process.execPath,
    [join(root, 'node_modules/next/dist/bin/next'), 'start', process.env.WEB_DIR ?? 'apps/web', '-p', String(webPort), '-H', '127.0.0.1'],
    { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const webUrl = `http://127.0.0.1:${webPort}`;
  await waitOk(webUrl, 'the web app');
  const token = await adminToken(base, PASSWORD);

  const spec = bigLabSpec(state, SERVICES, REALS);
  const { clusterId } = await lab.register({ ...state, clusterSpec: spec }, { url: base, token });

  // --- the ipvsadm shim: counters of a `busy` fraction grow each second
  installIpvsadmShim(state, { services: SERVICES, reals: REALS, busy: BUSY });

  // --- Chromium: sign in through the page, open the cluster
  const profile = join(dir, 'chromium');
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1440, height: 1000 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${webUrl}/login`);
  await page.getByLabel('User name').fill('admin');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${webUrl}/`);
  await page.goto(`${webUrl}/clusters/${clusterId}/live`);
  const n = SERVICES * REALS;
  await page
    .getByTestId('rs-table')
    .filter({ hasText: `${n} real servers` })
    .waitFor({ timeout: 60_000 });
  // The shim's table read: some row has counters (health known), then a few ticks to settle.
  await page.waitForFunction(() => /updated/.test(document.querySelector('[data-testid="live-status"]')?.textContent ?? ''), null, {
    timeout: 60_000,
  });
  if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
  await sleep(5000);

  const cdp = await browser.newCDPSession(page);
  // The trace: every task of the renderer's main thread (its busy time per frame, its long tasks).
  const traceEvents = [];
  cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...e.value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] },
    transferMode: 'ReportEvents',
  });
  if (process.env.PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const r = await page.evaluate(
    (seconds) =>
      new Promise((resolve) => {
        const frames = [];
        const loaf = [];
        const longtasks = [];
        let ticks = 0;
        const status = document.querySelector('[data-testid="live-status"]');
        let lastStatus = status?.textContent;
        const mo = new MutationObserver(() => {
          if (status?.textContent !== lastStatus) {
            lastStatus = status?.textContent;
            ticks++;
          }
        });
        if (status) mo.observe(status, { subtree: true, childList: true, characterData: true });
        // What the page changes in the DOM while it updates (records by kind and target).
        const mutations = {};
        const all = new MutationObserver((records) => {
          for (const m of records) {
            const t = m.target.nodeType === 1 ? m.target : m.target.parentElement;
            const k = `${m.type}${m.attributeName ? `:${m.attributeName}` : ''} <${t?.tagName?.toLowerCase()}${t?.className && typeof t.className === 'string' ? `.${t.className.split(' ')[0]}` : ''}${t?.tagName === 'INPUT' ? `[${t.getAttribute('name') ?? t.id ?? ''}]` : ''}>`;
            mutations[k] = (mutations[k] ?? 0) + 1;
          }
        });
        all.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        const observers = [];
        for (const [type, list] of [
          ['long-animation-frame', loaf],
          ['longtask', longtasks],
        ]) {
          try {
            const o = new PerformanceObserver((l) =>
              l.getEntries().forEach((e) => list.push({ duration: e.duration, blocking: e.blockingDuration ?? 0 })),
            );
            o.observe({ type, buffered: false });
            observers.push(o);
          } catch {}
        }
        // The measured window, marked in the trace too (tasks outside it, like stopping the trace, do not count).
        performance.mark('frame-bench-start');
        const t0 = performance.now();
        let last = t0;
        const loop = (t) => {
          frames.push(t - last);
          last = t;
          if (t - t0 < seconds * 1000) requestAnimationFrame(loop);
          else {
            performance.mark('frame-bench-end');
            mo.disconnect();
            all.disconnect();
            observers.forEach((o) => o.disconnect());
            resolve({
              mutations,
              frames: frames.slice(1),
              loaf,
              longtasks,
              ticks,
              loafSupported: PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'),
            });
          }
        };
        requestAnimationFrame((t) => {
          last = t;
          requestAnimationFrame(loop);
        });
      }),
    SECONDS,
  );
  const rows = await page.getByTestId('rs-row').count();
  if (process.env.PROFILE) printProfile((await cdp.send('Profiler.stop')).profile, process.env.PROFILE);
  await cdp.send('Tracing.end');
  await traced;
  if (process.env.TRACE) writeFileSync(process.env.TRACE, JSON.stringify({ traceEvents }));
  const main = mainThreadWork(traceEvents);
  const f = r.frames;
  const over = (ms) => f.filter((x) => x > ms).length;
  console.log(
    `\n## Cluster page frame time (${n} real servers, ${Math.round(BUSY * 100)}% changing each tick, 1 s ticks, ${SECONDS} s, headless Chromium --disable-gpu)${process.env.CSS ? `, with CSS ${process.env.CSS}` : ''}\n`,
  );
  console.log(`Command: \`node bench/web/frame-time.mjs ${SERVICES} ${REALS} ${BUSY} ${SECONDS}\`\n`);
  console.log('| measure | value |');
  console.log('|---|---|');
  console.log(`| frames (rAF callbacks) / ticks seen by the page | ${f.length} (${(f.length / SECONDS).toFixed(1)}/s) / ${r.ticks} |`);
  console.log(
    `| frame time (rAF delta) p50 / p95 / p99 / max | ${pct(f, 50).toFixed(1)} / ${pct(f, 95).toFixed(1)} / ${pct(f, 99).toFixed(1)} / ${Math.max(...f).toFixed(1)} ms |`,
  );
  console.log(
    `| frames > 16.7 ms / > 20 ms / > 33.4 ms (a dropped frame at 60 Hz) | ${over(16.7)} / ${over(20)} / ${over(33.4)} of ${f.length} |`,
  );
  console.log(
    `| long animation frames (> 50 ms): count, max duration, total blocking | ${r.loafSupported ? `${r.loaf.length}, ${r.loaf.length ? Math.max(...r.loaf.map((x) => x.duration)).toFixed(0) : 0} ms, ${r.loaf.reduce((a, x) => a + x.blocking, 0).toFixed(0)} ms` : 'not supported'} |`,
  );
  console.log(
    `| long tasks (> 50 ms): count, max | ${r.longtasks.length}, ${r.longtasks.length ? Math.max(...r.longtasks.map((x) => x.duration)).toFixed(0) : 0} ms |`,
  );
  console.log(
    `| main-thread busy time per frame interval (16.7 ms) p50 / p95 / p99 / max | ${main.perFrame.map((x) => x.toFixed(1)).join(' / ')} ms |`,
  );
  console.log(`| frame intervals with > 16 ms of main-thread work | ${main.framesOver16} of ${main.frames} |`);
  console.log(
    `| main-thread CPU time per frame interval (the thread's own time) p50 / p95 / p99 / max | ${main.perFrameCpu.map((x) => x.toFixed(1)).join(' / ')} ms (${main.framesOver8Cpu} intervals > 8 ms) |`,
  );
  console.log(
    `| main-thread tasks > 16 ms (wall): count, longest three | ${main.tasksOver16}, ${main.longest.map((x) => x.toFixed(1)).join(' / ')} ms |`,
  );
  // Wall time includes waiting for a core when other processes load the machine; thread time does not.
  console.log(
    `| main-thread tasks > 16 ms of the thread's own CPU time: count, longest three | ${main.tasksOver16Cpu}, ${main.longestCpu.map((x) => x.toFixed(1)).join(' / ')} ms |`,
  );
  console.log(`| the live socket in a Web Worker | ${page.workers().length ? `yes (${page.workers().length} worker)` : 'no'} |`);
  console.log(`| load average (1 min) at the end | ${loadavg()[0].toFixed(2)} on ${cpus().length} cores |`);
  console.log(
    `| real-server rows in the DOM / elements in the page | ${rows} / ${await page.evaluate(() => document.querySelectorAll('*').length)} |`,
  );
  const muts = Object.entries(r.mutations).sort((a, b) => b[1] - a[1]);
  console.log(
    `| DOM mutation records per tick (top kinds) | ${muts
      .slice(0, 6)
      .map(([k, n]) => `${(n / Math.max(1, r.ticks)).toFixed(0)} ${k.replace(/[<>|]/g, '')}`)
      .join(', ')} |`,
  );
  if (errors.length) console.log(`\npage errors: ${errors.join('; ')}`);
} finally {
  await cleanup();
}

/**
 * From a Chromium trace: the renderer main thread's top-level tasks ('ThreadControllerImpl::RunTask'), their busy time in
 * each 16.7 ms interval (the work a frame at 60 Hz must fit in), and the tasks longer than 16 ms.
 * The renderer is the CrRendererMain thread with the most task time (the page's).
 */
function mainThreadWork(events) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}/${e.tid}`, e.args.name);
  const tasks = new Map();
  for (const e of events) {
    if (
      e.ph !== 'X' ||
      (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') ||
      names.get(`${e.pid}/${e.tid}`) !== 'CrRendererMain'
    )
      continue;
    const k = `${e.pid}/${e.tid}`;
    if (!tasks.has(k)) tasks.set(k, []);
    tasks.get(k).push({ ts: e.ts / 1000, dur: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 });
  }
  const sum = (xs) => xs.reduce((a, t) => a + t.dur, 0);
  const mark = (name) => events.find((e) => e.name === name && e.cat?.includes('blink.user_timing'))?.ts / 1000;
  const [from, to] = [mark('frame-bench-start') ?? -Infinity, mark('frame-bench-end') ?? Infinity];
  const mine = ([...tasks.values()].sort((a, b) => sum(b) - sum(a))[0] ?? []).filter((t) => t.ts >= from && t.ts + t.dur <= to);
  if (!mine.length)
    return {
      perFrame: [NaN, NaN, NaN, NaN],
      perFrameCpu: [NaN, NaN, NaN, NaN],
      framesOver8Cpu: 0,
      frames: 0,
      framesOver16: 0,
      tasksOver16: 0,
      longest: [],
      tasksOver16Cpu: 0,
      longestCpu: [],
    };
  const W = 1000 / 60;
  const t0 = Math.min(...mine.map((t) => t.ts));
  const t1 = Math.max(...mine.map((t) => t.ts + t.dur));
  const bins = new Float64Array(Math.ceil((t1 - t0) / W) + 1);
  // The same with the thread's own CPU time, spread over a task's wall span (on a loaded machine a
  // task's wall time includes waiting for a core; its CPU time is the work).
  const cpuBins = new Float64Array(bins.length);
  for (const t of mine) {
    // Spread each task over the intervals it covers (by index: float boundaries must not stall it).
    const first = Math.floor((t.ts - t0) / W);
    const last = Math.floor((t.ts + t.dur - t0) / W);
    const density = t.dur > 0 ? Math.min(1, t.cpu / t.dur) : 0;
    for (let i = first; i <= last; i++) {
      const overlap = Math.max(0, Math.min(t.ts + t.dur, t0 + (i + 1) * W) - Math.max(t.ts, t0 + i * W));
      bins[i] += overlap;
      cpuBins[i] += overlap * density;
    }
  }
  const xs = [...bins];
  const cs = [...cpuBins];
  const long = mine
    .map((t) => t.dur)
    .filter((d) => d > 16)
    .sort((a, b) => b - a);
  const longCpu = mine
    .map((t) => t.cpu)
    .filter((d) => d > 16)
    .sort((a, b) => b - a);
  return {
    perFrame: [pct(xs, 50), pct(xs, 95), pct(xs, 99), Math.max(...xs)],
    perFrameCpu: [pct(cs, 50), pct(cs, 95), pct(cs, 99), Math.max(...cs)],
    framesOver8Cpu: cs.filter((x) => x > 8).length,
    frames: xs.length,
    framesOver16: xs.filter((x) => x > 16).length,
    tasksOver16: long.length,
    longest: long.slice(0, 3),
    tasksOver16Cpu: longCpu.length,
    longestCpu: longCpu.slice(0, 3),
  };
}

/** Writes the profile and prints the top self-time functions (sampled time, ms). */
function printProfile(profile, file) {
  writeFileSync(file, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]);
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`\nCPU profile (${file}): ${total.toFixed(0)} ms sampled; top self time:`);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${k}`);
}
