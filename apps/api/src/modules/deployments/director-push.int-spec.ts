import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startKeepalivedNetns, vrrpConfig, type KeepalivedNetns } from '../../../../../test/keepalived-netns';
import { ensureSudoUser, IS_ROOT, startSshd, SUDO_USER, type TestSshd } from '../../../../../test/sshd';
import { SshPool } from '../../infra/ssh/ssh-pool';
import { DirectorPush, sha256, type StepRecord } from './director-push';

/**
 * The push pipeline against real parts: OpenSSH, keepalived's own --config-test, a real keepalived
 * (VRRP only: this kernel has no IPVS) reloaded with SIGHUP. Needs root (sshd, network namespaces).
 */
/** Kills every process under the test sshd's listener (each SSH session's sshd and what it runs); returns how many. */
function killSessions(sshdDir: string): number {
  const listener = Number(readFileSync(join(sshdDir, 'sshd.pid'), 'utf8'));
  const children = new Map<number, number[]>();
  for (const line of execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' }).trim().split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const under: number[] = [];
  const walk = (p: number) => (children.get(p) ?? []).forEach((c) => (under.push(c), walk(c)));
  walk(listener);
  for (const p of under) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      /* gone already */
    }
  }
  return under.length;
}

describe.skipIf(!IS_ROOT)('DirectorPush: upload, config-test, swap, reload, verify, roll back (real sshd + keepalived)', () => {
  let sshd: TestSshd;
  let ka: KeepalivedNetns | undefined;
  const pool = new SshPool();
  const original = vrrpConfig({ routerId: 'lb1', priority: 100, vip: '10.213.250.100/32', comment: 'revision 1' });

  beforeAll(async () => {
    sshd = await startSshd();
  });
  afterEach(async () => {
    await ka?.stop();
    ka = undefined;
  });
  afterAll(async () => {
    await pool.onModuleDestroy();
    await sshd?.stop();
  });

  const conn = () =>
    pool.get({ host: sshd.host, port: sshd.port, username: sshd.user, privateKey: sshd.privateKey, pinnedFingerprint: sshd.fingerprint });

  it('pushes a good config: swapped atomically, backup kept, keepalived reloaded and still running', async () => {
    ka = await startKeepalivedNetns(original);
    const pid = ka.pid();
    const next = vrrpConfig({ routerId: 'lb1', priority: 120, vip: '10.213.250.101/32', comment: 'revision 2' });
    const steps: string[] = [];
    const records: StepRecord[] = [];
    const out = await new DirectorPush(
      await conn(),
      { configPath: ka.configPath, reloadMethod: 'sighup', pidFile: ka.pidFile, configDirs: [ka.dir] },
      (s) => (steps.push(`${s.name}:${s.status}`), records.push(s)),
    ).push(next);
    expect(out).toMatchObject({ ok: true, rolledBack: false, beforeSha256: sha256(original), finalSha256: sha256(next) });
    expect(steps).toEqual(['read:ok', 'upload:ok', 'config-test:ok', 'backup:ok', 'swap:ok', 'reload:ok', 'verify:ok']);
    expect(readFileSync(ka.configPath, 'utf8')).toBe(next);
    expect(readFileSync(`${ka.configPath}.lvs-backup`, 'utf8')).toBe(original);
    expect(existsSync(`${ka.configPath}.lvs-new`)).toBe(false);
    expect(ka.alive()).toBe(true);
    expect(ka.pid()).toBe(pid); // a reload, never a restart
    // verify saw keepalived's processes re-read the file, not just a pid that answers kill -0
    expect(records.find((r) => r.name === 'verify')?.output).toMatch(
      /every keepalived process \(\d+( \d+)+\) re-read the file and is alive/,
    );
  });

  it('a keepalived that does not take the reload (stopped with SIGSTOP) fails verify and is rolled back', async () => {
    ka = await startKeepalivedNetns(original);
    const pid = ka.pid()!;
    process.kill(pid, 'SIGSTOP'); // alive for kill -0, but it will not act on the SIGHUP
    try {
      const next = vrrpConfig({ routerId: 'lb1', priority: 120, vip: '10.213.250.101/32', comment: 'revision 2' });
      const steps: string[] = [];
      const out = await new DirectorPush(
        await conn(),
        { configPath: ka.configPath, reloadMethod: 'sighup', pidFile: ka.pidFile, configDirs: [ka.dir] },
        (s) => steps.push(`${s.name}:${s.status}`),
        1000,
      ).push(next);
      expect(out).toMatchObject({
        ok: false,
        rolledBack: true,
        failedStep: 'verify',
        beforeSha256: sha256(original),
        finalSha256: sha256(original),
      });
      expect(out.error).toMatch(/did not re-read/);
      expect(steps.slice(0, 7)).toEqual(['read:ok', 'upload:ok', 'config-test:ok', 'backup:ok', 'swap:ok', 'reload:ok', 'verify:failed']);
      expect(steps).toContain('restore:ok');
      expect(readFileSync(ka.configPath, 'utf8')).toBe(original);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
  });

  it('the director drops the connection mid-commit (after the swap): a new connection puts the previous file back', async () => {
    ka = await startKeepalivedNetns(original);
    const pid = ka.pid()!;
    // Stopped, keepalived does not re-read: the commit script waits in verify with the new file in
    // place, and there the director's side of every SSH session is killed (the listener stays).
    process.kill(pid, 'SIGSTOP');
    try {
      const next = vrrpConfig({ routerId: 'lb1', priority: 140, vip: '10.213.250.103/32', comment: 'revision dropped' });
      const steps: string[] = [];
      const first = await conn();
      const pushed = new DirectorPush(
        first,
        { configPath: ka.configPath, reloadMethod: 'sighup', pidFile: ka.pidFile, configDirs: [ka.dir] },
        (s) => steps.push(`${s.name}:${s.status}`),
        20_000,
      )
        .reconnectWith(conn)
        .push(next);
      let killed = 0;
      for (let i = 0; i < 1500 && !killed; i++) {
        if (readFileSync(ka.configPath, 'utf8') === next) killed = killSessions(sshd.dir);
        else await new Promise((r) => setTimeout(r, 20));
      }
      expect(killed, 'the new file reached the director, and its SSH sessions were killed').toBeGreaterThan(0);
      process.kill(pid, 'SIGCONT'); // the restore's reload must be taken
      const out = await pushed;
      expect(first.closed).toBe(true);
      expect(out).toMatchObject({ ok: false, rolledBack: true, beforeSha256: sha256(original), finalSha256: sha256(original) });
      expect(steps).toContain('reconnect:ok');
      expect(steps.slice(steps.indexOf('reconnect:ok'))).toEqual(['reconnect:ok', 'restore:ok', 'restore-reload:ok', 'restore-verify:ok']);
      expect(readFileSync(ka.configPath, 'utf8')).toBe(original);
      expect(ka.alive()).toBe(true);
      expect(ka.pid()).toBe(pid);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
  });

  const noSudo = ensureSudoUser();
  it.skipIf(!!noSudo)(
    `an unprivileged SSH user pushes to root's files through sudo -n, and is refused without it${noSudo ? ` — skipped: ${noSudo}` : ''}`,
    async () => {
      ka = await startKeepalivedNetns(original);
      const target = {
        host: sshd.host,
        port: sshd.port,
        username: SUDO_USER,
        privateKey: sshd.privateKey,
        pinnedFingerprint: sshd.fingerprint,
      };
      const next = vrrpConfig({ routerId: 'lb1', priority: 130, vip: '10.213.250.102/32', comment: 'pushed with sudo' });
      const plain = await new DirectorPush(await pool.get(target), {
        configPath: ka.configPath,
        reloadMethod: 'sighup',
        pidFile: ka.pidFile,
        configDirs: [ka.dir],
      }).push(next);
      expect(plain).toMatchObject({ ok: false, failedStep: 'read', rolledBack: false });
      expect(plain.error).toMatch(/permission denied/i);
      const conn = await pool.get({ ...target, sudo: true });
      expect((await conn.exec(['id', '-u'])).stdout.trim()).toBe('0');
      const records: StepRecord[] = [];
      const out = await new DirectorPush(
        conn,
        { configPath: ka.configPath, reloadMethod: 'sighup', pidFile: ka.pidFile, configDirs: [ka.dir] },
        (r) => records.push(r),
      ).push(next);
      expect(out, JSON.stringify(records)).toMatchObject({ ok: true, beforeSha256: sha256(original), finalSha256: sha256(next) });
      expect(readFileSync(ka.configPath, 'utf8')).toBe(next);
      expect(statSync(ka.configPath)).toMatchObject({ uid: 0, mode: 0o100644 });
      expect(records.find((r) => r.name === 'verify')?.output).toMatch(/re-read the file and is alive/);
      expect(ka.alive()).toBe(true);
    },
  );

  it('stops before the swap when keepalived --config-test rejects the config; the director is untouched', async () => {
    ka = await startKeepalivedNetns(original);
    const broken = original
      .replace('interface eth0', 'interface eth9')
      .replace('priority 100', 'priority 100\n  lvs_sync_daemon_interface {');
    const steps: string[] = [];
    const out = await new DirectorPush(
      await conn(),
      { configPath: ka.configPath, reloadMethod: 'sighup', pidFile: ka.pidFile, configDirs: [ka.dir] },
      (s) => steps.push(`${s.name}:${s.status}`),
    ).push(broken);
    expect(out).toMatchObject({ ok: false, rolledBack: false, failedStep: 'config-test' });
    expect(out.error).toMatch(/exit|configuration/);
    expect(steps).toEqual(['read:ok', 'upload:ok', 'config-test:failed']);
    expect(sha256(readFileSync(ka.configPath))).toBe(sha256(original));
    expect(existsSync(`${ka.configPath}.lvs-new`)).toBe(false);
    expect(ka.alive()).toBe(true);
  });

  it('rolls back when the reload fails: the file is byte-identical to before', async () => {
    ka = await startKeepalivedNetns(original);
    // Fault: keepalived is gone when the reload comes (a crashed or stopped director).
    const pid = ka.pid()!;
    expect(pid).toBeGreaterThan(0);
    ka.process.kill('SIGKILL');
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone with its wrapper */
    }
    // Evidence, not a sleep: the process is gone (or a zombie nobody can signal into a reload).
    await expect.poll(() => procState(pid), { timeout: 30_000, interval: 50 }).toMatch(/^(gone|Z)$/);
    const next = vrrpConfig({ routerId: 'lb1', priority: 120, vip: '10.213.250.101/32', comment: 'revision 2' });
    const steps: string[] = [];
    const out = await new DirectorPush(
      await conn(),
      { configPath: ka.configPath, reloadMethod: 'sighup', pidFile: ka.pidFile, configDirs: [ka.dir] },
      (s) => steps.push(`${s.name}:${s.status}`),
    ).push(next);
    expect(out).toMatchObject({ ok: false, rolledBack: true, beforeSha256: sha256(original), finalSha256: sha256(original) });
    expect(out.failedStep).toMatch(/reload|verify/);
    expect(steps.slice(0, 5)).toEqual(['read:ok', 'upload:ok', 'config-test:ok', 'backup:ok', 'swap:ok']);
    expect(steps).toContain('restore:ok');
    expect(readFileSync(ka.configPath, 'utf8')).toBe(original);
  });
});

/** `gone`, or the state letter of /proc/PID/stat (R, S, Z, …). */
function procState(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .charAt(0);
  } catch {
    return 'gone';
  }
}
