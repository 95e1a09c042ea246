import { randomUUID } from 'node:crypto';
import type { LiveClientEvents, LiveServerEvents } from '@lvs/domain';
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

  const connect = (opts: { token?: string; cookie?: string }): Client => {
    const c: Client = io(`${t.baseUrl}/live`, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: opts.token ? { token: opts.token } : {},
      extraHeaders: opts.cookie ? { cookie: opts.cookie } : {},
      reconnection: false,
    });
    clients.push(c);
    return c;
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
    for (const [c, id] of [[a, clusterA], [b, clusterB]] as const) {
      const ack = await new Promise<{ ok: boolean }>((r) => c.emit('join', id, r));
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

  it('rejects a bad cluster id on join', async () => {
    const c = connect({ token });
    const ack = await new Promise<{ ok: boolean; error?: string }>((r) => c.emit('join', 'nope', r));
    expect(ack).toMatchObject({ ok: false, error: expect.stringMatching(/UUID/) });
  });
});
