import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../global-setup';
import { oidcEnv, startOidcProvider, testIssuer, type TestOidcProvider } from '../oidc-provider';
import { axeFindings } from './axe';
import { launchBrowser, startStack, watchForErrors, type Stack } from './stack';

const SHOTS = 'test-results/screenshots';

/**
 * Single sign-on as a person does it: the console as shipped (`npm start`) with LOCAL_LOGIN=
 * break-glass-only, a real OpenID provider (oidc-provider) on loopback, and Chromium clicking the
 * button, signing in on the provider's page, and landing on the dashboard signed in.
 */
describe('single sign-on in Chromium (OpenID provider on loopback)', () => {
  let stack: Stack;
  let idp: TestOidcProvider;
  let chromium: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const idpPort = await freePort();
    // The console reads the provider lazily (at the first sign-in), so the provider can start once the console's URL is known.
    stack = await startStack(({ webUrl }) => ({
      ...oidcEnv(testIssuer(idpPort), `${webUrl}/api/v1/auth/oidc/callback`),
      LOCAL_LOGIN: 'break-glass-only',
      BREAK_GLASS_USERS: 'admin',
    }));
    idp = await startOidcProvider({
      port: idpPort,
      redirectUris: [`${stack.webUrl}/api/v1/auth/oidc/callback`],
      postLogoutRedirectUris: [`${stack.webUrl}/login`],
    });
    idp.accounts.set('olivia', { groups: ['lvs-ops'] });
    chromium = await launchBrowser();
    page = await chromium.browser.newPage();
  }, 180_000);
  afterAll(async () => {
    await chromium?.close();
    await stack?.stop();
    await idp?.close();
  });

  it('shows the provider button and hides the password form behind a break-glass link', async () => {
    await page.goto(`${stack.webUrl}/login`);
    const button = page.getByTestId('sso-button');
    await button.waitFor();
    expect(await button.textContent()).toBe('Sign in with Test IdP');
    expect(await page.getByLabel('Password').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/sso-login.png`, fullPage: true });
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Break-glass sign-in' }).click();
    await page.getByLabel('Password').waitFor();
    expect(await page.getByLabel('User name').count()).toBe(1);
  });

  it('signs in at the provider and lands signed in on the dashboard with the mapped role', async () => {
    // Only the console's own requests count here: the provider's page asks for a web font it cannot reach.
    const console = watchForErrors(page, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
    await page.goto(`${stack.webUrl}/login`);
    await page.getByTestId('sso-button').click();
    await page.waitForURL((u) => u.href.startsWith(idp.issuer));
    await page.locator('input[name=login]').fill('olivia');
    await page.locator('input[name=password]').fill('any-password');
    await page.screenshot({ path: `${SHOTS}/sso-provider-login.png`, fullPage: true });
    await page.locator('button[type=submit]').click();
    // The provider's consent page, then back to the console.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${stack.webUrl}/`, { timeout: 30_000 });
    const who = page.getByText('olivia', { exact: false }).first();
    await who.waitFor({ timeout: 30_000 });
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).json());
    expect(me.user).toMatchObject({ username: 'olivia', role: 'operator' });
    await page.screenshot({ path: `${SHOTS}/sso-dashboard.png`, fullPage: true });
    expect(console.filter((p) => p.includes(stack.webUrl))).toEqual([]);
  });

  it("signs out at the provider too: Sign out goes through the provider's end_session endpoint back to /login", async () => {
    const console = watchForErrors(page, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
    const discovery = await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json();
    const endSession = String(discovery.end_session_endpoint);
    expect(endSession.startsWith(idp.issuer)).toBe(true);
    const visited: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && visited.push(f.url()));
    await page.getByRole('button', { name: 'Sign out' }).click();
    // The provider asks whether to end its session too (oidc-provider's own page), then sends the browser back.
    await page.waitForURL((u) => u.href.startsWith(endSession));
    const atProvider = new URL(page.url());
    expect(atProvider.searchParams.get('post_logout_redirect_uri')).toBe(`${stack.webUrl}/login`);
    await page.screenshot({ path: `${SHOTS}/sso-provider-logout.png`, fullPage: true });
    await page.getByRole('button', { name: /yes, sign me out/i }).click();
    await page.waitForURL((u) => u.href.startsWith(`${stack.webUrl}/login`), { timeout: 30_000 });
    expect(visited.some((u) => u.startsWith(endSession))).toBe(true);
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(me).toBe(401);
    // The provider's session is over too: signing in again asks for the login, not a silent round trip.
    await page.getByTestId('sso-button').click();
    await page.waitForURL((u) => u.href.startsWith(idp.issuer));
    await page.locator('input[name=login]').waitFor();
    expect(console.filter((p) => p.includes(stack.webUrl))).toEqual([]);
  });

  it('shows a failed sign-in on the sign-in page in words, with its code', async () => {
    // A user whose groups map to no role goes back to the sign-in page.
    idp.accounts.set('mallory', { groups: ['marketing'] });
    // A browser with no session at the console or at the provider (cookies do not tell ports apart: both go).
    await chromium.browser.clearCookies();
    const fresh = await chromium.browser.newPage();
    await fresh.goto(`${stack.webUrl}/login`);
    await fresh.getByTestId('sso-button').click();
    await fresh.locator('input[name=login]').fill('mallory');
    await fresh.locator('input[name=password]').fill('any-password');
    await fresh.locator('button[type=submit]').click();
    await fresh.getByRole('button', { name: 'Continue' }).click();
    await fresh.waitForURL(`${stack.webUrl}/login?error=oidc.no_role`);
    const error = fresh.getByTestId('sso-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('in no group this console gives a role to');
    expect(await error.textContent()).toContain('oidc.no_role');
    await fresh.screenshot({ path: `${SHOTS}/sso-error.png`, fullPage: true });
    expect(await axeFindings(fresh)).toEqual([]);
    await fresh.close();
  });
});
