import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';
import { DirectorHostKeyEntity } from '../../modules/deployments/deployment.entities';
import { DeploymentsService } from '../../modules/deployments/deployments.service';
import { CONNECT_FAILED, SshConnection, SshError } from './ssh-connection';

/**
 * A "director" that is not an SSH server but a port that misbehaves before the handshake: ssh2
 * reports such a peer with more than one `error` event, and a second one nobody listens to used to
 * take the whole API process down (any viewer could do it with GET …/host-keys/:director). Each
 * listener is a real TCP server on loopback.
 */
const BEHAVIOURS: Record<string, (s: Socket) => void> = {
  // accepts, then closes cleanly (FIN) without a word
  'accept-then-close': (s) => s.end(),
  // accepts, then resets (RST)
  reset: (s) => s.resetAndDestroy(),
  // reads what the client says (its SSH identification), then resets
  'read-then-reset': (s) => s.once('data', () => s.resetAndDestroy()),
  // says it is OpenSSH, reads the client's KEXINIT, then resets mid-key-exchange
  'banner-then-reset': (s) => {
    s.write('SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n');
    let seen = 0;
    s.on('data', (d) => {
      seen += d.length;
      if (seen > 100) s.resetAndDestroy();
    });
  },
};

describe('directors that misbehave before the SSH handshake (real API, PostgreSQL, net.Server listeners)', () => {
  let t: TestApp;
  let adminToken: string;
  let viewerToken: string;
  let clusterId: string;
  const servers: Server[] = [];
  const sockets = new Set<Socket>();
  const accepted: Record<string, number> = {};
  const listeners: { name: string; address: string; port: number }[] = [];
  const as = (token: string) => (method: string, path: string, body?: unknown) =>
    call(t.baseUrl, method, `/api/v1${path}`, { token, body });

  beforeAll(async () => {
    let i = 1;
    for (const [name, behave] of Object.entries(BEHAVIOURS)) {
      const address = `127.0.0.${++i}`;
      accepted[name] = 0;
      const srv = createServer((s) => {
        accepted[name] += 1;
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => undefined); // our own side of a reset
        behave(s);
      });
      await new Promise<void>((r) => srv.listen(0, address, () => r()));
      servers.push(srv);
      listeners.push({ name, address, port: (srv.address() as { port: number }).port });
    }
    // Telemetry on with a short tick: its probes connect to the same ports in the background.
    t = await startTestApp({ TELEMETRY_TICK_MS: '200' });
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    adminToken = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'ci', role: 'admin' } })).body.secret;
    viewerToken = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'viewer', role: 'viewer' } })).body.secret;
    const c = await as(adminToken)('POST', '/clusters', {
      name: 'hostile',
      directors: listeners.map((l, n) => ({ name: `lb${n + 1}`, address: l.address, sshPort: l.port })),
      vrrpInstances: [
        {
          name: 'VI_1',
          interface: 'eth0',
          virtualRouterId: 51,
          members: listeners.map((_, n) => ({ director: `lb${n + 1}`, priority: 100 + n })),
          vips: [{ address: '10.213.250.100/32' }],
        },
      ],
    });
    expect(c.status, c.text).toBe(201);
    clusterId = c.body.id;
  });
  afterAll(async () => {
    await t?.close();
    for (const s of sockets) s.destroy();
    for (const s of servers) await new Promise((r) => s.close(r));
  });

  async function stillAlive(): Promise<void> {
    const h = await call(t.baseUrl, 'GET', '/api/v1/health');
    expect(h.status).toBe(200);
  }

  it('SshConnection rejects once per behaviour, with one uniform message, and leaves no unhandled error', async () => {
    for (const l of listeners) {
      await expect(SshConnection.scanHostKey(l.address, l.port, 3000), l.name).rejects.toThrow(
        /could not open an SSH session to the director/,
      );
    }
    // ssh2's late second error arrives after the rejection: give it the time to (not) crash
    await new Promise((r) => setTimeout(r, 300));
  });

  it('refused, timed out, reset and mid-handshake failures read the same to users; only the log detail tells them apart', async () => {
    // a port nothing listens on (refused) and one that accepts and stays silent (handshake timeout)
    const gone = createServer();
    await new Promise<void>((r) => gone.listen(0, '127.0.0.1', () => r()));
    const refusedPort = (gone.address() as { port: number }).port;
    await new Promise((r) => gone.close(r));
    const silent = createServer((s) => sockets.add(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    servers.push(silent);
    const targets = [
      { name: 'refused', port: refusedPort, address: '127.0.0.1' },
      { name: 'silent', port: (silent.address() as { port: number }).port, address: '127.0.0.1' },
      ...listeners,
    ];
    const errors = await Promise.all(
      targets.map((l) =>
        SshConnection.scanHostKey(l.address, l.port, 1000).then(
          () => undefined,
          (e: unknown) => e as SshError,
        ),
      ),
    );
    expect(errors.every((e) => e instanceof SshError && e.step === 'connect')).toBe(true);
    expect(new Set(errors.map((e) => e!.message))).toEqual(new Set([CONNECT_FAILED]));
    // the causes differ underneath (what the log shows)
    expect(errors[0]!.detail).toMatch(/ECONNREFUSED/);
    expect(errors[1]!.detail).toMatch(/timed out/i);
    expect(new Set(errors.map((e) => e!.detail)).size).toBeGreaterThan(2);
  });

  it('telemetry probes them in the background (host keys pinned, so it gets as far as connecting), and the API lives on', async () => {
    const before = { ...accepted };
    const keys = t.dataSource.getRepository(DirectorHostKeyEntity);
    for (const n of listeners.keys())
      await keys.save({
        clusterId,
        director: `lb${n + 1}`,
        fingerprint: `SHA256:${'A'.repeat(43)}`,
        acceptedBy: 'test',
        acceptedAt: new Date(),
      });
    // two probes of each (the pool backs off 0.5 s after the first failure)
    await expect.poll(() => listeners.every((l) => accepted[l.name] >= before[l.name] + 2), { timeout: 20_000, interval: 100 }).toBe(true);
    await stillAlive();
    await keys.delete({ clusterId });
  });

  it('a viewer scanning the host key of each gets an answer, and the API lives on', async () => {
    for (const [n, l] of listeners.entries()) {
      const hk = await as(viewerToken)('GET', `/clusters/${clusterId}/host-keys/lb${n + 1}`);
      expect(hk.status, `${l.name}: ${hk.text}`).toBe(200);
      expect(hk.body).toMatchObject({
        offered: null,
        pinned: null,
        error: expect.stringMatching(/could not open an SSH session to the director/),
      });
      await stillAlive();
    }
    expect(Object.values(accepted).every((n) => n > 0)).toBe(true);
  });

  it('accepting a key of a director that is not there is a problem+json 502, not a 500', async () => {
    const r = await as(adminToken)('PUT', `/clusters/${clusterId}/host-keys/lb1`, { fingerprint: `SHA256:${'A'.repeat(43)}` });
    expect(r.status, r.text).toBe(502);
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(r.body.detail).toMatch(/could not open an SSH session to the director/);
    await stillAlive();
  });

  it('plan and drift report each director unreachable, with the same text for every behaviour', async () => {
    const plan = await as(viewerToken)('GET', `/clusters/${clusterId}/plan`);
    expect(plan.status, plan.text).toBe(200);
    expect(plan.body.directors.map((d: Json) => d.reachable)).toEqual(listeners.map(() => false));
    // no port oracle: closed, reset and mid-handshake failures read the same
    expect(new Set(plan.body.directors.map((d: Json) => d.error)).size).toBe(1);
    const drift = await as(viewerToken)('GET', `/clusters/${clusterId}/drift`);
    expect(drift.status, drift.text).toBe(200);
    expect(drift.body.directors.every((d: Json) => /could not open an SSH session/.test(d.error))).toBe(true);
    await stillAlive();
  });

  it('a deployment to them fails at connect, and the API lives on', async () => {
    const d = await as(adminToken)('POST', `/clusters/${clusterId}/deployments`, { message: 'to nowhere' });
    expect(d.status, d.text).toBe(202);
    await t.app.get(DeploymentsService).settle(d.body.id);
    const done = await as(viewerToken)('GET', `/clusters/${clusterId}/deployments/${d.body.id}`);
    expect(done.body.status).toBe('failed');
    const failedSteps = done.body.targets.flatMap((x: Json) => x.steps).filter((s: Json) => s.status === 'failed');
    expect(failedSteps.length).toBeGreaterThan(0);
    expect(failedSteps.every((s: Json) => s.name === 'connect')).toBe(true);
    await stillAlive();
  });
});
