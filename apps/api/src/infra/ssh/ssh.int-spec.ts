import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IS_ROOT, startSshd, type TestSshd } from '../../../../../test/sshd';
import { HostKeyMismatchError, SshConnection } from './ssh-connection';
import { SshPool } from './ssh-pool';

describe.skipIf(!IS_ROOT)('SSH transport against a real OpenSSH server (needs root to run sshd)', () => {
  let sshd: TestSshd;
  let work: string;
  const pool = new SshPool();
  const target = () => ({
    host: sshd.host,
    port: sshd.port,
    username: sshd.user,
    privateKey: sshd.privateKey,
    pinnedFingerprint: sshd.fingerprint,
  });

  beforeAll(async () => {
    sshd = await startSshd();
    work = mkdtempSync(join(tmpdir(), 'lvs-ssh-work-'));
  });
  afterAll(async () => {
    await pool.onModuleDestroy();
    await sshd?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('scans the offered host key exactly as ssh-keygen prints it', async () => {
    expect(await SshConnection.scanHostKey(sshd.host, sshd.port)).toBe(sshd.fingerprint);
  });

  it('refuses a host key that differs from the pinned one', async () => {
    const wrong = { ...target(), pinnedFingerprint: 'SHA256:' + 'A'.repeat(43) };
    await expect(SshConnection.connect(wrong)).rejects.toBeInstanceOf(HostKeyMismatchError);
  });

  it('runs commands with every argument quoted: user input cannot start a second command', async () => {
    const c = await pool.get(target());
    const r = await c.exec(['echo', 'hello; touch /tmp/lvs-pwned $(id)']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('hello; touch /tmp/lvs-pwned $(id)\n');
    const f = await c.exec(['false']);
    expect(f.code).toBe(1);
  });

  it('reads and writes files over SFTP, null for a missing file', async () => {
    const c = await pool.get(target());
    const path = join(work, 'keepalived.conf');
    expect(await c.readFile(path)).toBeNull();
    await c.writeFile(path, 'global_defs {\n}\n', 0o600);
    expect(readFileSync(path, 'utf8')).toBe('global_defs {\n}\n');
    expect((await c.readFile(path))?.toString()).toBe('global_defs {\n}\n');
  });

  it('keeps one connection per director and reconnects after it drops', async () => {
    const a = await pool.get(target());
    const b = await pool.get(target());
    expect(a).toBe(b);
    a.close();
    const c = await pool.get(target());
    expect(c).not.toBe(a);
    expect((await c.exec(['true'])).code).toBe(0);
  });
});
