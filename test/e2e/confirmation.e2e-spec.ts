import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeepalivedNetns } from '../keepalived-netns';
import { IS_ROOT } from '../sshd';
import { axeFindings } from './axe';
import { type OneDirector, SHOTS, signedInPage, startOneDirector } from './fixtures';
import { launchBrowser, signIn, type Stack, watchForErrors } from './stack';

/** "4:59" → 299 seconds. */
const seconds = (text: string | null) => {
  const m = /(\d+):(\d\d)/.exec(text ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

/**
 * A confirmed deployment (issue 17's `apply --confirm-within`) in the dashboard, against a real
 * director (OpenSSH + keepalived in a network namespace): a confirmation started through the API
 * appears in the cluster's header without a reload, with its revision, who asked and a live
 * countdown; a viewer's Confirm is disabled with the reason; an operator's Confirm is what the API
 * then reports and the audit log records; and one left unconfirmed is rolled back on the director,
 * the banner saying so. Needs root.
 */
describe.skipIf(!IS_ROOT)('confirmed deployments in the cluster header (Chromium, real sshd + keepalived)', () => {
  let one: OneDirector;
  let stack: Stack;
  let lb1: KeepalivedNetns;
  let closeBrowser: () => Promise<void>;
  let page: Page;
  let problems: string[];
  let clusterId: string;
  let second: string;
  let firstFile: string;

  const api: OneDirector['api'] = (method, path, body) => one.api(method, path, body);
  const banner = (p: Page) => p.getByTestId('confirmation');

  beforeAll(async () => {
    one = await startOneDirector({ name: 'confirmed', net: 252, vrid: 53, weights: [5], tokenName: 'pipeline', viewer: 'watcher' });
    ({ stack, lb1, clusterId } = one);
    await one.deployAndWait('weight 5');
    firstFile = readFileSync(lb1.configPath, 'utf8');
    await one.changeSpec((spec) => (spec.virtualServices[0].realServers[0].weight = 9));
    second = await one.deployAndWait('weight 9');
    expect(readFileSync(lb1.configPath, 'utf8')).toMatch(/weight 9/);
    ({ page, problems, close: closeBrowser } = await signedInPage(stack));
  }, 240_000);
  afterAll(async () => {
    await closeBrowser?.();
    await one?.stop();
  });

  it('shows a confirmation started through the API without a reload: revision, who asked, a live countdown', async () => {
    await page.goto(`${stack.webUrl}/clusters/${clusterId}/configuration`);
    await page.getByTestId('cluster-health').waitFor();
    expect(await banner(page).count()).toBe(0);
    const started = await api('POST', `/clusters/${clusterId}/confirmation`, { deploymentId: second, withinSeconds: 600 });
    expect(started.status, started.text).toBe(201);
    expect(started.body).toMatchObject({ status: 'pending', revertTo: 1 });
    await banner(page).waitFor({ timeout: 20_000 });
    expect(await banner(page).getAttribute('data-status')).toBe('pending');
    const text = await banner(page).textContent();
    expect(text).toContain('Awaiting confirmation');
    expect(text).toContain('the deployment of revision 2');
    expect(text).toContain(`requested by ${started.body.requestedBy}`);
    expect(text).toContain('rolled back to revision 1');
    const countdown = page.getByTestId('confirmation-countdown');
    const first = seconds(await countdown.textContent());
    expect(first).toBeLessThanOrEqual(600);
    await expect.poll(async () => seconds(await countdown.textContent()), { timeout: 10_000 }).toBeLessThan(first);
    await page.screenshot({ path: `${SHOTS}/confirmation-pending.png`, fullPage: true });
    expect(await axeFindings(page)).toEqual([]);
  });

  it('shows a viewer the pending confirmation with Confirm disabled and the reason', async () => {
    const other = await launchBrowser();
    try {
      const viewer = await other.browser.newPage();
      const viewerProblems = watchForErrors(viewer, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
      await signIn(viewer, stack, 'watcher', 'viewer-passphrase-e2e');
      await viewer.goto(`${stack.webUrl}/clusters/${clusterId}/configuration`);
      await banner(viewer).waitFor({ timeout: 20_000 });
      const confirm = banner(viewer).getByRole('button', { name: 'Confirm' });
      expect(await confirm.isDisabled()).toBe(true);
      expect(await confirm.getAttribute('title')).toBe('Needs the operator role');
      expect(await banner(viewer).textContent()).toContain('Needs the operator role');
      expect(viewerProblems).toEqual([]);
    } finally {
      await other.close();
    }
    expect((await api('GET', `/clusters/${clusterId}/confirmation`)).body.status).toBe('pending');
  });

  it('confirms with the button: the API reports it confirmed, the audit log has the event, the banner says so', async () => {
    await banner(page).getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => banner(page).getAttribute('data-status')).toBe('confirmed');
    expect(await banner(page).textContent()).toMatch(/Confirmed: the deployment of revision 2 stays \(confirmed by admin/);
    await page.getByTestId('toast').filter({ hasText: 'Confirmed: the deployment of revision 2 stays.' }).waitFor();
    const now = (await api('GET', `/clusters/${clusterId}/confirmation`)).body;
    expect(now).toMatchObject({ status: 'confirmed', deploymentId: second, resolvedBy: 'admin' });
    const audit = (await api('GET', `/audit?action=deployment.confirmed&targetType=cluster&targetId=${clusterId}`)).body;
    expect(audit.total).toBe(1);
    expect(audit.items[0]).toMatchObject({ actor: { name: 'admin' }, after: { deploymentId: second }, outcome: 'success' });
    // the director keeps revision 2
    expect(readFileSync(lb1.configPath, 'utf8')).toMatch(/weight 9/);
    await page.screenshot({ path: `${SHOTS}/confirmation-confirmed.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it('one left unconfirmed is rolled back on the director, and the banner says so without a reload', async () => {
    const started = await api('POST', `/clusters/${clusterId}/confirmation`, { deploymentId: second, withinSeconds: 3 });
    expect(started.status, started.text).toBe(201);
    await expect.poll(() => banner(page).getAttribute('data-status'), { timeout: 30_000 }).toBe('rolled_back');
    expect(await banner(page).textContent()).toContain('Not confirmed in time: the cluster was rolled back to revision 1');
    // the rollback is a real deployment: the director's file is revision 1's again (the revision line aside)
    await expect
      .poll(() => readFileSync(lb1.configPath, 'utf8'), { timeout: 60_000 })
      .toMatch(/real_server 10\.213\.252\.21 80 \{\n\s+weight 5/);
    const expired = (await api('GET', `/audit?action=deployment.confirmation_expired&targetId=${clusterId}`)).body;
    expect(expired.total).toBe(1);
    expect(firstFile).toMatch(/weight 5/);
    await page.screenshot({ path: `${SHOTS}/confirmation-rolled-back.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  // Layout checks of the Live tab and the diff view, on this cluster with its real director (issue 16: layouts at 1280×800 and 1920×1080).
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    it(`the Live tab's real-server table fits at ${width}×${height}: no header or cell truncated, the change buttons whole`, async () => {
      await page.setViewportSize({ width, height });
      await page.goto(`${stack.webUrl}/clusters/${clusterId}/live`);
      const table = page.getByTestId('rs-table');
      const row = table.getByTestId('rs-row').first();
      await row.waitFor();
      const disable = row.getByRole('button', { name: /^Disable / });
      await disable.waitFor();
      // a fresh page load still states the last outcome in the header (it was decided minutes ago)
      await expect.poll(() => banner(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('rolled_back');
      const clipped = await table.evaluate((t) =>
        [...t.querySelectorAll<HTMLElement>('.vrow > div')]
          .filter((c) => c.scrollWidth > c.clientWidth + 1)
          .map((c) => `${c.getAttribute('role')}: ${c.textContent}`),
      );
      expect(clipped).toEqual([]);
      // the buttons are inside the scroll box as drawn: nothing to scroll to
      const wrap = table.locator('.vtable-wrap');
      const [box, button] = [await wrap.boundingBox(), await disable.boundingBox()];
      expect(button!.x + button!.width).toBeLessThanOrEqual(box!.x + box!.width);
      expect(await wrap.evaluate((w) => w.scrollWidth <= w.clientWidth)).toBe(true);
      await page.screenshot({ path: `${SHOTS}/live-table-${width}x${height}.png`, fullPage: true });
    });
  }

  it('the side-by-side diff keeps its line-number gutters narrow', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${stack.webUrl}/clusters/${clusterId}/history`);
    await page.getByRole('button', { name: 'Roll back to #1', exact: true }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByRole('button', { name: 'Side by side' }).first().click();
    const split = confirm.getByTestId('diff-split').first();
    await split.waitFor();
    const [tableWidth, gutter] = await split.evaluate((t) => {
      const ln = t.querySelector<HTMLElement>('td.ln')!;
      return [t.clientWidth, ln.getBoundingClientRect().width];
    });
    // a few digits and their padding, not a quarter of the table
    expect(gutter).toBeLessThan(tableWidth / 12);
    expect(await split.evaluate((t) => [...t.querySelectorAll<HTMLElement>('td.ln')].every((c) => c.scrollWidth <= c.clientWidth))).toBe(
      true,
    );
    await page.screenshot({ path: `${SHOTS}/diff-split-1280x800.png` });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(problems).toEqual([]);
  });
});
