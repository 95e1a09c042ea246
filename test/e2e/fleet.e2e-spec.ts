import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login, type Json } from '../http';
import { IS_ROOT, startSshd, type TestSshd } from '../sshd';
import { launchBrowser, signIn, startStack, watchForErrors, type Stack } from './stack';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = 'test-results/screenshots';
const VIEWER = { user: 'fleet-reader', password: 'Reading-Passphrase-5531' };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical WCAG 2.1 A/AA violations of the page as axe-core finds them (as a11y.e2e-spec does). */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Fleet safety in the dashboard (issue 19), in Chromium against the real stack and a real sshd
 * standing in for the directors and a real server: the Timeline tab with its filters in the address
 * and a shared link, the fleet's lint across clusters with links to them, a what-if answer (the header's dialog),
 * a director's capabilities as a real contact recorded them (Refresh disabled for a viewer), and a
 * real server's checks run over SSH. Zero console errors or failed requests; axe-clean and
 * screenshotted in both themes at 1280×800.
 */
describe.skipIf(!IS_ROOT)('fleet safety in the dashboard (Chromium, real API, real sshd)', () => {
  let stack: Stack;
  let sshd: TestSshd;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;
  let page: Page;
  let problems: string[];
  let token: string;
  const ids: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  const api = (method: string, path: string, body?: unknown) => call(stack.webUrl, method, `/api/v1${path}`, { token, body });

  async function cluster(key: keyof typeof ids, spec: Json): Promise<void> {
    const r = await api('POST', '/clusters', spec);
    expect(r.status, r.text).toBe(201);
    ids[key] = r.body.id;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // 127.0.0.1 and .2 are the directors of fleet-a, 127.0.0.3 one of its real servers
    sshd = await startSshd({ listen: ['127.0.0.1', '127.0.0.2', '127.0.0.3'] });
    stack = await startStack();
    const admin = await login(stack.webUrl, 'admin', stack.adminPassword);
    token = (await call(stack.webUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'fleet', role: 'admin' } })).body.secret;
    expect((await api('POST', '/users', { username: VIEWER.user, password: VIEWER.password, role: 'viewer' })).status).toBe(201);
    const cred = await api('POST', '/credentials', {
      name: 'lab-key',
      kind: 'private_key',
      privateKey: sshd.privateKey,
      allowedAddresses: ['127.0.0.1', '127.0.0.2', '127.0.0.3'],
    });
    expect(cred.status, cred.text).toBe(201);
    const director = (name: string, address: string) => ({
      name,
      address,
      sshPort: sshd.port,
      sshUser: sshd.user,
      credential: 'lab-key',
    });
    await cluster('a', {
      name: 'fleet-a',
      directors: [director('lb1', '127.0.0.1'), director('lb2', '127.0.0.2')],
      vrrpInstances: [
        {
          name: 'VI_A',
          interface: 'eth0',
          virtualRouterId: 51,
          members: [
            { director: 'lb1', priority: 150, state: 'MASTER' },
            { director: 'lb2', priority: 100 },
          ],
          vips: [{ address: '10.213.79.100/32' }],
        },
      ],
      virtualServices: [
        {
          vip: '10.213.79.100',
          port: 80,
          forwarding: 'DR',
          realServers: [
            { address: '127.0.0.3', port: 80 },
            { address: '10.213.79.22', port: 80 },
          ],
        },
      ],
    });
    for (const d of ['lb1', 'lb2']) {
      const pin = await api('PUT', `/clusters/${ids.a}/host-keys/${d}`, { fingerprint: sshd.fingerprint });
      expect(pin.status, pin.text).toBe(200);
    }
    // The same VRID on the same host and interface as fleet-a: a vrid_reused error across clusters.
    await cluster('b', {
      name: 'fleet-b',
      directors: [{ name: 'lb1', address: '127.0.0.1', sshPort: 1 }],
      vrrpInstances: [
        {
          name: 'VI_B',
          interface: 'eth0',
          virtualRouterId: 51,
          members: [{ director: 'lb1', priority: 100 }],
          vips: [{ address: '10.213.80.100/32' }],
        },
      ],
    });
    // A director on a port nothing listens on: its deployment fails (a critical event on the timeline).
    await cluster('c', {
      name: 'fleet-c',
      directors: [{ name: 'lc1', address: '127.0.0.4', sshPort: 1 }],
      vrrpInstances: [
        {
          name: 'VI_C',
          interface: 'eth0',
          virtualRouterId: 77,
          members: [{ director: 'lc1', priority: 100 }],
          vips: [{ address: '10.213.81.100/32' }],
        },
      ],
    });
    const d = await call(stack.webUrl, 'POST', `/api/v1/clusters/${ids.c}/deployments`, {
      token,
      body: { message: 'to a director that is not there' },
      headers: { 'idempotency-key': crypto.randomUUID() },
    });
    expect(d.status, d.text).toBe(202);
    // expect.poll is for tests only: wait here for the runner to record the failure (no time asserted)
    for (let i = 0; ; i++) {
      const kinds = (await api('GET', `/clusters/${ids.c}/events?kind=deployment.`)).body.items.map((e: Json) => e.kind);
      if (kinds.includes('deployment.failed')) break;
      if (i > 240) throw new Error(`fleet-c's deployment did not fail: ${kinds.join(', ')}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    // A real contact records lb1's capabilities (keepalived -v, kernel, interfaces over SSH).
    const caps = await api('POST', `/clusters/${ids.a}/directors/lb1/capabilities/refresh`);
    expect(caps.status, caps.text).toBe(200);
    // SSH access to the real server 127.0.0.3, its host key accepted: its checks run for real.
    const vs = (await api('GET', `/clusters/${ids.a}/virtual-services`)).body.items[0];
    const rs = (await api('GET', `/clusters/${ids.a}/virtual-services/${vs.id}/real-servers`)).body.items.find(
      (r: Json) => r.address === '127.0.0.3',
    );
    const base = `/clusters/${ids.a}/virtual-services/${vs.id}/real-servers/${rs.id}/access`;
    const access = await api('PUT', base, { sshUser: sshd.user, sshPort: sshd.port, credential: 'lab-key' });
    expect(access.status, access.text).toBe(200);
    const hk = await call(stack.webUrl, 'PUT', `/api/v1${base}/host-key`, {
      token,
      body: { fingerprint: sshd.fingerprint },
      headers: { 'if-match': `W/"${access.body.version}"` },
    });
    expect(hk.status, hk.text).toBe(200);

    ({ browser, close: closeBrowser } = await launchBrowser());
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Expected: who-am-I while signed out, and the what-if asked below about a director that does not exist.
    problems = watchForErrors(
      page,
      (url, status) =>
        (status === 401 && url.endsWith('/api/v1/auth/me')) || (status === 422 && url.includes('/what-if?fail=director%3Anope')),
    );
    await signIn(page, stack);
  }, 180_000);
  afterAll(async () => {
    await closeBrowser?.();
    await stack?.stop();
    await sshd?.stop();
  });

  it("the Timeline tab lists a cluster's events newest first, filters them in the address, and a shared link opens the same view", async () => {
    await page.goto(`${stack.webUrl}/clusters/${ids.c}/timeline`);
    const rows = page.getByTestId('timeline').locator('tbody tr');
    const all = (await api('GET', `/clusters/${ids.c}/events`)).body;
    await expect.poll(() => page.getByTestId('timeline-count').textContent(), { timeout: 15_000 }).toBe(`${all.total} events`);
    expect(await rows.count()).toBe(all.items.length);
    // newest first, as the API answered
    expect(await rows.locator('td:nth-child(3)').allTextContents()).toEqual(all.items.map((e: Json) => e.kind));
    expect(all.items.map((e: Json) => e.kind)).toEqual(expect.arrayContaining(['deployment.failed', 'topology.changed']));
    // the chart's time axis marks each loaded event, coloured by its severity, and says what it is
    const marks = page.getByTestId('timeline-mark');
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(all.items.length);
    const labels = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    for (const e of all.items) expect(labels.some((l) => l.includes(`${e.severity} · ${e.kind}: ${e.summary}`))).toBe(true);
    // no IPVS behind these directors: no traffic, and the chart says so
    await expect.poll(() => page.getByTestId('timeline-chart').textContent()).toMatch(/no traffic recorded in this span/);

    // only critical: the failed deployment, not the topology edits
    await page.getByRole('checkbox', { name: 'critical' }).check();
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?severity=critical');
    const critical = (await api('GET', `/clusters/${ids.c}/events?severity=critical`)).body;
    expect(critical.items.length).toBeGreaterThan(0);
    expect(critical.items.length).toBeLessThan(all.items.length);
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(critical.items.length);
    expect(new Set(await rows.locator('td:nth-child(2)').allTextContents())).toEqual(new Set(['critical']));
    expect((await rows.first().textContent()) ?? '').toMatch(/deployment\.failed.*deployment of revision 1 failed/);

    // a kind group: deployments only; and a kind with nothing in it shows the filtered empty state
    await page.getByLabel('Kind').selectOption('deployment.');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?kind=deployment.&severity=critical');
    await page.getByLabel('Kind').selectOption('drift.');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect.poll(() => page.getByTestId('timeline-empty').textContent()).toMatch(/No events match these filters/);
    await page.getByLabel('Kind').selectOption('deployment.');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(critical.items.length);
    await page.screenshot({ path: `${SHOTS}/timeline-filtered.png` });

    // the link, opened by someone else in another browser, shows the same filters and rows
    const link = page.url();
    const other = await launchBrowser();
    try {
      const p = await other.browser.newPage({ viewport: { width: 1280, height: 800 } });
      const seen = watchForErrors(p, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
      await p.goto(link);
      await p.waitForURL(/\/login\?returnTo=/);
      await p.getByLabel('User name').fill(VIEWER.user);
      await p.getByLabel('Password').fill(VIEWER.password);
      await p.keyboard.press('Enter');
      await p.waitForURL(link);
      await expect.poll(() => p.getByTestId('timeline').locator('tbody tr').count(), { timeout: 15_000 }).toBe(critical.items.length);
      expect(await p.getByLabel('Kind').inputValue()).toBe('deployment.');
      expect(await p.getByRole('checkbox', { name: 'critical' }).isChecked()).toBe(true);
      expect(await p.getByRole('checkbox', { name: 'info' }).isChecked()).toBe(false);
      expect(seen).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('with a From older than the loaded rows the chart marks every event of the span, and a mark whose row is not loaded loads it', async () => {
    const d = await api('POST', '/clusters', {
      name: 'fleet-d',
      directors: [{ name: 'ld1', address: '127.0.0.5', sshPort: 1 }],
      vrrpInstances: [
        {
          name: 'VI_D',
          interface: 'eth0',
          virtualRouterId: 78,
          members: [{ director: 'ld1', priority: 100 }],
          vips: [{ address: '10.213.82.100/32' }],
        },
      ],
    });
    expect(d.status, d.text).toBe(201);
    // 60 edits: 60 more events than the list's first page (50) holds
    for (let i = 0; i < 60; i++) {
      const spec = (await api('GET', `/clusters/${d.body.id}/spec`)).body;
      spec.vrrpInstances[0].members[0].priority = 101 + i;
      const r = await api('PUT', `/clusters/${d.body.id}/spec`, spec);
      expect(r.status, r.text).toBe(200);
    }
    const all = (await api('GET', `/clusters/${d.body.id}/events?limit=500`)).body;
    expect(all.total).toBeGreaterThan(60);
    expect(all.items).toHaveLength(all.total);
    const oldest = all.items.at(-1);
    const from = new Date(Date.parse(oldest.at) - 60_000).toISOString();
    await page.goto(`${stack.webUrl}/clusters/${d.body.id}/timeline?from=${encodeURIComponent(from)}`);
    await expect
      .poll(() => page.getByTestId('timeline-count').textContent(), { timeout: 15_000 })
      .toBe(`Showing the newest 50 of ${all.total} events`);
    // every event of the span is marked, not just the 50 rows loaded
    const marks = page.getByTestId('timeline-mark');
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(all.total);
    expect(new Set(await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-key'))))).toEqual(
      new Set(all.items.map((e: Json) => e.id)),
    );
    await expect(page.getByTestId('timeline-marks-note').count()).resolves.toBe(0);
    // the oldest event's row is not loaded; its mark (keyboard: marks of a burst stack up) loads older rows until it is, and picks it
    const row = page.locator(`#tl-event-${oldest.id}`);
    expect(await row.count()).toBe(0);
    await page.locator(`[data-testid="timeline-mark"][data-key="${oldest.id}"]`).press('Enter');
    await expect.poll(() => row.getAttribute('data-picked'), { timeout: 15_000 }).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`tl-event-${oldest.id}`);
    expect(await page.getByTestId('timeline').locator('tbody tr').count()).toBe(all.total);
    await page.screenshot({ path: `${SHOTS}/timeline-marks-span.png` });
  }, 120_000);

  it('the fleet page lists the lint findings across clusters, filters them in the address, and links to the clusters', async () => {
    const lint = (await api('GET', '/fleet/lint')).body;
    const reused = lint.findings.filter((f: Json) => f.code === 'vrid_reused');
    // both sides of the clash, each naming the other cluster
    expect(reused.map((f: Json) => `${f.cluster}:${f.severity}:${f.related?.cluster}`).sort()).toEqual([
      'fleet-a:error:fleet-b',
      'fleet-b:error:fleet-a',
    ]);
    await page.goto(`${stack.webUrl}/fleet`);
    const table = page.getByTestId('fleet-findings');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 15_000 }).toBe(lint.findings.length);
    const summary = page.getByTestId('fleet-clusters');
    expect(await summary.getByRole('row', { name: /fleet-a/ }).textContent()).toMatch(/error/);
    expect(await summary.getByRole('row', { name: /fleet-c/ }).textContent()).toMatch(/clean/);

    await page.getByLabel('Code').selectOption('vrid_reused');
    await expect.poll(() => new URL(page.url()).search).toBe('?code=vrid_reused');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    expect(await table.textContent()).toMatch(/virtual_router_id 51/);
    await page.getByLabel('Severity').selectOption('warning');
    await expect.poll(() => page.getByTestId('fleet-empty').textContent()).toMatch(/No findings match these filters/);
    await page.getByLabel('Severity').selectOption('error');
    await expect.poll(() => new URL(page.url()).search).toBe('?severity=error&code=vrid_reused');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    await page.screenshot({ path: `${SHOTS}/fleet-filtered.png` });

    // a reload of the link keeps the view; the finding's cluster link opens that cluster
    await page.reload();
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 15_000 }).toBe(2);
    expect(await page.getByLabel('Code').inputValue()).toBe('vrid_reused');
    await table.locator('tbody tr td:nth-child(3)').getByRole('link', { name: 'fleet-b', exact: true }).click();
    await page.waitForURL(`${stack.webUrl}/clusters/${ids.b}/configuration`);
    await page.getByRole('heading', { name: 'fleet-b' }).waitFor();
  });

  it('the header\'s "What if… fails?" answers "what if a real server fails": what its service keeps, as the API computes it', async () => {
    const fail = 'real-server:10.213.79.22:80';
    const want = (await api('GET', `/clusters/${ids.a}/what-if?fail=${encodeURIComponent(fail)}`)).body;
    const svc = want.services[0];
    expect(svc, JSON.stringify(want)).toMatchObject({ service: '10.213.79.100:80/TCP', lost: ['10.213.79.22:80'] });
    expect(svc.realServers.total).toBe(2);
    await page.goto(`${stack.webUrl}/clusters/${ids.a}/deploy`);
    await page.getByTestId('what-if-open').click();
    await page.getByRole('dialog', { name: 'What if… fails?' }).waitFor();
    await page.getByLabel('What fails').fill(fail);
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('whatIf')).toBe(fail);
    const answer = page.getByTestId('what-if-answer');
    await expect.poll(() => answer.textContent(), { timeout: 15_000 }).toContain(`${svc.realServers.after} of 2`);
    const text = (await answer.textContent()) ?? '';
    expect(text).toContain('loses 10.213.79.22:80');
    expect(text).toContain(`${svc.weight.before} → ${svc.weight.after}`);
    expect(text).toContain(svc.belowQuorumAfter ? `below quorum ${svc.quorum}` : `kept (${svc.quorum})`);
    for (const line of want.summary) expect(text).toContain(line);
    expect(text).toContain(want.live ? 'From the spec and the live state' : 'From the spec alone');
    // something the cluster does not have: the API's 422 (naming query.fail) is shown, not an answer
    await page.getByLabel('What fails').fill('director:nope');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await expect.poll(() => page.getByTestId('what-if').getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/fail/);
    expect(await answer.count()).toBe(0);
  });

  it("the Configuration tab shows a director's recorded capabilities and a real server's checks run over SSH", async () => {
    const caps = (await api('GET', `/clusters/${ids.a}/directors/lb1/capabilities`)).body;
    expect(caps).toMatchObject({ source: 'refresh', capabilities: { keepalived: { version: expect.any(String) } } });
    await page.goto(`${stack.webUrl}/clusters/${ids.a}/configuration`);
    const lb1 = page.getByTestId('capabilities-lb1');
    await expect.poll(() => lb1.textContent(), { timeout: 15_000 }).toContain(`keepalived ${caps.capabilities.keepalived.version}`);
    expect(await lb1.textContent()).toMatch(/by a refresh/);
    await expect.poll(() => page.getByTestId('capabilities-lb2').textContent()).toMatch(/Not read yet/);
    // an operator's Refresh reads lb2 over SSH now
    await page.getByRole('button', { name: 'Refresh the capabilities of lb2' }).click();
    await expect
      .poll(() => page.getByTestId('capabilities-lb2').textContent(), { timeout: 30_000 })
      .toContain(`keepalived ${caps.capabilities.keepalived.version}`);

    // the real server's checks, run over SSH on 127.0.0.3 (this host holds no VIP on lo: DR fails, with the fix)
    await page.getByRole('button', { name: 'Show the checks of real server 127.0.0.3:80 of 10.213.79.100:80/TCP' }).click();
    const checks = page.getByTestId('rs-checks-127.0.0.3:80');
    await expect.poll(() => checks.textContent(), { timeout: 30_000 }).toMatch(/^fail/);
    expect(await checks.textContent()).toContain('ip addr add 10.213.79.100/32 dev lo');
    expect(await checks.getByRole('link', { name: 'Download the prep script' }).getAttribute('href')).toMatch(/\/prep-script$/);
    // without access: unchecked, and why
    await page.getByRole('button', { name: 'Show the checks of real server 10.213.79.22:80 of 10.213.79.100:80/TCP' }).click();
    await expect.poll(() => page.getByTestId('rs-checks-10.213.79.22:80').textContent(), { timeout: 15_000 }).toMatch(/^unchecked/);
    await page.screenshot({ path: `${SHOTS}/configuration-capabilities-checks.png`, fullPage: true });
  });

  it('a viewer reads the capabilities but cannot refresh them: the button is disabled with the reason', async () => {
    const other = await launchBrowser();
    try {
      const p = await other.browser.newPage({ viewport: { width: 1280, height: 800 } });
      const seen = watchForErrors(p, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
      await signIn(p, stack, VIEWER.user, VIEWER.password);
      await p.goto(`${stack.webUrl}/clusters/${ids.a}/configuration`);
      await expect.poll(() => p.getByTestId('capabilities-lb1').textContent(), { timeout: 15_000 }).toMatch(/keepalived \d/);
      const refresh = p.getByRole('button', { name: 'Refresh the capabilities of lb1' });
      expect(await refresh.isDisabled()).toBe(true);
      expect(await refresh.getAttribute('title')).toBe('Needs the operator role');
      expect(await p.getByTestId('capabilities-lb1').textContent()).toContain('Needs the operator role');
      expect(seen).toEqual([]);
    } finally {
      await other.close();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`the new views are axe-clean in the ${theme} theme (screenshots at 1280×800)`, async () => {
      await page.emulateMedia({ colorScheme: theme });
      await page.evaluate((t) => localStorage.setItem('lvs-theme', t), theme);
      const views: [string, string, () => Promise<unknown>][] = [
        [`/clusters/${ids.c}/timeline`, 'timeline', () => page.getByTestId('timeline').waitFor()],
        ['/fleet', 'fleet', () => page.getByTestId('fleet-findings').waitFor()],
        [
          `/clusters/${ids.a}/deploy?whatIf=real-server:10.213.79.22:80`,
          'what-if-dialog',
          () => page.getByTestId('what-if-answer').waitFor(),
        ],
        [
          `/clusters/${ids.a}/configuration`,
          'configuration-caps',
          async () => {
            await page
              .getByTestId('capabilities-lb1')
              .getByText(/keepalived \d/)
              .waitFor();
            await page.getByRole('button', { name: 'Show the checks of real server 127.0.0.3:80 of 10.213.79.100:80/TCP' }).click();
            await page.getByTestId('rs-checks-127.0.0.3:80').getByText('Check again').waitFor({ timeout: 30_000 });
          },
        ],
      ];
      for (const [path, name, ready] of views) {
        await page.goto(`${stack.webUrl}${path}`);
        await ready();
        expect(await page.evaluate(() => document.documentElement.dataset.theme ?? '')).toBe(theme);
        expect(await violations(page), `${name} (${theme})`).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/${name}-${theme}.png` });
      }
    });
  }

  it('saw no console error and no failed request', () => {
    expect(problems).toEqual([]);
  });
});
