import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login } from '../http';
import { launchBrowser, startStack, twoRevisions, watchForErrors, type Stack } from './stack';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = 'test-results/screenshots';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Accessibility of the main pages, checked by axe-core (the engine behind Lighthouse's and the
 * browsers' own audits) in Debian's Chromium, in the light and the dark theme: WCAG 2.1 A/AA rules,
 * contrast included. Any serious or critical violation fails, named with its rule and elements.
 */
describe('accessibility of the main pages (axe-core, WCAG 2.1 AA)', () => {
  let stack: Stack;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;
  let page: Page;
  let problems: string[];
  let clusterId: string;

  async function violations(): Promise<string[]> {
    await page.addScriptTag({ path: AXE });
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
    });
    return found
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`,
      );
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    stack = await startStack();
    const admin = await login(stack.webUrl, 'admin', stack.adminPassword);
    const token = (await call(stack.webUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'a11y', role: 'admin' } })).body.secret;
    const c = await call(stack.webUrl, 'POST', '/api/v1/clusters', {
      token,
      body: {
        name: 'a11y',
        // directors on loopback ports nothing listens on: the telemetry's connection attempts are
        // refused at once (no traffic leaves the machine); the other addresses are config only
        directors: [
          { name: 'lb1', address: '127.0.0.1', sshPort: 1 },
          { name: 'lb2', address: '127.0.0.2', sshPort: 1 },
        ],
        vrrpInstances: [
          {
            name: 'VI_1',
            interface: 'eth0',
            virtualRouterId: 51,
            members: [
              { director: 'lb1', priority: 150 },
              { director: 'lb2', priority: 100 },
            ],
            vips: [{ address: '10.213.77.100/32' }],
          },
        ],
        virtualServices: [
          {
            vip: '10.213.77.100',
            port: 80,
            realServers: [
              { address: '10.213.77.21', port: 80 },
              { address: '10.213.77.22', port: 80, adminState: 'drained' },
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
    page = await browser.newPage();
    // Expected: who-am-I before signing in, and the cluster that does not exist (404 page).
    problems = watchForErrors(
      page,
      (url, status) =>
        (status === 401 && url.endsWith('/api/v1/auth/me')) ||
        (status === 404 && (url.endsWith('/no-such-page') || url.includes('/clusters/00000000-0000-4000-8000-000000000000'))),
    );
  }, 120_000);
  afterAll(async () => {
    await closeBrowser?.();
    await stack?.stop();
  });

  it('the sign-in page', async () => {
    await page.goto(`${stack.webUrl}/login`);
    await page.getByLabel('User name').waitFor();
    expect(await violations()).toEqual([]);
    // the check can fail: a planted unlabelled field and a grey-on-grey line are caught
    await page.evaluate(() => {
      const bad = document.createElement('div');
      bad.id = 'planted';
      bad.innerHTML = '<input type="text"><p style="color:#bbb;background:#ccc">faint</p>';
      document.body.append(bad);
    });
    expect((await violations()).map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['label', 'color-contrast']));
    await page.evaluate(() => document.getElementById('planted')?.remove());
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill(stack.adminPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${stack.webUrl}/`);
  });

  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      beforeAll(async () => {
        // both ways a theme is chosen: the system's preference and the saved toggle
        await page.emulateMedia({ colorScheme: theme });
        await page.evaluate((t) => localStorage.setItem('lvs-theme', t), theme);
      });

      const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}-${theme}.png`, fullPage: true });

      it('the clusters overview', async () => {
        await page.goto(`${stack.webUrl}/`);
        await page.getByRole('link', { name: 'a11y' }).first().waitFor();
        expect(await violations()).toEqual([]);
        await shot('overview');
      });

      it("a cluster's Live tab (directors unreachable: the reasons shown), with its health header", async () => {
        await page.goto(`${stack.webUrl}/clusters/${clusterId}`);
        await page.waitForURL(`${stack.webUrl}/clusters/${clusterId}/live`);
        await page
          .getByText(/unreachable/)
          .first()
          .waitFor({ timeout: 15_000 }); // the live state arrived
        await expect
          .poll(() => page.getByTestId('cluster-health').textContent(), { timeout: 15_000 })
          .toMatch(/Directors\s*0\/2 reachable/);
        expect(await page.title()).toMatch(/^● a11y — 2 directors down/);
        expect(await violations()).toEqual([]);
        await shot('cluster-live');
      });

      for (const [tab, ready] of [
        ['configuration', 'Virtual services'],
        ['deploy', 'Deployments'],
        ['history', 'History'],
        ['audit', 'Actor'],
      ] as const) {
        it(`a cluster's ${tab} tab`, async () => {
          await page.goto(`${stack.webUrl}/clusters/${clusterId}/${tab}`);
          if (tab === 'audit') await page.getByLabel(ready).waitFor();
          else await page.getByRole('heading', { name: ready, exact: true }).waitFor();
          if (tab === 'history') await page.getByText('round robin').waitFor();
          expect(await page.title()).toMatch(new RegExp(`^● a11y — .* · ${tab}`, 'i'));
          expect(await violations()).toEqual([]);
          await shot(`cluster-${tab}`);
        });
      }

      it('the rollback dialog with its diff, side by side', async () => {
        await page.goto(`${stack.webUrl}/clusters/${clusterId}/history`);
        await page.getByRole('button', { name: 'Roll back to #1', exact: true }).click();
        const confirm = page.getByRole('alertdialog');
        await confirm.getByTestId('rollback-diff').getByText('topology changed').waitFor({ timeout: 15_000 });
        await confirm.getByRole('button', { name: 'Side by side' }).first().click();
        await confirm.getByTestId('diff-split').first().waitFor();
        expect(await violations()).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/rollback-dialog-${theme}.png` });
        await confirm.getByRole('button', { name: 'Cancel' }).click();
        await expect.poll(() => confirm.count()).toBe(0);
      });

      it('the command palette and the shortcuts dialog', async () => {
        await page.keyboard.press('Control+k');
        const palette = page.getByRole('dialog', { name: 'Command palette' });
        await palette.getByRole('option').first().waitFor();
        expect(await violations()).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/palette-${theme}.png` });
        await page.keyboard.press('Escape');
        await page.keyboard.press('?');
        await page.getByTestId('shortcuts').waitFor();
        expect(await violations()).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/shortcuts-${theme}.png` });
        await page.keyboard.press('Escape');
      });

      it('the import page', async () => {
        await page.goto(`${stack.webUrl}/clusters/import`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        expect(await violations()).toEqual([]);
        await shot('import');
      });

      it('the audit log', async () => {
        await page.goto(`${stack.webUrl}/audit`);
        await page.getByRole('heading', { name: 'Audit log' }).waitFor();
        await page
          .getByText(/events/)
          .first()
          .waitFor();
        expect(await violations()).toEqual([]);
        await shot('audit');
      });

      it('the credentials page', async () => {
        await page.goto(`${stack.webUrl}/credentials`);
        await page.getByRole('heading', { name: 'SSH credentials' }).waitFor();
        expect(await violations()).toEqual([]);
        await shot('credentials');
      });

      it('the 404 page, for a page and for a cluster that does not exist', async () => {
        await page.goto(`${stack.webUrl}/no-such-page`);
        await page.getByTestId('not-found').waitFor();
        expect(await violations()).toEqual([]);
        await shot('not-found');
        await page.goto(`${stack.webUrl}/clusters/00000000-0000-4000-8000-000000000000/live`);
        await expect.poll(() => page.getByTestId('not-found').textContent(), { timeout: 15_000 }).toMatch(/no such cluster/);
        expect(await violations()).toEqual([]);
        await shot('cluster-not-found');
      });
    });
  }

  it('had no console errors, page errors, failed requests or unexpected error responses', () => {
    expect(problems).toEqual([]);
  });
});
