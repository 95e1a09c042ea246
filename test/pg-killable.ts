import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from '../apps/api/src/infra/database/data-source';
import { startEmbeddedPostgres } from '../apps/api/src/infra/database/embedded-postgres';
import { freePort } from './global-setup';
import { adminQuery, withDatabase } from './pg';

/**
 * A PostgreSQL of one test file's own, which the test may SIGKILL and start again on the same data
 * directory and port (crash recovery included) — the shared one of global-setup is never touched.
 * embedded-postgres initialises it (and its password); afterwards the postmaster is spawned here so
 * that its pid is ours to kill, and a kill leaves no handle of the package waiting for an exit.
 */
export interface KillablePostgres {
  /** The migrated database the app under test uses. */
  databaseUrl: string;
  /** Whether the postmaster is running (started and not killed or stopped). */
  readonly up: boolean;
  /** SIGKILL the postmaster and every backend: what the OOM killer or `kill -9` of the service does. */
  kill(): Promise<void>;
  /** Start it again on the same data directory (Postgres replays its WAL first). */
  start(): Promise<void>;
  /** Clean shutdown and the data directory removed. */
  stop(): Promise<void>;
}

const DATABASE = 'lvs_fault';

function postgresIds(): { uid?: number; gid?: number } {
  if (userInfo().uid !== 0) return {};
  // Postgres refuses to run as root; embedded-postgres made (or found) the "postgres" user at initdb.
  return {
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
  };
}

/** Pids whose parent is `pid` (the postmaster's backends and auxiliary processes). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so split after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(name));
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}

/** Gone, or a zombie (it holds nothing any more). */
function dead(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

export async function startKillablePostgres(): Promise<KillablePostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'lvs-pg-fault-'));
  await chmod(dir, 0o755);
  const dataDir = join(dir, 'pg');
  const port = await freePort();
  const first = await startEmbeddedPostgres({ dir: dataDir, port, persistent: true });
  await adminQuery(first.url, `CREATE DATABASE ${DATABASE}`);
  const databaseUrl = withDatabase(first.url, DATABASE);
  const ds = createDataSource(databaseUrl);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  await first.stop();

  // The binary embedded-postgres itself runs: its per-platform package (linux-x64 here and in CI).
  const { postgres } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  const ids = postgresIds();
  let proc: ChildProcess | undefined;
  let log = '';

  const start = async () => {
    if (proc) throw new Error('the fault-test postgres is already running');
    log = '';
    const p = spawn(postgres, ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='], {
      ...ids,
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    proc = p;
    await new Promise<void>((resolve, reject) => {
      p.stderr!.on('data', (b: Buffer) => {
        log += b.toString();
        if (log.includes('database system is ready to accept connections')) resolve();
      });
      p.once('exit', (code, signal) => {
        if (proc === p) proc = undefined;
        reject(new Error(`postgres exited (${signal ?? code}) before it was ready:\n${log.slice(-2000)}`));
      });
    });
  };

  const kill = async () => {
    const p = proc;
    if (!p?.pid) throw new Error('the fault-test postgres is not running');
    const backends = childrenOf(p.pid);
    const exited = new Promise((r) => p.once('exit', r));
    // The postmaster first, so that it cannot fork anything new, then its children.
    process.kill(p.pid, 'SIGKILL');
    for (const pid of backends) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    await exited;
    proc = undefined;
    for (let i = 0; !backends.every(dead); i++) {
      if (i > 200) throw new Error(`postgres backends still alive after SIGKILL: ${backends.filter((b) => !dead(b)).join(' ')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  await start();
  return {
    databaseUrl,
    get up() {
      return proc !== undefined;
    },
    kill,
    start,
    stop: async () => {
      const p = proc;
      if (p) {
        const exited = new Promise((r) => p.once('exit', r));
        p.kill('SIGINT');
        await exited;
        proc = undefined;
      }
      if (existsSync(dir)) await rm(dir, { recursive: true, force: true });
    },
  };
}
