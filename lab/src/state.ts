import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ClusterSpec } from '@lvs/domain';
import { MAX_INDEX } from './layout';
import { isAlive, linkExists, type RecordedPid, sleep } from './system';
import { bridgeName } from './layout';

/** One director as the console needs it (the cluster spec's director plus how to reach it). */
export interface LabDirector {
  /** Name in the cluster spec (keepalived router_id). */
  name: string;
  /** Short role in the lab: d1, d2, … (CLI targets, interface and namespace names). */
  role: string;
  namespace: string;
  address: string;
  sshPort: number;
  sshUser: string;
  privateKeyPath: string;
  /** SHA256:… exactly as `ssh-keygen -l -E sha256` prints it. */
  hostKeyFingerprint: string;
  /** keepalived.conf as seen on the director (through sshd); on the host it is `configHostPath`. */
  configPath: string;
  configHostPath: string;
  pidFile: string;
  reloadMethod: 'sighup';
  /** The reload the console performs, as a shell command on the director. */
  reload: string;
  priority: number;
  hostVeth: string;
  /** Host directory with this director's sshd config, host key, logs and shim. */
  dir: string;
  /**
   * Set when the director is a QEMU VM (`up --vm`): no namespace (`namespace` is ''), `hostVeth`
   * is its tap, and its QEMU is `pids["<role>.vm"]`. Its run dir holds the serial console log.
   */
  vm?: { tap: string; runDir: string; consoleLog: string };
}

export interface LabRealServer {
  name: string;
  role: string;
  namespace: string;
  address: string;
  port: number;
  hostVeth: string;
}

export interface LabState {
  version: 1;
  name: string;
  index: number;
  status: 'starting' | 'up';
  createdAt: string;
  dir: string;
  subnet: string;
  gateway: string;
  bridge: string;
  vips: string[];
  sshUser: string;
  privateKeyPath: string;
  publicKeyPath: string;
  knownHostsPath: string;
  directors: LabDirector[];
  realServers: LabRealServer[];
  client: { namespace: string; address: string; hostVeth: string };
  /** The cluster this lab is, as `--register` posts it (credential named `credentialName`). */
  credentialName: string;
  clusterSpec: ClusterSpec;
  /**
   * Every process the lab started, by key (`d1.init`, `d1.sshd`, `r2.http`, …). Whatever else joins
   * the lab (a VM director's QEMU on a tap of this bridge) records itself here and in `links`, and
   * `down` removes it with the rest.
   */
  pids: Record<string, RecordedPid>;
  /** Every namespace and host link the lab made, recorded before it is made. */
  namespaces: string[];
  links: string[];
}

/** The repository root (where nx.json is), so `.lab/` is the same whether run by npm, node or vitest. */
export function repoRoot(): string {
  let dir = process.cwd();
  for (;;) {
    if (existsSync(join(dir, 'nx.json')) && existsSync(join(dir, 'lab'))) return dir;
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export function labRoot(): string {
  return resolve(process.env.LVS_LAB_DIR ?? join(repoRoot(), '.lab'));
}

export const labDir = (name: string) => join(labRoot(), name);
const stateFile = (name: string) => join(labDir(name), 'lab.json');

export function readState(name: string): LabState | undefined {
  try {
    return JSON.parse(readFileSync(stateFile(name), 'utf8')) as LabState;
  } catch {
    return undefined;
  }
}

/** Atomic: a reader (or a `down` after a crash) sees the old file or the new one, never half. */
export function writeState(state: LabState): void {
  mkdirSync(labDir(state.name), { recursive: true });
  const tmp = `${stateFile(state.name)}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state, null, 2) + '\n');
  renameSync(tmp, stateFile(state.name));
}

export function removeLabDir(name: string): void {
  rmSync(labDir(name), { recursive: true, force: true });
}

export function listLabs(): LabState[] {
  if (!existsSync(labRoot())) return [];
  return readdirSync(labRoot())
    .map((n) => readState(n))
    .filter((s): s is LabState => s !== undefined);
}

/**
 * A lock over index allocation (O_EXCL lock file): two `up`s at once (vitest runs two files in
 * parallel) must not take the same index. A lock older than a minute is from a dead process.
 */
export async function withAllocationLock<T>(fn: () => T): Promise<T> {
  mkdirSync(labRoot(), { recursive: true });
  const lock = join(labRoot(), '.alloc.lock');
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > 60_000) rmSync(lock, { force: true });
      } catch {
        /* released meanwhile */
      }
      if (Date.now() > deadline) throw new Error(`could not take ${lock} within 30 s`);
      await sleep(50);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** The lowest index no lab state claims and no host bridge uses (a lab whose state was lost). */
export function freeIndex(): number {
  const taken = new Set(listLabs().map((s) => s.index));
  for (let i = 0; i <= MAX_INDEX; i++) if (!taken.has(i) && !linkExists(bridgeName(i))) return i;
  throw new Error(`all ${MAX_INDEX + 1} lab indexes are in use: run "npm run lab -- status" and "down" some`);
}

export function alivePids(state: LabState): string[] {
  return Object.entries(state.pids)
    .filter(([, p]) => isAlive(p))
    .map(([k]) => k);
}
