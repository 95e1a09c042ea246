import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login, type Json } from '../http';
import { startKeepalivedNetns, vrrpConfig, type KeepalivedNetns } from '../keepalived-netns';
import { IS_ROOT, startSshd, type TestSshd } from '../sshd';
import { launchBrowser, startStack, watchForErrors, type Stack, signIn as signInAs, openTab } from './stack';

const SHOTS = 'test-results/screenshots';
const VIP = '10.213.250.100';
const SERVICE = `${VIP}:80/TCP`;
const REAL = '10.213.250.21:80';

/**
 * Building a cluster in the browser with the editors, from the empty overview to a deployed
 * director and a plan that shows an edited weight. The director is real: OpenSSH on 127.0.0.1 and
 * a keepalived (VRRP only) in a network namespace, as in deploy.e2e-spec.ts. Needs root.
 */
describe.skipIf(!IS_ROOT)('editing the topology in Chromium (real API, real sshd + keepalived)', () => {
  let stack: Stack;
  let sshd: TestSshd;
  let lb1: KeepalivedNetns;
  let chromium: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let problems: string[];
  let token: string;
  let clusterId: string;
  /** Every write the page sends to the API (`POST /api/v1/...`), in order. */
  const writes: string[] = [];
  /** Every script the page loads, and whether it carries zod (the editors' rules). */
  const scripts: Promise<boolean>[] = [];
  const zodLoaded = async () => (await Promise.all(scripts)).some(Boolean);

  const dialog = () => page.getByRole('dialog');
  const field = (label: string) => dialog().getByLabel(label, { exact: true });
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  /** Runs `act` and answers the API writes the page sent meanwhile. */
  async function writesDuring(act: () => Promise<void>): Promise<string[]> {
    const from = writes.length;
    await act();
    return writes.slice(from);
  }
  const errorOf = async (input: Locator) => {
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    const id = describedBy.split(' ').find((x) => x.endsWith('-error'));
    return id ? page.locator(`[id="${id}"]`).textContent() : null;
  };
  const signIn = (p: Page, user: string, password: string) => signInAs(p, stack, user, password);
  const focusedLabel = () =>
    page.evaluate(
      () => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? document.activeElement?.textContent ?? null,
    );

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    sshd = await startSshd({ listen: ['127.0.0.1'] });
    lb1 = await startKeepalivedNetns(vrrpConfig({ routerId: 'lb', priority: 100, vip: `${VIP}/32`, comment: 'hand-made' }));
    stack = await startStack();
    const admin = await login(stack.webUrl, 'admin', stack.adminPassword);
    token = (await call(stack.webUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'setup', role: 'admin' } })).body.secret;
    expect(
      (
        await call(stack.webUrl, 'POST', '/api/v1/credentials', {
          token,
          body: { name: 'lab-key', kind: 'private_key', privateKey: sshd.privateKey, allowedAddresses: ['127.0.0.1'] },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call(stack.webUrl, 'POST', '/api/v1/users', {
          token,
          body: { username: 'watcher', password: 'viewer-passphrase-e2e', role: 'viewer' },
        })
      ).status,
    ).toBe(201);
    chromium = await launchBrowser();
    page = await chromium.browser.newPage();
    page.on('response', (r) => {
      if (r.url().includes('/_next/static/') && r.url().endsWith('.js'))
        scripts.push(
          r.text().then(
            (t) => t.includes('ZodError'),
            () => false,
          ),
        );
    });
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/') && r.method() !== 'GET') writes.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    // Expected refusals, each provoked below: who-am-I before signing in, a taken cluster name (409), a stale If-Match (412).
    problems = watchForErrors(
      page,
      (url, status) =>
        (status === 401 && url.endsWith('/api/v1/auth/me')) ||
        (status === 409 && /\/api\/v1\/clusters(\/[^/]+)?$/.test(url)) ||
        (status === 412 && url.includes('/real-servers/')),
    );
    await signIn(page, 'admin', stack.adminPassword);
  });
  afterAll(async () => {
    await chromium?.close();
    await stack?.stop();
    await lb1?.stop();
    await sshd?.stop();
  });

  it('creates the first cluster from the empty state, and maps a taken name (409) onto the name field', async () => {
    await expect
      .poll(() => page.getByTestId('empty-state').textContent())
      .toMatch(/No clusters yet[\s\S]*Import your keepalived\.conf[\s\S]*npm run lab -- up --register/);
    await page.screenshot({ path: `${SHOTS}/edit-empty-state.png`, fullPage: true });
    // The first page comes without zod; the rules arrive when the form is first touched.
    expect(scripts.length).toBeGreaterThan(3);
    expect(await zodLoaded()).toBe(false);
    await page.getByRole('link', { name: 'Create one below' }).click();
    expect(await focusedLabel()).toBe('Name');
    await expect.poll(zodLoaded).toBe(true);
    await page.keyboard.type('edge-lab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('link', { name: 'edge-lab' }).count()).toBe(1);

    // Only the API knows the other clusters' names.
    const sent = await writesDuring(async () => {
      await page.getByLabel('Name', { exact: true }).fill('edge-lab');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#name-error').textContent()).toMatch(/already taken/);
    });
    expect(sent).toEqual(['POST /api/v1/clusters']);
    expect(await page.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await focusedLabel()).toBe('Name');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#name-error').count()).toBe(0);

    await page.getByRole('link', { name: 'edge-lab' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('edge-lab');
    clusterId = new URL(page.url()).pathname.split('/')[2];
    await openTab(page, 'Configuration');
    await expect.poll(() => page.locator('body').textContent()).toMatch(/No directors yet: add the first one/);
  });

  it('refuses values the domain rejects inline, before any request, and focuses the first one', async () => {
    await button('Add director').click();
    await expect.poll(() => dialog().count()).toBe(1);
    const sent = await writesDuring(async () => {
      await field('Name').fill('bad name!');
      await field('Address').fill('10.0.0.300');
      await field('SSH port').fill('70000');
      await button('Add').click();
      await expect.poll(() => errorOf(field('Name'))).toMatch(/director name must be 1-64 characters/);
    });
    expect(sent).toEqual([]);
    expect(await errorOf(field('Address'))).toMatch(/IPv4 or IPv6 address/);
    expect(await errorOf(field('SSH port'))).toMatch(/1-65535/);
    expect(await field('Name').getAttribute('aria-invalid')).toBe('true');
    expect(await focusedLabel()).toBe('Name');
    await page.screenshot({ path: `${SHOTS}/edit-invalid-director.png`, fullPage: true });
  });

  it('adds a real director through the form and pins its host key', async () => {
    await field('Name').fill('lb1');
    await field('Address').fill('127.0.0.1');
    await field('SSH port').fill(String(sshd.port));
    await field('SSH user').fill(sshd.user);
    // the stored credentials are offered (a datalist on the field), and any name can still be typed
    await expect
      .poll(() => field('Credential').evaluate((el) => [...((el as HTMLInputElement).list?.options ?? [])].map((o) => o.value)))
      .toEqual(['lab-key']);
    await field('Credential').fill('lab-key');
    await field('Config path').fill(lb1.configPath);
    await field('Pid file').fill(lb1.pidFile);
    const sent = await writesDuring(async () => {
      await button('Add').click();
      await expect.poll(() => dialog().count()).toBe(0);
    });
    expect(sent).toEqual([`POST /api/v1/clusters/${clusterId}/directors`]);
    await expect.poll(() => page.getByTestId('edit-notice').textContent()).toMatch(/Added director lb1/);
    await expect.poll(() => page.locator('table').first().textContent()).toContain(`${sshd.user}@127.0.0.1:${sshd.port}`);
    await button('Check host key').click();
    await expect.poll(() => page.getByText(sshd.fingerprint).count()).toBe(1);
    await button('Accept this key').click();
    await expect.poll(() => page.getByText('pinned').count()).toBe(1);
  });

  it('works with the keyboard alone: Enter opens and saves, Escape cancels, focus comes back', async () => {
    const add = button('Add director');
    await add.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedLabel).toBe('Name');
    // Enter on an invalid form: the message, and focus on the field.
    await page.keyboard.type('lb 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => errorOf(field('Name'))).toMatch(/letters, digits/);
    expect(await focusedLabel()).toBe('Name');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('lb2');
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Address');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.type('127.0.0.2');
    const sent = await writesDuring(async () => {
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog().count()).toBe(0);
    });
    expect(sent).toEqual([`POST /api/v1/clusters/${clusterId}/directors`]);
    // Saved with a cluster-wide warning from the API, shown with the notice.
    await expect
      .poll(() => page.getByTestId('edit-notice').textContent())
      .toMatch(/Added director lb2[\s\S]*not a member of any VRRP instance/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add director');

    // Escape closes without a request and gives focus back.
    const none = await writesDuring(async () => {
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog().count()).toBe(1);
      await page.keyboard.type('lb3');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog().count()).toBe(0);
    });
    expect(none).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add director');

    // Delete lb2 again, from the keyboard: its Delete button, then Enter on the confirmation.
    await page.getByRole('button', { name: 'Delete director lb2' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().textContent()).toMatch(/Delete director lb2/);
    const deleted = await writesDuring(async () => {
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog().count()).toBe(0);
    });
    expect(deleted).toHaveLength(1);
    expect(deleted[0]).toMatch(new RegExp(`^DELETE /api/v1/clusters/${clusterId}/directors/[0-9a-f-]{36}$`));
    await expect.poll(() => page.getByRole('button', { name: 'Edit director lb2' }).count()).toBe(0);
  });

  it('adds a VRRP instance with a VIP; an out-of-range VRID is refused inline first', async () => {
    await button('Add VRRP instance').click();
    await field('Name').fill('VI_WEB');
    // lb1 is already a member (the only director): MASTER at priority 150.
    expect(await field('Member 1 director').inputValue()).toBe('lb1');
    expect(await field('Member 1 state').inputValue()).toBe('MASTER');
    const refused = await writesDuring(async () => {
      await field('Virtual router id').fill('300');
      await field('VIP 1 address').fill('10.213.250.100/33');
      await button('Add').click();
      await expect.poll(() => errorOf(field('Virtual router id'))).toMatch(/1-255/);
    });
    expect(refused).toEqual([]);
    expect(await errorOf(field('VIP 1 address'))).toMatch(/prefix length/);
    expect(await focusedLabel()).toBe('Virtual router id');
    await field('Virtual router id').fill('51');
    await field('VIP 1 address').fill(`${VIP}/32`);
    await button('Add').click();
    await expect.poll(() => dialog().count()).toBe(0);
    const row = page.getByRole('row', { name: /VI_WEB/ });
    await expect.poll(() => row.textContent()).toMatch(new RegExp(`eth0 / 51.*lb1 \\(150, MASTER\\).*${VIP.replace(/\./g, '\\.')}/32`));
  });

  it('adds a virtual service and a real server with an HTTP check; a weight of 70000 and a DR port change never leave the browser', async () => {
    await button('Add virtual service').click();
    await field('VIP').fill(VIP);
    await field('Scheduler').selectOption('wrr');
    await button('Add').click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: `Edit virtual service ${SERVICE}` }).count()).toBe(1);

    await button('Add real server').click();
    expect(await field('Port').inputValue()).toBe('80');
    const refused = await writesDuring(async () => {
      await field('Address').fill('10.213.250.21');
      await field('Weight').fill('70000');
      await button('Add').click();
      await expect.poll(() => errorOf(field('Weight'))).toBe('must be 0-65535');
      // A rule of the whole cluster (libs/domain rules.ts), checked in the browser too.
      await field('Weight').fill('5');
      await field('Port').fill('8080');
      await button('Add').click();
      await expect.poll(() => errorOf(field('Port'))).toMatch(/DR cannot change ports/);
    });
    expect(refused).toEqual([]);
    expect(await field('Weight').getAttribute('aria-invalid')).toBeNull();
    await field('Port').fill('80');
    await field('Check').selectOption('HTTP_GET');
    await field('URL 1 path').fill('/health');
    await field('Connect timeout (s)').fill('3');
    await page.screenshot({ path: `${SHOTS}/edit-real-server.png`, fullPage: true });
    await button('Add').click();
    await expect.poll(() => dialog().count()).toBe(0);
    const list = page.getByRole('list', { name: `Real servers of ${SERVICE}` });
    await expect.poll(() => list.textContent()).toMatch(new RegExp(`${REAL.replace(/\./g, '\\.')}\\s*weight 5, HTTP_GET`));
    const stored = (await call(stack.webUrl, 'GET', `/api/v1/clusters/${clusterId}/spec`, { token })).body;
    expect(stored.virtualServices[0]).toMatchObject({
      vip: VIP,
      port: 80,
      scheduler: 'wrr',
      realServers: [
        {
          address: '10.213.250.21',
          port: 80,
          weight: 5,
          healthCheck: { type: 'HTTP_GET', connectTimeout: 3, urls: [{ path: '/health', statusCode: 200 }] },
        },
      ],
    });
  });

  it('deploys what the forms built to the real director', async () => {
    await openTab(page, 'Deploy');
    await button('Deploy').click();
    await expect.poll(() => page.getByTestId('live-progress').textContent(), { timeout: 60_000 }).toMatch(/lb1: verify ok/);
    await expect
      .poll(() => readFileSync(lb1.configPath, 'utf8'), { timeout: 30_000 })
      .toMatch(/real_server 10\.213\.250\.21 80 \{\n\s+weight 5/);
  });

  it('maps a stale If-Match (412) to the top alert, then edits the weight and the plan shows the change', async () => {
    await openTab(page, 'Configuration');
    await page.getByRole('button', { name: `Edit real server ${REAL} of ${SERVICE}` }).click();
    await expect.poll(() => field('Weight').inputValue()).toBe('5');
    // Meanwhile someone else changes it.
    const services = (await call(stack.webUrl, 'GET', `/api/v1/clusters/${clusterId}/virtual-services`, { token })).body.items as Json[];
    const reals = (
      await call(stack.webUrl, 'GET', `/api/v1/clusters/${clusterId}/virtual-services/${services[0].id}/real-servers`, { token })
    ).body.items as Json[];
    expect(
      (
        await call(stack.webUrl, 'PATCH', `/api/v1/clusters/${clusterId}/virtual-services/${services[0].id}/real-servers/${reals[0].id}`, {
          token,
          body: { lowerThreshold: 10 },
        })
      ).status,
    ).toBe(200);
    await field('Weight').fill('6');
    await button('Save').click();
    const alert = dialog().getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/changed since you read it/);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-top-alert'))).toBe(true);
    await page.screenshot({ path: `${SHOTS}/edit-stale.png`, fullPage: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);

    await page.getByRole('button', { name: `Edit real server ${REAL} of ${SERVICE}` }).click();
    await expect.poll(() => field('Lower threshold').inputValue()).toBe('10');
    await field('Weight').fill('7');
    await button('Save').click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('edit-notice').textContent())
      .toMatch(new RegExp(`Saved real server ${REAL.replace(/\./g, '\\.')}`));
    await expect.poll(() => page.getByRole('list', { name: `Real servers of ${SERVICE}` }).textContent()).toMatch(/weight 7/);
    // The notice links to the plan: the Deploy tab, with ?plan=1 in its address.
    await page.getByTestId('edit-notice').getByRole('link').click();
    await page.waitForURL(/\/deploy\?plan=1$/);
    await expect
      .poll(() => page.getByTestId('plan').textContent(), { timeout: 30_000 })
      .toMatch(/lb1\s*changes[\s\S]*-\s+weight 5[\s\S]*\+\s+weight 7/);
    await page.screenshot({ path: `${SHOTS}/edit-plan.png`, fullPage: true });
  });

  it('renames the cluster; a name another cluster holds is mapped onto the field', async () => {
    await openTab(page, 'Configuration');
    expect((await call(stack.webUrl, 'POST', '/api/v1/clusters', { token, body: { name: 'core-lab' } })).status).toBe(201);
    await page.getByRole('button', { name: 'Edit cluster edge-lab' }).click();
    await field('Name').fill('core-lab');
    await button('Save').click();
    await expect.poll(() => errorOf(field('Name'))).toMatch(/already taken/);
    await field('Name').fill('edge-lab-2');
    await field('Description').fill('built in the browser');
    await button('Save').click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => page.locator('h1').textContent()).toBe('edge-lab-2');
    await expect.poll(() => page.locator('main').textContent()).toMatch(/built in the browser/);
  });

  it('groups two VRRP instances in a sync group; one instance alone is refused inline', async () => {
    expect(await button('Add sync group').isDisabled()).toBe(true);
    expect(await button('Add sync group').getAttribute('title')).toMatch(/at least two VRRP instances/);
    await button('Add VRRP instance').click();
    await field('Name').fill('VI_DB');
    await field('Virtual router id').fill('52');
    await field('VIP 1 address').fill('10.213.250.101/32');
    await button('Add').click();
    await expect.poll(() => dialog().count()).toBe(0);
    await button('Add sync group').click();
    await field('Name').fill('SG_ALL');
    await dialog().getByLabel('VI_WEB').check();
    const refused = await writesDuring(async () => {
      await button('Add').click();
      await expect
        .poll(() =>
          dialog()
            .getByRole('group', { name: /Instances/ })
            .textContent(),
        )
        .toMatch(/needs at least two instances/);
    });
    expect(refused).toEqual([]);
    await dialog().getByLabel('VI_DB').check();
    await button('Add').click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => page.getByRole('row', { name: /SG_ALL/ }).textContent()).toMatch(/VI_WEB, VI_DB/);
  });

  it('keeps the dialog readable in the dark theme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await button('Add VRRP instance').click();
    await expect.poll(() => dialog().count()).toBe(1);
    const colours = await dialog().evaluate((d) => [getComputedStyle(d).backgroundColor, getComputedStyle(d).color]);
    expect(colours).toEqual(['rgb(23, 26, 33)', 'rgb(231, 233, 238)']);
    await page.screenshot({ path: `${SHOTS}/edit-dialog-dark.png`, fullPage: true });
    await page.keyboard.press('Escape');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('shows a viewer the edit controls disabled, with the reason', async () => {
    const viewer = await launchBrowser();
    try {
      const p = await viewer.browser.newPage();
      const seen = watchForErrors(p, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
      await signIn(p, 'watcher', 'viewer-passphrase-e2e');
      await p.goto(`${stack.webUrl}/clusters/${clusterId}/configuration`);
      const add = p.getByRole('button', { name: 'Add director', exact: true });
      await add.waitFor({ timeout: 60_000 }); // a second Chromium on a busy machine
      await expect.poll(() => add.isDisabled()).toBe(true);
      expect(await add.getAttribute('title')).toBe('Needs the operator role');
      expect(await p.getByRole('button', { name: 'Edit director lb1' }).isDisabled()).toBe(true);
      expect(await p.getByRole('button', { name: `Delete real server ${REAL} of ${SERVICE}` }).isDisabled()).toBe(true);
      expect(await p.locator('main').textContent()).toMatch(/Your role \(viewer\) can read this cluster but not change it/);
      await p.screenshot({ path: `${SHOTS}/edit-viewer.png`, fullPage: true });
      expect(seen).toEqual([]);
    } finally {
      await viewer.close();
    }
  });

  it('deletes a cluster from its page and lands on the overview', async () => {
    await page.goto(stack.webUrl);
    await page.getByRole('link', { name: 'core-lab' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('core-lab');
    await openTab(page, 'Configuration');
    await page.getByRole('button', { name: 'Delete cluster core-lab' }).click();
    await expect.poll(() => dialog().textContent()).toMatch(/whole topology, revisions, deployments/);
    await button('Delete').click();
    await page.waitForURL(`${stack.webUrl}/`);
    // the clusters table (the overview's incident banners above it link their clusters too)
    const table = page.getByTestId('cluster-overview');
    await expect.poll(() => table.getByRole('link', { name: 'edge-lab-2' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'core-lab' }).count()).toBe(0);
  });

  it('had no console errors, page errors, failed requests or unexpected error responses', () => {
    expect(problems).toEqual([]);
  });
});
