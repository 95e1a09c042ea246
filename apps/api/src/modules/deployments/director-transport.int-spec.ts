import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startKeepalivedNetns, vrrpConfig, type KeepalivedNetns } from '../../../../../test/keepalived-netns';
import { BANNER_TEXT, IS_ROOT, startSshd, type TestSshd } from '../../../../../test/sshd';
import { SshPool } from '../../infra/ssh/ssh-pool';
import { DirectorPush, sha256 } from './director-push';

/**
 * Directors that are not the friendly default: one whose sshd has no SFTP subsystem (files go over
 * exec instead, with the same upload-beside / config-test / atomic mv), and one whose login shell
 * prints a banner on every command (the output of each command is found between its own markers).
 * Real OpenSSH, real keepalived (VRRP only) reloaded with SIGHUP. Needs root.
 */
describe.skipIf(!IS_ROOT)('DirectorPush over awkward directors (real sshd + keepalived)', () => {
  let noSftp: TestSshd;
  let banner: TestSshd;
  let ka: KeepalivedNetns | undefined;
  const pool = new SshPool();
  const original = vrrpConfig({ routerId: 'lb1', priority: 100, vip: '10.213.250.100/32', comment: 'revision 1' });
  const next = vrrpConfig({ routerId: 'lb1', priority: 120, vip: '10.213.250.101/32', comment: 'revision 2' });

  beforeAll(async () => {
    noSftp = await startSshd({ sftp: false });
    banner = await startSshd({ user: 'banner' });
  });
  afterEach(async () => {
    await ka?.stop();
    ka = undefined;
  });
  afterAll(async () => {
    await pool.onModuleDestroy();
    await noSftp?.stop();
    await banner?.stop();
  });

  const conn = (s: TestSshd) =>
    pool.get({ host: s.host, port: s.port, username: s.user, privateKey: s.privateKey, pinnedFingerprint: s.fingerprint });
  const push = async (s: TestSshd, text: string, onStep?: (x: string) => void, reloadTimeoutMs?: number) =>
    new DirectorPush(
      await conn(s),
      { configPath: ka!.configPath, reloadMethod: 'sighup', pidFile: ka!.pidFile, configDirs: [ka!.dir] },
      (x) => onStep?.(`${x.name}:${x.status}`),
      reloadTimeoutMs,
    ).push(text);

  it('the banner shell really prints its banner around every command (the premise of the banner tests)', async () => {
    const c = await conn(banner);
    // below the framing: a raw exec channel shows what the shell adds
    const raw = await new Promise<string>((resolve, reject) => {
      const client = (c as unknown as { client: import('ssh2').Client }).client;
      client.exec('echo hello', (err, stream) => {
        if (err) return reject(err);
        let out = '';
        stream.on('data', (d: Buffer) => (out += d.toString()));
        stream.on('close', () => resolve(out));
      });
    });
    expect(raw).toBe(`${BANNER_TEXT}hello\n`);
    // framed: the command's output only
    expect((await c.exec(['echo', 'hello'])).stdout).toBe('hello\n');
    expect((await c.exec(['sh', '-c', 'printf "no newline"; echo oops >&2; exit 3'])).stdout).toBe('no newline');
    expect((await c.exec(['sh', '-c', 'echo oops >&2; exit 3'])).stderr).toBe('oops\n');
    expect((await c.exec(['sh', '-c', 'exit 3'])).code).toBe(3);
  });

  it('without an SFTP subsystem: reads, uploads and deploys over exec; the file is swapped atomically and keepalived reloaded', async () => {
    ka = await startKeepalivedNetns(original);
    const pid = ka.pid();
    const steps: string[] = [];
    const out = await push(noSftp, next, (s) => steps.push(s));
    expect(out, out.error).toMatchObject({ ok: true, rolledBack: false, beforeSha256: sha256(original), finalSha256: sha256(next) });
    expect(steps).toEqual(['read:ok', 'upload:ok', 'config-test:ok', 'backup:ok', 'swap:ok', 'reload:ok', 'verify:ok']);
    expect(readFileSync(ka.configPath, 'utf8')).toBe(next);
    expect(readFileSync(`${ka.configPath}.lvs-backup`, 'utf8')).toBe(original);
    expect(existsSync(`${ka.configPath}.lvs-new`)).toBe(false);
    expect(ka.pid()).toBe(pid);
    expect(ka.alive()).toBe(true);
  });

  it('without an SFTP subsystem: a config keepalived rejects, and a reload that fails, both leave the previous file byte-identical', async () => {
    ka = await startKeepalivedNetns(original);
    const bad = await push(noSftp, `${next}\nvrrp_instance {\n`);
    expect(bad).toMatchObject({ ok: false, failedStep: 'config-test', rolledBack: false, finalSha256: sha256(original) });
    expect(sha256(readFileSync(ka.configPath))).toBe(sha256(original));
    expect(existsSync(`${ka.configPath}.lvs-new`)).toBe(false);
    // keepalived stopped (SIGSTOP): it cannot take the reload, verify fails, the old file goes back
    const pid = ka.pid()!;
    process.kill(pid, 'SIGSTOP');
    try {
      const steps: string[] = [];
      const out = await push(noSftp, next, (s) => steps.push(s), 1000);
      expect(out).toMatchObject({ ok: false, rolledBack: true, failedStep: 'verify', finalSha256: sha256(original) });
      expect(steps).toContain('restore:ok');
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    expect(sha256(readFileSync(ka.configPath))).toBe(sha256(original));
  });

  it('reads past 4 MiB fail the read step with a clear error, over SFTP and over exec alike', async () => {
    ka = await startKeepalivedNetns(original);
    writeFileSync(ka.configPath, `${original}# ${'x'.repeat(4 * 1024 * 1024)}\n`);
    const huge = readFileSync(ka.configPath);
    for (const s of [banner, noSftp]) {
      const out = await push(s, next);
      expect(out).toMatchObject({ ok: false, failedStep: 'read' });
      expect(out.error).toMatch(/more than the 4 MiB the console reads/);
      expect(out.steps.map((x) => x.name)).toEqual(['read']);
    }
    expect(readFileSync(ka.configPath).equals(huge)).toBe(true);
  });

  it('behind a banner shell: deploys, and reads the sha256, pids and stage timings from between the markers', async () => {
    ka = await startKeepalivedNetns(original);
    const records: string[] = [];
    const out = await push(banner, next, (s) => records.push(s));
    expect(out, out.error).toMatchObject({ ok: true, beforeSha256: sha256(original), finalSha256: sha256(next) });
    expect(records).toEqual(['read:ok', 'upload:ok', 'config-test:ok', 'backup:ok', 'swap:ok', 'reload:ok', 'verify:ok']);
    const reload = out.steps.find((s) => s.name === 'reload')!;
    expect(reload.output).toContain(`SIGHUP sent to keepalived pid ${ka.pid()}`);
    // stage timings from the script's own marks, not the banner's "@step start 1" (1970)
    expect(out.steps.filter((s) => s.ms < 0 || s.ms > 600_000)).toEqual([]);
    expect(reload.output).not.toMatch(/pids? 1\b/);
    expect(readFileSync(ka.configPath, 'utf8')).toBe(next);
  });
});
