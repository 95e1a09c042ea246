import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { freePort } from '../../../../../test/global-setup';
import { call, login } from '../../../../../test/http';
import { startReceiver, until, type Answer, type Received } from '../../../../../test/webhook-receiver';
import { EventsService } from '../events/events.service';

const MAIN = join(__dirname, '../../../dist/main.js');
const MASTER_KEY = randomBytes(32).toString('base64');
/**
 * A lease is the attempt's timeout + 5 s: a killed deliverer's message is free again ~13 s later. The
 * timeout is long enough that the hung attempt is still in flight when the test kills its process.
 */
const DELIVERER_ENV = { NOTIFY_POLL_MS: '100', NOTIFY_TIMEOUT_MS: '8000', NOTIFY_RETRY_BASE_MS: '200', TELEMETRY_TICK_MS: '0' };

const deliveryId = (r: Received): string => JSON.parse(r.body).deliveryId;

describe('the outbox across processes: an API SIGKILLed mid-delivery loses nothing; two replicas deliver each message once', () => {
  /** In-process API with NOTIFY_POLL_MS=0: it queues (REST, events) but never delivers. */
  let a: TestApp;
  let token: string;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let script: (r: Received, nth: number) => Answer = () => ({ status: 200 });
  const children: ChildProcess[] = [];
  let channelId: string;

  /** Another API process: the built apps/api/dist/main.js on the same database and master key. */
  async function deliverer(): Promise<ChildProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        ...DELIVERER_ENV,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: a.databaseUrl,
        API_PORT: String(port),
        ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
        LVS_MASTER_KEY: MASTER_KEY,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    await until(
      'the replica ready',
      async () => (await fetch(`http://127.0.0.1:${port}/api/v1/ready`).catch(() => undefined))?.status,
      (s) => s === 200 || child.exitCode !== null,
      60_000,
      200,
    );
    if (child.exitCode !== null) throw new Error(`the replica exited with ${child.exitCode}`);
    return child;
  }
  const rows = (): Promise<
    { id: string; status: string; attempts: number; leased_by: string | null; attempt_log: { by: string; status: number | null }[] }[]
  > =>
    a.dataSource.query(
      `SELECT id, status, attempts, leased_by, attempt_log FROM notification_outbox WHERE channel_id = $1 ORDER BY created_at`,
      [channelId],
    );

  beforeAll(async () => {
    expect(existsSync(MAIN), 'apps/api/dist/main.js is built by `npm test` (nx run-many -t build)').toBe(true);
    receiver = await startReceiver((r, n) => script(r, n));
    a = await startTestApp({ NOTIFY_POLL_MS: '0', LVS_MASTER_KEY: MASTER_KEY });
    const admin = await login(a.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(a.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'durability', role: 'admin' } })).body.secret;
    channelId = (
      await call(a.baseUrl, 'POST', '/api/v1/notification-channels', {
        token,
        body: { name: 'hook', kind: 'webhook', url: `${receiver.url}/hook`, secret: 'durability-secret-0123456789' },
      })
    ).body.id;
    expect(channelId).toBeTruthy();
  }, 120_000);
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await a?.close();
    await receiver?.close();
  });

  it('SIGKILL mid-delivery: the message is attempted again after its lease runs out, and messages queued while no API ran are all delivered', async () => {
    let first: string | undefined;
    // The first request is never answered: the deliverer is killed while it waits.
    script = (r) => {
      first ??= deliveryId(r);
      return deliveryId(r) === first && receiver.received.filter((x) => deliveryId(x) === first).length === 1 ? 'hang' : { status: 200 };
    };
    const m1 = (await call(a.baseUrl, 'POST', `/api/v1/notification-channels/${channelId}/test`, { token })).body.id;
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.received).toHaveLength(0); // the in-process API (NOTIFY_POLL_MS=0) delivers nothing
    const c1 = await deliverer();
    await until(
      'the deliverer mid-delivery',
      () => receiver.received.length,
      (n) => n === 1,
    );
    expect(first).toBe(m1);
    const [mid] = await rows();
    expect(mid).toMatchObject({ id: m1, status: 'delivering', attempts: 1 });
    expect(mid.leased_by).toContain(`:${c1.pid}:`);
    c1.kill('SIGKILL');
    await new Promise<void>((r) => (c1.exitCode !== null || c1.signalCode !== null ? r() : c1.once('exit', () => r())));

    // Queued while no deliverer runs: written to the outbox, waiting.
    const queued: string[] = [];
    for (let i = 0; i < 5; i++)
      queued.push((await call(a.baseUrl, 'POST', `/api/v1/notification-channels/${channelId}/test`, { token })).body.id);
    expect((await rows()).filter((r) => r.status === 'pending')).toHaveLength(5);

    const c2 = await deliverer();
    const done = await until(
      'everything delivered by the new process',
      rows,
      (rs) => rs.length === 6 && rs.every((r) => r.status === 'delivered'),
      60_000,
      250,
    );
    const byId = new Map(done.map((r) => [r.id, r]));
    expect(byId.get(m1)).toMatchObject({ attempts: 2 });
    expect(byId.get(m1)!.attempt_log.map((x) => x.by)).toEqual([expect.stringContaining(`:${c2.pid}:`)]); // the killed attempt left no record, only its lease
    for (const id of queued)
      expect(
        receiver.received.filter((r) => deliveryId(r) === id),
        id,
      ).toHaveLength(1);
    // At-least-once: the receiver saw m1 twice, with the same delivery id to de-duplicate on.
    expect(receiver.received.filter((r) => deliveryId(r) === m1)).toHaveLength(2);
  }, 120_000);

  it('two replicas polling one outbox: each of 40 messages is delivered exactly once', async () => {
    script = () => ({ status: 200 });
    const c3 = await deliverer(); // beside c2 from the test before
    const rule = await call(a.baseUrl, 'POST', '/api/v1/notification-rules', {
      token,
      body: { name: 'deploys', kinds: ['deployment.succeeded'], channelIds: [channelId], throttleSeconds: 0 },
    });
    expect(rule.status).toBe(201);
    const before = new Set((await rows()).map((r) => r.id));
    const events = a.app.get(EventsService);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        events.record({
          clusterId: null,
          kind: 'deployment.succeeded',
          severity: 'info',
          subject: `deployment-${i}`,
          summary: `deployment ${i} succeeded`,
          data: {},
        }),
      ),
    );
    const all = await until(
      '40 delivered',
      async () => (await rows()).filter((r) => !before.has(r.id)),
      (rs) => rs.length === 40 && rs.every((r) => r.status === 'delivered'),
      60_000,
      250,
    );
    const ids = all.map((r) => r.id);
    const hits = new Map<string, number>();
    for (const r of receiver.received) hits.set(deliveryId(r), (hits.get(deliveryId(r)) ?? 0) + 1);
    expect(ids.map((id) => hits.get(id))).toEqual(ids.map(() => 1));
    expect(all.every((r) => r.attempts === 1)).toBe(true);
    const by = new Map<string, number>();
    for (const r of all) by.set(r.attempt_log[0].by.split(':')[1], (by.get(r.attempt_log[0].by.split(':')[1]) ?? 0) + 1);
    // Which replica took how many (both usually do; either alone is still exactly once).
    console.log(
      `deliveries per replica pid: ${JSON.stringify(Object.fromEntries(by))} (replicas ${children
        .filter((c) => c.exitCode === null)
        .map((c) => c.pid)
        .join(', ')}, c3 ${c3.pid})`,
    );
  }, 120_000);
});
