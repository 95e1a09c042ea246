import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createConnection } from 'node:net';

/**
 * The lab's only doors to the host: run a command, start a daemon, look at /proc. Everything is
 * synchronous except waiting, so `down` can run from a signal handler and finish before exit.
 */

export class CommandError extends Error {
  constructor(
    readonly argv: string[],
    readonly status: number | null,
    readonly stderr: string,
  ) {
    super(`${argv.join(' ')} failed (exit ${status ?? 'signal'}): ${stderr.trim() || '(no output)'}`);
  }
}

export function run(argv: string[], opts: { input?: string; timeoutMs?: number } = {}): string {
  try {
    return execFileSync(argv[0], argv.slice(1), {
      input: opts.input,
      timeout: opts.timeoutMs ?? 30_000,
      stdio: ['pipe', 'pipe', 'pipe'],
    }).toString();
  } catch (e) {
    const err = e as { status?: number | null; stderr?: Buffer; message: string };
    throw new CommandError(argv, err.status ?? null, err.stderr?.toString() ?? err.message);
  }
}

/** Like run(), for clean-up: a failure (already gone) is not an error. */
export function tryRun(argv: string[]): boolean {
  try {
    run(argv);
    return true;
  } catch {
    return false;
  }
}

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

export const NOT_ROOT = 'the lab needs root (network namespaces, a bridge, sshd): run it as root';

export function requireRoot(): void {
  if (!isRoot()) throw new Error(NOT_ROOT);
}

/** A long-running process, detached from us so it outlives `npm run lab -- up`; output goes to `logFile`. */
export function spawnDaemon(argv: string[], logFile: string): number {
  const fd = openSync(logFile, 'a');
  try {
    const child = spawn(argv[0], argv.slice(1), { detached: true, stdio: ['ignore', fd, fd] });
    child.unref();
    if (child.pid === undefined) throw new Error(`could not start ${argv.join(' ')}`);
    return child.pid;
  } finally {
    closeSync(fd);
  }
}

/** A process we started, told apart from a later process that reuses its pid by its start time. */
export interface RecordedPid {
  pid: number;
  /** Field 22 of /proc/<pid>/stat: clock ticks after boot. */
  startTime: number;
}

function startTimeOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ")".
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const state = rest[0];
    if (state === 'Z' || state === 'X') return undefined;
    return Number(rest[19]);
  } catch {
    return undefined;
  }
}

export function record(pid: number): RecordedPid {
  const startTime = startTimeOf(pid);
  if (startTime === undefined) throw new Error(`process ${pid} is not running`);
  return { pid, startTime };
}

/** Running (not a zombie) and still the very process that was recorded. */
export function isAlive(p: RecordedPid | undefined): boolean {
  return p !== undefined && startTimeOf(p.pid) === p.startTime;
}

export function killRecorded(p: RecordedPid | undefined, signal: NodeJS.Signals = 'SIGKILL'): boolean {
  if (!isAlive(p)) return false;
  try {
    process.kill(p!.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** The pid-1 child that `unshare --fork` made (its only child), once it exists. */
export function onlyChild(pid: number): number | undefined {
  try {
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return kids.length ? Number(kids[0]) : undefined;
  } catch {
    return undefined;
  }
}

function pidNamespaceOf(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/ns/pid`);
  } catch {
    return undefined;
  }
}

/** Host pid of the process that is `nsPid` inside the PID namespace whose init is host pid `initPid`. */
export function hostPid(initPid: number, nsPid: number): number | undefined {
  const ns = pidNamespaceOf(initPid);
  if (!ns) return undefined;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || pidNamespaceOf(Number(entry)) !== ns) continue;
    try {
      const line = readFileSync(`/proc/${entry}/status`, 'utf8').match(/^NSpid:\s+(.*)$/m)?.[1];
      const ids = line?.trim().split(/\s+/).map(Number) ?? [];
      if (ids[ids.length - 1] === nsPid) return Number(entry);
    } catch {
      /* exited meanwhile */
    }
  }
  return undefined;
}

export function readPidFile(file: string): number | undefined {
  try {
    const n = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every `everyMs` until it holds or `timeoutMs` passes; returns whether it held. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(everyMs);
  }
}

export function tcpOpen(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host, port, timeout: timeoutMs });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.once('connect', () => done(true));
    s.once('timeout', () => done(false));
    s.once('error', () => done(false));
  });
}

export function namespaces(): string[] {
  if (!existsSync('/run/netns')) return [];
  return readdirSync('/run/netns');
}

export function linkExists(name: string): boolean {
  return existsSync(`/sys/class/net/${name}`);
}
