import { appendFileSync, readFileSync } from 'node:fs';
import { DIRECTOR_CONFIG_DIR, DIRECTOR_CONFIG_PATH, DIRECTOR_PID_FILE, DIRECTOR_VRRP_PID_FILE } from './layout';
import type { LabDirector, LabState } from './state';
import { writeState } from './state';
import { isAlive, record, run } from './system';
import { bootVm } from './vm/vm';

/**
 * Directors as QEMU VMs (`up --vm`): Debian's kernel with IPVS, so keepalived runs in full —
 * VRRP, health checkers and the IPVS table — where a netns director can run only VRRP (-P).
 * Everything the VM does is driven over SSH with the lab key, pinned to the host key the VM
 * printed on its serial console. Inside, `/etc/keepalived` lives on the VM's tmpfs overlay, so
 * the console can push files there over SFTP, `mv` them and HUP the pid file's process.
 */

/** Where keepalived logs inside the VM (its /run is a tmpfs of its own). */
export const VM_KEEPALIVED_LOG = '/run/keepalived.log';
const VM_CHECKERS_PID_FILE = `${DIRECTOR_CONFIG_DIR}/checkers.pid`;

export const vmKey = (d: LabDirector) => `${d.role}.vm`;

/** `ssh` to a director with the lab key, pinned to its host key (VMs under TCG answer slowly: 10 s by default). */
export function sshArgs(state: LabState, d: LabDirector, connectTimeoutSeconds = 10): string[] {
  return [
    'ssh',
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
    '-o',
    `ConnectTimeout=${connectTimeoutSeconds}`,
    `${d.sshUser}@${d.address}`,
  ];
}

/** A command on the VM over SSH (handshakes under TCG take a second or two). */
export function vmExec(state: LabState, d: LabDirector, command: string, opts: { input?: string; timeoutMs?: number } = {}): string {
  return run([...sshArgs(state, d), command], { input: opts.input, timeoutMs: opts.timeoutMs ?? 30_000 });
}

/**
 * The VM's host key line from ssh-keyscan, accepted only if its fingerprint is the one the VM
 * printed on its own serial console (which only the VM and this host can write).
 */
function pinHostKey(state: LabState, d: LabDirector): void {
  const lines = run(['ssh-keyscan', '-T', '10', '-t', 'ed25519', '-p', String(d.sshPort), d.address], { timeoutMs: 20_000 })
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  const line = lines.find((l) => l.split(' ')[1] === 'ssh-ed25519');
  if (!line) throw new Error(`${d.role}: ssh-keyscan got no ed25519 host key from ${d.address}`);
  const seen = run(['ssh-keygen', '-l', '-E', 'sha256', '-f', '-'], { input: line + '\n' }).split(' ')[1];
  if (seen !== d.hostKeyFingerprint)
    throw new Error(`${d.role}: ${d.address} offers host key ${seen}, but the VM's console printed ${d.hostKeyFingerprint}`);
  appendFileSync(state.knownHostsPath, line.trim() + '\n');
}

/** Boots the director's VM (unless its QEMU runs), records its PID and host key, and pins the key. */
export async function bootDirectorVm(state: LabState, d: LabDirector, opts: { detach: boolean }): Promise<void> {
  if (!d.vm) throw new Error(`${d.role} is not a VM director`);
  if (isAlive(state.pids[vmKey(d)])) return;
  const vm = await bootVm({
    name: d.name,
    bridge: state.bridge,
    address: `${d.address}/24`,
    gateway: state.gateway,
    authorizedKey: readFileSync(state.publicKeyPath, 'utf8'),
    tap: d.vm.tap,
    runDir: d.vm.runDir,
    detach: opts.detach,
    bootTimeoutMs: 180_000,
  });
  state.pids[vmKey(d)] = record(vm.pid);
  d.hostKeyFingerprint = vm.hostKeyFingerprint;
  d.vm.consoleLog = vm.consoleLog;
  writeState(state);
  pinHostKey(state, d);
}

/** Writes keepalived.conf (rendered on the host) into the VM's writable /etc/keepalived. */
export function pushVmConfig(state: LabState, d: LabDirector, keepalivedConf: string): void {
  vmExec(
    state,
    d,
    `mkdir -p ${DIRECTOR_CONFIG_DIR} && cat > ${DIRECTOR_CONFIG_PATH}.tmp && mv ${DIRECTOR_CONFIG_PATH}.tmp ${DIRECTOR_CONFIG_PATH}`,
    {
      input: keepalivedConf,
    },
  );
}

function vmKeepalivedPid(state: LabState, d: LabDirector): number | undefined {
  const out = vmExec(state, d, `p=$(cat ${DIRECTOR_PID_FILE} 2>/dev/null) && kill -0 "$p" 2>/dev/null && echo "$p" || true`).trim();
  return /^\d+$/.test(out) ? Number(out) : undefined;
}

/**
 * Full keepalived in the VM (no -P): in its own session, logging to /run/keepalived.log, with the
 * pid files the spec names. Waits for the pid file (the VM's PIDs are not the host's, so the
 * state file records no PID for it: the VM's QEMU is what `down` kills).
 */
export async function startVmKeepalived(state: LabState, d: LabDirector): Promise<void> {
  if (vmKeepalivedPid(state, d) !== undefined) return;
  const argv = [
    '/usr/sbin/keepalived',
    '-n',
    '-l',
    '-G',
    '-f',
    DIRECTOR_CONFIG_PATH,
    '-p',
    DIRECTOR_PID_FILE,
    '-r',
    DIRECTOR_VRRP_PID_FILE,
    '-c',
    VM_CHECKERS_PID_FILE,
  ].join(' ');
  vmExec(
    state,
    d,
    `rm -f ${DIRECTOR_PID_FILE} ${DIRECTOR_VRRP_PID_FILE} ${VM_CHECKERS_PID_FILE}; setsid ${argv} </dev/null >>${VM_KEEPALIVED_LOG} 2>&1 &` +
      ` i=0; while [ ! -s ${DIRECTOR_PID_FILE} ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done; cat ${DIRECTOR_PID_FILE}`,
  );
  if (vmKeepalivedPid(state, d) === undefined)
    throw new Error(`${d.role}: keepalived did not start in the VM:\n${vmExec(state, d, `tail -20 ${VM_KEEPALIVED_LOG}`)}`);
}

export async function stopVmKeepalived(state: LabState, d: LabDirector): Promise<void> {
  const pid = vmKeepalivedPid(state, d);
  if (pid === undefined) return;
  vmExec(
    state,
    d,
    `kill ${pid}; i=0; while kill -0 ${pid} 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done; kill -9 ${pid} 2>/dev/null; true`,
  );
}

/** Whether the VM holds `vip` on eth0 (false when it cannot be asked). */
export function vmHoldsVip(state: LabState, d: LabDirector, vip: string): boolean {
  try {
    const links = JSON.parse(vmExec(state, d, 'ip -j addr show dev eth0', { timeoutMs: 15_000 })) as { addr_info?: { local?: string }[] }[];
    return links.some((l) => l.addr_info?.some((a) => a.local === vip));
  } catch {
    return false;
  }
}
