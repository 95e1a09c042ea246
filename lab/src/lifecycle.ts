import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consoleNotifyFifos, render } from '@lvs/keepalived';
import { startDirectorInit, startHttp, startKeepalived, startSshd, writeDirectorFiles } from './daemons';
import { ensureLabUser } from './lab-user';
import { checkLabName, checkSize, type LabSize } from './layout';
import { plan } from './plan';
import { vipHolders } from './status';
import { bootDirectorVm, pushVmConfig, startVmKeepalived, VM_KEEPALIVED_LOG, vmKey } from './vm-director';
import { freeIndex, type LabDirector, type LabState, readState, removeLabDir, withAllocationLock, writeState } from './state';
import { isAlive, killRecorded, linkExists, namespaces, requireRoot, run, tryRun, waitFor } from './system';

export interface UpOptions extends Partial<LabSize> {
  name?: string;
  /** Directors as QEMU VMs with a real IPVS (`lab/src/vm`), full keepalived; real servers and the client stay namespaces. */
  vm?: boolean;
  /**
   * With `vm`: QEMU outlives this process (the CLI exits once the lab is up; `down` kills it).
   * false (tests): QEMU dies with this process even if it never calls `down`.
   */
  detachVms?: boolean;
  /** Progress lines (the CLI prints them on stderr). */
  log?: (line: string) => void;
}

function fingerprint(pubFile: string): string {
  return run(['ssh-keygen', '-l', '-E', 'sha256', '-f', pubFile]).split(' ')[1];
}

/** A namespace with `eth0` on the lab bridge (its peer `hostVeth` on the host), `lo` up, default route via the gateway. */
function addNamespace(state: LabState, ns: string, hostVeth: string, address: string): void {
  run(['ip', 'netns', 'add', ns]);
  run(['ip', 'link', 'add', hostVeth, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns]);
  run(['ip', 'link', 'set', hostVeth, 'master', state.bridge, 'up']);
  run(['ip', '-n', ns, 'link', 'set', 'lo', 'up']);
  run(['ip', '-n', ns, 'addr', 'add', `${address}/24`, 'dev', 'eth0']);
  run(['ip', '-n', ns, 'link', 'set', 'eth0', 'up']);
  run(['ip', '-n', ns, 'route', 'add', 'default', 'via', state.gateway]);
}

/** The structure is there (namespaces, bridge, each director's init): daemons can be (re)started in place. */
function structureIntact(state: LabState): boolean {
  const ns = new Set(namespaces());
  return (
    state.status === 'up' &&
    state.namespaces.every((n) => ns.has(n)) &&
    state.links.every(linkExists) &&
    state.directors.every((d) => isAlive(state.pids[d.vm ? vmKey(d) : `${d.role}.init`]))
  );
}

const directorConf = (state: LabState, d: LabDirector) =>
  render(state.clusterSpec, d.name, { notifyFifos: consoleNotifyFifos(d.configPath) });

async function startDaemons(state: LabState, log: (l: string) => void, detachVms = true): Promise<void> {
  for (const r of state.realServers) await startHttp(state, r);
  const vms = state.directors.filter((d) => d.vm && !isAlive(state.pids[vmKey(d)]));
  if (vms.length) {
    log(`booting ${vms.length} director VM${vms.length > 1 ? 's' : ''} (QEMU, TCG: several seconds each)`);
    const t0 = Date.now();
    // One at a time: two cores, and TCG boots slow each other down more than they overlap.
    for (const d of vms) {
      await bootDirectorVm(state, d, { detach: detachVms });
      pushVmConfig(state, d, directorConf(state, d));
      log(`${d.role}: VM up at ${d.address} (${d.hostKeyFingerprint}) after ${Date.now() - t0} ms`);
    }
  }
  for (const d of state.directors) {
    if (d.vm) {
      await startVmKeepalived(state, d);
      continue;
    }
    await startDirectorInit(state, d);
    await startSshd(state, d);
    await startKeepalived(state, d);
  }
  const vm = state.directors.some((d) => d.vm);
  const limit = vm ? 45_000 : 15_000;
  log(`waiting for VRRP to elect ${state.directors[0].role} MASTER of ${state.vips.join(', ')}`);
  const elected = await waitFor(
    () => state.vips.every((v) => vipHolders(state, v).join() === state.directors[0].role),
    limit,
    vm ? 1000 : 200,
  );
  if (!elected)
    throw new Error(
      `VRRP did not elect ${state.directors[0].role} MASTER within ${limit / 1000} s (holders of ${state.vips[0]}: ${vipHolders(state).join(', ') || 'none'}; see ${vm ? `${VM_KEEPALIVED_LOG} in the VM` : `${state.directors[0].dir}/keepalived.log`})`,
    );
}

/**
 * Brings lab `name` up (or finds it up: then only restarts daemons that are not running). On
 * SIGINT/SIGTERM during the build everything made so far is removed.
 */
