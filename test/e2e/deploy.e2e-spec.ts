import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login } from '../http';
import { startKeepalivedNetns, vrrpConfig, type KeepalivedNetns } from '../keepalived-netns';
import { IS_ROOT, startSshd, type TestSshd } from '../sshd';
import { launchBrowser, startStack, watchForErrors, type Stack, signIn, openTab } from './stack';

const SHOTS = 'test-results/screenshots';

/**
 * An operator's deployment in the browser, against real directors: OpenSSH on two loopback
 * addresses and two real keepalived processes (VRRP only — no IPVS in this kernel). Needs root.
 */
describe.skipIf(!IS_ROOT)('deploying from the dashboard in Chromium (real sshd + keepalived)', () => {
  let stack: Stack;
  let sshd: TestSshd;
  let lb1: KeepalivedNetns;
  let lb2: KeepalivedNetns;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;
  let page: Page;
  let problems: string[];
  let clusterId: string;
  let token: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    sshd = await startSshd({ listen: ['127.0.0.1', '127.0.0.2'] });
    const first = vrrpConfig({ routerId: 'lb', priority: 100, vip: '10.213.250.100/32', comment: 'hand-made' });
    lb1 = await startKeepalivedNetns(first);
    lb2 = await startKeepalivedNetns(first);
    stack = await startStack();
    const admin = await login(stack.webUrl, 'admin', stack.adminPassword);
    token = (await call(stack.webUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'setup', role: 'admin' } })).body.secret;
    await call(stack.webUrl, 'POST', '/api/v1/credentials', {
      token,
      body: { name: 'lab-key', kind: 'private_key', privateKey: sshd.privateKey, allowedAddresses: ['127.0.0.1', '127.0.0.2'] },
    });
    const c = await call(stack.webUrl, 'POST', '/api/v1/clusters', {
      token,
      body: {
        name: 'lab-pair',
        directors: [
          {
            name: 'lb1',
            address: '127.0.0.1',
            sshPort: sshd.port,
            sshUser: sshd.user,
            credential: 'lab-key',
            configPath: lb1.configPath,
            pidFile: lb1.pidFile,
          },
          {
            name: 'lb2',
            address: '127.0.0.2',
            sshPort: sshd.port,
            sshUser: sshd.user,
            credential: 'lab-key',
            configPath: lb2.configPath,
            pidFile: lb2.pidFile,
          },
        ],
        vrrpInstances: [
          {
            name: 'VI_WEB',
            interface: 'eth0',
            virtualRouterId: 51,
            members: [
              { director: 'lb1', priority: 150, state: 'MASTER' },
              { director: 'lb2', priority: 100 },
            ],
            vips: [{ address: '10.213.250.100/32' }],
          },
        ],
        virtualServices: [
          {
            vip: '10.213.250.100',
            port: 80,
            realServers: [
              { address: '10.213.250.21', port: 80, weight: 5 },
              { address: '10.213.250.22', port: 80, weight: 5 },
            ],
          },
        ],
      },
    });
    expect(c.status).toBe(201);
    clusterId = c.body.id;
    ({ browser, close: closeBrowser } = await launchBrowser());
    page = await browser.newPage();
    page.on('dialog', (d) => void d.accept());
    problems = watchForErrors(page, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
    await signIn(page, stack);
  });
  afterAll(async () => {
    await closeBrowser?.();
    await stack?.stop();
    await lb1?.stop();
    await lb2?.stop();
    await sshd?.stop();
  });

  it('accepts each director host key after showing it', async () => {
    await page.goto(`${stack.webUrl}/clusters/${clusterId}/configuration`);
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'Check host key' }).first().click();
      await expect.poll(() => page.getByText(sshd.fingerprint).count(), { timeout: 15_000 }).toBeGreaterThan(i);
      await page.getByRole('button', { name: 'Accept this key' }).first().click();
      // pinning reads the director's key again over SSH: seconds on a busy machine
      await expect.poll(() => page.getByText('pinned').count(), { timeout: 15_000 }).toBe(i + 1);
    }
    // the live panel follows at the next probe: no director waits for its key any more
    await openTab(page, 'Live');
    await page.getByTestId('director-lb1').waitFor();
    await expect.poll(() => page.getByText(/host key not accepted yet/).count(), { timeout: 5000 }).toBe(0);
  });

  it('shows the plan as a per-director diff', async () => {
    await openTab(page, 'Deploy');
    await page.getByRole('button', { name: 'Show plan' }).click();
    await expect.poll(() => page.getByTestId('plan').textContent(), { timeout: 30_000 }).toMatch(/lb1.*changes[\s\S]*\+\s*router_id lb1/);
    await page.screenshot({ path: `${SHOTS}/plan.png`, fullPage: true });
  });

  it('deploys with live per-step progress, BACKUP first, and the directors hold the new files', async () => {
    await page.getByLabel('Revision message').fill('first push from the browser');
    await page.getByRole('button', { name: 'Deploy', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('live-progress').textContent(), { timeout: 60_000 })
      .toMatch(/lb2: verify ok[\s\S]*lb1: verify ok/);
    // the progress table: one row per director in rolling order, each step with its time, then the outcome
    await expect
      .poll(() => page.getByTestId('deploy-progress').locator('tbody tr').allTextContents(), { timeout: 30_000 })
      .toEqual([
        expect.stringMatching(/^lb2connect \d+ ms.*config-test \d+ ms.*verify \d+ mssucceeded$/),
        expect.stringMatching(/^lb1connect \d+ ms.*verify \d+ mssucceeded$/),
      ]);
    await expect.poll(() => page.locator('table').last().textContent(), { timeout: 30_000 }).toMatch(/#1/);
    const deployPanel = page.locator('section', { has: page.getByRole('heading', { name: 'Deployments', exact: true }) });
    await expect.poll(async () => (await deployPanel.textContent()) ?? '', { timeout: 30_000 }).toMatch(/succeeded/);
    expect(readFileSync(lb1.configPath, 'utf8')).toContain('router_id lb1');
    expect(readFileSync(lb2.configPath, 'utf8')).toContain('router_id lb2');
    // the message typed is the revision's, shown in the history
    await openTab(page, 'History');
    await expect
      .poll(() => page.locator('section', { has: page.getByRole('heading', { name: 'History', exact: true }) }).textContent(), {
        timeout: 10_000,
      })
      .toContain('first push from the browser');
    await page.screenshot({ path: `${SHOTS}/deployed.png`, fullPage: true });
  });

  it('drains a real server, deploys it, and rolls back to revision 1 from the history', async () => {
    await openTab(page, 'Live');
    await page.getByRole('button', { name: 'Drain' }).first().click();
    // the answer (applied now, or at the next deployment) is a toast: the change is stored once it shows
    await expect.poll(() => page.getByTestId('toast').first().textContent(), { timeout: 60_000 }).toMatch(/10\.213\.250\.2\d:80 drained/);
    await openTab(page, 'Deploy');
    await page.getByRole('button', { name: 'Deploy', exact: true }).click();
    // revision 2 carries the drain; a drained real server keeps its weight in the file and is set to 0 through the
    // console's track file (runtime controls, docs/runtime.md), so the file shows the FILE_CHECK that reads it
    await expect
      .poll(() => readFileSync(lb1.configPath, 'utf8'), { timeout: 60_000 })
      .toMatch(/revision 2[\s\S]*real_server 10\.213\.250\.21 80 \{\n\s+weight 5\n\s+FILE_CHECK \{\n\s+track_file lvs_console_rs_/);
    const stored = (await call(stack.webUrl, 'GET', `/api/v1/clusters/${clusterId}/spec`, { token })).body;
    expect(stored.virtualServices[0].realServers[0]).toMatchObject({ address: '10.213.250.21', adminState: 'drained' });
    await openTab(page, 'History');
    const deploymentsBefore = (await call(stack.webUrl, 'GET', `/api/v1/clusters/${clusterId}/deployments?limit=1`, { token })).body.total;
    await page.getByRole('button', { name: 'Roll back to #1' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Roll back and deploy #1' }).click();
    await expect
      .poll(() => readFileSync(lb1.configPath, 'utf8'), { timeout: 60_000 })
      .toMatch(/real_server 10\.213\.250\.21 80 \{\n\s+weight 5/);
    // The rollback deployment (one more deployment) has ended and succeeded — the file above matches
    // revision 2's line too — so the drift check below compares the directors with revision 1's files.
    await expect
      .poll(
        async () => {
          const list = (await call(stack.webUrl, 'GET', `/api/v1/clusters/${clusterId}/deployments?limit=1`, { token })).body;
          return `${list.total - deploymentsBefore} ${list.items[0]?.status}`;
        },
        { timeout: 90_000 },
      )
      .toBe('1 succeeded');
    await page.reload();
    await expect.poll(() => page.locator('body').textContent(), { timeout: 30_000 }).toMatch(/Rollback to revision 1/);
    await page.screenshot({ path: `${SHOTS}/history.png`, fullPage: true });
  });

  it('checks drift: a file edited by hand on a director is shown, and why the IPVS table is not compared here', async () => {
    await openTab(page, 'Deploy');
    writeFileSync(lb2.configPath, `${readFileSync(lb2.configPath, 'utf8')}# edited by hand\n`);
    await page.getByRole('button', { name: 'Check drift' }).click();
    const drift = page.getByTestId('drift');
    await expect.poll(() => drift.textContent(), { timeout: 30_000 }).toMatch(/lb1as deployed[\s\S]*lb2edited on the director/);
    // this kernel has no IPVS: the note says so instead of a verdict
    expect(await drift.textContent()).toMatch(/live IPVS table not compared: /);
    await page.screenshot({ path: `${SHOTS}/drift.png`, fullPage: true });
  });

  it('shows reload hazards in the plan: a real server removed without draining', async () => {
    const spec = await call(stack.webUrl, 'GET', `/api/v1/clusters/${clusterId}/spec`, { token });
    spec.body.virtualServices[0].realServers.pop();
    expect((await call(stack.webUrl, 'PUT', `/api/v1/clusters/${clusterId}/spec`, { token, body: spec.body })).status).toBe(200);
    await page.reload();
    await page.getByRole('button', { name: 'Show plan' }).click();
    await expect
      .poll(() => page.getByTestId('hazards').textContent(), { timeout: 30_000 })
      .toMatch(/real-server-removed.*10\.213\.250\.22:80 leaves .* without being drained/);
  });

  it('had no console errors, page errors, failed requests or unexpected error responses', () => {
    expect(problems).toEqual([]);
  });
});
