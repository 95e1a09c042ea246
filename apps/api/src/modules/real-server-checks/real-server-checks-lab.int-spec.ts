import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from '../../../../../lab/src/testing';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';

/** An sshd inside a lab real server's namespace (the lab gives real servers none): the test's own process, stopped by its pid. */
async function sshdInNamespace(
  namespace: string,
  address: string,
  authorizedKeys: string,
): Promise<{ fingerprint: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'lvs-rs-sshd-'));
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host_key')]);
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(authorizedKeys));
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port 22`,
      `ListenAddress ${address}`,
      `HostKey ${join(dir, 'host_key')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      'PermitRootLogin prohibit-password',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      'LogLevel ERROR',
    ].join('\n') + '\n',
  );
  mkdirSync('/run/sshd', { recursive: true });
  const child: ChildProcess = spawn('ip', ['netns', 'exec', namespace, '/usr/sbin/sshd', '-D', '-e', '-f', join(dir, 'sshd_config')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 15_000;
  for (;;) {
    const up = await new Promise<boolean>((r) => {
      const s = createConnection({ host: address, port: 22 }, () => (s.end(), r(true)));
      s.on('error', () => r(false));
    });
    if (up) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`sshd in ${namespace} did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const fingerprint = execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', join(dir, 'host_key.pub')])
    .toString()
    .split(' ')[1];
  return {
    fingerprint,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The lab's DR real servers (VIPs on lo, arp_ignore/arp_announce set in their namespaces) pass the
 * console's checks over SSH; the `arp-ignore-off` fault is reported, with its fix, and clears.
 */
describe.skipIf(!CAN_RUN_LAB)(`real-server checks on the netns lab${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`, () => {
  let lab: StartedLab;
  let t: TestApp;
  let token: string;
  let sshd: Awaited<ReturnType<typeof sshdInNamespace>> | undefined;
  let base: string;
  let faulted = false;

  beforeAll(async () => {
    lab = await startLab({ directors: 1, realServers: 1 });
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } })).body.secret;
    const { clusterId } = await register(lab.state, { url: t.baseUrl, token });
    const rs = lab.state.realServers[0];
    sshd = await sshdInNamespace(rs.namespace, rs.address, lab.state.publicKeyPath);
    // An admin's decisions: a credential bound to the real server, the console's access to it, its host key.
    const cred = await call(t.baseUrl, 'POST', '/api/v1/credentials', {
      token,
      body: {
        name: `${lab.name}-rs`,
        kind: 'private_key',
        privateKey: readFileSync(lab.state.privateKeyPath, 'utf8'),
        allowedAddresses: [rs.address],
      },
    });
    expect(cred.status).toBe(201);
    const vs = (await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/virtual-services`, { token })).body.items[0];
    const real = (
      (await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/virtual-services/${vs.id}/real-servers`, { token })).body.items as Json[]
    ).find((r) => r.address === rs.address);
    base = `/api/v1/clusters/${clusterId}/virtual-services/${vs.id}/real-servers/${real.id}`;
    expect(
      (await call(t.baseUrl, 'PUT', `${base}/access`, { token, body: { sshUser: lab.state.sshUser, credential: `${lab.name}-rs` } }))
        .status,
    ).toBe(200);
    expect((await call(t.baseUrl, 'PUT', `${base}/access/host-key`, { token, body: { fingerprint: sshd.fingerprint } })).status).toBe(200);
  }, 180_000);
  afterAll(async () => {
    if (faulted) await lab.faults.arpIgnoreOn(lab.state.realServers[0].role).catch(() => undefined);
    await sshd?.stop();
    await t?.close();
    lab?.down();
  });

  it('a DR real server as the lab prepares it passes every check', async () => {
    const r = await call(t.baseUrl, 'GET', `${base}/checks`, { token });
    expect(r.status).toBe(200);
    expect(r.body, JSON.stringify(r.body.checks)).toMatchObject({ forwarding: 'DR', status: 'pass', error: null });
    const ids = r.body.checks.map((c: Json) => c.id);
    expect(ids).toEqual([`vip-on-loopback:${lab.state.vips[0]}`, 'arp-ignore', 'arp-announce', 'rp-filter']);
  });

  it('arp_ignore broken on the real server is found, with its fix, and clears when restored', async () => {
    await lab.faults.arpIgnoreOff(lab.state.realServers[0].role);
    faulted = true;
    const r = await call(t.baseUrl, 'GET', `${base}/checks`, { token });
    expect(r.body.status).toBe('fail');
    const ig = r.body.checks.find((c: Json) => c.id === 'arp-ignore');
    expect(ig).toMatchObject({ status: 'fail', fix: expect.stringContaining('net.ipv4.conf.all.arp_ignore=1') });
    expect(ig.detail).toContain('all=0');
    expect(r.body.checks.filter((c: Json) => c.status === 'fail').map((c: Json) => c.id)).toEqual(['arp-ignore']);
    await lab.faults.arpIgnoreOn(lab.state.realServers[0].role);
    faulted = false;
    expect((await call(t.baseUrl, 'GET', `${base}/checks`, { token })).body.status).toBe('pass');
  });
});
