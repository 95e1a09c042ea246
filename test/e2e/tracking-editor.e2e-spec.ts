import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Json } from '../http';
import { axeFindings } from './axe';
import { SHOTS, startEditorStack } from './fixtures';
import { launchBrowser, signIn, watchForErrors, type Stack } from './stack';

const SCRIPT = '/usr/bin/pgrep -x haproxy';
/** The vrrp_script the admin's form makes: only what was typed (the rest is keepalived's default, not written). */
const STORED = { name: 'chk_haproxy', script: SCRIPT, interval: 2, rise: 2, fall: 3 };

/**
 * Health-tracked failover made in the editors (issue 14), on the real stack (no lab: the directors
 * are loopback ports nothing listens on, the config is only rendered): an admin adds a vrrp_script
 * from the Configuration tab's form, VI_1 tracks it with weight -30 and eth1 with weight -20; the
 * spec the API holds and the keepalived.conf a revision renders carry exactly that. A bad interval
 * is named on its field before any request; an operator finds the script's text locked (admin
 * only, as the API enforces) but changes a tracking weight. No console errors, axe clean in both
 * themes.
 */
describe('tracked scripts and interfaces in the editors (Chromium, real API)', () => {
  let stack: Stack;
  let token: string;
  let clusterId: string;
  const contexts: { browser: BrowserContext; close(): Promise<void> }[] = [];
  let page: Page;
  let problems: string[];
  /** Every /api/v1 request the admin's page sends, in order (`METHOD path`). */
  const requests: string[] = [];

  const dialog = (p: Page = page) => p.getByRole('dialog');
  const field = (label: string, p: Page = page) => dialog(p).getByLabel(label, { exact: true });
  const errorOf = async (input: Locator) => {
    const id = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').find((x) => x.endsWith('-error'));
    return id ? page.locator(`[id="${id}"]`).textContent() : null;
  };
  let spec: () => Promise<Json>;
  const configuration = async (p: Page) => {
    await p.goto(`${stack.webUrl}/clusters/${clusterId}/configuration`);
    await p.getByRole('heading', { name: 'VRRP scripts' }).waitFor();
  };
  async function newPage(user: string, password: string, allow?: Parameters<typeof watchForErrors>[1]) {
    const ctx = await launchBrowser();
    contexts.push(ctx);
    const p = await ctx.browser.newPage();
    const seen = watchForErrors(p, (url, status) => (status === 401 && url.endsWith('/api/v1/auth/me')) || (allow?.(url, status) ?? false));
    await signIn(p, stack, user, password);
    return { p, seen };
  }

  beforeAll(async () => {
    ({ stack, token, clusterId, spec } = await startEditorStack('tracked'));
    const op = await call(stack.webUrl, 'POST', '/api/v1/users', {
      token,
      body: { username: 'oper', password: 'Weights-Only-Passphrase-5531', role: 'operator' },
    });
    expect(op.status, op.text).toBe(201);
    // The refused delete of a tracked script: the dialog shows the API's problem.
    const admin1 = await newPage(
      'admin',
      stack.adminPassword,
      (url, status) => status === 422 && url.endsWith(`/clusters/${clusterId}/spec`),
    );
    ({ p: page, seen: problems } = admin1);
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.pathname.startsWith('/api/v1/')) requests.push(`${r.method()} ${u.pathname}`);
    });
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await stack?.stop();
  });

  it('says what a vrrp_script is for while there is none', async () => {
    await configuration(page);
    expect(await page.getByText(/No vrrp_script: add one/).count()).toBe(1);
  });

  it('names a bad interval on its field before any request, then adds the script from the form', async () => {
    await page.getByRole('button', { name: 'Add VRRP script' }).click();
    await dialog().getByRole('heading', { name: 'Add a VRRP script' }).waitFor();
    await field('Name').fill('chk_haproxy');
    await field('Script').fill(SCRIPT);
    await field('Interval (s)').fill('0');
    await field('Rise').fill('2');
    await field('Fall').fill('3');
    // The rules arrive with the dialog: no request at all decides this error.
    const from = requests.length;
    await dialog().getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => field('Interval (s)').getAttribute('aria-invalid')).toBe('true');
    expect(await errorOf(field('Interval (s)'))).toMatch(/>=\s*1|at least 1|too small/i);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('interval');
    expect(requests.slice(from)).toEqual([]);
    expect((await spec()).vrrpScripts ?? []).toEqual([]);

    await field('Interval (s)').fill('2');
    await dialog().getByRole('button', { name: 'Add', exact: true }).click();
    await dialog().waitFor({ state: 'detached' });
    // Read with its ETag, written back whole with If-Match (there is no vrrp_script resource route).
    expect(requests.slice(from)).toEqual(
      expect.arrayContaining([`GET /api/v1/clusters/${clusterId}/spec`, `PUT /api/v1/clusters/${clusterId}/spec`]),
    );
    const row = page.getByRole('row', { name: /^chk_haproxy / });
    await expect.poll(() => row.textContent()).toMatch(/pgrep -x haproxy.*2 s.*2 \/ 3/);
    expect(await row.locator('code').getAttribute('title')).toBe(SCRIPT);
    expect((await spec()).vrrpScripts).toEqual([STORED]);
  });

  it('VI_1 tracks chk_haproxy with weight -30 and eth1 with weight -20; the spec and a revision say exactly that', async () => {
    await page.getByRole('button', { name: 'Edit VRRP instance VI_1' }).click();
    await dialog().getByRole('heading', { name: 'Edit VRRP instance VI_1' }).waitFor();
    await dialog().getByRole('button', { name: 'Track a script' }).click();
    await field('Tracked script 1').selectOption('chk_haproxy');
    await field('Tracked script 1 weight').fill('-30');
    await dialog().getByRole('button', { name: 'Track an interface' }).click();
    await field('Tracked interface 1').fill('eth1');
    await field('Tracked interface 1 weight').fill('-20');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('row', { name: /^VI_1 / }).textContent()).toContain('chk_haproxy weight -30, eth1 weight -20');

    const after = await spec();
    expect(after.vrrpScripts).toEqual([STORED]);
    const vi = after.vrrpInstances[0];
    expect(vi.trackScripts).toEqual([{ name: 'chk_haproxy', weight: -30 }]);
    expect(vi.trackInterfaces).toEqual(['eth1']);
    expect(vi.trackInterfaceWeights).toEqual({ eth1: { weight: -20 } });

    const rev = await call(stack.webUrl, 'POST', `/api/v1/clusters/${clusterId}/revisions`, { token, body: { message: 'tracked' } });
    expect(rev.status, rev.text).toBe(201);
    const got = await call(stack.webUrl, 'GET', `/api/v1/clusters/${clusterId}/revisions/${rev.body.number}`, { token });
    expect(got.status).toBe(200);
    for (const director of ['lb1', 'lb2']) {
      const text: string = got.body.rendered[director].text;
      expect(text).toContain('vrrp_script chk_haproxy {');
      expect(text).toMatch(/vrrp_script chk_haproxy \{[^}]*script "?\/usr\/bin\/pgrep -x haproxy"?[^}]*interval 2[^}]*\}/);
      expect(text).toContain('track_script {');
      expect(text).toMatch(/track_script \{\s*chk_haproxy weight -30\s*\}/);
      expect(text).toMatch(/track_interface \{\s*eth1 weight -20\s*\}/);
    }
    expect(problems).toEqual([]);
  });

  it('deleting a tracked script names the instances that track it, and shows the API refusal', async () => {
    await page.getByRole('button', { name: 'Delete VRRP script chk_haproxy' }).click();
    await dialog().getByRole('heading', { name: 'Delete VRRP script chk_haproxy' }).waitFor();
    expect(await dialog().getByTestId('delete-goes').textContent()).toContain('tracked by the VRRP instances VI_1');
    const refused = page.waitForResponse((r) => r.url().endsWith(`/clusters/${clusterId}/spec`) && r.request().method() === 'PUT');
    await dialog().getByRole('button', { name: 'Delete', exact: true }).click();
    const res = await refused;
    expect(res.status()).toBe(422);
    const problem = await res.json();
    const alert = dialog().getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(problem.detail);
    // The finding is about VI_1, not a field of this form: it is shown with its path.
    const finding = problem.errors.find((e: { path: string }) => e.path.startsWith('body.vrrpInstances.0.trackScripts'));
    expect(finding, JSON.stringify(problem)).toBeDefined();
    expect(await alert.textContent()).toContain(finding.message);
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await dialog().waitFor({ state: 'detached' });
    expect((await spec()).vrrpScripts).toHaveLength(1);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is axe-clean in the ${theme} theme, the script and instance editors included (screenshots)`, async () => {
      await page.emulateMedia({ colorScheme: theme });
      await page.evaluate((t) => localStorage.setItem('lvs-theme', t), theme);
      await configuration(page);
      await page.getByRole('row', { name: /^chk_haproxy / }).waitFor();
      await page.screenshot({ path: `${SHOTS}/tracking-${theme}.png`, fullPage: true });
      expect(await axeFindings(page)).toEqual([]);
      await page.getByRole('button', { name: 'Edit VRRP script chk_haproxy' }).click();
      await field('Script').waitFor();
      await page.screenshot({ path: `${SHOTS}/tracking-script-dialog-${theme}.png` });
      expect(await axeFindings(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog().waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Edit VRRP instance VI_1' }).click();
      await field('Tracked script 1 weight').waitFor();
      await field('Tracked script 1 weight').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/tracking-instance-dialog-${theme}.png` });
      expect(await axeFindings(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog().waitFor({ state: 'detached' });
      expect(problems).toEqual([]);
    });
  }

  it("an operator finds the script's text locked (admin only) but changes a tracking weight", async () => {
    const { p, seen } = await newPage('oper', 'Weights-Only-Passphrase-5531');
    await configuration(p);
    const add = p.getByRole('button', { name: 'Add VRRP script' });
    expect(await add.isDisabled()).toBe(true);
    expect(await add.getAttribute('title')).toMatch(/^Needs the admin role/);

    await p.getByRole('button', { name: 'Edit VRRP script chk_haproxy' }).click();
    const script = field('Script', p);
    await script.waitFor();
    expect(await script.isDisabled()).toBe(true);
    expect(await script.inputValue()).toBe(SCRIPT);
    const hint = ((await script.getAttribute('aria-describedby')) ?? '').split(' ').find((x) => x.endsWith('-hint'));
    expect(await p.locator(`[id="${hint}"]`).textContent()).toMatch(/^Needs the admin role/);
    expect(await field('Name', p).isDisabled()).toBe(true);
    expect(await field('User', p).isDisabled()).toBe(true);
    await p.screenshot({ path: `${SHOTS}/tracking-operator-script-dialog.png` });
    expect(await axeFindings(p)).toEqual([]);
    await dialog(p).getByRole('button', { name: 'Cancel' }).click();
    await dialog(p).waitFor({ state: 'detached' });

    await p.getByRole('button', { name: 'Edit VRRP instance VI_1' }).click();
    await field('Tracked script 1 weight', p).fill('-40');
    await field('Tracked interface 1 weight', p).fill('-25');
    await dialog(p).getByRole('button', { name: 'Save' }).click();
    await dialog(p).waitFor({ state: 'detached' });
    await expect.poll(() => p.getByRole('row', { name: /^VI_1 / }).textContent()).toContain('chk_haproxy weight -40, eth1 weight -25');
    const vi = (await spec()).vrrpInstances[0];
    expect(vi.trackScripts).toEqual([{ name: 'chk_haproxy', weight: -40 }]);
    expect(vi.trackInterfaceWeights).toEqual({ eth1: { weight: -25 } });
    expect((await spec()).vrrpScripts).toEqual([STORED]);
    expect(seen).toEqual([]);
    expect(problems).toEqual([]);
  });
});
