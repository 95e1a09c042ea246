import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login } from '../http';
import { selfSignedCertificate, startSmtpReceiver } from '../smtp-receiver';
import { startReceiver, until } from '../webhook-receiver';
import { axeFindings } from './axe';
import { launchBrowser, signIn, startStack, watchForErrors, type Stack } from './stack';

const SHOTS = 'test-results/screenshots';

/** The receiver's check of the API's X-LVS-Signature: `t=<unix s>,v1=hex(HMAC-SHA256(secret, t + "." + body))`. */
function signedBy(secret: string, body: string, header: string): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  return !!m && createHmac('sha256', secret).update(`${m[1]}.${body}`).digest('hex') === m[2];
}

/**
 * The Notifications page in Chromium against the real stack and a real webhook receiver on
 * loopback: an admin adds a signed webhook channel through the form, sends a test that the receiver
 * gets (body and HMAC checked as a receiver would), adds a rule whose event the receiver gets too,
 * and reads both in the channel's deliveries; a URL the API refuses is named on its field; a viewer
 * gets no editors. No console errors, no failed requests, axe clean in both themes.
 */
describe('notification channels and rules in the dashboard (Chromium, real webhook receiver)', () => {
  let stack: Stack;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;
  let page: Page;
  let problems: string[];
  let token: string;
  const SECRET = 'e2e-webhook-signing-secret-4f1c9a';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    receiver = await startReceiver();
    stack = await startStack();
    const admin = await login(stack.webUrl, 'admin', stack.adminPassword);
    token = (await call(stack.webUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'setup', role: 'admin' } })).body.secret;
    const reader = await call(stack.webUrl, 'POST', '/api/v1/users', {
      token,
      body: { username: 'reader', password: 'Viewing-Passphrase-8812', role: 'viewer' },
    });
    expect(reader.status, reader.text).toBe(201);
    ({ browser, close: closeBrowser } = await launchBrowser());
    page = await browser.newPage();
    // the refused delete is a 409 the dialog shows (a bad URL never leaves the page)
    problems = watchForErrors(
      page,
      (url, status) =>
        (status === 401 && url.endsWith('/api/v1/auth/me')) ||
        // the delete a rule still names: the dialog shows the refusal
        (status === 409 && /\/api\/v1\/notification-channels\/[0-9a-f-]{36}$/.test(url)),
    );
    await signIn(page, stack);
  }, 180_000);
  afterAll(async () => {
    await closeBrowser?.();
    await stack?.stop();
    await receiver?.close();
  });

  it('says what the page is for while there is nothing yet', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notifications' }).click();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await page.getByTestId('channels-empty').waitFor();
    expect(await page.getByTestId('rules-empty').textContent()).toMatch(/nothing is sent yet/);
    expect(await page.getByRole('button', { name: 'Add a rule' }).isDisabled()).toBe(true);
  });

  it("refuses a bad URL on the URL field with the API's own rule and message, before any request", async () => {
    // What the API answers for that URL (the dialog checks the same rule, from libs/domain)
    const direct = await call(stack.webUrl, 'POST', '/api/v1/notification-channels', {
      token,
      body: { kind: 'webhook', name: 'ops-hook', url: 'ftp://127.0.0.1/hook', secret: SECRET },
    });
    expect(direct.status).toBe(400);
    const apiMessage = direct.body.errors.find((e: { path: string }) => e.path === 'body.url').message;
    expect(apiMessage).toMatch(/^must be an http:\/\/ or https:\/\/ URL/);
    let posts = 0;
    const count = (r: { url(): string; method(): string }) => {
      if (r.url().endsWith('/api/v1/notification-channels') && r.method() === 'POST') posts++;
    };
    page.on('request', count);
    try {
      await page.getByRole('button', { name: 'Add a channel' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a notification channel' });
      await dialog.getByLabel('Name').fill('ops-hook');
      await dialog.getByLabel('Receiver URL').fill('ftp://127.0.0.1/hook');
      await dialog.getByLabel('Signing secret').fill(SECRET);
      await dialog.getByRole('button', { name: 'Add channel' }).click();
      await expect.poll(() => page.locator('#channel-url-error').textContent()).toBe(apiMessage);
      expect(await dialog.getByLabel('Receiver URL').getAttribute('aria-invalid')).toBe('true');
    } finally {
      page.off('request', count);
    }
    expect(posts).toBe(0);
    expect((await call(stack.webUrl, 'GET', '/api/v1/notification-channels', { token })).body.total).toBe(0);
  });

  it('adds a webhook channel from the form; "Send test" reaches the receiver signed, and its answer is a toast', async () => {
    const dialog = page.getByRole('dialog', { name: 'Add a notification channel' });
    await dialog.getByLabel('Receiver URL').fill(`${receiver.url}/hook?token=t0p`);
    await dialog.getByRole('button', { name: 'Add channel' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('row', { name: /^ops-hook Webhook/ });
    // Only the URL's origin is ever shown; the path (and its token) and the secret never reach the page.
    await expect.poll(() => row.textContent()).toContain(`${receiver.url}/…`);
    expect(await page.content()).not.toContain('t0p');
    expect(await page.content()).not.toContain(SECRET);

    await page.getByRole('button', { name: 'Send test to ops-hook' }).click();
    const toast = page.getByTestId('toast').filter({ hasText: 'Test delivered to ops-hook' });
    await toast.waitFor({ timeout: 30_000 });
    expect(await toast.textContent()).toContain('The receiver answered 200.');
    const got = await until(
      'the test message at the receiver',
      () => receiver.received,
      (r) => r.length >= 1,
    );
    const hit = got[0];
    expect(hit.path).toBe('/hook?token=t0p');
    expect(signedBy(SECRET, hit.body, String(hit.headers['x-lvs-signature']))).toBe(true);
    expect(signedBy('some-other-secret-000000', hit.body, String(hit.headers['x-lvs-signature']))).toBe(false);
    const body = JSON.parse(hit.body);
    expect(body).toMatchObject({ schema: 'lvs-console.notification', version: 1, test: true, channel: { name: 'ops-hook' } });
    expect(body.event.summary).toBe('Test message from LVS Console to channel "ops-hook", sent by admin');
    expect(hit.headers['x-lvs-delivery']).toBe(body.deliveryId);
    // The deliveries list shows that very message as delivered, with the receiver's answer.
    const delivery = page.locator(`[data-delivery="${body.deliveryId}"]`);
    await expect.poll(() => delivery.textContent()).toMatch(/test.*delivered.*200/);
  });

  it('adds a rule from the form; the event it routes reaches the receiver and the deliveries list', async () => {
    await page.getByRole('button', { name: 'Add a rule' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a notification rule' });
    await dialog.getByLabel('Name').fill('topology-to-ops');
    await dialog.getByLabel('ops-hook (webhook)').check();
    await dialog.getByLabel(/— topology\.changed$/).check();
    await dialog.getByLabel('At least').selectOption('info');
    await dialog.getByLabel('Throttle (seconds)').fill('0');
    await dialog.getByRole('button', { name: 'Add rule' }).click();
    await dialog.waitFor({ state: 'detached' });
    const ruleRow = page.getByRole('row', { name: /topology-to-ops/ });
    await expect.poll(() => ruleRow.textContent()).toMatch(/topology\.changed.*every cluster.*info.*ops-hook.*every event/);
    const [stored] = (await call(stack.webUrl, 'GET', '/api/v1/notification-rules', { token })).body.items;
    const channel = (await call(stack.webUrl, 'GET', '/api/v1/notification-channels', { token })).body.items[0];
    expect(stored).toMatchObject({
      kinds: ['topology.changed'],
      clusterIds: [],
      channelIds: [channel.id],
      minSeverity: 'info',
      throttleSeconds: 0,
    });

    // A real event: a cluster created through the API is a topology change.
    const c = await call(stack.webUrl, 'POST', '/api/v1/clusters', {
      token,
      body: { name: 'notified', directors: [{ name: 'lb1', address: '127.0.0.1', sshPort: 1 }] },
    });
    expect(c.status, c.text).toBe(201);
    const got = await until(
      'the topology event at the receiver',
      () => receiver.received.filter((r) => r.headers['x-lvs-event'] === 'topology.changed'),
      (r) => r.length >= 1,
    );
    const body = JSON.parse(got[0].body);
    expect(signedBy(SECRET, got[0].body, String(got[0].headers['x-lvs-signature']))).toBe(true);
    expect(body).toMatchObject({
      test: false,
      rule: { name: 'topology-to-ops' },
      event: { kind: 'topology.changed', clusterId: c.body.id },
    });
    const delivery = page.locator(`[data-delivery="${body.deliveryId}"]`);
    await expect.poll(() => delivery.textContent(), { timeout: 15_000 }).toMatch(/topology\.changed.*delivered/);
    expect(problems).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is axe-clean in the ${theme} theme, the editors included (screenshots)`, async () => {
      await page.emulateMedia({ colorScheme: theme });
      await page.evaluate((t) => localStorage.setItem('lvs-theme', t), theme);
      await page.reload();
      await page.getByRole('row', { name: /^ops-hook Webhook/ }).waitFor();
      await page.getByTestId('deliveries').getByRole('row').nth(1).waitFor();
      await page.screenshot({ path: `${SHOTS}/notifications-${theme}.png`, fullPage: true });
      expect(await axeFindings(page)).toEqual([]);
      await page.getByRole('button', { name: 'Edit ops-hook' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit channel ops-hook' });
      await dialog.waitFor();
      // Write-only: the stored URL and secret are not filled in.
      expect(await dialog.getByLabel('Receiver URL').inputValue()).toBe('');
      expect(await dialog.getByLabel('Signing secret').inputValue()).toBe('');
      await page.screenshot({ path: `${SHOTS}/notifications-channel-dialog-${theme}.png` });
      expect(await axeFindings(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Edit rule topology-to-ops' }).click();
      await page.getByRole('dialog', { name: 'Edit rule topology-to-ops' }).waitFor();
      await page.screenshot({ path: `${SHOTS}/notifications-rule-dialog-${theme}.png` });
      expect(await axeFindings(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      expect(problems).toEqual([]);
    });
  }

  it('an edit with blank secrets keeps them: the next test is still signed with the first secret', async () => {
    await page.getByRole('button', { name: 'Edit ops-hook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit channel ops-hook' });
    await dialog.getByLabel('Name').fill('ops-hook-2');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /^ops-hook-2 Webhook/ }).waitFor();
    const before = receiver.received.length;
    await page.getByRole('button', { name: 'Send test to ops-hook-2' }).click();
    await page.getByTestId('toast').filter({ hasText: 'Test delivered to ops-hook-2' }).waitFor({ timeout: 30_000 });
    const hit = receiver.received[before];
    expect(hit.path).toBe('/hook?token=t0p');
    expect(signedBy(SECRET, hit.body, String(hit.headers['x-lvs-signature']))).toBe(true);
    expect(problems).toEqual([]);
  });

  it("pages a channel's deliveries: the newest 20, then Load more", async () => {
    const channel = (await call(stack.webUrl, 'GET', '/api/v1/notification-channels', { token })).body.items[0];
    for (let i = 0; i < 20; i++) {
      const t = await call(stack.webUrl, 'POST', `/api/v1/notification-channels/${channel.id}/test`, { token });
      expect(t.status, t.text).toBe(202);
    }
    const page1 = await until(
      'every test delivered',
      async () => (await call(stack.webUrl, 'GET', `/api/v1/notification-channels/${channel.id}/deliveries?limit=200`, { token })).body,
      (b) => b.items.every((d: { status: string }) => d.status === 'delivered'),
    );
    const total = page1.total;
    expect(total).toBeGreaterThan(20);
    const list = page.getByTestId('deliveries');
    await expect.poll(() => list.getByText(/^\d+ of \d+/).textContent(), { timeout: 15_000 }).toMatch(new RegExp(`^20 of ${total}`));
    expect(await list.locator('tbody tr').count()).toBe(20);
    await list.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => list.locator('tbody tr').count()).toBe(total);
    expect(await list.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    // the oldest row is the first message this channel had: the test sent from the form
    const ids = await list.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-delivery')));
    expect(ids[ids.length - 1]).toBe(page1.items[page1.items.length - 1].id);
    expect(new Set(ids).size).toBe(total);
    expect(problems).toEqual([]);
  });

  it("toasts a refused test with the receiver's answer, while the outbox keeps trying", async () => {
    const refusing = await startReceiver(() => ({ status: 500, body: 'receiver down' }));
    try {
      const made = await call(stack.webUrl, 'POST', '/api/v1/notification-channels', {
        token,
        body: { kind: 'webhook', name: 'flaky-hook', url: `${refusing.url}/in`, secret: SECRET },
      });
      expect(made.status, made.text).toBe(201);
      await page.getByRole('row', { name: /^flaky-hook Webhook/ }).waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Send test to flaky-hook' }).click();
      const toast = page.getByTestId('toast').filter({ hasText: 'Test to flaky-hook not delivered yet' });
      await toast.waitFor({ timeout: 30_000 });
      expect(await toast.textContent()).toMatch(/HTTP 500; the outbox tries again at /);
      expect(refusing.received.length).toBeGreaterThanOrEqual(1);
      const [d] = (await call(stack.webUrl, 'GET', `/api/v1/notification-channels/${made.body.id}/deliveries`, { token })).body.items;
      expect(d).toMatchObject({ status: 'pending', responseStatus: 500, lastError: 'HTTP 500' });
      // The channel shown is in the address: a reload (or a shared link) opens its deliveries.
      await page.getByRole('button', { name: 'Deliveries of flaky-hook' }).click();
      await page.getByRole('heading', { name: 'Deliveries of flaky-hook' }).waitFor();
      expect(new URL(page.url()).searchParams.get('channel')).toBe(made.body.id);
      await page.reload();
      await page.getByRole('heading', { name: 'Deliveries of flaky-hook' }).waitFor();
      await expect.poll(() => page.locator(`[data-delivery="${d.id}"]`).textContent()).toMatch(/pending.*500/);
    } finally {
      await refusing.close();
    }
    expect(problems).toEqual([]);
  });

  it('deletes: a channel a rule names is refused with the reason, the rule goes, then the channel', async () => {
    await page.getByRole('button', { name: 'Delete ops-hook-2' }).click();
    let confirm = page.getByRole('alertdialog');
    expect(await confirm.textContent()).toContain('Rules still send to it: topology-to-ops');
    await confirm.getByRole('button', { name: 'Delete channel' }).click();
    await expect
      .poll(() => confirm.getByRole('alert').textContent())
      .toMatch(/used by rule\(s\) "topology-to-ops"; remove it from them first/);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Delete rule topology-to-ops' }).click();
    confirm = page.getByRole('alertdialog');
    await confirm.getByRole('button', { name: 'Delete rule' }).click();
    await page.getByTestId('rules-empty').waitFor();
    await page.getByRole('button', { name: 'Delete ops-hook-2' }).click();
    confirm = page.getByRole('alertdialog');
    expect(await confirm.textContent()).toMatch(/its delivery history \(\d+ messages\) are deleted/);
    await confirm.getByRole('button', { name: 'Delete channel' }).click();
    await page.getByRole('row', { name: /^ops-hook-2 Webhook/ }).waitFor({ state: 'detached' });
    // The row leaves the table when the dialog's DELETE is sent; the API answers when the channel and
    // its delivery history are gone (slower on a busy machine): poll for that.
    await expect
      .poll(
        async () =>
          (await call(stack.webUrl, 'GET', '/api/v1/notification-channels', { token })).body.items.map((c: { name: string }) => c.name),
        { timeout: 30_000 },
      )
      .toEqual(['flaky-hook']);
    expect((await call(stack.webUrl, 'GET', '/api/v1/notification-rules', { token })).body.total).toBe(0);
    expect(problems).toEqual([]);
  });

  it('adds an e-mail channel from the form (STARTTLS, AUTH, a private CA); its test arrives at a real SMTP server', async () => {
    const tls = selfSignedCertificate();
    const smtp = await startSmtpReceiver({ tls, user: 'lvs-mailer', password: 'smtp-secret-7f3a' });
    try {
      await page.getByRole('button', { name: 'Add a channel' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a notification channel' });
      await dialog.getByLabel('Kind').selectOption('email');
      await dialog.getByLabel('Name', { exact: true }).fill('oncall-mail');
      await dialog.getByLabel('SMTP host').fill('127.0.0.1');
      await dialog.getByLabel('Port').fill(String(smtp.port));
      await dialog.getByLabel('Security').selectOption('starttls');
      await dialog.getByLabel('User name').fill('lvs-mailer');
      await dialog.getByLabel('Password').fill('smtp-secret-7f3a');
      await dialog.getByLabel('From').fill('lvs@example.test');
      await dialog.getByLabel('To', { exact: true }).fill('oncall@example.test, netops@example.test');
      await dialog.getByLabel('CA certificate (PEM)').fill(tls.cert);
      await dialog.getByRole('button', { name: 'Add channel' }).click();
      await dialog.waitFor({ state: 'detached' });
      const row = page.getByRole('row', { name: /^oncall-mail E-mail/ });
      await expect.poll(() => row.textContent()).toContain(`127.0.0.1:${smtp.port} → oncall@example.test, netops@example.test`);
      expect(await page.content()).not.toContain('smtp-secret-7f3a');
      await page.getByRole('button', { name: 'Send test to oncall-mail' }).click();
      await page.getByTestId('toast').filter({ hasText: 'Test delivered to oncall-mail' }).waitFor({ timeout: 30_000 });
      const [mail] = await until(
        'the test mail',
        () => smtp.mails,
        (m) => m.length >= 1,
      );
      expect(mail).toMatchObject({
        from: 'lvs@example.test',
        to: ['oncall@example.test', 'netops@example.test'],
        secure: true,
        user: 'lvs-mailer',
      });
      expect(mail.raw).toContain('Test message from LVS Console to channel "oncall-mail", sent by admin');
    } finally {
      await smtp.close();
    }
    expect(problems).toEqual([]);
  });

  it('shows a viewer no editors and says why, without asking the admin-only API', async () => {
    await browser.clearCookies();
    const viewer = await browser.newPage();
    const viewerProblems = watchForErrors(viewer, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
    const asked: string[] = [];
    viewer.on('request', (r) => r.url().includes('/api/v1/notification-') && asked.push(r.url()));
    await signIn(viewer, stack, 'reader', 'Viewing-Passphrase-8812');
    await viewer.goto(`${stack.webUrl}/notifications`);
    await viewer.getByTestId('notifications-admin-only').waitFor();
    for (const name of ['Add a channel', 'Add a rule']) {
      const b = viewer.getByRole('button', { name });
      expect(await b.isDisabled()).toBe(true);
      expect(await b.getAttribute('title')).toBe('Needs the admin role');
    }
    expect(await viewer.getByRole('button', { name: /^(Edit|Delete|Send test)/ }).count()).toBe(0);
    expect(await viewer.getByRole('dialog').count()).toBe(0);
    expect(asked).toEqual([]);
    expect(await axeFindings(viewer)).toEqual([]);
    await viewer.screenshot({ path: `${SHOTS}/notifications-viewer.png`, fullPage: true });
    // A password user's Sign out (POST /auth/oidc/logout: no provider session to end) lands on the sign-in page, signed out.
    // The answer is read on its way through (the page leaves at once, taking the response body with it).
    let answer: { status: number; body: unknown } | undefined;
    await viewer.route('**/api/v1/auth/oidc/logout', async (route) => {
      const r = await route.fetch();
      answer = { status: r.status(), body: await r.json() };
      await route.fulfill({ response: r });
    });
    await viewer.getByRole('button', { name: 'Sign out' }).click();
    await viewer.waitForURL(`${stack.webUrl}/login`);
    expect(answer).toEqual({ status: 200, body: { endSessionUrl: null } });
    expect(await viewer.evaluate(async () => (await fetch('/api/v1/auth/me')).status)).toBe(401);
    expect(viewerProblems).toEqual([]);
    await viewer.close();
  });
});
