import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CONSOLE, ensureInitramfs, HOST_ROOT_TAG } from './initramfs';
import { ensureKernel, labCacheDir } from './kernel';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const QEMU = 'qemu-system-x86_64';

export interface BootVmOptions {
  /** Host name inside the VM (letters, digits, dashes). */
  name: string;
  /** An existing Linux bridge on the host; the VM's tap joins it. */
  bridge: string;
  /** The VM's eth0 address in CIDR form, e.g. `10.213.9.11/24`. The host must be able to reach it. */
  address: string;
  /** Default route inside the VM. */
  gateway?: string;
  /** OpenSSH public key line(s) allowed to log in (as `lvs-lab`, a uid-0 user with /bin/sh, or root). */
  authorizedKey: string;
  memoryMiB?: number;
  cacheDir?: string;
  /** QEMU start → sshd answering; generous because TCG on two shared cores is slow. */
  bootTimeoutMs?: number;
  /** The tap's name (default: a random `lvt…`); the netns lab passes its own `tapName()` so `down` finds it. */
  tap?: string;
  /** Where the console log, authorized keys and QEMU's stderr go (default: a fresh `lvs-vm-*` dir under tmpdir). */
  runDir?: string;
  /**
   * QEMU outlives the process that booted it (its own session, no parent-death signal, output to
   * files): for `npm run lab -- up --vm`, whose process exits once the lab is up. The caller then
   * owns the PID and the tap (the lab records both in its state file for `down`).
   */
  detach?: boolean;
}

export interface LabVm {
  name: string;
  /** QEMU's PID (stop() kills exactly this process). */
  pid: number;
  /** eth0's address without the prefix length: where to SSH. */
  address: string;
  cidr: string;
  sshPort: 22;
  /** The user to SSH in as: uid 0 with /bin/sh. */
  sshUser: 'lvs-lab';
  /** The VM's freshly generated ed25519 host key, `SHA256:…` as `ssh-keygen -l` prints it. */
  hostKeyFingerprint: string;
  /** The serial console (kernel, init and the lab's own `lvsvm:` lines). */
  consoleLog: string;
  tap: string;
  mac: string;
  /** Milliseconds from QEMU's start to sshd's banner on address:22. */
  bootMs: number;
  stop(): Promise<void>;
}

/** Why the VM tier cannot run here, or undefined when it can (root, QEMU, /dev/net/tun). */
export function vmUnavailableReason(): string | undefined {
  if (process.getuid?.() !== 0) return 'the VM lab needs root (tap devices, bridges)';
  if (!existsSync('/dev/net/tun')) return 'no /dev/net/tun';
  try {
    execFileSync(QEMU, ['--version'], { stdio: 'ignore' });
  } catch {
    return `${QEMU} not found (apt-get install qemu-system-x86)`;
  }
  return undefined;
}

const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function validate(o: BootVmOptions): { ip: string } {
  if (!NAME.test(o.name)) throw new Error(`bad VM name ${JSON.stringify(o.name)}`);
  const [ip, len] = o.address.split('/');
  if (!IPV4.test(ip) || !/^\d{1,2}$/.test(len ?? '') || Number(len) > 32) throw new Error(`address must be IPv4 CIDR: ${o.address}`);
  if (o.gateway !== undefined && !IPV4.test(o.gateway)) throw new Error(`bad gateway ${o.gateway}`);
  if (!existsSync(`/sys/class/net/${o.bridge}/bridge`)) throw new Error(`no bridge ${o.bridge} on this host`);
  if (!/^(ssh-|ecdsa-|sk-)/m.test(o.authorizedKey)) throw new Error('authorizedKey is not an OpenSSH public key line');
  return { ip };
}

function readConsole(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** True once sshd's banner (`SSH-2.0-…`) arrives from host:port. */
function sshBanner(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let data = '';
    const s = createConnection({ host, port });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.on('data', (d: Buffer) => {
      data += d.toString('latin1');
      if (data.startsWith('SSH-')) done(true);
    });
    s.on('error', () => done(false));
    s.on('close', () => done(data.startsWith('SSH-')));
  });
}

async function deleteLink(name: string): Promise<void> {
  await run('ip', ['link', 'del', name]).catch(() => undefined);
}

const RUN_PREFIX = 'lvs-vm-';
const STATE = 'state.json';
interface RunState {
  pid: number;
  tap: string;
}

