import { randomUUID } from 'node:crypto';
import { LIVE_PROTOCOL, type LiveClientEvents, type LiveServerEvents } from '@lvs/domain';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login } from '../../../../../test/http';
import { LiveService } from './live.service';

type Client = Socket<LiveServerEvents, LiveClientEvents>;

describe('socket.io /live: authenticated like REST, rooms per cluster', () => {
  let t: TestApp;
  let token: string;
  let session: { cookie: string; csrf: string };
  const clients: Client[] = [];

  const connect = (opts: { token?: string; cookie?: string; headers?: Record<string, string> }, app: TestApp = t): Client => {
    const c: Client = io(`${app.baseUrl}/live`, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: opts.token ? { token: opts.token } : {},
      extraHeaders: { ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers },
      reconnection: false,
    });
    clients.push(c);
    return c;
  };
  const connected = (c: Client) =>
    new Promise<void>((resolve, reject) => {
      if (c.connected) return resolve();
      c.once('connect', () => resolve());
      c.once('connect_error', reject);
    });
  const refused = (c: Client) => new Promise<Error>((resolve) => c.once('connect_error', resolve));
  /** Resolves with the reason once the server drops the socket (or 'still connected' after `ms`: the assertion then fails). */
  const dropped = (c: Client, ms = 8000) =>
    new Promise<string>((resolve) => {
      const timer = setTimeout(() => resolve('still connected'), ms);
      c.once('disconnect', (reason) => {
        clearTimeout(timer);
        resolve(reason);
      });
    });
  const joinAck = (c: Client, id: string) =>
    new Promise<{ ok: boolean; error?: string }>((r) => c.emit('join', { clusterId: id, protocol: LIVE_PROTOCOL }, r));
  const mintToken = async (session: { cookie: string; csrf: string }, role = 'viewer') =>
    (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...session, body: { name: `live-${randomUUID().slice(0, 6)}`, role } })).body as {
      secret: string;
      token: { id: string };
    };
  const newUser = async (role: string) => {
    const username = `live-${randomUUID().slice(0, 8)}`;
    const r = await call(t.baseUrl, 'POST', '/api/v1/users', {
      ...session,
      body: { username, password: 'long-enough-passphrase-7', role },
    });
    expect(r.status, r.text).toBe(201);
    return { id: r.body.id as string, session: await login(t.baseUrl, username, 'long-enough-passphrase-7') };
  };

  beforeAll(async () => {
    t = await startTestApp();
    session = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...session, body: { name: 'live', role: 'viewer' } })).body.secret;
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await t.close();
  });

  it('with telemetry off, a summary joiner still gets drift and the last deployment, marked as not observed', async () => {
    const c = await call(t.baseUrl, 'POST', '/api/v1/clusters', { ...session, body: { name: `summary-${randomUUID().slice(0, 8)}` } });
    expect(c.status, c.text).toBe(201);
    const client = connect({ token });
    const got = new Promise<unknown>((r) => client.once('cluster.summary', r));
    const ack = await new Promise<{ ok: boolean }>((r) => client.emit('joinSummary', c.body.id, r));
    expect(ack).toEqual({ ok: true });
    expect(await got).toEqual({
      clusterId: c.body.id,
      at: expect.any(String),
      live: false,
      directors: { reachable: 0, total: 0 },
      vips: {},
      realServers: { up: 0, down: 0, drained: 0, disabled: 0, missing: 0, unknown: 0 },
      drift: null,
      lastDeployment: null,
    });
  });

  it('refuses a connection without credentials', async () => {
    const c = connect({});
    const err = await new Promise<Error>((r) => c.once('connect_error', r));
    expect(err.message).toMatch(/unauthenticated/);
  });

  it('delivers cluster events to members of that room only, with a token or a session cookie', async () => {
    const clusterA = randomUUID();
    const clusterB = randomUUID();
    const a = connect({ token });
    const b = connect({ cookie: session.cookie });
    for (const [c, id] of [
      [a, clusterA],
      [b, clusterB],
    ] as const) {
      const ack = await new Promise<{ ok: boolean }>((r) => c.emit('join', { clusterId: id, protocol: LIVE_PROTOCOL }, r));
      expect(ack).toEqual({ ok: true });
    }
    const gotA: unknown[] = [];
    const gotB: unknown[] = [];
    a.on('deployment.status', (e) => gotA.push(e));
    b.on('deployment.status', (e) => gotB.push(e));
    const live = t.app.get(LiveService);
    live.emit(clusterA, 'deployment.status', { clusterId: clusterA, deploymentId: 'd1', status: 'running' });
    await new Promise((r) => setTimeout(r, 200));
    expect(gotA).toEqual([{ clusterId: clusterA, deploymentId: 'd1', status: 'running' }]);
    expect(gotB).toEqual([]);
  });

  it('refuses a browser Origin that is neither the API nor the dashboard behind the trusted proxy; no Origin (CI) is fine', async () => {
    const evil = connect({ cookie: session.cookie, headers: { origin: 'http://evil.example' } });
    expect((await refused(evil)).message).toMatch(/origin not allowed/);
    const nullOrigin = connect({ cookie: session.cookie, headers: { origin: 'null' } });
    expect((await refused(nullOrigin)).message).toMatch(/origin not allowed/);
    await connected(connect({ cookie: session.cookie, headers: { origin: t.baseUrl } }));
    // The dashboard's proxy (a loopback peer, trusted) says which host the browser asked for.
    await connected(
      connect({
        cookie: session.cookie,
        headers: { origin: 'http://dashboard.example:3000', 'x-forwarded-host': 'dashboard.example:3000' },
      }),
    );
    await connected(connect({ token }));
    const denied: { detail: string }[] = await t.dataSource.query(
      `SELECT detail FROM audit_events WHERE action = 'auth.live_origin_rejected'`,
    );
    expect(denied.map((d) => d.detail)).toContain('/live handshake from origin http://evil.example');
  });

  it('drops a socket the moment its token is revoked, its session signs out, or its user is disabled or changes role', async () => {
    const cluster = randomUUID();
    const minted = await mintToken(session);
    const byToken = connect({ token: minted.secret });
    expect(await joinAck(byToken, cluster)).toEqual({ ok: true });
    const tokenGone = dropped(byToken);
    expect((await call(t.baseUrl, 'DELETE', `/api/v1/tokens/${minted.token.id}`, session)).status).toBe(204);
    expect(await tokenGone).toBe('io server disconnect');

    const own = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const bySession = connect({ cookie: own.cookie });
    expect(await joinAck(bySession, cluster)).toEqual({ ok: true });
    const sessionGone = dropped(bySession);
    expect((await call(t.baseUrl, 'POST', '/api/v1/auth/logout', own)).status).toBe(204);
    expect(await sessionGone).toBe('io server disconnect');

    for (const change of [{ disabled: true }, { role: 'viewer' }]) {
      const u = await newUser('operator');
      const userToken = await mintToken(u.session, 'operator');
      const sockets = [connect({ cookie: u.session.cookie }), connect({ token: userToken.secret })];
      for (const c of sockets) expect(await joinAck(c, cluster)).toEqual({ ok: true });
      const gone = sockets.map((c) => dropped(c));
      expect((await call(t.baseUrl, 'PATCH', `/api/v1/users/${u.id}`, { ...session, body: change })).status).toBe(200);
      expect(await Promise.all(gone), JSON.stringify(change)).toEqual(['io server disconnect', 'io server disconnect']);
    }
  });

  it('checks the credential again on every join: a session ended behind its back cannot join', async () => {
    const own = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const c = connect({ cookie: own.cookie });
    expect(await joinAck(c, randomUUID())).toEqual({ ok: true });
    // As another replica would: the row goes without an event in this process.
    await t.dataSource.query('DELETE FROM sessions WHERE csrf_token = $1', [own.csrf]);
    const gone = dropped(c);
    expect(await joinAck(c, randomUUID())).toMatchObject({ ok: false, error: expect.stringMatching(/no longer valid/) });
    expect(await gone).toBe('io server disconnect');
  });

  it('rejects a bad cluster id on join', async () => {
    const c = connect({ token });
    const ack = await new Promise<{ ok: boolean; error?: string }>((r) =>
      c.emit('join', { clusterId: 'nope', protocol: LIVE_PROTOCOL }, r),
    );
    expect(ack).toMatchObject({ ok: false, error: expect.stringMatching(/UUID/) });
  });

  it('refuses a join in another protocol (a bare cluster id is protocol 1) with what to do', async () => {
    const c = connect({ token });
    const join = (request: unknown) =>
      new Promise<{ ok: boolean; error?: string }>((r) => (c.emit as (...a: unknown[]) => void)('join', request, r));
    const old = await join(randomUUID());
    expect(old).toMatchObject({ ok: false, error: expect.stringMatching(/speaks \/live protocol 2 .*asked for protocol 1: upgrade it/) });
    expect(await join({ clusterId: randomUUID(), protocol: 3 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/asked for protocol 3/),
    });
    expect(await join({ clusterId: randomUUID(), protocol: LIVE_PROTOCOL })).toEqual({ ok: true });
  });
});

