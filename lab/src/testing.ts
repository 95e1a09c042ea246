import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { faults } from './faults';
import { clientHttp, type DownResult, down, sshExec, up, vipHolders } from './lab';
import type { LabSize } from './layout';
import { listLabs, type LabState, readState } from './state';
import { isAlive, isRoot } from './system';
import { ensureKernel } from './vm/kernel';
import { vmUnavailableReason } from './vm/vm';

/**
 * For integration tests: one lab per test file, under a name of its own so files running in
 * parallel never meet (`beforeAll(() => startLab(...))`, `afterAll(() => lab.down())`).
 */

export const CAN_RUN_LAB = isRoot();
export const LAB_SKIP_REASON = 'the netns lab needs root (network namespaces, a bridge, sshd)';

type Fault = (role: string) => Promise<void>;

export interface StartedLab {
  name: string;
  /** The state as `up` left it; `current()` re-reads it after fault switches restarted processes. */
  state: LabState;
  current(): LabState;
  faults: { [K in keyof typeof faults]: Fault };
  ssh(role: string, command: string, timeoutMs?: number): string;
  /** HTTP GET from the client namespace. */
  http(url: string, timeoutSeconds?: number): { status: number; body: string };
  vipHolders(vip?: string): string[];
  /** The director's keepalived is alive and not stopped (a `keepalived-hang` leaves it alive but stopped). */
  keepalivedAlive(role: string): boolean;
  down(): DownResult;
}

const processAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Labs from test processes that died before their afterAll (named t-<pid36>-…). */
function reapOrphans(): void {
  for (const s of listLabs()) {
    const m = /^t-([0-9a-z]+)-[0-9a-f]+$/.exec(s.name);
    if (m && !processAlive(parseInt(m[1], 36))) down(s.name);
  }
}

/**
 * Why a VM lab (`startLab({ vm: true })`) cannot run here, or undefined: root, QEMU, /dev/net/tun,
 * the host binaries the VM runs over 9p, and Debian's kernel (fetched once into .lab/cache).
 */
export async function vmLabUnavailableReason(): Promise<string | undefined> {
  const basic = vmUnavailableReason();
  if (basic) return basic;
  for (const bin of ['/usr/sbin/keepalived', '/usr/sbin/ipvsadm', '/usr/sbin/sshd']) {
    if (!existsSync(bin)) return `${bin} is missing on the host (the VM runs the host's binaries over 9p)`;
  }
  try {
    await ensureKernel();
  } catch (err) {
    return `no Debian kernel for the VM (apt-get download failed?): ${(err as Error).message.split('\n')[0]}`;
  }
  return undefined;
}

export interface StartLabOptions extends Partial<LabSize> {
  /** Directors as QEMU VMs with a real IPVS and full keepalived (they die with this process). */
  vm?: boolean;
}

export async function startLab(size: StartLabOptions = {}): Promise<StartedLab> {
  reapOrphans();
  const name = `t-${process.pid.toString(36)}-${randomBytes(3).toString('hex')}`;
  const state = await up({
    name,
    directors: size.directors ?? 2,
    realServers: size.realServers ?? 2,
    vips: size.vips ?? 1,
    vm: size.vm,
    detachVms: false,
  });
  const current = () => readState(name) ?? state;
  const bound = Object.fromEntries(
    Object.entries(faults).map(([k, f]) => [k, (role: string) => f(current(), role)]),
  ) as StartedLab['faults'];
  // If the test process ends without its afterAll, the lab goes with it.
  const onExit = () => {
    if (readState(name)) down(name);
  };
  process.once('exit', onExit);
  return {
    name,
    state,
    current,
    faults: bound,
    ssh: (role, command, timeoutMs) => sshExec(current(), role, command, timeoutMs),
    http: (url, timeoutSeconds) => clientHttp(current(), url, timeoutSeconds),
    vipHolders: (vip) => vipHolders(current(), vip),
    keepalivedAlive: (role) => {
      const p = current().pids[`${role}.keepalived`];
      if (!isAlive(p)) return false;
      // /proc/PID/stat: "pid (comm) S …"; T or t is stopped
      const st = readFileSync(`/proc/${p!.pid}/stat`, 'utf8');
      return !/^[Tt]/.test(st.slice(st.lastIndexOf(')') + 2));
    },
    down: () => {
      process.removeListener('exit', onExit);
      return down(name);
    },
  };
}
