import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The benches' ipvsadm shim and big-cluster spec (as charts.e2e-spec): made-up kernel counters, the console's real path.
import { bigLabSpec, installIpvsadmShim } from '../../bench/lib/lab-bench.mjs';
import { register } from '../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from '../../lab/src/testing';
import { call, login, type Json } from '../http';
import { axeFindings } from './axe';
import { launchBrowser, openTab, signIn, startStack, watchForErrors, type Stack } from './stack';

const SHOTS = 'test-results/screenshots';
const THEMES = ['light', 'dark'] as const;

/**
 * Issue 19 in the dashboard, against the netns lab's real VRRP (two directors, real sshd, Debian's
 * keepalived) registered in the console as users start it: the header's "What if… fails?" from the
 * Live and History tabs and the command palette, asked about the director that really is MASTER;
 * a real split brain (one director given an `authentication` block the other lacks, as the radar's
 * own lab test does) shown on the overview with its evidence and a badge on the cluster's row; and
 * the Timeline tab's traffic chart (the benches' ipvsadm shim feeds real rollups) with the events
 * as marks on its time axis, a drag across it setting from/to in the address. Zero console errors
 * or failed requests; axe-clean in both themes, with screenshots at 1280×800 and 1920×1080. Needs root.
 */
describe.skipIf(!CAN_RUN_LAB)(
  `what-if in the header, incidents on the overview, the timeline's chart (netns lab)${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`,
  () => {
    let lab: StartedLab;
    let stack: Stack;
    let browser: BrowserContext;
    let closeBrowser: () => Promise<void>;
    let page: Page;
    let problems: string[];
    let clusterId: string;
    let clusterName: string;
    let token: string;
    let original = '';
    let brokenRole = '';
    const api = (method: string, path: string, body?: unknown) => call(stack.apiUrl, method, `/api/v1${path}`, { token, body });
    const nameOf = (role: string) => lab.state.directors.find((d) => d.role === role)!.name;
    const reload = () => process.kill(lab.current().pids[`${brokenRole}.keepalived`]!.pid, 'SIGHUP');
    /** expect.poll is for tests only: waits in setup (no time asserted). */
    async function waitFor<T>(what: string, get: () => Promise<T> | T, ok: (v: T) => boolean, timeoutMs: number): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      let last: T | undefined;
      while (Date.now() < deadline) {
        last = await get();
        if (ok(last)) return last;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`${what}: not within ${timeoutMs} ms; last ${JSON.stringify(last)?.slice(0, 800)}`);
    }
    async function theme(t: (typeof THEMES)[number]) {
      await page.emulateMedia({ colorScheme: t });
      await page.evaluate((x) => localStorage.setItem('lvs-theme', x), t);
    }

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      [lab, stack] = await Promise.all([startLab({ directors: 2, realServers: 1 }), startStack(() => ({ TELEMETRY_TICK_MS: '1000' }))]);
      const admin = await login(stack.apiUrl, 'admin', stack.adminPassword);
      token = (await call(stack.apiUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'issue19', role: 'admin' } })).body.secret;
      installIpvsadmShim(lab.state, { services: 2, reals: 2, busy: 1 });
      clusterName = `${lab.state.clusterSpec.name}-19`;
      clusterId = (
        await register({ ...lab.state, clusterSpec: { ...bigLabSpec(lab.state, 2, 2), name: clusterName } }, { url: stack.apiUrl, token })
      ).clusterId;
      brokenRole = lab.state.directors[1].role;
      original = readFileSync(lab.state.directors[1].configHostPath, 'utf8');
      ({ browser, close: closeBrowser } = await launchBrowser());
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      problems = watchForErrors(page, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
      await signIn(page, stack);
    }, 240_000);
    afterAll(async () => {
      // Leave the lab as it was, whatever happened (then it goes anyway).
      if (original && lab) {
        writeFileSync(lab.state.directors[1].configHostPath, original);
        const pid = lab.current().pids[`${brokenRole}.keepalived`]?.pid;
        if (pid) process.kill(pid, 'SIGHUP');
      }
      await closeBrowser?.();
      await stack?.stop();
      lab?.down();
    });

    /** Asks the open dialog about `fail` (typed, or with a quick button) and checks its answer against the API's. */
    async function expectWhatIf(fail: string, want: Json) {
      const dialog = page.getByRole('dialog', { name: 'What if… fails?' });
      await dialog.waitFor();
      await expect.poll(() => new URL(page.url()).searchParams.get('whatIf')).toBe(fail);
      const answer = dialog.getByTestId('what-if-answer');
      const inst = want.instances.find((i: Json) => i.name === 'VI_LAB');
      await expect
        .poll(() => answer.locator('tbody tr').first().textContent(), { timeout: 15_000 })
        .toMatch(new RegExp(`^VI_LAB${inst.before}${inst.after}`));
      const text = (await answer.textContent()) ?? '';
      const moved = want.vips.filter((v: Json) => v.from !== v.to);
      expect(moved.length).toBeGreaterThan(0);
      for (const v of moved) expect(text).toContain(`${v.address} (${v.instance}): ${v.from} → ${v.to}`);
      for (const line of want.summary) expect(text).toContain(line);
      expect(text).toContain('From the spec and the live state');
    }

    it('the header\'s "What if… fails?" answers for the real MASTER from the Live tab, the History tab and the palette', async () => {
      const holder = await waitFor(
        'one VIP holder',
        () => lab.vipHolders(),
        (h) => h.length === 1,
        60_000,
      );
      const master = nameOf(holder[0]);
      const other = lab.state.directors.map((d) => d.name).find((n) => n !== master)!;
      const fail = `director:${master}`;
      // The API has seen the live state (what the dialog's answer is computed from).
      const want = await waitFor(
        'a live what-if',
        async () => (await api('GET', `/clusters/${clusterId}/what-if?fail=${encodeURIComponent(fail)}`)).body,
        (b: Json) => b.live === true && b.instances.some((i: Json) => i.name === 'VI_LAB' && i.before === master),
        60_000,
      );
      expect(want.instances.find((i: Json) => i.name === 'VI_LAB')).toMatchObject({ before: master, after: other, changed: true });

      // Live tab: the header's button, reached with the keyboard
      await page.goto(`${stack.webUrl}/clusters/${clusterId}/live`);
      await expect.poll(() => page.getByTestId('cluster-health').textContent(), { timeout: 30_000 }).toContain(`MASTER ${master}`);
      const open = page.getByTestId('what-if-open');
      await open.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'What if… fails?' });
      await dialog.waitFor();
      await page.getByLabel('What fails').fill(fail);
      await page.keyboard.press('Enter');
      await expectWhatIf(fail, want);
      await page.screenshot({ path: `${SHOTS}/what-if-header-live.png` });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(new URL(page.url()).searchParams.has('whatIf')).toBe(false);
      // focus is back on the header's button
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('what-if-open');

      // History tab: the same control, the quick button for a director
      await openTab(page, 'History');
      await page.getByTestId('what-if-open').click();
      await dialog.getByRole('button', { name: `${master} down`, exact: true }).click();
      await expectWhatIf(fail, want);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      // The command palette's action opens it on the tab on screen
      await page.keyboard.press('Control+k');
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      const action = palette.getByRole('option', { name: /What if… fails\? \(this cluster\)/ });
      await action.waitFor();
      await page.keyboard.type('what if');
      await action.click();
      await dialog.waitFor();
      expect(new URL(page.url()).pathname).toBe(`/clusters/${clusterId}/history`);
      await dialog.getByRole('button', { name: `${master} down`, exact: true }).click();
      await expectWhatIf(fail, want);

      const asked = page.url();
      for (const t of THEMES) {
        await theme(t);
        // a shared link opens the dialog on its question
        await page.goto(asked);
        await expectWhatIf(fail, want);
        expect(await axeFindings(page), `what-if dialog (${t})`).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/what-if-dialog-${t}.png` });
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        expect(await axeFindings(page), `cluster header (${t})`).toEqual([]);
        await page.mouse.move(0, 0);
        await page.screenshot({ path: `${SHOTS}/cluster-header-${t}.png`, clip: { x: 0, y: 0, width: 1280, height: 280 } });
      }
      await theme('light');
    }, 180_000);

    it('a real split brain is on the overview: a banner per open incident with its evidence, and a badge on the cluster', async () => {
      const broken = original.replace(
        /(vrrp_instance\s+VI_LAB\s*\{)/,
        '$1\n    authentication {\n        auth_type PASS\n        auth_pass split19\n    }',
      );
      expect(broken).not.toBe(original);
      writeFileSync(lab.state.directors[1].configHostPath, broken);
      reload();
      await waitFor(
        'both directors holding the VIP',
        () => lab.vipHolders(),
        (h) => h.length === 2,
        30_000,
      );
      const open = await waitFor(
        'GET /incidents listing two MASTERs',
        async () => (await api('GET', '/incidents')).body,
        (b: Json) => b.items?.some((i: Json) => i.type === 'two_masters'),
        30_000,
      );
      const two = open.items.find((i: Json) => i.type === 'two_masters');
      expect(two).toMatchObject({ clusterId, cluster: clusterName, instance: 'VI_LAB', severity: 'critical' });

      await page.goto(`${stack.webUrl}/`);
      const banner = page.getByTestId('fleet-incidents');
      const item = banner.getByTestId('incident').filter({ hasText: 'Two MASTERs' });
      await expect.poll(() => item.textContent(), { timeout: 20_000 }).toContain(`Two MASTERs — ${clusterName} · VI_LAB`);
      expect(await item.textContent()).toContain(two.summary.replace(/^VI_LAB: /, ''));
      expect(await item.getByRole('link', { name: clusterName }).getAttribute('href')).toBe(`/clusters/${clusterId}/live`);
      // every open incident of the fleet, as the API lists them, and the count on the cluster's row
      const now = (await api('GET', '/incidents')).body;
      await expect.poll(() => banner.getByTestId('incident').count(), { timeout: 15_000 }).toBe(now.items.length);
      const badge = page.getByTestId(`cluster-${clusterName}`).getByTestId('incident-badge');
      await expect
        .poll(() => badge.textContent(), { timeout: 15_000 })
        .toBe(`${now.items.length} incident${now.items.length === 1 ? '' : 's'}`);
      expect(await badge.getAttribute('class')).toContain('bad');
      // the evidence on expand: which director says what
      await item.getByText('Evidence').click();
      const rows = item.locator('tbody tr');
      expect(await rows.count()).toBe(two.evidence.length);
      for (const e of two.evidence) expect(await item.locator('tbody').textContent()).toContain(`${e.director}${e.says}`);
      for (const t of THEMES) {
        await theme(t);
        await page.reload();
        await banner.getByTestId('incident').first().waitFor({ timeout: 20_000 });
        for (const s of await banner.locator('summary').all()) await s.click();
        expect(await axeFindings(page), `overview with an incident (${t})`).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/overview-incident-${t}.png`, fullPage: true });
      }
      await theme('light');

      // fixed by hand: the banner and the badge go without a reload (/live says the incidents changed)
      writeFileSync(lab.state.directors[1].configHostPath, original);
      reload();
      await expect.poll(() => banner.count(), { timeout: 60_000 }).toBe(0);
      expect(await badge.count()).toBe(0);
      expect((await api('GET', '/incidents')).body.items).toEqual([]);
    }, 180_000);

    it('the Timeline tab draws the traffic with one mark per event on its time axis; a drag sets from/to in the address, kept on reload', async () => {
      // The first minute with samples is stored at the first tick of the next one.
      await waitFor(
        'stored traffic',
        async () => (await api('GET', `/clusters/${clusterId}/metrics?by=service`)).body,
        (b: Json) => b.series?.length === 2 && b.series.every((s: Json) => s.points.some((p: Json) => p.conns > 0)),
        150_000,
      );
      await page.goto(`${stack.webUrl}/clusters/${clusterId}/timeline`);
      const all = (await api('GET', `/clusters/${clusterId}/events?limit=50`)).body;
      expect(all.items.map((e: Json) => e.kind)).toEqual(expect.arrayContaining(['split_brain.opened', 'split_brain.resolved']));
      const marks = page.getByTestId('timeline-mark');
      const chart = page.getByTestId('timeline-traffic');
      await chart.locator('canvas').waitFor({ timeout: 15_000 });
      await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(all.items.length);
      await expect.poll(() => page.getByTestId('timeline-chart').textContent()).toMatch(/connections per 1 min, 2 of 2 virtual services/);
      // each mark is its event: severity colour, and hovering says what happened
      const opened = all.items.find((e: Json) => e.kind === 'split_brain.opened');
      const mark = page.locator(`[data-testid="timeline-mark"][data-key="${opened.id}"]`);
      expect(await mark.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        await page.evaluate(() => {
          const probe = document.createElement('span');
          probe.style.color = 'var(--bad)';
          document.body.append(probe);
          const c = getComputedStyle(probe).color;
          probe.remove();
          return c;
        }),
      );
      await page.mouse.move(0, 0);
      for (const t of THEMES) {
        await theme(t);
        for (const size of [
          { width: 1280, height: 800 },
          { width: 1920, height: 1080 },
        ]) {
          await page.setViewportSize(size);
          await page.reload();
          await chart.locator('canvas').waitFor({ timeout: 15_000 });
          await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(all.items.length);
          await expect.poll(() => page.getByTestId('timeline-chart').getAttribute('data-loading')).toBe('false');
          expect(await axeFindings(page), `timeline (${t}, ${size.width})`).toEqual([]);
          await page.screenshot({ path: `${SHOTS}/timeline-chart-${t}-${size.width}.png` });
        }
      }
      await theme('light');
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.reload();
      await chart.locator('canvas').waitFor({ timeout: 15_000 });

      // drag from just before the split brain opened to just after it was resolved
      const resolved = all.items.find((e: Json) => e.kind === 'split_brain.resolved' && e.data.incidentId === opened.data.incidentId);
      await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(all.items.length);
      const a = (await page.locator(`[data-testid="timeline-mark"][data-key="${opened.id}"]`).boundingBox())!;
      const b = (await page.locator(`[data-testid="timeline-mark"][data-key="${resolved.id}"]`).boundingBox())!;
      const plot = (await chart.locator('.u-over').boundingBox())!;
      // along the top edge: marks of a burst stack up from the axis, the drag starts on the chart itself
      const y = plot.y + 4;
      await page.mouse.move(Math.max(plot.x + 1, a.x + a.width / 2 - 6), y);
      await page.mouse.down();
      await page.mouse.move(Math.min(plot.x + plot.width - 1, b.x + b.width / 2 + 6), y, { steps: 8 });
      await page.mouse.up();
      await expect.poll(() => new URL(page.url()).searchParams.get('to'), { timeout: 10_000 }).not.toBeNull();
      const from = new URL(page.url()).searchParams.get('from')!;
      const to = new URL(page.url()).searchParams.get('to')!;
      expect(Date.parse(from)).toBeLessThanOrEqual(Date.parse(opened.at));
      expect(Date.parse(to)).toBeGreaterThan(Date.parse(resolved.at));
      const inRange = (await api('GET', `/clusters/${clusterId}/events?from=${from}&to=${to}&limit=50`)).body;
      expect(inRange.items.map((e: Json) => e.id)).toEqual(expect.arrayContaining([opened.id, resolved.id]));
      await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(inRange.items.length);
      await expect.poll(() => page.getByTestId('timeline').locator('tbody tr').count()).toBe(inRange.items.length);
      // the form's fields say the same span; a reload keeps it
      expect(await page.getByLabel('From', { exact: true }).inputValue()).not.toBe('');
      await page.reload();
      expect(new URL(page.url()).searchParams.get('from')).toBe(from);
      expect(new URL(page.url()).searchParams.get('to')).toBe(to);
      await chart.locator('canvas').waitFor({ timeout: 15_000 });
      await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(inRange.items.length);
      await expect.poll(() => page.getByTestId('timeline-chart').getAttribute('data-loading')).toBe('false');
      await page.screenshot({ path: `${SHOTS}/timeline-chart-zoomed.png` });
      // zoomed in, the burst's marks stand apart: hovering one says what happened, clicking it picks its row
      await mark.hover();
      await expect
        .poll(() => page.getByTestId('timeline-chart-hover').textContent())
        .toContain(`critical · split_brain.opened: ${opened.summary}`);
      // clicking it picks its row
      await mark.click();
      const row = page.locator(`#tl-event-${opened.id}`);
      await expect.poll(() => row.getAttribute('data-picked')).toBe('true');
      expect(await row.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await row.textContent()).toContain(opened.summary);
      // by keyboard: a mark's focus says the same
      await page.locator(`[data-testid="timeline-mark"][data-key="${resolved.id}"]`).focus();
      await expect
        .poll(() => page.getByTestId('timeline-chart-hover').textContent())
        .toContain(`split_brain.resolved: ${resolved.summary}`);

      // a span with nothing in it: the empty state, the chart still drawn with no marks
      await page.goto(`${stack.webUrl}/clusters/${clusterId}/timeline?from=2026-01-01T00:00:00.000Z&to=2026-01-01T06:00:00.000Z`);
      await expect
        .poll(() => page.getByTestId('timeline-empty').textContent(), { timeout: 15_000 })
        .toMatch(/No events match these filters/);
      await chart.locator('canvas').waitFor({ timeout: 15_000 });
      await expect.poll(() => page.getByTestId('timeline-chart').textContent()).toMatch(/no traffic recorded in this span/);
      expect(await marks.count()).toBe(0);
    }, 240_000);

    it('saw no console error and no failed request', () => {
      expect(problems).toEqual([]);
    });
  },
);
