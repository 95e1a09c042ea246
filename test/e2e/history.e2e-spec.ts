import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeepalivedNetns } from '../keepalived-netns';
import { IS_ROOT } from '../sshd';
import { type OneDirector, SHOTS, signedInPage, startOneDirector } from './fixtures';
import { launchBrowser, watchForErrors, type Stack, signIn as signInAs } from './stack';
const pad = (n: number) => String(n).padStart(2, '0');
/** A moment as a `datetime-local` value with seconds, in this machine's zone (Chromium's too). */
const localValue = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

/**
 * An auditor's view of the history, against a real director (OpenSSH + keepalived in a network
 * namespace): three deployed revisions compared in the browser, a rollback from the History panel
 * that puts the director's file back, and the audit log filtered, paged, expanded and exported.
 * Needs root.
 */
describe.skipIf(!IS_ROOT)('history and audit log in Chromium (real sshd + keepalived)', () => {
  let one: OneDirector;
  let stack: Stack;
  let lb1: KeepalivedNetns;
  let closeBrowser: () => Promise<void>;
  let page: Page;
  let problems: string[];
  let clusterId: string;
  let dialogs: string[];
  /** A whole second after the second deployment's events and before the third's. */
  let between: Date;

  const api: OneDirector['api'] = (method, path, body) => one.api(method, path, body);
  const signIn = (p: Page, user: string, password: string) => signInAs(p, stack, user, password);
  const historyOf = (p: Page) => p.locator('section', { has: p.getByRole('heading', { name: 'History', exact: true }) });
  const rows = () => page.locator('table tbody tr:not(.audit-details)');
  async function filterAudit(f: { action?: string; to?: string; perPage?: string }): Promise<void> {
    await page.getByRole('button', { name: 'Clear' }).click();
    if (f.action) await page.getByLabel('Action (or prefix ending in .)').fill(f.action);
    if (f.to) await page.getByLabel('To', { exact: true }).fill(f.to);
    if (f.perPage) await page.getByLabel('Per page').selectOption(f.perPage);
    await page.getByRole('button', { name: 'Filter' }).click();
  }

  beforeAll(async () => {
    one = await startOneDirector({ name: 'audited', net: 251, vrid: 52, weights: [5, 5], tokenName: 'setup', viewer: 'auditor' });
    ({ stack, lb1, clusterId } = one);
    ({ page, problems, close: closeBrowser } = await signedInPage(stack));
    dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
  });
  afterAll(async () => {
    await closeBrowser?.();
    await one?.stop();
  });

  // Changes a reload applies in place (no drain stage, no hazard), so the rollback is one plain push.
  it('deploys three revisions through the API: weight 5, then weight 3, then the rr scheduler', async () => {
    await one.deployAndWait('first');
    await one.changeSpec((s) => (s.virtualServices[0].realServers[0].weight = 3));
    await one.deployAndWait('lighter .21');
    between = new Date(Math.ceil((Date.now() + 1) / 1000) * 1000);
    while (Date.now() <= between.getTime() + 50) await new Promise((r) => setTimeout(r, 50));
    await one.changeSpec((s) => (s.virtualServices[0].scheduler = 'rr'));
    await one.deployAndWait('round robin');
    expect(readFileSync(lb1.configPath, 'utf8')).toMatch(/lvs_sched rr/);
  }, 180_000);

  it('compares revision 1 with revision 3: the per-director diff and that the topology changed', async () => {
    await page.goto(`${stack.webUrl}/clusters/${clusterId}/history`);
    const history = historyOf(page);
    await expect.poll(() => history.textContent(), { timeout: 15_000 }).toMatch(/Revisions 1–3 of 3/);
    // newest against the one before it until the auditor picks
    expect(await history.getByRole('button', { name: /^Compare/ }).textContent()).toBe('Compare #2 → #3');
    await history.getByRole('radio', { name: 'From #1', exact: true }).check();
    await history.getByRole('radio', { name: 'To #3', exact: true }).check();
    await history.getByRole('button', { name: 'Compare #1 → #3' }).click();
    const diff = page.getByTestId('revision-diff');
    await expect.poll(() => diff.textContent(), { timeout: 15_000 }).toMatch(/#1 → #3\s*topology changed/);
    const text = (await diff.textContent()) ?? '';
    expect(text).toMatch(/lb1\s*\+\d+ −\d+/);
    // the change lines, coloured as added and removed
    const added = await diff.locator('.add').allTextContents();
    const removed = await diff.locator('.del').allTextContents();
    expect(added.join('\n')).toMatch(/^\+\s*lvs_sched rr$/m);
    expect(removed.join('\n')).toMatch(/^-\s*lvs_sched wlc$/m);
    expect(added.join('\n')).toMatch(/^\+\s*weight 3$/m);
    expect(removed.join('\n')).toMatch(/^-\s*weight 5$/m);
    await page.screenshot({ path: `${SHOTS}/history-diff.png`, fullPage: true });
  });

  it('rolls back to revision 1 from the panel after a dialog that says what happens and shows the diff, and the director gets its file back', async () => {
    const history = historyOf(page);
    // the newest revision has no rollback of its own
    expect(await history.getByRole('button', { name: 'Roll back to #3', exact: true }).count()).toBe(0);
    await history.getByRole('button', { name: 'Roll back to #1', exact: true }).click();
    const confirm = page.getByRole('alertdialog');
    await expect
      .poll(() => confirm.textContent())
      .toMatch(/Roll back to revision #1\?[\s\S]*replaced by the one frozen in #1[\s\S]*saved as #4 and deployed now to lb1/);
    // what changes on the director, before anything does: newest (#3) → #1
    const diff = confirm.getByTestId('rollback-diff');
    await expect.poll(() => diff.textContent(), { timeout: 15_000 }).toMatch(/#3 → #1\s*topology changed/);
    expect((await diff.locator('.add').allTextContents()).join('\n')).toMatch(/^\+\s*lvs_sched wlc$/m);
    await confirm.getByRole('button', { name: 'Side by side' }).first().click();
    await expect
      .poll(async () => (await diff.getByTestId('diff-split').locator('td.del').allTextContents()).join('\n'))
      .toMatch(/^\s*lvs_sched rr$/m);
    await page.screenshot({ path: `${SHOTS}/history-rollback-dialog.png` });
    expect(readFileSync(lb1.configPath, 'utf8')).toMatch(/lvs_sched rr/);
    await confirm.getByRole('button', { name: 'Roll back and deploy #1' }).click();
    // the dialog closes when the API has taken the rollback (a new revision and a deployment)
    await expect.poll(() => confirm.count(), { timeout: 30_000 }).toBe(0);
    expect(dialogs).toEqual([]);
    await expect
      .poll(() => readFileSync(lb1.configPath, 'utf8'), { timeout: 60_000 })
      .toMatch(/real_server 10\.213\.251\.21 80 \{\n\s+weight 5/);
    expect(readFileSync(lb1.configPath, 'utf8')).toMatch(/lvs_sched wlc/);
    await one.waitForFinishes(4);
    await expect.poll(() => history.textContent(), { timeout: 15_000 }).toMatch(/#4\s*newest.*Rollback to revision 1/);
    // a rollback is a deployment: while it ran the buttons said why they were off; now they are back
    await expect
      .poll(() => history.getByRole('button', { name: 'Roll back to #3', exact: true }).isEnabled(), { timeout: 15_000 })
      .toBe(true);
    await page.screenshot({ path: `${SHOTS}/history-rolled-back.png`, fullPage: true });
  });

  it('pages the history past its first 20 revisions', async () => {
    for (let i = 0; i < 17; i++)
      expect((await api('POST', `/clusters/${clusterId}/revisions`, { message: `frozen ${i}` })).status).toBe(201);
    await page.reload();
    const history = historyOf(page);
    await expect.poll(() => history.textContent(), { timeout: 15_000 }).toMatch(/Revisions 1–20 of 21/);
    expect(await history.getByRole('button', { name: 'Newer' }).isDisabled()).toBe(true);
    await history.getByRole('button', { name: 'Older' }).click();
    await expect.poll(() => history.textContent()).toMatch(/Revisions 21–21 of 21/);
    expect(await history.locator('tbody tr').count()).toBe(1);
    expect(await history.locator('tbody').textContent()).toMatch(/#1.*first/);
    await history.getByRole('button', { name: 'Newer' }).click();
    await expect.poll(() => history.textContent()).toMatch(/Revisions 1–20 of 21/);
  });

  it('filters the audit log by action and pages past the first page, keeping the filter', async () => {
    await page.goto(`${stack.webUrl}/audit`);
    await expect.poll(() => page.getByTestId('audit-count').textContent(), { timeout: 15_000 }).toMatch(/events/);
    await filterAudit({ action: 'revision.', perPage: '10' });
    // 21 revisions (3 deploys, the rollback, 17 frozen) and the rollback itself
    await expect.poll(() => page.getByTestId('audit-count').textContent()).toBe('Showing 10 of 22 events');
    expect(await rows().count()).toBe(10);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => page.getByTestId('audit-count').textContent()).toBe('Showing 20 of 22 events');
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => page.getByTestId('audit-count').textContent()).toBe('22 events');
    const actions = await page.locator('table tbody tr td:nth-child(5)').allTextContents();
    expect(actions).toHaveLength(22);
    expect(new Set(actions.map((a) => a.trim()))).toEqual(new Set(['revision.create', 'revision.rollback']));
    // newest first across the pages, and no event twice
    const times = await page.locator('table tbody tr time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect([...times].sort().reverse()).toEqual(times);
    const ids = await page.locator('table tbody button[aria-controls]').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-controls')));
    expect(new Set(ids).size).toBe(22);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/audit-paged.png`, fullPage: true });
  });

  it('filters by a to-date, expands an event to its before/after (by keyboard too), and exports the same rows as CSV', async () => {
    await filterAudit({ action: 'deployment.', to: localValue(between) });
    // only the first two deployments happened before that moment
    await expect.poll(() => page.getByTestId('audit-count').textContent()).toBe('4 events');
    // the view is in the address: a reload (or the link sent to someone) shows the same events, with the filters in the form
    const url = new URL(page.url());
    expect(url.searchParams.get('action')).toBe('deployment.');
    expect(new Date(url.searchParams.get('to')!).getTime()).toBe(new Date(localValue(between)).getTime());
    await page.reload();
    await expect.poll(() => page.getByTestId('audit-count').textContent(), { timeout: 15_000 }).toBe('4 events');
    expect(await page.getByLabel('Action (or prefix ending in .)').inputValue()).toBe('deployment.');
    expect(new Date(await page.getByLabel('To', { exact: true }).inputValue()).getTime()).toBe(new Date(localValue(between)).getTime());
    const first = page.getByRole('button', { name: /^Show details of deployment\.finish/ }).first();
    expect(await first.getAttribute('aria-expanded')).toBe('false');
    await first.focus();
    await page.keyboard.press('Enter');
    const details = page.locator('tr.audit-details');
    await expect.poll(() => details.count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Hide details of deployment\.finish/ }).getAttribute('aria-expanded')).toBe('true');
    // PostgreSQL's jsonb keeps its own key order: check the lines, not their order
    expect(await details.textContent()).toMatch(/\+ revision: 2(?!\d)/);
    expect(await details.textContent()).toMatch(/\+ status: "succeeded"/);
    await page.screenshot({ path: `${SHOTS}/audit-expanded.png`, fullPage: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => details.count()).toBe(0);

    const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
    expect(href).toContain('action=deployment.');
    expect(href).toContain(`to=${encodeURIComponent(between.toISOString())}`);
    const csv = await page.request.get(`${stack.webUrl}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toMatch(/^id,at,actor_type,actor/);
    expect(lines.slice(1)).toHaveLength(4);
    expect(lines.slice(1).every((l) => /"deployment\.(start|finish)"/.test(l))).toBe(true);
  });

  it('shows what a topology change changed, before and after, and an empty state when nothing matches', async () => {
    await filterAudit({ action: 'cluster.spec.replace' });
    await expect.poll(() => page.getByTestId('audit-count').textContent()).toMatch(/^\d+ events$/);
    await page
      .getByRole('button', { name: /^Show details of cluster\.spec\.replace/ })
      .first()
      .click();
    const details = await page.locator('tr.audit-details').textContent();
    expect(details).toMatch(/- version: \d+\+ version: \d+/);
    expect(details).toMatch(/\+ (created|changed|deleted)\[0\]: "[^"]*10\.213\.251\./);
    await filterAudit({ to: '2020-01-01T00:00:00' });
    await expect.poll(() => page.locator('.empty').textContent()).toBe('No events match these filters.');
    expect(await page.locator('table').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/audit-empty.png`, fullPage: true });
  });

  it('lets a viewer compare revisions but not roll back, and says why', async () => {
    const viewer = await launchBrowser();
    try {
      const p = await viewer.browser.newPage();
      const seen = watchForErrors(p, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
      await signIn(p, 'auditor', 'viewer-passphrase-e2e');
      await p.goto(`${stack.webUrl}/clusters/${clusterId}/history`);
      const history = historyOf(p);
      const rollback = history.getByRole('button', { name: 'Roll back to #3', exact: true });
      await expect.poll(() => rollback.isDisabled(), { timeout: 15_000 }).toBe(true);
      expect(await rollback.getAttribute('title')).toBe('Needs the operator role');
      expect(await history.textContent()).toMatch(/Rollback is unavailable: Needs the operator role/);
      // the pick survives paging: #3 on the first page, #1 on the next
      await history.getByRole('radio', { name: 'To #3', exact: true }).check();
      await history.getByRole('button', { name: 'Older' }).click();
      await history.getByRole('radio', { name: 'From #1', exact: true }).check();
      await history.getByRole('button', { name: 'Compare #1 → #3' }).click();
      await expect.poll(() => p.getByTestId('revision-diff').textContent(), { timeout: 15_000 }).toMatch(/#1 → #3\s*topology changed/);
      await p.screenshot({ path: `${SHOTS}/history-viewer.png`, fullPage: true });
      expect(seen).toEqual([]);
    } finally {
      await viewer.close();
    }
  });

  it('had no console errors, page errors, failed requests or unexpected error responses', () => {
    expect(problems).toEqual([]);
  });
});
