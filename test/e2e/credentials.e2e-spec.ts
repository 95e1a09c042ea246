import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login } from '../http';
import { launchBrowser, signIn, startStack, watchForErrors, type Stack } from './stack';

/**
 * The Credentials page in Chromium against the real stack: a credential bound nowhere (as a
 * migrated one is) is flagged, an admin binds it (a refused entry is named), stores a new one with
 * its binding from the form, and a viewer reads without editors. No secret reaches the page.
 */
describe('SSH credentials and their address bindings in the dashboard (Chromium)', () => {
  let stack: Stack;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;
  let page: Page;
  let problems: string[];
  let token: string;
  const SECRET = 'e2e-credential-password-5d2a';

  beforeAll(async () => {
    stack = await startStack();
    const admin = await login(stack.webUrl, 'admin', stack.adminPassword);
    token = (await call(stack.webUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'setup', role: 'admin' } })).body.secret;
    const legacy = await call(stack.webUrl, 'POST', '/api/v1/credentials', {
      token,
      body: { name: 'legacy', kind: 'password', password: SECRET, allowedAddresses: [] },
    });
    expect(legacy.status, legacy.text).toBe(201);
    const reader = await call(stack.webUrl, 'POST', '/api/v1/users', {
      token,
      body: { username: 'reader', password: 'Viewing-Passphrase-8812', role: 'viewer' },
    });
    expect(reader.status, reader.text).toBe(201);
    ({ browser, close: closeBrowser } = await launchBrowser());
    page = await browser.newPage();
    // the refused binding and the refused form are 400s the page shows
    problems = watchForErrors(
      page,
      (url, status) => (status === 401 && url.endsWith('/api/v1/auth/me')) || (status === 400 && url.includes('/api/v1/credentials')),
    );
    await signIn(page, stack);
  });
  afterAll(async () => {
    await closeBrowser?.();
    await stack?.stop();
  });

  it('flags a credential bound nowhere and lets an admin bind it, naming a refused entry', async () => {
    await page.getByRole('link', { name: 'Credentials' }).click();
    await page.getByRole('heading', { name: 'SSH credentials' }).waitFor();
    const row = page.getByRole('row', { name: /legacy/ });
    await expect.poll(() => row.textContent()).toMatch(/nowhere: no director can use it/);
    const field = page.getByLabel('Allowed addresses of legacy');
    await field.fill('127.0.0.1\nlb1.example.com');
    await page.getByRole('button', { name: 'Save binding' }).click();
    await expect.poll(() => row.getByRole('alert').textContent()).toMatch(/^"lb1\.example\.com" must be an IPv4 or IPv6 address/);
    await field.fill('127.0.0.1, 2001:DB8:0::1');
    await page.getByRole('button', { name: 'Save binding' }).click();
    await expect.poll(() => row.locator('code').first().textContent()).toBe('127.0.0.1, 2001:db8::1');
    expect(await field.inputValue()).toBe('127.0.0.1\n2001:db8::1'); // canonical, as stored
    const stored = (await call(stack.webUrl, 'GET', '/api/v1/credentials', { token })).body.items.find(
      (c: { name: string }) => c.name === 'legacy',
    );
    expect(stored.allowedAddresses).toEqual(['127.0.0.1', '2001:db8::1']);
  });

  it('stores a new password with its binding from the form; a bad binding stays on the form', async () => {
    await page.getByLabel('Name', { exact: true }).fill('from-form');
    await page.getByLabel('Kind').selectOption('password');
    await page.getByLabel('Password', { exact: true }).fill('form-password-93kd');
    await page.getByLabel('Allowed addresses', { exact: true }).fill('10.213.0.5/24');
    await page.getByRole('button', { name: 'Store credential' }).click();
    await expect.poll(() => page.locator('#cred-allowedAddresses-error').textContent()).toMatch(/^"10\.213\.0\.5\/24" has host bits set/);
    await page.getByLabel('Allowed addresses', { exact: true }).fill('10.213.0.0/24');
    await page.getByRole('button', { name: 'Store credential' }).click();
    await expect.poll(() => page.getByRole('row', { name: /from-form/ }).textContent()).toContain('10.213.0.0/24');
    expect(await page.content()).not.toContain('form-password-93kd');
    expect(await page.content()).not.toContain(SECRET);
    expect(problems).toEqual([]);
  });

  it('shows a viewer the bindings without editors', async () => {
    // The profile's pages share cookies: the admin's session goes before the viewer signs in.
    await browser.clearCookies();
    const viewer = await browser.newPage();
    await signIn(viewer, stack, 'reader', 'Viewing-Passphrase-8812');
    await viewer.goto(`${stack.webUrl}/credentials`);
    await expect.poll(() => viewer.getByRole('row', { name: /legacy/ }).textContent()).toContain('127.0.0.1, 2001:db8::1');
    expect(await viewer.getByRole('button', { name: 'Save binding' }).count()).toBe(0);
    expect(await viewer.getByText('Only admins store credentials').count()).toBe(1);
    await viewer.close();
  });
});
