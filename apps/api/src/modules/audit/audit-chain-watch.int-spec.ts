import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';
import { adminQuery } from '../../../../../test/pg';
import { startReceiver } from '../../../../../test/webhook-receiver';
import { AuditChainWatch } from './audit-chain-watch';

/**
 * A broken audit chain is not only an answer to whoever asks: it becomes one critical
 * `audit.chain_broken` timeline event per broken link, and a notification rule for that kind
 * delivers it to a real webhook receiver. Real PostgreSQL; the break is made as a database
 * superuser would (bypassing the append-only trigger).
 */
describe('audit chain watch: a broken link is a timeline event and a notification (real PostgreSQL, real webhook receiver)', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let admin: { cookie: string; csrf: string };
  const api = (method: string, path: string, body?: Json) => call(t.baseUrl, method, `/api/v1${path}`, { ...admin, body });
  const chainEvents = async () =>
    (await api('GET', '/events?kind=audit.chain_broken')).body.items as {
      subject: string;
      severity: string;
      clusterId: null;
      data: Json;
    }[];

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await startTestApp({ NOTIFY_POLL_MS: '100', NOTIFY_RETRY_BASE_MS: '100', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' });
    admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const hook = await api('POST', '/notification-channels', {
      name: 'security-hook',
      kind: 'webhook',
      url: `${receiver.url}/audit`,
      secret: 'audit-chain-watch-secret-0123456789',
    });
    expect(hook.status, hook.text).toBe(201);
    const rule = await api('POST', '/notification-rules', {
      name: 'audit-chain',
      kinds: ['audit.chain_broken'],
      clusterIds: [],
      channelIds: [hook.body.id],
      throttleSeconds: 0,
    });
    expect(rule.status, rule.text).toBe(201);
    for (const name of ['a', 'b', 'c', 'd']) {
      const r = await api('POST', '/clusters', { name: `chain-${name}` });
      expect(r.status, r.text).toBe(201);
    }
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it('an intact chain records nothing', async () => {
    expect((await api('GET', '/audit/verify')).body).toMatchObject({ valid: true, firstBroken: null });
    expect(await chainEvents()).toEqual([]);
  });

  it('an edited event: one critical event naming it, however often the chain is walked, and the rule delivers it', async () => {
    const rows: { id: string }[] = await t.dataSource.query('SELECT id FROM audit_events ORDER BY id');
    const edited = rows[2].id;
    await adminQuery(
      t.databaseUrl,
      `SET session_replication_role = replica; UPDATE audit_events SET actor_name = 'mallory' WHERE id = ${edited}`,
    );
    const asked = await api('GET', '/audit/verify');
    expect(asked.body).toMatchObject({ valid: false, firstBroken: { id: edited } });
    await api('GET', '/audit/verify');
    await t.app.get(AuditChainWatch).verify(); // the periodic walk
    const events = await chainEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subject: `audit_event:${edited}`,
      severity: 'critical',
      clusterId: null,
      data: { firstBrokenId: edited, reason: expect.stringMatching(/edited/), checked: 2 },
    });

    await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(1);
    const got = receiver.received[0];
    expect(got.path).toBe('/audit');
    expect(got.body).toContain('audit.chain_broken');
    expect(got.body).toContain(`audit_event:${edited}`);
  });

  it('a new break (rows removed) is a new event', async () => {
    const rows: { id: string }[] = await t.dataSource.query('SELECT id FROM audit_events ORDER BY id');
    await adminQuery(t.databaseUrl, `SET session_replication_role = replica; DELETE FROM audit_events WHERE id <= ${rows[2].id}`);
    const r = await t.app.get(AuditChainWatch).verify();
    expect(r).toMatchObject({ valid: false, checked: 0, firstBroken: { id: rows[3].id, reason: expect.stringMatching(/removed/) } });
    const events = await chainEvents();
    expect(events.map((e) => e.subject)).toEqual([`audit_event:${rows[3].id}`, `audit_event:${rows[2].id}`]);
    await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(2);
  });
});
