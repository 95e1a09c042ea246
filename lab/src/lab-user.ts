import { execFileSync } from 'node:child_process';

/**
 * The directors' SSH user in the lab and in tests: a uid-0 alias with /bin/sh and an empty home.
 * Root's own login shell on this machine runs a heavy ~/.bashrc (pyenv) on every exec (~0.6 s of
 * CPU), which measures the build machine, not the console — real directors' root shells are plain.
 */
export const LAB_USER = 'lvs-lab';

export function ensureLabUser(): void {
  try {
    execFileSync('id', [LAB_USER], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['-o', '-u', '0', '-g', '0', '-M', '-N', '-d', '/var/lib/lvs-lab', '-s', '/bin/sh', LAB_USER]);
  }
  // useradd leaves the password field "!" (locked), and sshd without PAM refuses locked accounts
  // even for keys; "*" means "no password" without the lock.
  execFileSync('usermod', ['-p', '*', LAB_USER]);
}