/** True while `pid` is the QEMU that owns `tap` (not a reused PID). */
function qemuAlive(pid: number, tap: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes(`ifname=${tap},`);
  } catch {
    return false;
  }
}

/**
 * Remove what VMs whose QEMU is gone left behind (their owner was killed before stop()): the tap
 * and the run directory. A VM is recognised by its run directory's state file, so nothing else on
 * the host is touched. bootVm() calls it first; returns the taps it deleted.
 */
export async function sweepStaleVms(): Promise<string[]> {
  const swept: string[] = [];
  for (const d of readdirSync(tmpdir()).filter((n) => n.startsWith(RUN_PREFIX))) {
    const dir = join(tmpdir(), d);
    let state: RunState;
    try {
      state = JSON.parse(readFileSync(join(dir, STATE), 'utf8')) as RunState;
    } catch {
      continue; // booting right now, or stopped with its logs kept
    }
    if (qemuAlive(state.pid, state.tap)) continue;
    await deleteLink(state.tap);
    await rm(dir, { recursive: true, force: true });
    swept.push(state.tap);
  }
  return swept;
}

/**
 * Boot one director VM: Debian's kernel with IPVS under QEMU (TCG), the host's root read-only
 * over 9p under a tmpfs overlay, a tap on `bridge`, and the host's own sshd inside with a fresh
 * host key. Resolves once sshd answers on address:22 from the host.
 */
