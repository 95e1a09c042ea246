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
/** The chart's inner box (traffic-charts.tsx: 640 × 160 less its padding). */
const IW = 640 - 52 - 8;
const IH = 160 - 8 - 22;

interface Series { service: string; realServer?: string; points: { t: string; conns: number; inBytes: number }[] }
interface MetricsPage { from: string; to: string; step: number; total: number; series: Series[] }

/** Every point of an SVG path (`M x y L x y …`), as "x y". */
const pathPoints = (d: string) => [...d.matchAll(/[ML]([\d.]+) ([\d.-]+)/g)].map((m) => `${Number(m[1])} ${Number(m[2])}`);
/** 1, 2 or 5 × a power of ten at or above v (the chart's axis maximum). */
const niceMax = (v: number) => {
  const e = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * e).find((x) => x >= v)!;
};

/**
 * The traffic charts in Chromium with real history: the netns lab's directors (real sshd) whose
 * `ipvsadm` is the benches' shim printing 2 services × 3 real servers with counters growing each
 * second, registered in the console as it is started for users. The API's own telemetry probes
 * them, rolls the counters up per minute into PostgreSQL, and the page draws GET …/metrics. Needs
 * root; waits for the first minute to be stored (up to ~70 s).
 */
describe.skipIf(!CAN_RUN_LAB)(`traffic charts with real rollups in Chromium (netns lab)${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`, () => {
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
    clusterId = (await register({ ...lab.state, clusterSpec: { ...bigLabSpec(lab.state, SERVICES, REALS), name: 'charts' } }, { url: stack.apiUrl, token })).clusterId;
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
  const metricsResponse = (by: 'service' | 'realServer') => page.waitForResponse((r: Response) => r.url().includes(`/clusters/${clusterId}/metrics?`) && r.url().includes(`by=${by}`), { timeout: 20_000 });

  /** Checks the chart against the series the page received: one path per series, each point's height from its value. */
  async function expectChartDraws(got: MetricsPage, labels: string[]) {
    const chart = page.getByTestId('traffic-chart');
    await chart.waitFor({ timeout: 15_000 });
    const ds = await chart.locator('path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
    // A point with no neighbour draws no line: the chart marks it with a dot beside its path.
    const dots = await chart.locator('path').evaluateAll((ps) => ps.map((p) => p.parentElement?.querySelectorAll('circle').length ?? 0));
    expect(ds).toHaveLength(got.series.length);
    // Buckets of `step` seconds from `from` (aligned down) to `to`, spread over the box's width;
    // each point's height is its value over the axis maximum.
    const stepMs = got.step * 1000;
    const start = Math.floor(Date.parse(got.from) / stepMs) * stepMs;
    const n = Math.ceil((Date.parse(got.to) - start) / stepMs);
    const max = niceMax(Math.max(...got.series.flatMap((s) => s.points.map((p) => p.conns))));
    got.series.forEach((s, i) => {
      const want = s.points.map((p) => `${Number((Math.floor((Date.parse(p.t) - start) / stepMs) * (IW / (n - 1))).toFixed(1))} ${Number((IH - (p.conns / max) * IH).toFixed(1))}`);
      expect(pathPoints(ds[i]).sort()).toEqual(want.sort());
      const at = new Set(s.points.map((p) => Math.floor((Date.parse(p.t) - start) / stepMs)));
      expect(dots[i]).toBe([...at].filter((b) => !at.has(b - 1) && !at.has(b + 1)).length);
    });
    const rows = await page.getByTestId('traffic-table').locator('tbody tr th').allTextContents();
    expect(rows.map((r) => r.trim())).toEqual(labels);
  }

  it('draws one line per virtual service from the stored minutes, the drill-down one per real server, with the numbers in the table', async () => {
    // The first minute with samples is stored at the first tick of the next minute.
    const deadline = Date.now() + 150_000;
    for (;;) {
      const r = await call(stack.apiUrl, 'GET', `/api/v1/clusters/${clusterId}/metrics?by=service`, { token });
      if (r.status === 200 && r.body.series.length === SERVICES && (r.body as MetricsPage).series.every((x) => x.points.some((p) => p.conns > 0))) break;
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
    await expectChartDraws(perService, perService.series.map((s) => s.service));
    await page.getByTestId('traffic').scrollIntoViewIfNeeded();
    await page.getByTestId('traffic').screenshot({ path: `${SHOTS}/traffic-services.png` });

    // Drill down: the real servers of the first service.
    const drilled = metricsResponse('realServer');
    await page.getByRole('button', { name: `Show the real servers of ${services[0]}` }).click();
    const perReal = (await (await drilled).json()) as MetricsPage;
    expect(perReal.series).toHaveLength(REALS);
    expect(perReal.series.every((s) => s.service === services[0])).toBe(true);
    await expectChartDraws(perReal, perReal.series.map((s) => s.realServer!));
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
});
