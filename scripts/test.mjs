#!/usr/bin/env node
// The whole suite, one command: build what the tests start as real processes, then run vitest
// (unit + integration + browser projects) and print the runner's own totals as one plain line.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const args = process.argv.slice(2);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

if (!process.env.SKIP_BUILD) {
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static'], { stdio: 'inherit', env });
  if (build.status !== 0) {
    console.error('build failed; tests not run');
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
rmSync(report, { force: true });
// A watchdog: a test stuck in a synchronous loop never reaches vitest's own timeouts (they need the
// event loop), so the whole run has a deadline; past it the run is killed and counted as failed.
const deadlineMinutes = Number(process.env.TEST_DEADLINE_MINUTES ?? 40);
const child = spawn('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], {
  stdio: 'inherit',
  env,
  detached: true,
});
let timedOut = false;
const watchdog = setTimeout(() => {
  timedOut = true;
  console.error(`test run exceeded ${deadlineMinutes} minutes (TEST_DEADLINE_MINUTES); killing it`);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}, deadlineMinutes * 60_000);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      /* already gone */
    }
  });
}
const run = await new Promise((resolve) => child.on('exit', (code, signal) => resolve({ status: code ?? (signal ? 1 : 0) })));
clearTimeout(watchdog);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests;
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A file that failed without a failed test (syntax error, a failing beforeAll that leaves its tests
  // "skipped") counts as one failure: otherwise a suite that never ran would read as green.
  failed += (r.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  // Unhandled errors (an uncaught exception in the API under test) fail the run without failing a
  // file; vitest reports them only through `success`.
  if (r.success === false && failed === 0) failed = 1;
} catch {
  failed = Math.max(failed, 1);
}
if (timedOut) failed += 1;
const exitCode = run.status !== 0 || failed > 0 ? 1 : 0;
if (exitCode !== 0 && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(exitCode);
