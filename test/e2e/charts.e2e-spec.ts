import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The benches' ipvsadm shim and big-cluster spec: the same made-up kernel numbers, the console's real path.
import { bigLabSpec, installIpvsadmShim } from '../../bench/lib/lab-bench.mjs';
import { register } from '../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from '../../lab/src/testing';
import { call, login } from '../http';
import { launchBrowser, startStack, watchForErrors, type Stack, signIn } from './stack';

const SHOTS = 'test-results/screenshots';
const SERVICES = 2;
const REALS = 3;

interface Series {
  service: string;
  realServer?: string;
  points: { t: string; conns: number; inBytes: number }[];
}
interface MetricsPage {
  from: string;
  to: string;
  step: number;
  total: number;
  series: Series[];
}

/**
 * The traffic charts in Chromium with real history: the netns lab's directors (real sshd) whose
 * `ipvsadm` is the benches' shim printing 2 services × 3 real servers with counters growing each
 * second, registered in the console as it is started for users. The API's own telemetry probes
 * them, rolls the counters up per minute into PostgreSQL, and the page draws GET …/metrics. Needs
 * root; waits for the first minute to be stored (up to ~70 s).
 */
describe.skipIf(!CAN_RUN_LAB)(
  `traffic charts with real rollups in Chromium (netns lab)${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`,
  () => {
    let lab: StartedLab;
    let stack: Stack;
    let browser: BrowserContext;
    let closeBrowser: () => Promise<void>;
    let page: Page;
    let problems: string[];
    let clusterId: string;
    let token: string;

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      [lab, stack] = await Promise.all([startLab({ directors: 2, realServers: 1 }), startStack()]);
      const admin = await login(stack.apiUrl, 'admin', stack.adminPassword);
      token = (await call(stack.apiUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'charts', role: 'admin' } })).body.secret;
      installIpvsadmShim(lab.state, { services: SERVICES, reals: REALS, busy: 1 });
      clusterId = (
        await register(
          { ...lab.state, clusterSpec: { ...bigLabSpec(lab.state, SERVICES, REALS), name: 'charts' } },
          { url: stack.apiUrl, token },
        )
      ).clusterId;
      ({ browser, close: closeBrowser } = await launchBrowser());
      page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      problems = watchForErrors(page, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
      await signIn(page, stack);
    }, 240_000);
    afterAll(async () => {
      await closeBrowser?.();
      await stack?.stop();
      lab?.down();
    });

    /** The page's own answer from GET …/metrics (by service or by real server), as it loads. */
    const metricsResponse = (by: 'service' | 'realServer') =>
      page.waitForResponse((r: Response) => r.url().includes(`/clusters/${clusterId}/metrics?`) && r.url().includes(`by=${by}`), {
        timeout: 20_000,
      });

    /**
     * Checks the chart (uPlot, a canvas) against the series the page received: the pointer moved
     * across it reads out, for the bucket under it, each series' value as the page's data has it
     * (null where the bucket has no rollup); a drag zooms in, a double-click zooms out.
     */
    async function expectChartDraws(got: MetricsPage, labels: string[]) {
      const chart = page.getByTestId('traffic-chart');
      await chart.locator('canvas').waitFor({ timeout: 15_000 });
      const stepMs = got.step * 1000;
      const start = Math.floor(Date.parse(got.from) / stepMs) * stepMs;
      const want = (t: number) =>
        got.series.map((s) => {
          const inBucket = s.points.filter((p) => Math.floor((Date.parse(p.t) - start) / stepMs) === Math.floor((t - start) / stepMs));
          return inBucket.length ? inBucket.reduce((a, p) => a + p.conns, 0) : null;
        });
      // The pointer only hovers what is in the viewport: the chart sits below the fold.
      await chart.scrollIntoViewIfNeeded();
      const plot = chart.locator('.u-over');
      const box = (await plot.boundingBox())!;
      const seen: { t: number; values: (number | null)[] }[] = [];
      for (let k = 0; k <= 40; k++) {
        await page.mouse.move(box.x + (box.width * k) / 40, box.y + box.height / 2);
        const r = page.getByTestId('traffic-hover');
        const t = await r.getAttribute('data-t');
        if (t) seen.push({ t: Number(t), values: JSON.parse((await r.getAttribute('data-values'))!) });
      }
      expect(seen.length).toBeGreaterThan(10);
      for (const s of seen) expect(s.values, new Date(s.t).toISOString()).toEqual(want(s.t));
      expect(seen.some((s) => s.values.some((v) => (v ?? 0) > 0))).toBe(true);
      // Zoom: drag across the middle half, then double-click back out.
      await page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      await expect.poll(() => chart.getAttribute('data-zoomed')).toBe('true');
      await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => chart.getAttribute('data-zoomed')).toBe('false');
      await page.mouse.move(0, 0);
      const rows = await page.getByTestId('traffic-table').locator('tbody tr th').allTextContents();
      expect(rows.map((r) => r.trim())).toEqual(labels);
    }

    it('draws one line per virtual service from the stored minutes, the drill-down one per real server, with the numbers in the table', async () => {
      // The first minute with samples is stored at the first tick of the next minute.
      const deadline = Date.now() + 150_000;
      for (;;) {
        const r = await call(stack.apiUrl, 'GET', `/api/v1/clusters/${clusterId}/metrics?by=service`, { token });
        if (
          r.status === 200 &&
          r.body.series.length === SERVICES &&
          (r.body as MetricsPage).series.every((x) => x.points.some((p) => p.conns > 0))
        )
          break;
        if (Date.now() > deadline) throw new Error(`no rollups within 150 s: ${JSON.stringify(r.body).slice(0, 300)}`);
        await new Promise((res) => setTimeout(res, 2000));
      }
      const vip = lab.state.vips[0];
      const services = Array.from({ length: SERVICES }, (_, s) => `${vip}:${1000 + s}/TCP`);

      const answered = metricsResponse('service');
      await page.goto(`${stack.webUrl}/clusters/${clusterId}`);
      const perService = (await (await answered).json()) as MetricsPage;
      expect(perService.series.map((s) => s.service).sort()).toEqual(services);
      // The shim's counters: conns = 3 × (epoch second) + index for every real server, so every stored increment is a multiple of 3 (and of 3,000 for bytes).
      for (const p of perService.series.flatMap((s) => s.points)) {
        expect(p.conns % 3).toBe(0);
        expect(p.inBytes % 3000).toBe(0);
      }
      expect(perService.series.flatMap((s) => s.points).some((p) => p.conns > 0)).toBe(true);
      await expectChartDraws(
        perService,
        perService.series.map((s) => s.service),
      );
      await page.getByTestId('traffic').scrollIntoViewIfNeeded();
      await page.getByTestId('traffic').screenshot({ path: `${SHOTS}/traffic-services.png` });

      // Drill down: the real servers of the first service.
      const drilled = metricsResponse('realServer');
      await page.getByRole('button', { name: `Show the real servers of ${services[0]}` }).click();
      const perReal = (await (await drilled).json()) as MetricsPage;
      expect(perReal.series).toHaveLength(REALS);
      expect(perReal.series.every((s) => s.service === services[0])).toBe(true);
      await expectChartDraws(
        perReal,
        perReal.series.map((s) => s.realServer!),
      );
      // The real servers add up to their service, minute by minute.
      const sum = (s: Series[]) => s.flatMap((x) => x.points).reduce((a, p) => a + p.conns, 0);
      expect(sum(perReal.series)).toBe(sum(perService.series.filter((s) => s.service === services[0])));
      await page.getByTestId('traffic').screenshot({ path: `${SHOTS}/traffic-real-servers.png` });

      // And back.
      const back = metricsResponse('service');
      await page.getByRole('button', { name: 'all services' }).click();
      await expectChartDraws((await (await back).json()) as MetricsPage, services);
      expect(problems).toEqual([]);
    }, 240_000);
  },
);
