import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login } from '../http';
import { launchBrowser, signIn, startStack, watchForErrors, type Stack } from './stack';

/** Listening TCP sockets on `port` from /proc (IPv4 and IPv6), as hex local addresses: evidence of the bind without sending traffic anywhere. */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const out: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f[3] === '0A' && f[1]?.endsWith(`:${hexPort}`)) out.push(f[1].split(':')[0]);
    }
  }
  return out;
}

/** Records every CSP violation the page reports (before any of its own scripts run). */
async function watchCsp(browser: BrowserContext): Promise<void> {
  await browser.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/**
 * The dashboard as shipped (`npm start`): where it listens, the headers it sends, whose address the
 * API hears through it, and that the dashboard and Swagger UI still work in Chromium under their
 * Content-Security-Policy.
 */
describe('dashboard hardening in Chromium (WEB_HOST, security headers, client address, CSP)', () => {
  let stack: Stack;
  let chromium: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let admin: { cookie: string; csrf: string };

  beforeAll(async () => {
    stack = await startStack();
    chromium = await launchBrowser();
    await watchCsp(chromium.browser);
    page = await chromium.browser.newPage();
    admin = await login(stack.webUrl, 'admin', stack.adminPassword);
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await stack?.stop();
  });

  it('listens on loopback only by default (WEB_HOST=127.0.0.1), like the API', () => {
    const port = Number(new URL(stack.webUrl).port);
    expect(listeners(port)).toEqual(['0100007F']);
  });

  it('sends CSP with frame-ancestors none, nosniff and a Referrer-Policy on pages and proxied API answers', async () => {
    for (const path of ['/', '/login', '/api/v1/health']) {
      const r = await fetch(stack.webUrl + path);
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(r.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(r.headers.get('referrer-policy'), path).toBeTruthy();
    }
  });

  it('cannot be framed by another page', async () => {
    const framer = await chromium.browser.newPage();
    await framer.setContent(`<iframe id="f" src="${stack.webUrl}/login" width="600" height="400"></iframe>`);
    await framer.waitForTimeout(0);
    const frame = await (await framer.$('#f'))!.contentFrame();
    // A blocked frame holds Chromium's error page, never the sign-in form.
    await frame!.waitForLoadState().catch(() => undefined);
    expect(await frame!.locator('input[type=password]').count()).toBe(0);
    await framer.close();
  });

  it('works under its CSP: sign-in, the overview and /live (socket.io through the proxy, Origin checked) with no violation', async () => {
    // The sign-in page asks who is signed in first: that 401 is expected.
    const problems = watchForErrors(page, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
    const packets: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/socket.io/') && r.request().method() === 'GET')
        void r.text().then(
          (t) => packets.push(t),
          () => undefined,
        );
    });
    const c = await call(stack.webUrl, 'POST', '/api/v1/clusters', { ...admin, body: { name: 'csp-check' } });
    expect(c.status, c.text).toBe(201);
    await signIn(page, stack);
    await page.getByRole('link', { name: 'csp-check' }).waitFor();
    await page.getByRole('link', { name: 'csp-check' }).click();
    await page.waitForURL(`${stack.webUrl}/clusters/${c.body.id}/live`);
    await page
      .getByRole('heading', { name: /csp-check/ })
      .first()
      .waitFor();
    await page.waitForTimeout(1500); // let the live connection poll a few times
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    // engine.io packets: "40/live,{sid}" is a namespace connect; "44/live,…" would be a refusal.
    expect(packets.join('\n')).toMatch(/40\/live,/);
    expect(packets.join('\n')).not.toMatch(/44\/live,/);
  });

  it('serves Swagger UI under the API CSP', async () => {
    const docs = await chromium.browser.newPage();
    const errors: string[] = [];
    docs.on('console', (m) => errors.push(`${m.type()} ${m.text()}`));
    docs.on('pageerror', (e) => errors.push(e.message));
    await docs.goto(`${stack.apiUrl}/api/docs`);
    // Rendered by Swagger UI's own scripts (a blocked script would leave the page empty): the title and the operations.
    await docs.waitForFunction(() => document.querySelectorAll('.swagger-ui .opblock').length > 10, undefined, { timeout: 30_000 });
    expect(await docs.evaluate(() => document.querySelector('.swagger-ui .info .title')?.textContent ?? '')).toContain('LVS Console API');
    expect(errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
    expect(await violations(docs)).toEqual([]);
    await docs.close();
  });

  it('tells the API the socket address of its client, whatever X-Forwarded-For the client sends', async () => {
    const r = await call(stack.webUrl, 'POST', '/api/v1/auth/login', {
      body: { username: 'admin', password: 'spoofed-attempt!' },
      headers: { 'x-forwarded-for': '203.0.113.66' },
    });
    expect(r.status).toBe(401);
    const audit = await call(stack.webUrl, 'GET', '/api/v1/audit?action=auth.login_failed&limit=1', admin);
    expect(audit.body.items[0].ip).toBe('127.0.0.1');
    // Rotating the header buys no fresh rate-limit budget (this test runs last: it spends the address's budget).
    const statuses: number[] = [];
    for (let i = 0; i < 25 && statuses.at(-1) !== 429; i++) {
      statuses.push(
        (
          await call(stack.webUrl, 'POST', '/api/v1/auth/login', {
            body: { username: `n${i}`, password: 'wrong-password!' },
            headers: { 'x-forwarded-for': `198.18.1.${i}` },
          })
        ).status,
      );
    }
    expect(statuses.at(-1)).toBe(429);
  });
});
