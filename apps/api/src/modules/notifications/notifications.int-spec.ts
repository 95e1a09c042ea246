import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login } from '../../../../../test/http';
import { startReceiver, until, type Answer, type Received } from '../../../../../test/webhook-receiver';
import { EventsService } from '../events/events.service';
import type { NewEvent, StoredEvent } from '../events/events.types';
import { verifySignature, type WebhookPayload } from './notification-message';
import { NotificationWorker } from './notification.worker';

const SECRET = 'whsec-0123456789abcdef-for-tests';

describe('notifications: channels, rules, the outbox and its delivery (real PostgreSQL, real HTTP receiver)', () => {
  let t: TestApp;
  let admin: { cookie: string; csrf: string };
  let token: string;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  /** What the receiver answers next, per path (default 200). */
  let script: (r: Received, nth: number) => Answer = () => ({ status: 200 });
  let clusterId: string;

  const api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    call(t.baseUrl, method, `/api/v1${path}`, { token, body, headers });
  const at = (path: string) => receiver.received.filter((r) => r.path === path);
  const deliveries = async (channelId: string) =>
    (await api('GET', `/notification-channels/${channelId}/deliveries`)).body.items as {
      id: string;
      status: string;
      attempts: number;
      responseStatus: number | null;
      attemptLog: { status: number | null }[];
      eventCount: number;
      summary: string;
    }[];
  /** Records a timeline event (EventsService.record): the notification sink runs in its transaction. */
  const emit = (e: Partial<NewEvent> & { kind: string }): Promise<StoredEvent> =>
    t.app
      .get(EventsService)
      .record({ clusterId, severity: 'warning', subject: '10.213.0.21:80', summary: `${e.kind} happened`, data: {}, ...e });

  beforeAll(async () => {
    receiver = await startReceiver((r, n) => script(r, n));
    t = await startTestApp({
      NOTIFY_POLL_MS: '100',
      NOTIFY_RETRY_BASE_MS: '100',
      NOTIFY_TIMEOUT_MS: '3000',
      PUBLIC_URL: 'https://lvs.example.test/',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    });
    admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'notify', role: 'admin' } })).body.secret;
    clusterId = (await api('POST', '/clusters', { name: 'edge-1' })).body.id;
    expect(clusterId).toBeTruthy();
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });
  beforeEach(() => {
    script = () => ({ status: 200 });
  });

  describe('channels', () => {
    it('an admin creates a webhook channel; the URL path and the secret are sealed, never returned, never audited', async () => {
      const r = await api('POST', '/notification-channels', {
        name: 'ops-hook',
        kind: 'webhook',
        url: `${receiver.url}/hook?token=url-token-xyz`,
        secret: SECRET,
      });
      expect(r.status, r.text).toBe(201);
      expect(r.headers.get('etag')).toBe('W/"1"');
      expect(r.body).toMatchObject({
        name: 'ops-hook',
        kind: 'webhook',
        enabled: true,
        settings: { urlOrigin: receiver.url },
        secretsSet: ['url', 'secret'],
        version: 1,
      });
      const rows = await t.dataSource.query(`SELECT * FROM notification_channels`);
      const audit = await t.dataSource.query(`SELECT * FROM audit_events WHERE action LIKE 'notification_channel.%'`);
      const list = await api('GET', '/notification-channels');
      const everything = JSON.stringify([rows, audit, list.body, r.body]);
      expect(everything).not.toContain(SECRET);
      expect(everything).not.toContain('url-token-xyz');
      expect(rows[0].sealed_secrets).toMatch(/^v1:/);
      expect(audit).toHaveLength(1);
      expect(audit[0].after).toMatchObject({ name: 'ops-hook', sealed: ['url', 'secret'] });
    });

    it('refuses bad input naming the field and the rule (400), duplicates (409), fields of another kind (400), stale If-Match (412)', async () => {
      const bad = await api('POST', '/notification-channels', { name: 'x', kind: 'webhook', url: 'ftp://example.com/', secret: 'short' });
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.secret', 'body.url']);
      const kind = await api('POST', '/notification-channels', { name: 'x', kind: 'pager' });
      expect(kind.status).toBe(400);
      const mail = await api('POST', '/notification-channels', {
        name: 'x',
        kind: 'email',
        host: 'smtp.example.com',
        from: 'not-an-address',
        to: [],
      });
      expect(mail.status).toBe(400);
      expect(mail.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.from', 'body.to']);
      const dup = await api('POST', '/notification-channels', { name: 'ops-hook', kind: 'slack', url: `${receiver.url}/slack` });
      expect(dup.status).toBe(409);
      expect(dup.body.code).toBe('notifications.duplicate_name');
      const id = (await api('GET', '/notification-channels')).body.items.find((c: { name: string }) => c.name === 'ops-hook').id;
      const foreign = await api('PATCH', `/notification-channels/${id}`, { host: 'smtp.example.com' });
      expect(foreign.status).toBe(400);
      expect(foreign.body).toMatchObject({ code: 'notifications.field_not_for_kind', errors: [{ path: 'body.host' }] });
      const stale = await api('PATCH', `/notification-channels/${id}`, { enabled: true }, { 'if-match': 'W/"99"' });
      expect(stale.status).toBe(412);
      const notFound = await api('GET', `/notification-channels/${randomUUID()}`);
      expect(notFound.status).toBe(404);
      const badId = await api('GET', '/notification-channels/nope');
      expect(badId.status).toBe(400);
      expect(badId.body.errors[0].path).toBe('params.channelId');
    });

    it('is admin only: an operator and a viewer get 403 on every channel and rule route', async () => {
      for (const role of ['viewer', 'operator']) {
        const u = await call(t.baseUrl, 'POST', '/api/v1/users', {
          ...admin,
          body: { username: `${role}-n`, password: `${role}-password-long`, role },
        });
        expect(u.status).toBe(201);
        const s = await login(t.baseUrl, `${role}-n`, `${role}-password-long`);
        for (const [method, path] of [
          ['GET', '/notification-channels'],
          ['POST', '/notification-channels'],
          ['GET', '/notification-rules'],
          ['POST', '/notification-rules'],
        ] as const) {
          const r = await call(t.baseUrl, method, `/api/v1${path}`, { ...s, body: method === 'POST' ? {} : undefined });
          expect(r.status, `${role} ${method} ${path}`).toBe(403);
        }
      }
    });
  });

  describe('delivery', () => {
    let hookId: string;
    beforeAll(async () => {
      hookId = (await api('GET', '/notification-channels')).body.items.find((c: { name: string }) => c.name === 'ops-hook').id;
    });

    it('a test message reaches the receiver signed (t=…,v1=HMAC-SHA256), with the versioned payload, and is recorded delivered with the response', async () => {
      const before = at('/hook?token=url-token-xyz').length;
      const q = await api('POST', `/notification-channels/${hookId}/test`);
      expect(q.status).toBe(202);
      expect(q.body).toMatchObject({ status: 'pending', test: true });
      const got = await until(
        'the test message',
        () => at('/hook?token=url-token-xyz'),
        (x) => x.length > before,
      );
      const req = got[got.length - 1];
      const sig = String(req.headers['x-lvs-signature']);
      expect(sig).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verifySignature(SECRET, req.body, sig, Math.floor(Date.now() / 1000))).toBe(true);
      expect(verifySignature('another-secret-entirely', req.body, sig, Math.floor(Date.now() / 1000))).toBe(false);
      expect(verifySignature(SECRET, req.body + ' ', sig, Math.floor(Date.now() / 1000))).toBe(false);
      // A replay an hour later fails the timestamp check.
      expect(verifySignature(SECRET, req.body, sig, Math.floor(Date.now() / 1000) + 3600)).toBe(false);
      const p = JSON.parse(req.body) as WebhookPayload;
      expect(p).toMatchObject({
        schema: 'lvs-console.notification',
        version: 1,
        deliveryId: q.body.id,
        test: true,
        channel: { id: hookId, name: 'ops-hook' },
        event: { kind: 'test' },
      });
      expect(req.headers['x-lvs-delivery']).toBe(q.body.id);
      const d = await until(
        'recorded delivered',
        () => deliveries(hookId),
        (x) => x.find((y) => y.id === q.body.id)?.status === 'delivered',
      );
      expect(d.find((y) => y.id === q.body.id)).toMatchObject({ attempts: 1, responseStatus: 200 });
      const ch = await api('GET', `/notification-channels/${hookId}`);
      expect(ch.body.stats).toMatchObject({ delivered: 1, failed: 0, pending: 0, lastDelivery: { id: q.body.id, status: 'delivered' } });
    });

    it('retries after a 500 with backoff and records every attempt; a 4xx is a permanent failure', async () => {
      let fails = 2;
      script = (r) =>
        r.path.startsWith('/hook') && fails-- > 0 ? { status: 500, body: 'receiver is down' } : { status: 200, body: 'thanks' };
      const q = await api('POST', `/notification-channels/${hookId}/test`);
      const d = await until(
        'delivered on the third attempt',
        () => deliveries(hookId),
        (x) => x.find((y) => y.id === q.body.id)?.status === 'delivered',
      );
      const mine = d.find((y) => y.id === q.body.id)!;
      expect(mine.attempts).toBe(3);
      expect(mine.attemptLog.map((a) => a.status)).toEqual([500, 500, 200]);
      expect(at('/hook?token=url-token-xyz').filter((r) => JSON.parse(r.body).deliveryId === q.body.id)).toHaveLength(3);

      script = () => ({ status: 410, body: 'gone' });
      const gone = await api('POST', `/notification-channels/${hookId}/test`);
      const g = await until(
        'failed at once',
        () => deliveries(hookId),
        (x) => x.find((y) => y.id === gone.body.id)?.status === 'failed',
      );
      expect(g.find((y) => y.id === gone.body.id)).toMatchObject({ attempts: 1, responseStatus: 410 });
    });

    it("a rule turns an event into a message in the event's transaction: rolled back with it, delivered after commit with the cluster and a link back", async () => {
      const rule = await api('POST', '/notification-rules', {
        name: 'rs-down',
        kinds: ['real_server.down'],
        clusterIds: [clusterId],
        channelIds: [hookId],
        throttleSeconds: 0,
      });
      expect(rule.status).toBe(201);
      expect(rule.body).toMatchObject({ kinds: ['real_server.down'], notifyResolved: true, minSeverity: 'info', throttleSeconds: 0 });

      // The transaction that records the event fails after the sink ran: no message survives.
      await expect(
        t.dataSource.transaction(async (m) => {
          await t.app
            .get(EventsService)
            .record({ clusterId, kind: 'real_server.down', severity: 'critical', subject: 'x', summary: 'rolled back', data: {} }, m);
          throw new Error('the change that caused the event failed');
        }),
      ).rejects.toThrow(/caused the event failed/);
      expect(await t.dataSource.query(`SELECT id FROM cluster_events WHERE summary = 'rolled back'`)).toEqual([]);
      expect(await t.dataSource.query(`SELECT id FROM notification_outbox WHERE payload->'event'->>'summary' = 'rolled back'`)).toEqual([]);

      const { id: eventId } = await emit({ kind: 'real_server.down', severity: 'critical', summary: 'real server 10.213.0.21:80 is down' });
      await emit({ kind: 'drift.found', summary: 'not a kind the rule names' });
      const got = await until(
        'the event message',
        () => at('/hook?token=url-token-xyz').map((r) => JSON.parse(r.body) as WebhookPayload),
        (x) => x.some((p) => p.event.id === eventId),
      );
      const p = got.find((x) => x.event.id === eventId)!;
      expect(p).toMatchObject({
        test: false,
        rule: { id: rule.body.id, name: 'rs-down' },
        event: { kind: 'real_server.down', severity: 'critical', clusterId, clusterName: 'edge-1', subject: '10.213.0.21:80' },
        resolved: false,
        links: { console: 'https://lvs.example.test', cluster: `https://lvs.example.test/clusters/${clusterId}` },
      });
      expect(got.some((x) => x.event.kind === 'drift.found')).toBe(false);
      // The quiet "resolved" counterpart goes too.
      const { id: up } = await emit({ kind: 'real_server.up', severity: 'info', summary: 'real server 10.213.0.21:80 is up' });
      const r2 = await until(
        'the resolved message',
        () => at('/hook?token=url-token-xyz').map((r) => JSON.parse(r.body) as WebhookPayload),
        (x) => x.some((y) => y.event.id === up),
      );
      expect(r2.find((y) => y.event.id === up)).toMatchObject({ resolved: true });
      await api('DELETE', `/notification-rules/${rule.body.id}`);
    });

    it('throttles a flapping real server: the first event at once, the rest of the window in one digest with the count', async () => {
      const rule = await api('POST', '/notification-rules', {
        name: 'flap',
        kinds: ['real_server.down'],
        channelIds: [hookId],
        throttleSeconds: 3,
      });
      expect(rule.status).toBe(201);
      const subject = `10.213.0.99:80-${randomUUID().slice(0, 8)}`;
      const mine = () =>
        at('/hook?token=url-token-xyz')
          .map((r) => JSON.parse(r.body) as WebhookPayload)
          .filter((p) => p.event.subject === subject);
      // Ten flaps recorded in one transaction, so that all of them fall inside the window however busy the machine is.
      await t.dataSource.transaction(async (m) => {
        for (let i = 0; i < 10; i++)
          await t.app.get(EventsService).record(
            {
              clusterId,
              kind: i % 2 === 0 ? 'real_server.down' : 'real_server.up',
              severity: i % 2 === 0 ? 'critical' : 'info',
              subject,
              summary: `flap ${i}`,
              data: {},
            },
            m,
          );
      });
      const got = await until('the first message and the digest', mine, (x) => x.length >= 2, 30_000);
      await new Promise((r) => setTimeout(r, 4000)); // nothing more arrives after the window
      expect(mine()).toHaveLength(2);
      expect(got[0].event.summary).toBe('flap 0');
      expect(got[0].group).toBeNull();
      expect(got[1].group).toMatchObject({ count: 9, kinds: { 'real_server.down': 4, 'real_server.up': 5 } });
      expect(got[1].event.summary).toBe('flap 9');
      expect(got[1].resolved).toBe(true); // it ended up: the digest is the quiet "resolved" one
      const rows = await t.dataSource.query(
        `SELECT event_count FROM notification_outbox WHERE payload->'event'->>'subject' = $1 ORDER BY created_at`,
        [subject],
      );
      expect(rows.map((r: { event_count: number }) => r.event_count)).toEqual([1, 9]);
      await api('DELETE', `/notification-rules/${rule.body.id}`);
    });

    it('a Slack channel gets blocks with a button back to the console', async () => {
      const ch = await api('POST', '/notification-channels', {
        name: 'slack-ops',
        kind: 'slack',
        url: `${receiver.url}/services/T000/B000/slack-token-abc`,
      });
      expect(ch.status).toBe(201);
      expect(JSON.stringify(ch.body)).not.toContain('slack-token-abc');
      const rule = await api('POST', '/notification-rules', {
        name: 'to-slack',
        kinds: ['deployment.failed'],
        channelIds: [ch.body.id],
        throttleSeconds: 0,
      });
      await emit({
        kind: 'deployment.failed',
        severity: 'critical',
        subject: 'deployment 7',
        summary: 'deployment 7 failed at reload on lb2',
      });
      const got = await until(
        'the Slack message',
        () => at('/services/T000/B000/slack-token-abc'),
        (x) => x.length > 0,
      );
      const body = JSON.parse(got[0].body);
      expect(got[0].headers['x-lvs-signature']).toBeUndefined();
      expect(body.text).toBe('[edge-1] deployment 7 failed at reload on lb2');
      expect(body.blocks.find((b: { type: string }) => b.type === 'actions').elements[0]).toMatchObject({
        type: 'button',
        url: `https://lvs.example.test/clusters/${clusterId}`,
      });
      await api('DELETE', `/notification-rules/${rule.body.id}`);
    });

    it('keeps finished messages for NOTIFY_RETENTION_DAYS (30 by default), never a pending one', async () => {
      const mk = (status: string, daysAgo: number | null) =>
        t.dataSource.query(
          `INSERT INTO notification_outbox (channel_id, kind, status, payload, attempt_log, created_at, finished_at)
           VALUES ($1, 'test', $2, '{}'::jsonb, '[]'::jsonb, now() - make_interval(days => $3), CASE WHEN $4::boolean THEN now() - make_interval(days => $3) END) RETURNING id`,
          [hookId, status, daysAgo ?? 40, daysAgo !== null],
        );
      const [[oldDelivered], [oldFailed], [recent], [pending]] = [
        await mk('delivered', 31),
        await mk('failed', 45),
        await mk('delivered', 29),
        await mk('pending', null),
      ];
      // A pending row that old would be delivered at once: keep it out of the worker's way.
      await t.dataSource.query(`UPDATE notification_outbox SET next_attempt_at = now() + interval '1 day' WHERE id = $1`, [pending.id]);
      expect(await t.app.get(NotificationWorker).purgeExpired()).toBe(2);
      const left = new Set((await t.dataSource.query(`SELECT id FROM notification_outbox`)).map((r: { id: string }) => r.id));
      expect(left.has(oldDelivered.id) || left.has(oldFailed.id)).toBe(false);
      expect(left.has(recent.id) && left.has(pending.id)).toBe(true);
      await t.dataSource.query(`DELETE FROM notification_outbox WHERE id = $1`, [pending.id]);
    });

    it('deleting a channel a rule names is refused (409, naming the rule); a rule naming a missing channel or cluster is refused (400)', async () => {
      const rule = await api('POST', '/notification-rules', { name: 'keeps-hook', channelIds: [hookId] });
      const del = await api('DELETE', `/notification-channels/${hookId}`);
      expect(del.status).toBe(409);
      expect(del.body.detail).toContain('keeps-hook');
      const missing = randomUUID();
      const bad = await api('POST', '/notification-rules', {
        name: 'bad-refs',
        channelIds: [hookId, missing],
        clusterIds: [missing],
        kinds: ['no.such_kind'],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].path).toBe('body.kinds.0');
      const bad2 = await api('POST', '/notification-rules', { name: 'bad-refs', channelIds: [hookId, missing], clusterIds: [missing] });
      expect(bad2.status).toBe(400);
      expect(bad2.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.channelIds.1', 'body.clusterIds.0']);
      const patched = await api(
        'PATCH',
        `/notification-rules/${rule.body.id}`,
        { throttleSeconds: 60 },
        { 'if-match': rule.headers.get('etag')! },
      );
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ throttleSeconds: 60, version: 2 });
      expect((await api('DELETE', `/notification-rules/${rule.body.id}`, undefined, { 'if-match': 'W/"1"' })).status).toBe(412);
      expect((await api('DELETE', `/notification-rules/${rule.body.id}`)).status).toBe(204);
      const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE action LIKE 'notification_rule.%' ORDER BY at`);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(
        expect.arrayContaining(['notification_rule.create', 'notification_rule.update', 'notification_rule.delete']),
      );
    });
  });
});
