import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login } from '../http';
import { launchBrowser, startStack, twoRevisions, watchForErrors, type Stack } from './stack';

const SHOTS = 'test-results/screenshots';
const MISSING = '00000000-0000-4000-8000-000000000000';

/**
 * The dashboard's frame in Chromium against the real API: sign-in and back to the page asked for,
 * a cluster's tabs as nested routes with its health in the header and the title, links that carry
 * their filters, the command palette, keyboard shortcuts, toasts, the 404 page and the favicon.
 */
describe('the dashboard shell in Chromium', () => {
  let stack: Stack;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;
  let page: Page;
  let problems: string[];
  let token: string;
  let clusterId: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    stack = await startStack();
    const admin = await login(stack.webUrl, 'admin', stack.adminPassword);
    token = (await call(stack.webUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'shell', role: 'admin' } })).body.secret;
    const c = await call(stack.webUrl, 'POST', '/api/v1/clusters', {
      token,
      body: {
        name: 'shell-lab',
        // loopback ports nothing listens on: telemetry is refused at once, nothing leaves the machine
        directors: [
          { name: 'lb1', address: '127.0.0.1', sshPort: 1 },
          { name: 'lb2', address: '127.0.0.2', sshPort: 1 },
        ],
        vrrpInstances: [
          {
            name: 'VI_1',
            interface: 'eth0',
            virtualRouterId: 61,
            members: [
              { director: 'lb1', priority: 150 },
              { director: 'lb2', priority: 100 },
            ],
            vips: [{ address: '10.213.78.100/32' }],
          },
        ],
        virtualServices: [
          {
            vip: '10.213.78.100',
            port: 80,
            realServers: [
              { address: '10.213.78.21', port: 80 },
              { address: '10.213.78.22', port: 80 },
            ],
          },
        ],
      },
    });
    expect(c.status).toBe(201);
    clusterId = c.body.id;
    // two revisions with a change between them: the History tab and the rollback dialog have a diff to show
    await twoRevisions(stack.webUrl, token, clusterId);
    ({ browser, close: closeBrowser } = await launchBrowser());
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Expected: who-am-I while signed out, and the two 404s asked for below.
    problems = watchForErrors(
      page,
      (url, status) =>
        (status === 401 && url.endsWith('/api/v1/auth/me')) || (status === 404 && (url.endsWith('/no-such-page') || url.includes(MISSING))),
    );
  }, 120_000);
  afterAll(async () => {
    await closeBrowser?.();
    await stack?.stop();
  });

  it('sends a signed-out visitor of a deep link to sign in, and back to that link with its filters', async () => {
    const deep = `/audit?action=cluster.`;
    await page.goto(`${stack.webUrl}${deep}`);
    await page.waitForURL(`${stack.webUrl}/login?returnTo=${encodeURIComponent(deep)}`);
    await expect.poll(() => page.getByTestId('return-to').textContent()).toContain('/audit?action=cluster.');
    await page.screenshot({ path: `${SHOTS}/login-return-to.png` });
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill(stack.adminPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${stack.webUrl}${deep}`);
    await expect.poll(() => page.getByLabel('Action (or prefix ending in .)').inputValue()).toBe('cluster.');
    await expect.poll(() => page.locator('table').textContent(), { timeout: 10_000 }).toMatch(/cluster\.create/);
    expect(await page.locator('table').textContent()).not.toMatch(/auth\.login/);
  });

  it('refuses a returnTo that leaves the site', async () => {
    const other = await launchBrowser();
    try {
      const p = await other.browser.newPage();
      await p.goto(`${stack.webUrl}/login?returnTo=${encodeURIComponent('//evil.example/x')}`);
      await p.getByLabel('User name').fill('admin');
      await p.getByLabel('Password').fill(stack.adminPassword);
      await p.keyboard.press('Enter');
      await p.waitForURL(`${stack.webUrl}/`);
    } finally {
      await other.close();
    }
  });

  it('shows a cluster as tabs with its health in the header and the page title', async () => {
    await page.goto(`${stack.webUrl}/`);
    await page.getByRole('link', { name: 'shell-lab' }).click();
    await page.waitForURL(`${stack.webUrl}/clusters/${clusterId}/live`);
    const health = page.getByTestId('cluster-health');
    await expect.poll(() => health.textContent(), { timeout: 20_000 }).toMatch(/Directors\s*0\/2 reachable/);
    expect(await health.textContent()).toMatch(/VI_1\s*no MASTER/);
    await expect.poll(() => page.title()).toMatch(/^● shell-lab — 2 directors down \(\+\d+\) · Live · LVS Console$/);
    const tabs = page.getByRole('navigation', { name: 'Cluster' });
    expect(await tabs.getByRole('link').allTextContents()).toEqual(['Live', 'Configuration', 'Deploy', 'History', 'Audit', 'Timeline']);
    expect(await tabs.getByRole('link', { name: 'Live' }).getAttribute('aria-current')).toBe('page');
    await page.screenshot({ path: `${SHOTS}/shell-live-1280.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${SHOTS}/shell-live-1920.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('moves between tabs with the digit shortcuts and lists them in the ? dialog', async () => {
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('3');
    await page.waitForURL(`${stack.webUrl}/clusters/${clusterId}/deploy`);
    await page.getByRole('heading', { name: 'Deployments' }).waitFor();
    await expect.poll(() => page.title()).toMatch(/· Deploy · LVS Console$/);
    await page.keyboard.press('?');
    const dialog = page.getByTestId('shortcuts');
    await expect.poll(() => dialog.textContent()).toMatch(/Command palette[\s\S]*In a cluster: Deploy[\s\S]*In a cluster: Timeline/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('opens a shared link with its filters: a History comparison in a second browser', async () => {
    const link = `${stack.webUrl}/clusters/${clusterId}/history?from=1&to=2&compare=1`;
    const second = await launchBrowser();
    try {
      const p = await second.browser.newPage();
      const seen = watchForErrors(p, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
      await p.goto(link);
      await p.waitForURL(/\/login\?returnTo=/);
      await p.getByLabel('User name').fill('admin');
      await p.getByLabel('Password').fill(stack.adminPassword);
      await p.keyboard.press('Enter');
      await p.waitForURL(link);
      await expect.poll(() => p.getByTestId('revision-diff').textContent(), { timeout: 15_000 }).toMatch(/#1 → #2\s*topology changed/);
      expect(await p.getByRole('radio', { name: 'From #1', exact: true }).isChecked()).toBe(true);
      expect(await p.getByRole('radio', { name: 'To #2', exact: true }).isChecked()).toBe(true);
      expect((await p.getByTestId('revision-diff').locator('.add').allTextContents()).join('\n')).toMatch(/^\+\s*lvs_sched rr$/m);
      await p.screenshot({ path: `${SHOTS}/shared-history-link.png`, fullPage: true });
      expect(seen).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('keeps the History pair in the address as the radios are picked', async () => {
    await page.goto(`${stack.webUrl}/clusters/${clusterId}/history`);
    await page.getByRole('radio', { name: 'To #1', exact: true }).check();
    await page.getByRole('radio', { name: 'From #2', exact: true }).check();
    await page.getByRole('button', { name: 'Compare #2 → #1' }).click();
    await expect.poll(() => page.url()).toBe(`${stack.webUrl}/clusters/${clusterId}/history?from=2&to=1&compare=1`);
    await expect.poll(() => page.getByTestId('revision-diff').textContent(), { timeout: 15_000 }).toMatch(/#2 → #1\s*topology changed/);
  });

  it("keeps the Live tab's real-server filters in the address, and opens a link with them", async () => {
    await page.goto(`${stack.webUrl}/clusters/${clusterId}/live`);
    await page.getByLabel('Search real servers').fill('10.213.78.21');
    await expect.poll(() => page.url()).toBe(`${stack.webUrl}/clusters/${clusterId}/live?q=10.213.78.21`);
    await page.getByRole('checkbox', { name: /^unknown/ }).check();
    await expect.poll(() => page.url()).toBe(`${stack.webUrl}/clusters/${clusterId}/live?q=10.213.78.21&health=unknown`);
    await page.goto(`${stack.webUrl}/clusters/${clusterId}/live?q=10.213.78.22&health=unknown`);
    await expect.poll(() => page.getByLabel('Search real servers').inputValue()).toBe('10.213.78.22');
    expect(await page.getByRole('checkbox', { name: /^unknown/ }).isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('rs-table').textContent(), { timeout: 15_000 }).toMatch(/1 of 2 real servers/);
  });

  it('jumps with the command palette to a cluster, a real server and an action', async () => {
    await page.goto(`${stack.webUrl}/audit`);
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('option', { name: /shell-lab/ }).waitFor();
    await page.keyboard.type('shell-lab');
    await page.screenshot({ path: `${SHOTS}/palette-cluster.png` });
    await page.keyboard.press('Enter');
    await page.waitForURL(`${stack.webUrl}/clusters/${clusterId}/live`);
    // in a cluster: its real servers and tabs are there too
    await page.getByRole('button', { name: /^Search…/ }).click();
    await palette.getByRole('option', { name: /10\.213\.78\.22:80/ }).waitFor();
    await page.keyboard.type('10.213.78.22');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${stack.webUrl}/clusters/${clusterId}/live?q=10.213.78.22%3A80`);
    // the jump filters the real-server table to that row
    await expect.poll(() => page.getByLabel('Search real servers').inputValue()).toBe('10.213.78.22:80');
    await expect.poll(() => page.getByTestId('rs-table').textContent(), { timeout: 15_000 }).toMatch(/1 of 2 real servers/);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('show the plan');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${stack.webUrl}/clusters/${clusterId}/deploy?plan=1`);
    await expect.poll(() => page.getByTestId('plan').textContent(), { timeout: 30_000 }).toMatch(/lb1\s*unreachable/);
  });

  it('shows the result of an action as a toast', async () => {
    await page.goto(`${stack.webUrl}/clusters/${clusterId}/configuration`);
    await page.getByRole('button', { name: 'Edit cluster shell-lab' }).click();
    await page.getByRole('dialog').getByLabel('Description', { exact: true }).fill('the shell test');
    await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('toast').first().textContent(), { timeout: 10_000 }).toMatch(/Saved cluster shell-lab\./);
    await expect.poll(() => page.locator('main').textContent()).toMatch(/the shell test/);
    await page.screenshot({ path: `${SHOTS}/toast.png` });
  });

  it('refuses a bad director in the editor before any request, and focuses the first bad field', async () => {
    await page.goto(`${stack.webUrl}/clusters/${clusterId}/configuration`);
    await page.getByRole('button', { name: 'Add director', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name', { exact: true }).fill('bad name!');
    await dialog.getByLabel('Address', { exact: true }).fill('10.0.0.300');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => dialog.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent))
      .toBe('Name');
    expect(await dialog.textContent()).toMatch(/must be an IPv4 or IPv6 address/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('answers a page and a cluster that do not exist with the 404 page', async () => {
    await page.goto(`${stack.webUrl}/no-such-page`);
    await expect.poll(() => page.getByTestId('not-found').textContent()).toMatch(/404 — no such page/);
    await page.goto(`${stack.webUrl}/clusters/${MISSING}/deploy`);
    await expect.poll(() => page.getByTestId('not-found').textContent(), { timeout: 15_000 }).toMatch(/404 — no such cluster/);
    await page.screenshot({ path: `${SHOTS}/cluster-404.png` });
    await page.getByRole('link', { name: 'Go to the clusters' }).click();
    await page.waitForURL(`${stack.webUrl}/`);
  });

  it('serves a favicon on every page', async () => {
    const r = await page.request.get(`${stack.webUrl}/favicon.ico`);
    expect(r.status()).toBe(200);
    expect(r.headers()['content-type']).toMatch(/image\//);
    expect(await page.locator('link[rel~="icon"]').count()).toBeGreaterThan(0);
  });

  it('had no console errors, page errors, failed requests or unexpected error responses', () => {
    expect(problems).toEqual([]);
  });
});
