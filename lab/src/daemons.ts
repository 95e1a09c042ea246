import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIRECTOR_CONFIG_DIR, DIRECTOR_PID_FILE, DIRECTOR_VRRP_PID_FILE } from './layout';
import type { LabDirector, LabRealServer, LabState } from './state';
import { writeState } from './state';
import { hostPid, isAlive, killRecorded, onlyChild, readPidFile, record, run, spawnDaemon, tcpOpen, tryRun, waitFor } from './system';

/**
 * Starting and stopping the lab's processes: a director's namespace init, its sshd and keepalived,
 * and a real server's HTTP service. Every process is recorded in the state file as it starts and
 * removed when stopped, so `down` kills by recorded pid only.
 *
 * A director's processes share one PID and mount namespace, made by
 * `ip netns exec <ns> unshare --pid --fork --mount-proc` (docs/lab.md): `ip netns exec` binds
 * /etc/netns/<ns>/keepalived/ over /etc/keepalived/, and `pidof`/`kill` inside see only that
 * director. Its pid 1 is a small init (not sshd itself): when pid 1 of a PID namespace exits the
 * kernel kills everything else in it, so with sshd as pid 1 the "stop sshd" fault would take
 * keepalived down too; the init also reaps daemons that exit, so a stopped keepalived does not
 * linger as a zombie that `kill -0` still finds. sshd and keepalived join it with nsenter.
 */

const NSENTER = (initPid: number) => ['nsenter', '-t', String(initPid), '-n', '-m', '-p', '--'];
/** Where the director's own files live on the host; the same paths inside (the mount namespace is a copy). */
const hostConfigDir = (d: LabDirector) => `/etc/netns/${d.namespace}/keepalived`;
export const hostPidFile = (d: LabDirector) => join(hostConfigDir(d), 'keepalived.pid');
export const configTestFlag = (d: LabDirector) => join(d.dir, 'fail-config-test');

const INIT_SCRIPT = `#!/bin/sh
# pid 1 of a lab director's PID namespace: outlives sshd and keepalived, reaps what they leave.
# dash's wait takes any child that exits, so orphans reparented here never stay zombies.
trap 'exit 0' TERM INT
while :; do sleep 3600 & wait $!; done
`;

/** keepalived earlier in the PATH of the director's sshd sessions: fails --config-test while the flag file exists. */
const shim = (flag: string) => `#!/bin/sh
# Lab shim for the "config-test-fail" fault: the console runs \`keepalived --config-test -f FILE\`.
if [ -e '${flag}' ]; then
  for a in "$@"; do
    case "$a" in -t|--config-test|--config-test=*) echo "lab fault: keepalived --config-test made to fail ($0; remove ${flag})" >&2; exit 1 ;; esac
  done
fi
exec /usr/sbin/keepalived "$@"
`;

export const shimDir = (d: LabDirector) => join(d.dir, 'bin');

