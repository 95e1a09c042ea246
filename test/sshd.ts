import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLabUser, LAB_USER } from '../lab/src/lab-user';
import { freePort } from './global-setup';

export interface TestSshd {
  host: string;
  port: number;
  user: string;
  privateKey: string;
  /** The server's host key fingerprint, SHA256:… as ssh-keygen -l prints it. */
  fingerprint: string;
  dir: string;
  stop(): Promise<void>;
}

export const IS_ROOT = process.getuid?.() === 0;

// The uid-0 lab user with /bin/sh: one definition, shared with the lab (`npm run lab`).
export { ensureLabUser, LAB_USER };

/** An unprivileged SSH user allowed everything through `sudo -n` (for directors reached that way). */
export const SUDO_USER = 'lvs-sudo';

/** Why the sudo user cannot be set up here, or undefined once it exists (root and Debian's sudo needed). */
export function ensureSudoUser(): string | undefined {
  if (!IS_ROOT) return 'needs root to create a user';
  if (!existsSync('/usr/bin/sudo')) return "Debian's sudo is not installed (.ci/run installs it)";
  try {
    execFileSync('id', [SUDO_USER], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['-M', '-N', '-d', '/nonexistent', '-s', '/bin/sh', SUDO_USER]);
  }
  execFileSync('usermod', ['-p', '*', SUDO_USER]); // not locked: sshd without PAM refuses locked accounts
  writeFileSync(`/etc/sudoers.d/${SUDO_USER}`, `${SUDO_USER} ALL=(ALL) NOPASSWD: ALL\n`, { mode: 0o440 });
  return undefined;
}

/**
 * A uid-0 SSH user whose login shell prints a banner on every command before running it, as a
 * noisy ~/.bashrc or an /etc/profile-like wrapper does on some directors. The banner holds lines
 * that look like the console's own output (a sha256sum line, a stage mark, a pid) and ends without
 * a newline, so a parser that reads the whole stdout would be fooled.
 */
export const BANNER_USER = 'lvs-banner';
export const BANNER_SHELL = '/usr/local/sbin/lvs-banner-shell';
export const BANNER_TEXT = `*** director of the test lab: authorised use only ***
${'0'.repeat(64)}  /etc/keepalived/keepalived.conf
@step start 1
@pids 1:0
last login: never`;

export function ensureBannerUser(): void {
  writeFileSync(BANNER_SHELL, `#!/bin/sh\nprintf '%s' '${BANNER_TEXT}'\nprintf '%s\\n' ' (stderr too)' >&2\nexec /bin/sh "$@"\n`, {
    mode: 0o755,
  });
  try {
    execFileSync('id', [BANNER_USER], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['-o', '-u', '0', '-g', '0', '-M', '-N', '-d', '/var/lib/lvs-lab', '-s', BANNER_SHELL, BANNER_USER]);
  }
  execFileSync('usermod', ['-p', '*', '-s', BANNER_SHELL, BANNER_USER]);
}

function fp(pubFile: string): string {
  return execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', pubFile]).toString().split(' ')[1];
}

/**
 * A real OpenSSH server on a free loopback port, key-only login as root, with its own host key.
 * `sftp: false` leaves out the SFTP subsystem (a director where it is disabled); `user: 'banner'`
 * logs in as BANNER_USER, whose shell prints a banner on every command. `env` is set in every session
 * (sshd_config SetEnv; PATH included).
 */
export async function startSshd(
  opts: { listen?: string[]; sftp?: boolean; user?: 'lab' | 'banner'; env?: Record<string, string> } = {},
): Promise<TestSshd> {
  ensureLabUser();
  if (opts.user === 'banner') ensureBannerUser();
  const dir = mkdtempSync(join(tmpdir(), 'lvs-sshd-'));
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host_key')]);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'client_key')]);
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client_key.pub')), { mode: 0o644 });
  chmodSync(dir, 0o711); // sshd reads authorized_keys as the user logging in (SUDO_USER is not root)
  const port = await freePort();
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      ...(opts.listen ?? ['127.0.0.1']).map((a) => `ListenAddress ${a}`),
      `HostKey ${join(dir, 'host_key')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      'PermitRootLogin prohibit-password',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      ...(opts.sftp === false ? [] : ['Subsystem sftp internal-sftp']),
      // SetEnv overrides sshd's default environment (PATH too): a director whose commands resolve elsewhere
      ...Object.entries(opts.env ?? {}).map(([k, v]) => `SetEnv ${k}=${v}`),
      'LogLevel ERROR',
    ].join('\n') + '\n',
  );
  mkdirSync('/run/sshd', { recursive: true });
  const child: ChildProcess = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(dir, 'sshd_config')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await new Promise<boolean>((r) => {
      const s = createConnection({ host: '127.0.0.1', port }, () => {
        s.end();
        r(true);
      });
      s.on('error', () => r(false));
    });
    if (up) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`sshd did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    host: '127.0.0.1',
    port,
    user: opts.user === 'banner' ? BANNER_USER : LAB_USER,
    privateKey: readFileSync(join(dir, 'client_key'), 'utf8'),
    fingerprint: fp(join(dir, 'host_key.pub')),
    dir,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