export async function bootVm(opts: BootVmOptions): Promise<LabVm> {
  const { ip } = validate(opts);
  const cacheDir = opts.cacheDir ?? labCacheDir();
  const kernel = await ensureKernel(cacheDir);
  const initramfs = await ensureInitramfs(kernel, cacheDir);

  for (const p of [realpathSync(tmpdir()), realpathSync(kernel.modulesDir)]) {
    if (/\s/.test(p)) throw new Error(`path with whitespace cannot go on the kernel command line: ${p}`);
  }

  await sweepStaleVms();
  let runDir: string;
  if (opts.runDir) {
    await mkdir(opts.runDir, { recursive: true });
    runDir = opts.runDir;
  } else runDir = await mkdtemp(join(tmpdir(), `${RUN_PREFIX}${opts.name}-`));
  if (/\s/.test(realpathSync(runDir))) throw new Error(`path with whitespace cannot go on the kernel command line: ${runDir}`);
  const keys = join(runDir, 'authorized_keys');
  const consoleLog = join(runDir, 'console.log');
  await writeFile(keys, opts.authorizedKey.trim() + '\n', { mode: 0o600 });

  const tap = opts.tap ?? `lvt${randomBytes(4).toString('hex')}`;
  const mac = `52:54:00:${[...randomBytes(3)].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
  let pid: number | undefined;
  let exited: number | string | null = null;
  const stderr: string[] = [];

  const stop = async () => {
    if (pid !== undefined && exited === null) {
      const p = pid;
      try {
        process.kill(p, 'SIGTERM');
      } catch {
        /* already gone */
      }
      for (let i = 0; i < 50 && exited === null; i++) await sleep(100);
      if (exited === null) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          /* already gone */
        }
        for (let i = 0; i < 20 && exited === null; i++) await sleep(100);
      }
    }
    await deleteLink(tap);
    await rm(join(runDir, STATE), { force: true });
    if (!process.env.LAB_KEEP_LOGS && !opts.runDir) await rm(runDir, { recursive: true, force: true });
  };

  try {
    await run('ip', ['tuntap', 'add', 'dev', tap, 'mode', 'tap']);
    await run('ip', ['link', 'set', tap, 'master', opts.bridge]);
    await run('ip', ['link', 'set', tap, 'up']);

    const append = [
      'console=ttyS0',
      'quiet',
      'panic=-1',
      // Less work at boot under TCG: no speculative-execution patching (a throwaway lab VM runs
      // only the lab's code), no TSC calibration checks, no PS/2 probing, no audit/AppArmor.
      'mitigations=off',
      'tsc=reliable',
      'no_timer_check',
      'i8042.noaux',
      'i8042.nokbd',
      'i8042.nopnp',
      'audit=0',
      'apparmor=0',
      'nowatchdog',
      'cryptomgr.notests',
      `lvsvm.name=${opts.name}`,
      `lvsvm.addr=${opts.address}`,
      ...(opts.gateway ? [`lvsvm.gw=${opts.gateway}`] : []),
      // Real paths: the VM sees the host's tree under /host, where an absolute symlink would dangle.
      `lvsvm.keys=${realpathSync(keys)}`,
      `lvsvm.modules=${realpathSync(kernel.modulesDir)}`,
    ].join(' ');
    // prettier-ignore
    const args = [
      '-name', `lvsvm-${opts.name}`,
      '-accel', 'tcg',
      '-machine', 'pc',
      '-cpu', 'max',
      '-smp', '1',
      '-m', String(opts.memoryMiB ?? 512),
      '-nodefaults', '-no-user-config', '-display', 'none', '-no-reboot',
      '-serial', `file:${consoleLog}`,
      // The PVH ELF when we have it: QEMU enters it directly, no in-guest decompression.
      '-kernel', kernel.vmlinux ?? kernel.vmlinuz,
      '-initrd', initramfs.path,
      '-append', append,
      '-netdev', `tap,id=net0,ifname=${tap},script=no,downscript=no`,
      '-device', `virtio-net-pci,netdev=net0,mac=${mac}`,
      '-fsdev', `local,id=${HOST_ROOT_TAG},path=/,security_model=none,readonly=on,multidevs=remap`,
      '-device', `virtio-9p-pci,fsdev=${HOST_ROOT_TAG},mount_tag=${HOST_ROOT_TAG}`,
      '-device', 'virtio-rng-pci',
    ];
    // setpriv --pdeathsig: QEMU dies with the process that started it, even if that one is killed
    // before it can call stop(). setpriv execs QEMU, so the PID stays QEMU's own.
    const haveSetpriv = existsSync('/usr/bin/setpriv');
    const t0 = Date.now();
    let child: ChildProcess;
    if (opts.detach) {
      const errFd = openSync(join(runDir, 'qemu.stderr'), 'a');
      try {
        child = spawn(QEMU, args, { stdio: ['ignore', 'ignore', errFd], detached: true });
      } finally {
        closeSync(errFd);
      }
      child.unref();
    } else {
      child = haveSetpriv
        ? spawn('/usr/bin/setpriv', ['--pdeathsig', 'KILL', QEMU, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
        : spawn(QEMU, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr?.on('data', (d: Buffer) => stderr.push(d.toString()));
    }
    child.on('exit', (code, signal) => (exited = code ?? signal ?? 'exited'));
    child.on('error', (err) => (exited = err.message));
    pid = child.pid;
    if (pid === undefined) throw new Error(`${QEMU} did not start`);
    await writeFile(join(runDir, STATE), JSON.stringify({ pid, tap } satisfies RunState) + '\n');

    const deadline = t0 + (opts.bootTimeoutMs ?? 90_000);
    let fingerprint: string | undefined;
    for (;;) {
      if (exited !== null) throw new Error(`QEMU exited (${exited}) before sshd answered`);
      const text = readConsole(consoleLog);
      if (text.includes(CONSOLE.failed)) throw new Error('the VM failed to start');
      fingerprint ??= /lvsvm: hostkey \d+ (SHA256:[A-Za-z0-9+/]+)/.exec(text)?.[1];
      if (fingerprint && text.includes(CONSOLE.ready) && (await sshBanner(ip, 22, 3_000))) break;
      if (Date.now() > deadline) throw new Error(`sshd on ${ip}:22 did not answer within ${opts.bootTimeoutMs ?? 90_000} ms`);
      await sleep(fingerprint ? 100 : 250);
    }
    return {
      name: opts.name,
      pid,
      address: ip,
      cidr: opts.address,
      sshPort: 22,
      sshUser: 'lvs-lab',
      hostKeyFingerprint: fingerprint,
      consoleLog,
      tap,
      mac,
      bootMs: Date.now() - t0,
      stop,
    };
  } catch (err) {
    const tail = readConsole(consoleLog).split('\n').slice(-25).join('\n');
    await stop();
    throw new Error(
      `VM ${opts.name}: ${(err as Error).message}\n--- console (last lines) ---\n${tail}\n--- qemu stderr ---\n${opts.detach ? readConsole(join(runDir, 'qemu.stderr')) : stderr.join('')}`,
    );
  }
}
