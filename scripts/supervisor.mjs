// Keeps `npm start`'s children running: a child that exits on its own (a crash) is started again
// after a pause that doubles with every quick crash (1 s, 2 s, 4 s … up to 30 s) and falls back to
// the first pause once the child has stayed up for a stable minute. A crashed API must not take the
// dashboard down with it, and a crash loop must not spin the CPU. stop() ends every child (SIGTERM,
// then SIGKILL after a grace) and starts nothing again.
import { spawn as nodeSpawn } from 'node:child_process';

export const DEFAULT_BACKOFF = { initialMs: 1_000, maxMs: 30_000, stableMs: 60_000 };

/** The pause before restart number `failures` (1-based): initial · 2^(failures-1), capped. */
export function backoffDelay(failures, { initialMs, maxMs } = DEFAULT_BACKOFF) {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, failures - 1));
}

/**
 * @param {object} opts
 * @param {(line: string) => void} [opts.log] where restart notices go (stderr by default)
 * @param {typeof nodeSpawn} [opts.spawn] injectable for tests; real processes otherwise
 * @param {{ initialMs: number, maxMs: number, stableMs: number }} [opts.backoff]
 * @param {number} [opts.killGraceMs] how long stop() waits before SIGKILL
 */
export function createSupervisor(opts = {}) {
  const log = opts.log ?? ((line) => console.error(line));
  const spawn = opts.spawn ?? nodeSpawn;
  const backoff = { ...DEFAULT_BACKOFF, ...opts.backoff };
  const killGraceMs = opts.killGraceMs ?? 20_000;
  const services = new Map();
  let stopping = false;

  // Each child leads its own process group, so what it started (the API's embedded PostgreSQL) can
  // be found and ended after a crash: a postmaster left running holds the data directory's lock and
  // the restarted API could never start.
  function sweep(pid) {
    if (!pid) return;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      /* the group is already empty */
    }
  }

  function startService(s) {
    const child = spawn(s.cmd, s.args, { detached: true, ...s.spawnOptions });
    s.child = child;
    s.startedAt = Date.now();
    s.starts += 1;
    s.onStart?.(child, s.starts);
    child.on('error', (e) => log(`lvs-console: ${s.name} could not be started: ${e.message}`));
    child.on('exit', (code, signal) => {
      s.child = undefined;
      sweep(child.pid);
      if (stopping) return;
      // A child that ran for a stable minute crashed for a new reason: start the pauses over.
      if (Date.now() - s.startedAt >= backoff.stableMs) s.failures = 0;
      s.failures += 1;
      const delay = backoffDelay(s.failures, backoff);
      log(`lvs-console: ${s.name} exited (${signal ?? `code ${code}`}); restart ${s.failures} in ${delay / 1000} s`);
      s.timer = setTimeout(() => {
        s.timer = undefined;
        if (!stopping) startService(s);
      }, delay);
    });
  }

  return {
    /** Starts `cmd args` now and keeps it running; onStart sees every (re)start. */
    run(name, cmd, args, spawnOptions = {}, onStart) {
      const s = { name, cmd, args, spawnOptions, onStart, failures: 0, starts: 0, startedAt: 0, child: undefined, timer: undefined };
      services.set(name, s);
      startService(s);
      return s;
    },
    /** The running child of a service (undefined while it waits to be restarted). */
    child(name) {
      return services.get(name)?.child;
    },
    get stopping() {
      return stopping;
    },
    /** Stops every child and resolves once all have exited. */
    stop() {
      stopping = true;
      const alive = [];
      for (const s of services.values()) {
        if (s.timer) clearTimeout(s.timer);
        if (s.child && s.child.exitCode === null && s.child.signalCode === null) alive.push(s.child);
      }
      return Promise.all(
        alive.map(
          (c) =>
            new Promise((resolve) => {
              const t = setTimeout(() => c.kill('SIGKILL'), killGraceMs);
              t.unref();
              c.once('exit', () => {
                clearTimeout(t);
                resolve();
              });
              c.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