function sshdConfig(state: LabState, d: LabDirector): string {
  return (
    [
      `Port ${d.sshPort}`,
      `ListenAddress ${d.address}`,
      `HostKey ${join(d.dir, 'host_key')}`,
      `AuthorizedKeysFile ${join(state.dir, 'authorized_keys')}`,
      `PidFile ${join(d.dir, 'sshd.pid')}`,
      'PermitRootLogin prohibit-password',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      'Subsystem sftp internal-sftp',
      // The shim first, then what sshd gives uid 0 by default.
      `SetEnv PATH=${shimDir(d)}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
      'LogLevel INFO',
    ].join('\n') + '\n'
  );
}

/** The director's files: sshd config and host key under its lab dir, keepalived.conf under /etc/netns/<ns>/keepalived/. */
export function writeDirectorFiles(state: LabState, d: LabDirector, keepalivedConf: string): void {
  mkdirSync(shimDir(d), { recursive: true });
  mkdirSync(hostConfigDir(d), { recursive: true });
  writeFileSync(d.configHostPath, keepalivedConf);
  writeFileSync(join(d.dir, 'init.sh'), INIT_SCRIPT, { mode: 0o755 });
  writeFileSync(join(shimDir(d), 'keepalived'), shim(configTestFlag(d)));
  chmodSync(join(shimDir(d), 'keepalived'), 0o755);
  writeFileSync(join(d.dir, 'sshd_config'), sshdConfig(state, d));
  if (!existsSync(join(d.dir, 'host_key')))
    run(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-C', `${d.name}@${state.name}`, '-f', join(d.dir, 'host_key')]);
}

function save(state: LabState, key: string, pid: number | undefined): void {
  if (pid === undefined) delete state.pids[key];
  else state.pids[key] = record(pid);
  writeState(state);
}

/** Starts the director's namespace init; its host pid is what sshd and keepalived nsenter into. */
export async function startDirectorInit(state: LabState, d: LabDirector): Promise<void> {
  if (isAlive(state.pids[`${d.role}.init`])) return;
  const unshare = spawnDaemon(
    ['ip', 'netns', 'exec', d.namespace, 'unshare', '--pid', '--fork', '--mount-proc', '/bin/sh', join(d.dir, 'init.sh')],
    join(d.dir, 'init.log'),
  );
  save(state, `${d.role}.unshare`, unshare);
  let init: number | undefined;
  if (!(await waitFor(() => (init = onlyChild(unshare)) !== undefined, 5000, 20)))
    throw new Error(`${d.role}: the namespace init did not start (see ${join(d.dir, 'init.log')})`);
  save(state, `${d.role}.init`, init);
}

function initPid(state: LabState, d: LabDirector): number {
  const p = state.pids[`${d.role}.init`];
  if (!isAlive(p)) throw new Error(`${d.role}: the director's namespace init is not running (bring the lab up again)`);
  return p.pid;
}

/** Waits for `nsPidFile` to name a live process in the director's PID namespace, and records it. */
async function recordFromPidFile(
  state: LabState,
  d: LabDirector,
  key: string,
  nsPidFile: string,
  what: string,
  log: string,
): Promise<void> {
  const init = initPid(state, d);
  let host: number | undefined;
  const ok = await waitFor(
    () => {
      const nsPid = readPidFile(nsPidFile);
      host = nsPid === undefined ? undefined : hostPid(init, nsPid);
      return host !== undefined;
    },
    10_000,
    50,
  );
  if (!ok) throw new Error(`${d.role}: ${what} did not start (see ${log})`);
  save(state, key, host);
}

async function stopRecorded(state: LabState, key: string, what: string): Promise<void> {
  const p = state.pids[key];
  if (killRecorded(p, 'SIGTERM') && !(await waitFor(() => !isAlive(p), 10_000, 50))) {
    killRecorded(p, 'SIGKILL');
    if (!(await waitFor(() => !isAlive(p), 5000, 50))) throw new Error(`${what} (pid ${p.pid}) did not exit`);
  }
  save(state, key, undefined);
}

export async function startSshd(state: LabState, d: LabDirector): Promise<void> {
  if (isAlive(state.pids[`${d.role}.sshd`])) return;
  mkdirSync('/run/sshd', { recursive: true });
  const pidFile = join(d.dir, 'sshd.pid');
  rmSync(pidFile, { force: true });
  const log = join(d.dir, 'sshd.log');
  // Without -D sshd daemonises: the daemon is reparented to the namespace init, and nsenter returns.
  run([...NSENTER(initPid(state, d)), '/usr/sbin/sshd', '-f', join(d.dir, 'sshd_config'), '-E', log]);
  await recordFromPidFile(state, d, `${d.role}.sshd`, pidFile, 'sshd', log);
  if (!(await waitFor(() => tcpOpen(d.address, d.sshPort, 500), 10_000, 100)))
    throw new Error(`${d.role}: sshd does not accept connections on ${d.address}:${d.sshPort} (see ${log})`);
}

export const stopSshd = (state: LabState, d: LabDirector) => stopRecorded(state, `${d.role}.sshd`, `${d.role} sshd`);

/** sshd and every session it holds (the pooled connections), so clients must reconnect. */
async function stopSshdAndSessions(state: LabState, d: LabDirector): Promise<void> {
  await stopSshd(state, d);
  tryRun([...NSENTER(initPid(state, d)), 'pkill', '-KILL', '-x', 'sshd']);
}

/**
 * The director comes back with a different SSH host key (a reinstalled host, or someone in the
 * middle): sshd and every session it holds are stopped, so clients must reconnect, and it starts
 * again with a new key. The lab's own key is kept beside it for `restoreHostKey`.
 */
export async function changeHostKey(state: LabState, d: LabDirector): Promise<void> {
  await stopSshdAndSessions(state, d);
  const key = join(d.dir, 'host_key');
  if (!existsSync(`${key}.lab`)) {
    renameSync(key, `${key}.lab`);
    renameSync(`${key}.pub`, `${key}.pub.lab`);
  }
  rmSync(key, { force: true });
  rmSync(`${key}.pub`, { force: true });
  run(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-C', `impostor@${d.name}`, '-f', key]);
  await startSshd(state, d);
}

/** The lab's own host key back (sessions dropped again). */
export async function restoreHostKey(state: LabState, d: LabDirector): Promise<void> {
  const key = join(d.dir, 'host_key');
  if (!existsSync(`${key}.lab`)) return;
  await stopSshdAndSessions(state, d);
  renameSync(`${key}.lab`, key);
  renameSync(`${key}.pub.lab`, `${key}.pub`);
  await startSshd(state, d);
}

export async function startKeepalived(state: LabState, d: LabDirector): Promise<void> {
  if (isAlive(state.pids[`${d.role}.keepalived`])) return;
  // keepalived refuses to start while its pid file names a live process; ours is known dead here.
  rmSync(hostPidFile(d), { force: true });
  rmSync(join(hostConfigDir(d), 'vrrp.pid'), { force: true });
  const log = join(d.dir, 'keepalived.log');
  // VRRP only (-P: the kernel has no IPVS), in the foreground (-n) so it logs to our file (-l, no
  // syslog here); the shell backgrounds it and exits, leaving it to the namespace init.
  const argv = [
    '/usr/sbin/keepalived',
    '-n',
    '-l',
    '-G',
    '-P',
    '-f',
    join(DIRECTOR_CONFIG_DIR, 'keepalived.conf'),
    '-p',
    DIRECTOR_PID_FILE,
    '-r',
    DIRECTOR_VRRP_PID_FILE,
  ];
  run([...NSENTER(initPid(state, d)), '/bin/sh', '-c', `${argv.join(' ')} >>'${log}' 2>&1 </dev/null &`]);
  await recordFromPidFile(state, d, `${d.role}.keepalived`, hostPidFile(d), 'keepalived', log);
}

export const stopKeepalived = (state: LabState, d: LabDirector) => stopRecorded(state, `${d.role}.keepalived`, `${d.role} keepalived`);

/**
 * keepalived hung (SIGSTOP) or back (SIGCONT): it still answers `kill -0` and holds its pid file,
 * but acts on no signal — a reload sent to it does nothing until it resumes.
 */
export async function signalKeepalived(state: LabState, d: LabDirector, signal: 'SIGSTOP' | 'SIGCONT'): Promise<void> {
  if (!killRecorded(state.pids[`${d.role}.keepalived`], signal)) throw new Error(`${d.role}: keepalived is not running`);
}

/** A real server's HTTP service: `/health` → 200 "ok", anything else → its name. */
export const HTTP_SERVER_SCRIPT = `'use strict';
// Lab real server (npm run lab): answers on every address it holds, the VIPs on lo included (DR).
const http = require('node:http');
const [name, port] = process.argv.slice(2);
const server = http.createServer((req, res) => {
  res.setHeader('connection', 'close');
  if (req.url === '/health') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('ok\\n'); return; }
  res.writeHead(200, { 'content-type': 'text/plain', 'x-lab-real-server': name });
  res.end(name + '\\n');
});
server.listen(Number(port), '0.0.0.0');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

export async function startHttp(state: LabState, r: LabRealServer): Promise<void> {
  if (isAlive(state.pids[`${r.role}.http`])) return;
  const script = join(state.dir, 'real-server.js');
  writeFileSync(script, HTTP_SERVER_SCRIPT);
  const log = join(state.dir, `${r.role}-http.log`);
  // `ip netns exec` execs node, so the pid we get is node's own.
  const pid = spawnDaemon(['ip', 'netns', 'exec', r.namespace, process.execPath, script, r.name, String(r.port)], log);
  save(state, `${r.role}.http`, pid);
  if (!(await waitFor(() => tcpOpen(r.address, r.port, 500), 10_000, 100)))
    throw new Error(`${r.role}: HTTP service does not accept connections on ${r.address}:${r.port} (see ${log})`);
}

export const stopHttp = (state: LabState, r: LabRealServer) => stopRecorded(state, `${r.role}.http`, `${r.role} HTTP service`);
