import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login } from '../../../../../test/http';
import { mimePart, selfSignedCertificate, startSmtpReceiver } from '../../../../../test/smtp-receiver';
import { until } from '../../../../../test/webhook-receiver';
import { EventsService } from '../events/events.service';

const USER = 'lvs-notify';
const PASSWORD = 'smtp-password-for-tests';

describe('notifications by e-mail: a real SMTP server (smtp-server) with STARTTLS or TLS and AUTH', () => {
  let t: TestApp;
  let token: string;
  const tls = selfSignedCertificate();
  let starttls: Awaited<ReturnType<typeof startSmtpReceiver>>;
  let implicit: Awaited<ReturnType<typeof startSmtpReceiver>>;
  let clusterId: string;
  const api = (method: string, path: string, body?: unknown) => call(t.baseUrl, method, `/api/v1${path}`, { token, body });
  const delivery = async (channelId: string, id: string) =>
    (
      (await api('GET', `/notification-channels/${channelId}/deliveries`)).body.items as {
        id: string;
        status: string;
        attempts: number;
        responseStatus: number | null;
        lastError: string | null;
      }[]
    ).find((d) => d.id === id);

  beforeAll(async () => {
    starttls = await startSmtpReceiver({ tls, user: USER, password: PASSWORD });
    implicit = await startSmtpReceiver({ tls, secure: true, user: USER, password: PASSWORD });
    t = await startTestApp({
      NOTIFY_POLL_MS: '100',
      NOTIFY_RETRY_BASE_MS: '100',
      NOTIFY_TIMEOUT_MS: '5000',
      PUBLIC_URL: 'https://lvs.example.test',
    });
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'mail', role: 'admin' } })).body.secret;
    clusterId = (await api('POST', '/clusters', { name: 'mail-cluster' })).body.id;
  });
  afterAll(async () => {
    await t?.close();
    await starttls?.close();
    await implicit?.close();
  });

  it('STARTTLS + AUTH: the mail arrives encrypted, authenticated, with a plain-text and an HTML part; the password is never returned', async () => {
    const ch = await api('POST', '/notification-channels', {
      name: 'oncall-mail',
      kind: 'email',
      host: '127.0.0.1',
      port: starttls.port,
      security: 'starttls',
      username: USER,
      password: PASSWORD,
      from: 'lvs@example.test',
      to: ['oncall@example.test', 'netops@example.test'],
      caCertificate: tls.cert,
    });
    expect(ch.status, ch.text).toBe(201);
    expect(ch.body).toMatchObject({
      kind: 'email',
      secretsSet: ['password'],
      settings: { host: '127.0.0.1', port: starttls.port, security: 'starttls', username: USER, caCertificate: true },
    });
    expect(JSON.stringify(ch.body)).not.toContain(PASSWORD);
    const rule = await api('POST', '/notification-rules', {
      name: 'mail-critical',
      minSeverity: 'critical',
      channelIds: [ch.body.id],
      throttleSeconds: 0,
    });
    expect(rule.status).toBe(201);

    await t.app.get(EventsService).record({
      clusterId,
      kind: 'vrrp.master_lost',
      severity: 'critical',
      subject: 'VI_WEB',
      summary: 'VI_WEB has no MASTER <after lb1 stopped>',
      data: {},
    });
    await t.app
      .get(EventsService)
      .record({ clusterId, kind: 'drift.found', severity: 'warning', subject: 'lb1', summary: 'below the rule severity', data: {} });
    const [mail] = await until(
      'the mail',
      () => starttls.mails,
      (m) => m.length > 0,
    );
    expect(mail.secure).toBe(true);
    expect(mail.user).toBe(USER);
    expect(mail.from).toBe('lvs@example.test');
    expect(mail.to).toEqual(['oncall@example.test', 'netops@example.test']);
    expect(mail.raw).toMatch(/^Subject: \[LVS CRITICAL\] \[mail-cluster\] VI_WEB has no MASTER/m);
    expect(mail.raw).toMatch(/multipart\/alternative/);
    const text = mimePart(mail.raw, 'text/plain');
    const html = mimePart(mail.raw, 'text/html');
    expect(text).toContain('VI_WEB has no MASTER <after lb1 stopped>');
    expect(text).toContain(`Open: https://lvs.example.test/clusters/${clusterId}`);
    expect(html).toContain('VI_WEB has no MASTER &lt;after lb1 stopped&gt;');
    expect(html).toContain(`<a href="https://lvs.example.test/clusters/${clusterId}">`);
    const deliveryId = /^X-LVS-Delivery: (\S+)/im.exec(mail.raw)?.[1];
    expect(deliveryId).toBeTruthy();
    await until(
      'recorded delivered with the SMTP reply',
      () => delivery(ch.body.id, deliveryId!),
      (d) => d?.status === 'delivered',
    );
    expect((await delivery(ch.body.id, deliveryId!))?.responseStatus).toBe(250);
    await new Promise((r) => setTimeout(r, 500));
    expect(starttls.mails).toHaveLength(1); // the warning stayed below the rule
    await api('DELETE', `/notification-rules/${rule.body.id}`);
  });

  it('implicit TLS (port 465 style) works too; a refused login (535) is a permanent failure, recorded with the reply', async () => {
    const ok = await api('POST', '/notification-channels', {
      name: 'tls-mail',
      kind: 'email',
      host: '127.0.0.1',
      port: implicit.port,
      security: 'tls',
      username: USER,
      password: PASSWORD,
      from: 'lvs@example.test',
      to: ['oncall@example.test'],
      caCertificate: tls.cert,
    });
    expect(ok.status).toBe(201);
    const q = await api('POST', `/notification-channels/${ok.body.id}/test`);
    await until(
      'the test mail over TLS',
      () => implicit.mails,
      (m) => m.length > 0,
    );
    expect(implicit.mails[0].secure).toBe(true);
    expect(mimePart(implicit.mails[0].raw, 'text/plain')).toContain('Test message from LVS Console to channel "tls-mail"');
    await until(
      'delivered',
      () => delivery(ok.body.id, q.body.id),
      (d) => d?.status === 'delivered',
    );

    const bad = await api('PATCH', `/notification-channels/${ok.body.id}`, { password: 'not-the-password' });
    expect(bad.status).toBe(200);
    const q2 = await api('POST', `/notification-channels/${ok.body.id}/test`);
    const d = await until(
      'failed',
      () => delivery(ok.body.id, q2.body.id),
      (x) => x?.status === 'failed',
    );
    expect(d).toMatchObject({ attempts: 1, responseStatus: 535 });
    expect(d?.lastError).toMatch(/535|Invalid/);
  });

  it('a server whose certificate is not trusted is not sent to (no CA given: TLS verification fails, retried, never delivered in clear)', async () => {
    const ch = await api('POST', '/notification-channels', {
      name: 'untrusted-mail',
      kind: 'email',
      host: '127.0.0.1',
      port: starttls.port,
      security: 'starttls',
      username: USER,
      password: PASSWORD,
      from: 'lvs@example.test',
      to: ['oncall@example.test'],
    });
    const before = starttls.mails.length;
    const q = await api('POST', `/notification-channels/${ch.body.id}/test`);
    const d = await until(
      'an attempt recorded',
      () => delivery(ch.body.id, q.body.id),
      (x) => (x?.attempts ?? 0) >= 1 && !!x?.lastError,
    );
    expect(d?.lastError).toMatch(/certificate/i);
    expect(starttls.mails.length).toBe(before);
    await api('PATCH', `/notification-channels/${ch.body.id}`, { enabled: false });
  });
});
