import { createHash } from 'node:crypto';
import { createServer, type Server as NetServer } from 'node:net';
import { Server as SshServer, utils } from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { clusterSpec } from '../../../../../test/factories';
import { call, login, type Json } from '../../../../../test/http';
import { startSshd, type TestSshd } from '../../../../../test/sshd';
import { SshPool } from '../../infra/ssh/ssh-pool';
import { DirectorConnector } from '../../infra/ssh/director-connector';
import { TelemetryService } from '../telemetry/telemetry.service';

const fpOf = (blob: Buffer) => `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;

interface Attempt {
  method: string;
  username: string;
  password?: string;
  keyFingerprint?: string;
}

/**
 * The audit's "operator's own sshd": a real SSH server (ssh2's Server) on 127.0.0.1 that records
 * every TCP connection and every authentication attempt — the password it is offered, the
 * fingerprint of any public key — and refuses them all.
 */
async function startRecorder(): Promise<{
  port: number;
  fingerprint: string;
  connections: () => number;
  attempts: Attempt[];
  stop: () => Promise<void>;
}> {
  const keys = utils.generateKeyPairSync('ed25519');
  const hostKey = utils.parseKey(keys.public);
  if (hostKey instanceof Error) throw hostKey;
  const attempts: Attempt[] = [];
  let connections = 0;
  const ssh = new SshServer({ hostKeys: [keys.private] }, (client) => {
    client.on('authentication', (ctx) => {
      attempts.push({
        method: ctx.method,
        username: ctx.username,
        ...(ctx.method === 'password' ? { password: ctx.password } : {}),
        ...(ctx.method === 'publickey' ? { keyFingerprint: fpOf(ctx.key.data) } : {}),
      });
      ctx.reject(['password', 'publickey']);
    });
    client.on('error', () => undefined);
  });
  // TCP connections are counted below SSH: "refused before connecting" means none at all
  const tcp: NetServer = createServer((socket) => {
    connections += 1;
    ssh.injectSocket(socket);
  });
  await new Promise<void>((r) => tcp.listen(0, '127.0.0.1', r));
  const port = (tcp.address() as { port: number }).port;
  return {
    port,
    fingerprint: fpOf((Array.isArray(hostKey) ? hostKey[0] : hostKey).getPublicSSH()),
    connections: () => connections,
    attempts,
    stop: () => new Promise<void>((r) => tcp.close(() => r())),
  };
}

const PASSWORD = 'prod-root-password-7f1c9a';

describe('a credential is only ever sent to the addresses an admin bound it to (issue 13, on loopback)', () => {
  let t: TestApp;
  let admin: { cookie: string; csrf: string };
  let op: { cookie: string; csrf: string };
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  let sshd: TestSshd;
  const cred: Record<'password' | 'key', { id: string; fingerprint: string | null }> = {} as never;
  const clusters: Record<'password' | 'key' | 'real', string> = {} as never;

  const as = (who: { cookie: string; csrf: string }) => (method: string, path: string, body?: unknown) =>
    call(t.baseUrl, method, `/api/v1${path}`, { ...who, body });
  const leaked = () =>
    recorder.attempts.filter((a) => a.password === PASSWORD || (a.keyFingerprint && a.keyFingerprint === cred.key.fingerprint));

  /** A one-director cluster at 127.0.0.1:`port` naming `credential`, written by the operator as in the audit. */
  async function operatorCluster(name: string, port: number, credential: string, extra: Record<string, unknown> = {}): Promise<string> {
    const spec = clusterSpec({
      name,
      directors: [{ name: 'lb1', address: '127.0.0.1', sshPort: port, sshUser: 'root', credential, ...extra }],
      vrrpInstances: [
        {
          name: 'VI_WEB',
          interface: 'eth0',
          virtualRouterId: 51,
          members: [{ director: 'lb1', priority: 150, state: 'MASTER' }],
          vips: [{ address: '10.213.1.10/32' }],
        },
      ],
    });
    let r = await as(op)('POST', '/clusters', spec);
    // Whether an operator may name a credential at all is the topology guard's decision; this test
    // is about what happens at connection time, whoever wrote the director.
    if (r.status === 403) r = await as(admin)('POST', '/clusters', spec);
    expect(r.status, r.text).toBe(201);
    return r.body.id;
  }

  beforeAll(async () => {
    [t, recorder, sshd] = await Promise.all([startTestApp(), startRecorder(), startSshd()]);
    admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    expect(
      (await as(admin)('POST', '/users', { username: 'mallory', password: 'Operator-Passphrase-4711', role: 'operator' })).status,
    ).toBe(201);
    op = await login(t.baseUrl, 'mallory', 'Operator-Passphrase-4711');
    // The admin stores the production password and the key the real sshd trusts, bound to the
    // production directors' addresses (TEST-NET, never connected to here).
    const p = await as(admin)('POST', '/credentials', {
      name: 'prod-password',
      kind: 'password',
      password: PASSWORD,
      allowedAddresses: ['192.0.2.10'],
    });
    const k = await as(admin)('POST', '/credentials', {
      name: 'prod-key',
      kind: 'private_key',
      privateKey: sshd.privateKey,
      allowedAddresses: ['192.0.2.0/28'],
    });
    expect([p.status, k.status]).toEqual([201, 201]);
    cred.password = { id: p.body.id, fingerprint: null };
    cred.key = { id: k.body.id, fingerprint: k.body.publicKeyFingerprint };
    clusters.password = await operatorCluster('stolen-password', recorder.port, 'prod-password');
    clusters.key = await operatorCluster('stolen-key', recorder.port, 'prod-key');
  });
  afterAll(async () => {
    await t?.close();
    await recorder?.stop();
    await sshd?.stop();
  });

  it('an operator may read the offered host key, but not pin it for a director with a credential (403, old and new fingerprint)', async () => {
    for (const id of [clusters.password, clusters.key]) {
      const hk = await as(op)('GET', `/clusters/${id}/host-keys/lb1`);
      expect(hk.body).toMatchObject({ offered: recorder.fingerprint, pinned: null, acceptRole: 'admin' });
      const pin = await as(op)('PUT', `/clusters/${id}/host-keys/lb1`, { fingerprint: recorder.fingerprint });
      expect(pin.status).toBe(403);
      expect(pin.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(pin.body).toMatchObject({
        code: 'deployments.host_key_admin_only',
        director: 'lb1',
        pinned: null,
        offered: recorder.fingerprint,
      });
      expect(pin.body.detail).toMatch(/uses the credential "prod-(password|key)"/);
    }
    const [denied] = await t.dataSource.query(
      `SELECT outcome, before, after FROM audit_events WHERE action = 'director.host_key_accept' AND target_id = $1`,
      [`${clusters.password}/lb1`],
    );
    expect(denied).toEqual({ outcome: 'denied', before: { fingerprint: null }, after: { fingerprint: recorder.fingerprint } });
    expect(recorder.attempts).toEqual([]); // the scans never authenticate
  });

  it('even with the host key pinned, plan, drift, deployments and telemetry never connect with the credential outside its binding', async () => {
    // The strongest case: an admin pinned the key (persuaded, or before the address was changed).
    for (const id of [clusters.password, clusters.key]) {
      const pin = await as(admin)('PUT', `/clusters/${id}/host-keys/lb1`, { fingerprint: recorder.fingerprint });
      expect(pin.status, pin.text).toBe(200);
      expect(pin.body).toMatchObject({ pinned: recorder.fingerprint, previous: null });
    }
    const before = recorder.connections();

    for (const [id, name] of [
      [clusters.password, 'prod-password'],
      [clusters.key, 'prod-key'],
    ] as const) {
      const binding = name === 'prod-password' ? '\\[192\\.0\\.2\\.10\\]' : '\\[192\\.0\\.2\\.0/28\\]';
      const why = new RegExp(`^Director lb1: the credential "${name}" may not be sent to 127\\.0\\.0\\.1; it is bound to ${binding}`);
      const plan = await as(op)('GET', `/clusters/${id}/plan`);
      expect(plan.status).toBe(200);
      expect(plan.body.directors[0]).toMatchObject({ name: 'lb1', reachable: false, error: expect.stringMatching(why) });
      const drift = await as(op)('GET', `/clusters/${id}/drift`);
      expect(drift.body.directors[0].error).toMatch(why);
      const deploy = await as(op)('POST', `/clusters/${id}/deployments`, { message: 'exfiltrate' });
      expect(deploy.status).toBe(422);
      expect(deploy.body).toMatchObject({ code: 'credentials.not_bound', director: 'lb1', credential: name, address: '127.0.0.1' });
      expect(deploy.body.detail).toMatch(why);
    }
    expect(await t.dataSource.query('SELECT id FROM deployments')).toEqual([]);

    // telemetry: a few ticks report the refusal as the director's error, and never connect either
    const telemetry = t.app.get(TelemetryService);
    for (let i = 0; i < 3; i++) await telemetry.tick();
    for (const id of [clusters.password, clusters.key]) {
      const lb1 = telemetry.state(id)?.directors.lb1 as Json;
      expect(lb1).toMatchObject({ reachable: false, reason: expect.stringMatching(/may not be sent to 127\.0\.0\.1/) });
    }

    expect(recorder.connections()).toBe(before);
    expect(recorder.attempts).toEqual([]);
    expect(leaked()).toEqual([]);
  });

  it('a bound address works: the same paths connect once an admin binds the credential there', async () => {
    // the recorder is the one place a leak would show: bound to it, the password does arrive
    const bind = await as(admin)('PATCH', `/credentials/${cred.password.id}`, { allowedAddresses: ['192.0.2.10', '127.0.0.1'] });
    expect(bind.status, bind.text).toBe(200);
    const plan = await as(op)('GET', `/clusters/${clusters.password}/plan`);
    expect(plan.body.directors[0]).toMatchObject({ reachable: false, error: expect.not.stringMatching(/may not be sent/) });
    expect(recorder.attempts).toContainEqual({ method: 'password', username: 'root', password: PASSWORD });

    // the private key logs in to the real sshd that trusts it, once bound to its address
    clusters.real = await operatorCluster('real-sshd', sshd.port, 'prod-key', { sshUser: sshd.user });
    expect((await as(admin)('PUT', `/clusters/${clusters.real}/host-keys/lb1`, { fingerprint: sshd.fingerprint })).status).toBe(200);
    const refused = await as(op)('GET', `/clusters/${clusters.real}/plan`);
    expect(refused.body.directors[0].error).toMatch(/"prod-key" may not be sent to 127\.0\.0\.1/);
    expect((await as(admin)('PATCH', `/credentials/${cred.key.id}`, { allowedAddresses: ['127.0.0.0/8'] })).status).toBe(200);
    const ok = await as(op)('GET', `/clusters/${clusters.real}/plan`);
    expect(ok.body.directors[0]).toMatchObject({ name: 'lb1', reachable: true, error: null });

    // narrowing the binding again takes effect on the next connection, pooled or not
    expect((await as(admin)('PATCH', `/credentials/${cred.key.id}`, { allowedAddresses: ['192.0.2.0/28'] })).status).toBe(200);
    const again = await as(op)('GET', `/clusters/${clusters.real}/plan`);
    expect(again.body.directors[0]).toMatchObject({
      reachable: false,
      error: expect.stringMatching(/"prod-key" may not be sent to 127\.0\.0\.1/),
    });
  });

  it('a target built while the binding allowed it (telemetry caches them) cannot reconnect after the binding is narrowed', async () => {
    // bound to the recorder (previous test): a target built now carries the password…
    const spec = (await as(admin)('GET', `/clusters/${clusters.password}/spec`)).body;
    const target = await t.app.get(DirectorConnector).target(clusters.password, spec.directors[0]);
    expect(target.password).toBe(PASSWORD);
    // …then the admin narrows the binding; the holder of the old target asks the pool to connect
    expect((await as(admin)('PATCH', `/credentials/${cred.password.id}`, { allowedAddresses: ['192.0.2.10'] })).status).toBe(200);
    const before = { connections: recorder.connections(), attempts: recorder.attempts.length };
    const refused = await t.app
      .get(SshPool)
      .get(target, { ignoreBackoff: true, timeoutMs: 3000 })
      .catch((e: Error) => e);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toMatch(/^Director lb1: the credential "prod-password" may not be sent to 127\.0\.0\.1/);
    expect({ connections: recorder.connections(), attempts: recorder.attempts.length }).toEqual(before);
  });

  it('re-pinning a changed key is admin-only too, and answers with the old and the new fingerprint', async () => {
    // a director without a credential: the operator may pin its first key, not replace it
    const plain = clusterSpec({
      name: 'no-credential',
      directors: [{ name: 'lb1', address: '127.0.0.1', sshPort: recorder.port }],
      vrrpInstances: [
        {
          name: 'VI_WEB',
          interface: 'eth0',
          virtualRouterId: 51,
          members: [{ director: 'lb1', priority: 150, state: 'MASTER' }],
          vips: [{ address: '10.213.1.10/32' }],
        },
      ],
    });
    const c = await as(op)('POST', '/clusters', plain);
    expect(c.status, c.text).toBe(201);
    const id = c.body.id;
    expect((await as(op)('GET', `/clusters/${id}/host-keys/lb1`)).body.acceptRole).toBe('operator');
    const first = await as(op)('PUT', `/clusters/${id}/host-keys/lb1`, { fingerprint: recorder.fingerprint });
    expect(first.status, first.text).toBe(200);
    // the director's address now answers with another key (sshd's): a re-pin
    const moved = await as(op)('PUT', `/clusters/${id}/spec`, {
      ...plain,
      directors: [{ name: 'lb1', address: '127.0.0.1', sshPort: sshd.port }],
    });
    expect([200, 403]).toContain(moved.status); // the topology guard may keep the port change to admins
    if (moved.status === 403)
      expect(
        (
          await as(admin)('PUT', `/clusters/${id}/spec`, {
            ...plain,
            directors: [{ name: 'lb1', address: '127.0.0.1', sshPort: sshd.port }],
          })
        ).status,
      ).toBe(200);
    const hk = await as(op)('GET', `/clusters/${id}/host-keys/lb1`);
    expect(hk.body).toMatchObject({ pinned: recorder.fingerprint, offered: sshd.fingerprint, matches: false, acceptRole: 'admin' });
    const repin = await as(op)('PUT', `/clusters/${id}/host-keys/lb1`, { fingerprint: sshd.fingerprint });
    expect(repin.status).toBe(403);
    expect(repin.body).toMatchObject({ code: 'deployments.host_key_admin_only', pinned: recorder.fingerprint, offered: sshd.fingerprint });
    expect(repin.body.detail).toContain(`replacing the pinned key ${recorder.fingerprint} with ${sshd.fingerprint}`);
    const byAdmin = await as(admin)('PUT', `/clusters/${id}/host-keys/lb1`, { fingerprint: sshd.fingerprint });
    expect(byAdmin.body).toMatchObject({ pinned: sshd.fingerprint, previous: recorder.fingerprint, matches: true });
    const events = await t.dataSource.query(
      `SELECT outcome, before, after FROM audit_events WHERE action = 'director.host_key_accept' AND target_id = $1 ORDER BY id`,
      [`${id}/lb1`],
    );
    expect(events.map((e: Json) => [e.outcome, e.before.fingerprint, e.after.fingerprint])).toEqual([
      ['success', null, recorder.fingerprint],
      ['denied', recorder.fingerprint, sshd.fingerprint],
      ['success', recorder.fingerprint, sshd.fingerprint],
    ]);
  });
});
