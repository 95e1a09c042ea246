import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startStack, watchForErrors, type Stack } from './stack';

const SHOTS = 'test-results/screenshots';

/** The dashboard in real Chromium against the real API on the embedded PostgreSQL, started by `npm start`. */
describe('dashboard in Chromium', () => {
  let stack: Stack;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    stack = await startStack();
    ({ browser, close: closeBrowser } = await launchBrowser());
    page = await browser.newPage();
    // Expected refusals: "who am I" before signing in, and the form's deliberate bad input.
    problems = watchForErrors(
      page,
      (url, status) => (status === 401 && /\/api\/v1\/auth\/(me|login)$/.test(url)) || (status === 422 && url.endsWith('/api/v1/clusters')),
    );
  });
  afterAll(async () => {
    await closeBrowser?.();
    await stack?.stop();
  });

  it('sends a signed-out visitor to sign in, showing the API readiness there', async () => {
    await page.goto(stack.webUrl);
    await page.waitForURL(`${stack.webUrl}/login?returnTo=%2F`);
    await expect.poll(() => page.getByTestId('readiness').textContent(), { timeout: 20_000 }).toMatch(/ready.*database up/);
    await page.screenshot({ path: `${SHOTS}/home-signed-out.png`, fullPage: true });
  });

  it('signs in with the keyboard and shows who is signed in, with the empty state that teaches', async () => {
    await page.goto(`${stack.webUrl}/login`);
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('wrong-password');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.field-error[role=alert]').textContent()).toMatch(/Wrong user name or password/);
    await page.getByLabel('Password').fill(stack.adminPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${stack.webUrl}/`);
    await expect.poll(() => page.locator('header').textContent()).toMatch(/admin\s*admin/);
    await expect.poll(() => page.getByTestId('empty-state').textContent()).toMatch(/No clusters yet/);
  });

  it('validates a cluster name before the round trip, maps API errors onto fields, and creates the cluster', async () => {
    await page.getByLabel('Name', { exact: true }).fill('bad name!');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.locator('#name-error').textContent()).toMatch(/letters, digits/);
    // a spec that breaks a cluster rule: the API's 422 problem is shown
    await page.getByLabel('Name', { exact: true }).fill('');
    await page.locator('#spec').fill(
      JSON.stringify({
        name: 'rules',
        directors: [
          { name: 'a', address: '10.213.0.1' },
          { name: 'a', address: '10.213.0.2' },
        ],
      }),
    );
    await page.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.locator('.field-error[role=alert]').textContent()).toMatch(/duplicate director name/);
    await page.locator('#spec').fill('');
    await page.getByLabel('Name', { exact: true }).fill('prod-eu-1');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'prod-eu-1' }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/clusters.png`, fullPage: true });
    await page.getByRole('link', { name: 'prod-eu-1' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('prod-eu-1');
    await page.screenshot({ path: `${SHOTS}/cluster.png`, fullPage: true });
  });

  it('shows the audit log with who did what, and verifies its chain', async () => {
    await page.goto(`${stack.webUrl}/audit`);
    await expect.poll(() => page.locator('table').textContent(), { timeout: 10_000 }).toMatch(/cluster\.create/);
    await page.getByRole('button', { name: 'Verify hash chain' }).click();
    await expect.poll(() => page.locator('body').textContent()).toMatch(/chain intact/);
    await page.screenshot({ path: `${SHOTS}/audit.png`, fullPage: true });
  });

  it('had no console errors, page errors, failed requests or unexpected error responses', () => {
    expect(problems).toEqual([]);
  });
});