describe('socket.io /live on a replica that did not see the change: the periodic re-check, and failed token handshakes', () => {
  let t: TestApp;
  const clients: Client[] = [];
  const connect = (auth: { token?: string }): Client => {
    const c: Client = io(`${t.baseUrl}/live`, { path: '/socket.io', transports: ['websocket'], auth, reconnection: false });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    t = await startTestApp({ LIVE_RECHECK_SECONDS: '1' });
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await t.close();
  });

  it('drops a socket whose token was revoked where no event reached this process', async () => {
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const minted = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'elsewhere', role: 'viewer' } })).body;
    const c = connect({ token: minted.secret });
    await new Promise<void>((resolve, reject) => {
      c.once('connect', () => resolve());
      c.once('connect_error', reject);
    });
    const gone = new Promise<string>((resolve) => c.once('disconnect', resolve));
    await t.dataSource.query('UPDATE api_tokens SET revoked_at = now() WHERE id = $1', [minted.token.id]);
    expect(await gone).toBe('io server disconnect');
  });

  it('counts failed token handshakes against the source address (shared with REST) and audits each', async () => {
    const messages: string[] = [];
    for (let i = 0; i < 25 && !messages.at(-1)?.startsWith('rate limited'); i++) {
      const c = connect({ token: `lvs_${'B'.repeat(48)}` });
      messages.push(await new Promise<string>((resolve) => c.once('connect_error', (e) => resolve(e.message))));
    }
    expect(messages[0]).toMatch(/unauthenticated/);
    expect(messages.at(-1)).toMatch(/^rate limited/);
    const audited: { ip: string; detail: string }[] = await t.dataSource.query(
      `SELECT ip, detail FROM audit_events WHERE action = 'auth.token_rejected'`,
    );
    expect(audited.length).toBe(messages.length - 1);
    expect(audited[0]).toEqual({ ip: '127.0.0.1', detail: 'unknown token (/live handshake)' });
    // The same budget as REST: the address is now refused there too.
    expect((await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token: `lvs_${'C'.repeat(48)}` })).status).toBe(429);
  });
});
