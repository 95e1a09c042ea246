import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module of the start script, no type declarations
import { backoffDelay, createSupervisor } from './supervisor.mjs';

interface Supervisor {
  run(name: string, cmd: string, args: string[], spawnOptions?: object, onStart?: (c: { pid?: number }, n: number) => void): void;
  child(name: string): { pid?: number } | undefined;
  stop(): Promise<void>;
}

const alive = (pid: number | undefined) => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** What `npm start` (scripts/start.mjs) relies on: real child processes, crashed and restarted. */
describe('npm start supervisor (scripts/supervisor.mjs) with real processes', () => {
  const work = mkdtempSync(join(tmpdir(), 'lvs-supervisor-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('doubles the pause from the first up to the cap', () => {
    const b = { initialMs: 1000, maxMs: 30_000, stableMs: 60_000 };
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n, b))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('restarts a crashing API with growing pauses, ends what it left running, and never touches the web child', async () => {
    const lines: string[] = [];
    const apiPids: number[] = [];
    let webStarts = 0;
    const sup = createSupervisor({
      log: (l: string) => lines.push(l),
      backoff: { initialMs: 50, maxMs: 200, stableMs: 60_000 },
      killGraceMs: 2000,
    }) as Supervisor;
    // The "API": leaves a long-lived grandchild behind (as the embedded PostgreSQL would), then crashes.
    const crasher = `const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
require('node:fs').writeFileSync(process.argv[1] + '/grandchild-' + process.pid, String(c.pid));
setTimeout(() => { throw new Error('boom'); }, 30);`;
    sup.run('api', process.execPath, ['-e', crasher, work], { stdio: 'ignore' }, (c) => apiPids.push(c.pid!));
    sup.run('web', process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }, () => (webStarts += 1));
    const webPid = sup.child('web')?.pid;
    await expect.poll(() => apiPids.length, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(5);
    // each restart was logged, with the pause doubling up to the cap
    const pauses = lines.filter((l) => /^lvs-console: api exited/.test(l)).map((l) => /in ([\d.]+) s$/.exec(l)![1]);
    expect(pauses.slice(0, 4)).toEqual(['0.05', '0.1', '0.2', '0.2']);
    expect(lines[0]).toMatch(/api exited \(code 1\); restart 1 in 0\.05 s/);
    // the web child is the one started at the beginning, still running
    expect(webStarts).toBe(1);
    expect(sup.child('web')?.pid).toBe(webPid);
    expect(alive(webPid)).toBe(true);
    // what each crashed API left behind was ended with it
    const crashed = apiPids.slice(0, 3);
    for (const p of crashed) {
      const f = join(work, `grandchild-${p}`);
      await expect.poll(() => existsSync(f), { timeout: 5000 }).toBe(true);
      const g = Number(readFileSync(f, 'utf8'));
      await expect.poll(() => alive(g), { timeout: 5000 }).toBe(false);
    }
    // Ctrl-C / SIGTERM: both stop and nothing starts again
    await sup.stop();
    expect(alive(webPid)).toBe(false);
    const n = apiPids.length;
    await new Promise((r) => setTimeout(r, 400));
    expect(apiPids.length).toBe(n);
    expect(sup.child('web')).toBeUndefined();
  });

  it('starts the pauses over once a child has stayed up for the stable time', async () => {
    const lines: string[] = [];
    const sup = createSupervisor({
      log: (l: string) => lines.push(l),
      backoff: { initialMs: 50, maxMs: 10_000, stableMs: 150 },
    }) as Supervisor;
    // up for 300 ms (past the 150 ms stable time), then a crash: every restart waits the first pause
    sup.run('api', process.execPath, ['-e', 'setTimeout(() => process.exit(7), 300)'], { stdio: 'ignore' });
    await expect.poll(() => lines.length, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(3);
    await sup.stop();
    expect(lines.slice(0, 3)).toEqual(Array(3).fill('lvs-console: api exited (code 7); restart 1 in 0.05 s'));
  });
});
