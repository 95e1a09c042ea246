import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '../global-setup';
import { call } from '../http';

export interface Stack {
  webUrl: string;
  apiUrl: string;
  adminPassword: string;
  stop(): Promise<void>;
}

/**
 * The real product as a user starts it: `npm start` (scripts/start.mjs, SKIP_BUILD: `npm test`
 * built it) — API on an embedded PostgreSQL in a temp DATA_DIR, Next.js in front — on free ports.
 */
export async function startStack(
  extraEnv: (urls: { webUrl: string; apiUrl: string }) => Record<string, string> = () => ({}),
): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lvs-e2e-'));
  const [apiPort, webPort, pgPort] = [await freePort(), await freePort(), await freePort()];
  const adminPassword = 'e2e-admin-password';
  const [webUrl, apiUrl] = [`http://127.0.0.1:${webPort}`, `http://127.0.0.1:${apiPort}`];
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      SKIP_BUILD: '1',
      DATA_DIR: dataDir,
      API_PORT: String(apiPort),
      WEB_PORT: String(webPort),
      EMBEDDED_PG_PORT: String(pgPort),
      ADMIN_PASSWORD: adminPassword,
      LOG_LEVEL: 'warn',
      DRIFT_SCAN_SECONDS: '0',
      DIRECTOR_CONFIG_DIRS: `/etc/keepalived,${tmpdir()}`,
      ...extraEnv({ webUrl, apiUrl }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const r = await fetch(`${webUrl}/api/v1/ready`);
      if (r.ok && (await fetch(webUrl)).ok) break;
    } catch {
      /* starting */
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the stack did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    webUrl,
    apiUrl,
    adminPassword,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium with the flags of docs/testing.md and a fresh profile. */
export async function launchBrowser(): Promise<{ browser: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'lvs-chromium-'));
  // A persistent context is how Playwright takes a fresh --user-data-dir.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects console errors, page errors, failed requests and 5xx responses: any of them fails the test. */
export function watchForErrors(page: Page, allowStatus: (url: string, status: number) => boolean = () => false): string[] {
  const problems: string[] = [];
  // ERR_NETWORK_CHANGED: Chromium cancels what is in flight when the host's interfaces change, and the
  // lab tests running beside the browser tests add and remove veths and bridges. That is this test
  // machine, not the dashboard; the request's own page still has to show what the test asserts.
  const hostNetworkChanged = (text: string | undefined) => text?.includes('ERR_NETWORK_CHANGED') ?? false;
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of (401|409|4\d\d)/.test(m.text()) && !hostNetworkChanged(m.text()))
      problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A request the page cancelled because it navigated away (in-flight fetches, socket.io long-polls,
    // Next.js prefetches) is ERR_ABORTED and not a failure; anything else is.
    const aborted = r.failure()?.errorText === 'net::ERR_ABORTED' || hostNetworkChanged(r.failure()?.errorText);
    if (!aborted) problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 500 || (r.status() >= 400 && !allowStatus(r.url(), r.status()))) problems.push(`response ${r.status()}: ${r.url()}`);
  });
  return problems;
}

/** Signs in through the login page with the keyboard (Enter submits) and waits for the overview. */
export async function signIn(
  page: Page,
  stack: Pick<Stack, 'webUrl' | 'adminPassword'>,
  user = 'admin',
  password = stack.adminPassword,
): Promise<void> {
  // The login page sends a browser that is signed in already straight on; a context that holds
  // another user's session (a persistent profile shares cookies between its pages) must sign out first.
  await page.goto(`${stack.webUrl}/login`);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  if (!new URL(page.url()).pathname.startsWith('/login')) {
    throw new Error(`signIn(${user}): the login page moved on to ${page.url()}; this browser context is signed in already`);
  }
  await page.keyboard.press('Enter');
  await page.waitForURL(`${stack.webUrl}/`);
}

/** Opens a cluster's tab (a nested route: Live, Configuration, Deploy, History, Audit) and waits for its address. */
export async function openTab(page: Page, name: 'Live' | 'Configuration' | 'Deploy' | 'History' | 'Audit'): Promise<void> {
  await page.getByRole('navigation', { name: 'Cluster' }).getByRole('link', { name, exact: true }).click();
  await page.waitForURL(new RegExp(`/clusters/[0-9a-f-]{36}/${name.toLowerCase()}`));
}

/** Two revisions of a cluster with a change between them (the scheduler of its first service → rr), so History and rollback have a diff. */
export async function twoRevisions(webUrl: string, token: string, clusterId: string): Promise<void> {
  const api = (method: string, path: string, body?: unknown) =>
    call(webUrl, method, `/api/v1/clusters/${clusterId}${path}`, { token, body });
  const first = await api('POST', '/revisions', { message: 'first' });
  if (first.status !== 201) throw new Error(`revision 1: ${first.status} ${first.text}`);
  const spec = (await api('GET', '/spec')).body;
  spec.virtualServices[0].scheduler = 'rr';
  const put = await api('PUT', '/spec', spec);
  if (put.status !== 200) throw new Error(`spec: ${put.status} ${put.text}`);
  const second = await api('POST', '/revisions', { message: 'round robin' });
  if (second.status !== 201) throw new Error(`revision 2: ${second.status} ${second.text}`);
}
