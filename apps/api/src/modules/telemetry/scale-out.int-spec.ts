import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  type ClusterLiveState,
  LIVE_PROTOCOL,
  LiveStateKeeper,
  type ClusterLiveSummary,
  type LiveClientEvents,
  type LiveServerEvents,
} from '@lvs/domain';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from '../../../../../lab/src/testing';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { freePort } from '../../../../../test/global-setup';
import { call, login } from '../../../../../test/http';

type Client = Socket<LiveServerEvents, LiveClientEvents>;

/** Which clusters a replica polls, read from its own /metrics (a replica exports only what it polls). */
async function polledBy(t: { baseUrl: string }, token: string): Promise<string[]> {
  const text = await (await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
  return [...new Set([...text.matchAll(/^lvs_director_reachable\{cluster="([^"]+)"/gm)].map((m) => m[1]))].sort();
}

async function until<T>(what: string, fn: () => Promise<T> | T, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await fn();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms (last: ${JSON.stringify(last)?.slice(0, 500)})`);
}

describe.skipIf(!CAN_RUN_LAB)(
  `two API replicas on one PostgreSQL (SCALE_OUT)${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`,
  () => {
    let lab: StartedLab;
    let a: TestApp;
    /** The second replica is another OS process: the built API (apps/api/dist/main.js) on the same database. */
    let b: { baseUrl: string; process: ChildProcess };
    let token: string;
    const names = ['lab-a', 'lab-b'];
    const ids: string[] = [];
    let client: Client;
    let summaryClient: Client;
    let state: ClusterLiveState | undefined;

    beforeAll(async () => {
      lab = await startLab({ directors: 2, realServers: 1 });
      const env = { SCALE_OUT: 'true', TELEMETRY_TICK_MS: '500', LVS_MASTER_KEY: randomBytes(32).toString('base64') };
      a = await startTestApp(env);
      const port = await freePort();
      const child = spawn(process.execPath, [join(__dirname, '../../../dist/main.js')], {
        env: {
          ...process.env,
          ...env,
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          DATABASE_URL: a.databaseUrl,
          API_PORT: String(port),
          ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      b = { baseUrl: `http://127.0.0.1:${port}`, process: child };
      await until(
        'replica B ready',
        async () => (await fetch(`${b.baseUrl}/api/v1/ready`).catch(() => undefined))?.status,
        (s) => s === 200 || child.exitCode !== null,
        60_000,
      );
      if (child.exitCode !== null) throw new Error(`replica B exited with ${child.exitCode} (is apps/api built? npm test builds it)`);
      const admin = await login(a.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
      token = (await call(a.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } })).body.secret;
      // Two clusters over the lab's directors: a fair share is one each.
      for (const name of names)
        ids.push((await register({ ...lab.state, clusterSpec: { ...lab.state.clusterSpec, name } }, { url: a.baseUrl, token })).clusterId);
    }, 180_000);
    afterAll(async () => {
      client?.close();
      summaryClient?.close();
      if (b && b.process.exitCode === null) b.process.kill('SIGKILL');
      await a?.close();
      lab?.down();
    });

    it('each cluster is polled by exactly one replica, the work shared between them', async () => {
      const [pa, pb] = await until(
        'one cluster each',
        async () => [await polledBy(a, token), await polledBy(b, token)],
        ([x, y]) => x.length === 1 && y.length === 1,
      );
      expect([...pa, ...pb].sort()).toEqual(names);
    });

    it('a client of one replica gets the state and the changes of a cluster the other replica polls', async () => {
      const onA = (await polledBy(a, token))[0];
      const clusterId = ids[names.indexOf(onA)];
      client = io(`${b.baseUrl}/live`, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false });
      const keeper = new LiveStateKeeper();
      client.on('state.snapshot', (e) => e.clusterId === clusterId && (keeper.snapshot(e.state), (state = keeper.state)));
      client.on('state.delta', (e) => {
        if (e.clusterId === clusterId && keeper.delta(e)) state = keeper.state;
      });
      await new Promise<void>((resolve, reject) => {
        client.on('connect', () =>
          client.emit('join', { clusterId, protocol: LIVE_PROTOCOL }, (r) => (r.ok ? resolve() : reject(new Error(r.error)))),
        );
        client.on('connect_error', reject);
      });
      const vip = lab.state.vips[0];
      const [d1, d2] = lab.state.directors.map((d) => d.name);
      await until(
        'the snapshot through replica B',
        () => state?.vips[vip]?.owner,
        (o) => o === d1,
        30_000,
      );
      // REST on the replica that does not poll it answers too (asked over the adapter).
      const rest = await call(b.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/state`, { token });
      expect(rest.status).toBe(200);
      expect(rest.body.vips[vip].owner).toBe(d1);

      // The overview's summary room through B too: the summary on joining (asked of A), then its change.
      let summary: ClusterLiveSummary | undefined;
      summaryClient = io(`${b.baseUrl}/live`, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false });
      summaryClient.on('cluster.summary', (e) => e.clusterId === clusterId && (summary = e));
      await new Promise<void>((resolve, reject) => {
        summaryClient.on('connect', () =>
          summaryClient.emit('joinSummary', clusterId, (r) => (r.ok ? resolve() : reject(new Error(r.error)))),
        );
        summaryClient.on('connect_error', reject);
      });
      await until(
        'the summary through replica B',
        () => summary?.vips[vip]?.owner,
        (o) => o === d1,
        10_000,
      );

      await lab.faults.stopKeepalived(lab.state.directors[0].role);
      try {
        await until(
          'the VIP move, emitted by A, seen through B',
          () => state?.vips[vip]?.owner,
          (o) => o === d2,
          30_000,
        );
        await until(
          'the changed summary, emitted by A, seen through B',
          () => summary?.vips[vip]?.owner,
          (o) => o === d2,
          10_000,
        );
      } finally {
        await lab.faults.startKeepalived(lab.state.directors[0].role);
      }
    });

    it('when a replica dies (SIGKILL: no goodbye), the other takes its clusters over', async () => {
      b.process.kill('SIGKILL');
      const all = await until(
        'A polling both',
        () => polledBy(a, token),
        (p) => p.length === 2,
        30_000,
      );
      expect(all).toEqual(names);
    });
  },
);