export async function up(opts: UpOptions = {}): Promise<LabState> {
  requireRoot();
  const name = opts.name ?? 'lab';
  const size: LabSize = { directors: opts.directors ?? 2, realServers: opts.realServers ?? 3, vips: opts.vips ?? 1 };
  checkLabName(name);
  checkSize(size);
  const log = opts.log ?? (() => undefined);

  const existing = readState(name);
  if (existing && structureIntact(existing)) {
    if (
      existing.directors.some((d) => !!d.vm !== !!opts.vm) ||
      existing.directors.length !== size.directors ||
      existing.realServers.length !== size.realServers ||
      existing.vips.length !== size.vips
    ) {
      throw new Error(
        `lab "${name}" is up with ${existing.directors.length} ${existing.directors[0]?.vm ? 'VM' : 'netns'} directors, ${existing.realServers.length} real servers and ${existing.vips.length} VIPs: run "down --name ${name}" first to change its size`,
      );
    }
    log(`lab "${name}" is already up (${existing.subnet}); restarting any daemon that is not running`);
    await startDaemons(existing, log, opts.detachVms ?? true);
    return existing;
  }
  if (existing) {
    log(`lab "${name}" is half up (an interrupted up?): removing it first`);
    down(name);
  }

  const state = await withAllocationLock(() => {
    const s = plan(name, freeIndex(), size, opts.vm);
    writeState(s); // claims the index, and records what is about to be made
    return s;
  });
  const trap = (signal: NodeJS.Signals) => {
    process.stderr.write(`lab: ${signal} during up: removing lab "${name}"\n`);
    try {
      down(name);
    } finally {
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
  };
  process.once('SIGINT', trap);
  process.once('SIGTERM', trap);
  try {
    log(`lab "${name}": ${state.subnet} on bridge ${state.bridge}`);
    ensureLabUser();
    mkdirSync(state.dir, { recursive: true });
    run(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-C', `lvs-lab@${name}`, '-f', state.privateKeyPath]);
    writeFileSync(join(state.dir, 'authorized_keys'), readFileSync(state.publicKeyPath));

    run(['ip', 'link', 'add', state.bridge, 'type', 'bridge']);
    run(['ip', 'addr', 'add', `${state.gateway}/24`, 'dev', state.bridge]);
    run(['ip', 'link', 'set', state.bridge, 'up']);

    for (const r of state.realServers) {
      addNamespace(state, r.namespace, r.hostVeth, r.address);
      // DR: the real server holds the VIPs on lo and must neither answer ARP for them nor use them as ARP source.
      for (const vip of state.vips) run(['ip', '-n', r.namespace, 'addr', 'add', `${vip}/32`, 'dev', 'lo']);
      run(['ip', 'netns', 'exec', r.namespace, 'sysctl', '-q', '-w', 'net.ipv4.conf.all.arp_ignore=1', 'net.ipv4.conf.all.arp_announce=2']);
    }
    addNamespace(state, state.client.namespace, state.client.hostVeth, state.client.address);
    for (const d of state.directors) {
      if (d.vm) {
        mkdirSync(d.dir, { recursive: true }); // booted (and its config pushed) in startDaemons
        continue;
      }
      addNamespace(state, d.namespace, d.hostVeth, d.address);
      writeDirectorFiles(state, d, directorConf(state, d));
      d.hostKeyFingerprint = fingerprint(join(d.dir, 'host_key.pub'));
    }
    writeFileSync(
      state.knownHostsPath,
      state.directors
        .filter((d) => !d.vm)
        .map((d) => `${d.address} ${readFileSync(join(d.dir, 'host_key.pub'), 'utf8').trim()}\n`)
        .join(''),
    );
    writeState(state);
    log(`starting ${state.realServers.length} real servers and ${state.directors.length} ${opts.vm ? 'VM ' : ''}directors`);
    await startDaemons(state, log, opts.detachVms ?? true);
    state.status = 'up';
    writeState(state);
    return state;
  } catch (e) {
    log(`up failed: ${(e as Error).message}; removing what was made`);
    down(name);
    throw e;
  } finally {
    process.removeListener('SIGINT', trap);
    process.removeListener('SIGTERM', trap);
  }
}

export interface DownResult {
  name: string;
  found: boolean;
  killed: string[];
  namespaces: string[];
  links: string[];
}

/**
 * Removes everything lab `name` made: its recorded processes (killing a director's namespace init
 * kills every process in that PID namespace), any other process still inside its network
 * namespaces, the namespaces, the bridge and veths, /etc/netns/<ns>/, and `.lab/<name>/`.
 * Synchronous, so it can run from a signal handler; nothing up is not an error.
 */
export function down(name: string): DownResult {
  requireRoot();
  checkLabName(name);
  const state = readState(name);
  const result: DownResult = { name, found: state !== undefined, killed: [], namespaces: [], links: [] };
  if (!state) return result;
  for (const [key, p] of Object.entries(state.pids)) if (killRecorded(p, 'SIGKILL')) result.killed.push(key);
  const present = new Set(namespaces());
  for (const ns of state.namespaces.filter((n) => present.has(n))) {
    // Processes a fault switch started from another process (and so not in this state file) are
    // still in our namespace: the namespace, not a process name, says they are the lab's.
    let pids: number[] = [];
    try {
      pids = run(['ip', 'netns', 'pids', ns]).split(/\s+/).filter(Boolean).map(Number);
    } catch {
      /* namespace went away */
    }
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
        result.killed.push(`${ns}:${pid}`);
      } catch {
        /* exited meanwhile */
      }
    }
  }
  // SIGKILL is delivered at once but reaped a moment later; namespaces only go when their last process does.
  const deadline = Date.now() + 3000;
  while (Object.values(state.pids).some(isAlive) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  for (const link of state.links) if (linkExists(link) && tryRun(['ip', 'link', 'del', link])) result.links.push(link);
  for (const ns of state.namespaces) {
    if (present.has(ns) && tryRun(['ip', 'netns', 'del', ns])) result.namespaces.push(ns);
    rmSync(`/etc/netns/${ns}`, { recursive: true, force: true });
  }
  removeLabDir(name);
  return result;
}
