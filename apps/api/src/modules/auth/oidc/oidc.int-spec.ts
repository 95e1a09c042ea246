import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../../test/app';
import { call, login, type Json } from '../../../../../../test/http';
import { freePort } from '../../../../../../test/global-setup';
import { OIDC_CALLBACK_LIMIT } from './oidc.service';
import {
  authorizeAt,
  CookieJar,
  oidcEnv,
  startOidcProvider,
  step,
  testIssuer,
  type TestOidcProvider,
} from '../../../../../../test/oidc-provider';

/** The console as the provider knows it; the test calls the API's real address with this URL's path and query. */
const REDIRECT_URL = 'http://console.test/api/v1/auth/oidc/callback';
const POST_LOGOUT_URL = 'http://console.test/login';

/** The name of the one flow cookie in `jar` (one per sign-in, named by a digest of its state). */
const flowName = (jar: CookieJar): string => jar.names().find((n) => n.startsWith('lvs_oidc_flow_'))!;

interface Started {
  /** The provider's callback URL (code, state, iss). */
  callback: URL;
  /** The console's cookies after /oidc/login: the sealed flow cookie. */
  jar: CookieJar;
  authorizationUrl: URL;
}

describe('single sign-on with OpenID Connect against a real provider (oidc-provider), real PostgreSQL', () => {
  let idp: TestOidcProvider;
  let t: TestApp;

  const audit = async (action: string): Promise<Json[]> =>
    t.dataSource.query('SELECT * FROM audit_events WHERE action = $1 ORDER BY id', [action]);

  /** /oidc/login, then the provider's login and consent pages as `account`, up to the redirect back. */
  async function start(account: string, returnTo = '/clusters', jar = new CookieJar()): Promise<Started> {
    const res = await step(`${t.baseUrl}/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`, jar);
    expect(res.status).toBe(303);
    const authorizationUrl = new URL(res.headers.get('location')!);
    const callback = new URL(await authorizeAt(authorizationUrl.href, account, REDIRECT_URL));
    return { callback, jar, authorizationUrl };
  }

  /** The callback as the browser brings it to the console (Accept: text/html unless `api`). */
  async function finish(s: Pick<Started, 'callback' | 'jar'>, opts: { api?: boolean; query?: string } = {}): Promise<Response> {
    const url = `${t.baseUrl}${s.callback.pathname}${opts.query ?? s.callback.search}`;
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: s.jar.header(), accept: opts.api ? 'application/json' : 'text/html' },
    });
    s.jar.take(res);
    return res;
  }

  async function signIn(account: string): Promise<{ cookie: string; csrf: string; me: Json }> {
    const s = await start(account);
    const res = await finish(s);
    expect(res.status, await res.clone().text()).toBe(303);
    expect(res.headers.get('location')).toBe('/clusters');
    const cookie = `lvs_session=${s.jar.get('lvs_session')}; lvs_csrf=${s.jar.get('lvs_csrf')}`;
    const me = await call(t.baseUrl, 'GET', '/api/v1/auth/me', { cookie });
    expect(me.status).toBe(200);
    return { cookie, csrf: me.body.csrfToken, me: me.body };
  }

  beforeAll(async () => {
    idp = await startOidcProvider({ redirectUris: [REDIRECT_URL], postLogoutRedirectUris: [POST_LOGOUT_URL] });
    t = await startTestApp({ ...idp.env(REDIRECT_URL), LOCAL_LOGIN: 'break-glass-only', BREAK_GLASS_USERS: 'admin' });
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  it('tells the sign-in page what to show: the provider, and no password form but break-glass', async () => {
    const r = await call(t.baseUrl, 'GET', '/api/v1/auth/providers');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      password: { enabled: false, breakGlassOnly: true },
      oidc: { name: 'Test IdP', loginUrl: '/api/v1/auth/oidc/login' },
    });
  });

  it('signs in with the authorization code and PKCE, creates the user at the first sign-in, maps the role from groups', async () => {
    idp.accounts.set('alice', { groups: ['staff', 'lvs-admins'] });
    const s = await start('alice');
    // What left for the provider: code flow, S256 challenge, state and nonce; the verifier stays in the sealed cookie.
    const q = s.authorizationUrl.searchParams;
    expect(s.authorizationUrl.origin).toBe(idp.issuer);
    expect(q.get('response_type')).toBe('code');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get('state')).toBeTruthy();
    expect(q.get('nonce')).toBeTruthy();
    expect(q.get('redirect_uri')).toBe(REDIRECT_URL);
    const flow = s.jar.get(flowName(s.jar))!;
    expect(flow).toBeTruthy();
    expect(decodeURIComponent(flow)).not.toContain(q.get('state')!);
    expect(s.callback.searchParams.get('code')).toBeTruthy();
    expect(s.callback.searchParams.get('state')).toBe(q.get('state'));

    const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM users'))[0].n;
    const res = await finish(s);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/clusters');
    const set = res.headers.getSetCookie();
    expect(set.find((c) => c.startsWith('lvs_session='))).toMatch(/HttpOnly/i);
    expect(set.find((c) => c.startsWith('lvs_oidc_flow_'))).toMatch(/Expires=Thu, 01 Jan 1970/i);
    expect(s.jar.names().filter((n) => n.startsWith('lvs_oidc_flow_'))).toEqual([]);
    const me = await call(t.baseUrl, 'GET', '/api/v1/auth/me', { cookie: `lvs_session=${s.jar.get('lvs_session')}` });
    expect(me.body).toMatchObject({ via: 'session', user: { username: 'alice', role: 'admin' } });

    const rows: Json[] = await t.dataSource.query(`SELECT * FROM users WHERE username = 'alice'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ auth_source: 'oidc', oidc_subject: 'alice', role: 'admin' });
    expect(rows[0].oidc_issuer.replace(/\/$/, '')).toBe(idp.issuer);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM users'))[0].n).toBe(before + 1);
    const created = await audit('user.oidc_create');
    expect(created.at(-1)).toMatchObject({ target_id: rows[0].id, after: { username: 'alice', role: 'admin', authSource: 'oidc' } });
    const signIn = (await audit('auth.oidc_login')).at(-1);
    expect(signIn).toMatchObject({
      actor_name: 'alice',
      target_id: rows[0].id,
      outcome: 'success',
      after: { role: 'admin', groups: ['staff', 'lvs-admins'], matched: ['lvs-admins'] },
    });
    expect(signIn.detail).toContain('as admin');

    // The users API shows where the account comes from.
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const listed = await call(t.baseUrl, 'GET', '/api/v1/users', { cookie: admin.cookie });
    expect(listed.body.items.find((u: Json) => u.username === 'alice')).toMatchObject({ authSource: 'oidc', role: 'admin' });
    expect(listed.body.items.find((u: Json) => u.username === 'admin')).toMatchObject({ authSource: 'local' });
  });

  it('re-evaluates the role at every sign-in: the same user, the new role, the old sessions ended', async () => {
    idp.accounts.set('bob', { groups: ['lvs-admins'] });
    const first = await signIn('bob');
    expect(first.me.user.role).toBe('admin');

    idp.accounts.set('bob', { groups: ['lvs-ops'] });
    const second = await signIn('bob');
    expect(second.me.user).toEqual({ ...first.me.user, role: 'operator' });
    // The session from the admin days is over; the new one works, with operator rights only.
    expect((await call(t.baseUrl, 'GET', '/api/v1/auth/me', { cookie: first.cookie })).status).toBe(401);
    const denied = await call(t.baseUrl, 'GET', '/api/v1/users', { cookie: second.cookie });
    expect(denied.status).toBe(403);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE username = 'bob'`))[0].n).toBe(1);
    const change = (await audit('user.oidc_role_change')).at(-1);
    expect(change).toMatchObject({
      target_id: first.me.user.id,
      before: { role: 'admin' },
      after: { role: 'operator', claim: ['lvs-ops'] },
    });

    idp.accounts.set('bob', { groups: ['lvs-viewers', 'lvs-ops'] });
    expect((await signIn('bob')).me.user.role).toBe('operator'); // the highest role of every matching group

    // No group the console maps: no sign-in, shown on the sign-in page, and the sessions bob still holds end.
    const holding = await signIn('bob');
    idp.accounts.set('bob', { groups: ['marketing'] });
    const s = await start('bob');
    const refused = await finish(s);
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toBe('/login?error=oidc.no_role');
    expect(refused.headers.getSetCookie().some((c) => c.startsWith('lvs_session='))).toBe(false);
    expect((await audit('auth.oidc_login_failed')).at(-1).detail).toContain('"marketing"');
    expect((await call(t.baseUrl, 'GET', '/api/v1/auth/me', { cookie: holding.cookie })).status).toBe(401);
    expect((await audit('user.oidc_sessions_ended')).at(-1)).toMatchObject({ target_id: first.me.user.id });
  });

  it('refuses a tampered state, a missing flow cookie and a flow cookie from another sign-in', async () => {
    idp.accounts.set('carol', { groups: ['lvs-viewers'] });
    const s = await start('carol');
    const tampered = new URLSearchParams(s.callback.search);
    tampered.set('state', `${tampered.get('state')}x`);
    const html = await finish(s, { query: `?${tampered}` });
    expect(html.status).toBe(303);
    expect(html.headers.get('location')).toBe('/login?error=oidc.state_mismatch');
    expect(html.headers.getSetCookie().some((c) => c.startsWith('lvs_session='))).toBe(false);

    // An API client gets the problem document.
    const again = await start('carol');
    const flow = again.jar.get(flowName(again.jar))!;
    tampered.set('code', again.callback.searchParams.get('code')!);
    tampered.set('state', 'not-the-state');
    const api = await finish(again, { api: true, query: `?${tampered}` });
    expect(api.status).toBe(400);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect(await api.json()).toMatchObject({ code: 'oidc.state_mismatch' });

    // No flow cookie (a callback opened in another browser, or a forged link).
    again.jar.delete(flowName(again.jar));
    const noFlow = await finish(again);
    expect(noFlow.headers.get('location')).toBe('/login?error=oidc.flow_expired');

    // Another sign-in's sealed flow under this sign-in's cookie name: the state sealed in it does not match.
    const third = await start('carol');
    third.jar.set(flowName(third.jar), flow);
    expect((await finish(third)).headers.get('location')).toBe('/login?error=oidc.state_mismatch');
    // A forged cookie cannot be opened.
    third.jar.set(flowName(third.jar), encodeURIComponent(`v1:${Buffer.from('x'.repeat(64)).toString('base64')}`));
    expect((await finish(third)).headers.get('location')).toBe('/login?error=oidc.flow_expired');
    expect((await audit('auth.oidc_login_failed')).length).toBeGreaterThanOrEqual(4);
  });

  it('finishes two sign-ins started in two tabs of one browser, in either order', async () => {
    idp.accounts.set('gina', { groups: ['lvs-viewers'] });
    const jar = new CookieJar();
    const first = await start('gina', '/audit', jar);
    const second = await start('gina', '/credentials', jar);
    expect(jar.names().filter((n) => n.startsWith('lvs_oidc_flow_'))).toHaveLength(2);
    expect((await finish(second)).headers.get('location')).toBe('/credentials');
    expect((await finish(first)).headers.get('location')).toBe('/audit');
    expect(jar.names().filter((n) => n.startsWith('lvs_oidc_flow_'))).toEqual([]);
  });

  it('refuses a replayed code and an expired code (the provider says invalid_grant)', async () => {
    idp.accounts.set('dave', { groups: ['lvs-viewers'] });
    const s = await start('dave');
    const name = flowName(s.jar);
    const flow = s.jar.get(name)!;
    expect((await finish(s)).headers.get('location')).toBe('/clusters');
    // The same callback again, with the flow cookie it came with.
    const replay = new CookieJar();
    replay.set(name, flow);
    const replayed = await finish({ callback: s.callback, jar: replay }, { api: true });
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toMatchObject({ code: 'oidc.code_rejected', providerError: 'invalid_grant' });

    idp.codeTtlSeconds = 1;
    try {
      const late = await start('dave');
      const issuedAt = Date.now();
      // Past the code's one-second lifetime (the provider counts whole seconds).
      await new Promise((r) => setTimeout(r, Math.max(0, issuedAt + 2500 - Date.now())));
      const expired = await finish(late);
      expect(expired.headers.get('location')).toBe('/login?error=oidc.code_rejected');
      expect((await audit('auth.oidc_login_failed')).at(-1).detail).toContain('invalid_grant');
    } finally {
      idp.codeTtlSeconds = 60;
    }
  });

  it('shows a sign-in refused at the provider (the user cancelled) and keeps passwords off single sign-on users', async () => {
    const jar = new CookieJar();
    const res = await step(`${t.baseUrl}/api/v1/auth/oidc/login`, jar);
    const state = new URL(res.headers.get('location')!).searchParams.get('state')!;
    const query = `?${new URLSearchParams({ error: 'access_denied', error_description: 'End-User aborted interaction', state, iss: idp.issuer })}`;
    const cancelled = await finish({ callback: new URL(REDIRECT_URL), jar }, { query });
    expect(cancelled.headers.get('location')).toBe('/login?error=oidc.provider_error');
    expect((await audit('auth.oidc_login_failed')).at(-1).detail).toContain('access_denied');

    // An admin cannot give a single sign-on user a password (it could never be used).
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const [alice] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'alice'`);
    const r = await call(t.baseUrl, 'PATCH', `/api/v1/users/${alice.id}`, { ...admin, body: { password: 'a-long-new-password-42' } });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ path: 'body.password', message: expect.stringContaining('single sign-on') }]);
  });

  it('keeps password sign-in for the break-glass users only', async () => {
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    expect(admin.me.user.role).toBe('admin');
    const created = await call(t.baseUrl, 'POST', '/api/v1/users', {
      ...admin,
      body: { username: 'ops-local', password: 'operator-password-77', role: 'operator' },
    });
    expect(created.status).toBe(201);
    for (const [username, password] of [
      ['ops-local', 'operator-password-77'],
      ['alice', 'any-password'],
      ['nobody-at-all', 'whatever-password'],
    ]) {
      const r = await call(t.baseUrl, 'POST', '/api/v1/auth/login', { body: { username, password } });
      expect(r.status, username).toBe(403);
      expect(r.body.code).toBe('auth.local_login_disabled');
    }
    expect((await audit('auth.local_login_refused')).length).toBeGreaterThanOrEqual(3);
  });

  it('signs out: the console session ends and the provider logout URL comes back (RP-initiated logout)', async () => {
    idp.accounts.set('erin', { groups: ['lvs-ops'] });
    const s = await signIn('erin');
    const r = await call(t.baseUrl, 'POST', '/api/v1/auth/oidc/logout', { cookie: s.cookie, csrf: s.csrf });
    expect(r.status).toBe(200);
    const end = new URL(r.body.endSessionUrl);
    expect(end.origin).toBe(idp.issuer);
    expect(end.searchParams.get('client_id')).toBe(idp.clientId);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(POST_LOGOUT_URL);
    expect((await call(t.baseUrl, 'GET', '/api/v1/auth/me', { cookie: s.cookie })).status).toBe(401);
    // The provider accepts it (its logout confirmation page).
    expect((await fetch(end, { redirect: 'manual' })).status).toBe(200);
    // A password session signs out the same way, with nothing to do at the provider.
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const local = await call(t.baseUrl, 'POST', '/api/v1/auth/oidc/logout', { ...admin });
    expect(local.body).toEqual({ endSessionUrl: null });
  });

  it('keeps the audit chain whole through every sign-in, failure and role change above', async () => {
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const r = await call(t.baseUrl, 'GET', '/api/v1/audit/verify', { cookie: admin.cookie });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ valid: true, firstBroken: null });
    const actions: { action: string }[] = await t.dataSource.query(
      `SELECT DISTINCT action FROM audit_events WHERE action LIKE '%oidc%' ORDER BY action`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'auth.oidc_login',
      'auth.oidc_login_failed',
      'user.oidc_create',
      'user.oidc_role_change',
      'user.oidc_sessions_ended',
    ]);
  });

  it('validates returnTo: only a path on the console', async () => {
    for (const bad of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const r = await call(t.baseUrl, 'GET', `/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(bad)}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.errors).toEqual([{ path: 'query.returnTo', message: expect.stringContaining('path on this console') }]);
    }
  });
});

describe('single sign-on across two API replicas', () => {
  let idp: TestOidcProvider;
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    idp = await startOidcProvider({ redirectUris: [REDIRECT_URL] });
    // One database and one master key, as replicas behind a load balancer share them.
    // The role from a nested claim here (Keycloak's realm roles), not from groups.
    const env = {
      ...idp.env(REDIRECT_URL),
      OIDC_ROLE_CLAIM: 'realm_access.roles',
      LVS_MASTER_KEY: randomBytes(32).toString('base64'),
      SCALE_OUT: 'true',
    };
    one = await startTestApp(env);
    two = await startTestApp(env, { databaseUrl: one.databaseUrl });
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
    await idp?.close();
  });

  it('finishes on one replica a sign-in started on the other (the flow cookie is sealed under the shared key); role from realm_access.roles', async () => {
    idp.accounts.set('frank', { groups: ['lvs-viewers'], realmRoles: ['lvs-ops'] });
    const jar = new CookieJar();
    const started = await step(`${one.baseUrl}/api/v1/auth/oidc/login?returnTo=/audit`, jar);
    const callback = new URL(await authorizeAt(started.headers.get('location')!, 'frank', REDIRECT_URL));
    const res = await fetch(`${two.baseUrl}${callback.pathname}${callback.search}`, {
      redirect: 'manual',
      headers: { cookie: jar.header(), accept: 'text/html' },
    });
    jar.take(res);
    expect(res.headers.get('location')).toBe('/audit');
    const me = await call(one.baseUrl, 'GET', '/api/v1/auth/me', { cookie: `lvs_session=${jar.get('lvs_session')}` });
    expect(me.body.user).toMatchObject({ username: 'frank', role: 'operator' });
  });
});

describe('single sign-on as a client that posts its secret, and as a public client (PKCE alone)', () => {
  let idp: TestOidcProvider;
  const apps: TestApp[] = [];
  beforeAll(async () => {
    idp = await startOidcProvider({ redirectUris: [REDIRECT_URL] });
    const base = idp.env(REDIRECT_URL);
    apps.push(await startTestApp({ ...base, OIDC_CLIENT_ID: `${idp.clientId}-post`, OIDC_CLIENT_AUTH: 'client_secret_post' }));
    apps.push(await startTestApp({ ...base, OIDC_CLIENT_ID: `${idp.clientId}-public`, OIDC_CLIENT_SECRET: '' }));
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await idp?.close();
  });

  it('signs in with either', async () => {
    idp.accounts.set('hana', { groups: ['lvs-viewers'] });
    for (const a of apps) {
      const jar = new CookieJar();
      const started = await step(`${a.baseUrl}/api/v1/auth/oidc/login`, jar);
      const callback = new URL(await authorizeAt(started.headers.get('location')!, 'hana', REDIRECT_URL));
      const res = await fetch(`${a.baseUrl}${callback.pathname}${callback.search}`, {
        redirect: 'manual',
        headers: { cookie: jar.header(), accept: 'text/html' },
      });
      expect(res.headers.get('location')).toBe('/');
      jar.take(res);
      const me = await call(a.baseUrl, 'GET', '/api/v1/auth/me', { cookie: `lvs_session=${jar.get('lvs_session')}` });
      expect(me.body.user).toMatchObject({ username: 'hana', role: 'viewer' });
    }
  });
});

describe('single sign-on with the provider down', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A loopback port nothing listens on: discovery is refused at once.
    const closed = await freePort();
    t = await startTestApp(oidcEnv(testIssuer(closed), REDIRECT_URL));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 503 oidc.provider_unavailable (a browser: the sign-in page with the code), and password sign-in still works', async () => {
    const api = await call(t.baseUrl, 'GET', '/api/v1/auth/oidc/login');
    expect(api.status).toBe(503);
    expect(api.body.code).toBe('oidc.provider_unavailable');
    const browser = await fetch(`${t.baseUrl}/api/v1/auth/oidc/login?returnTo=/audit`, {
      redirect: 'manual',
      headers: { accept: 'text/html' },
    });
    expect(browser.headers.get('location')).toBe('/login?error=oidc.provider_unavailable');
    expect(browser.headers.getSetCookie().some((c) => c.startsWith('lvs_oidc_flow_'))).toBe(false);
    expect((await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD)).me.user.role).toBe('admin');
  });

  it('rate-limits callbacks per address (each could make the console call the provider) with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= OIDC_CALLBACK_LIMIT.limit; i++) {
      statuses.push((await call(t.baseUrl, 'GET', `/api/v1/auth/oidc/callback?code=c${i}&state=s${i}`)).status);
    }
    expect(statuses.slice(0, OIDC_CALLBACK_LIMIT.limit).every((s) => s === 400)).toBe(true); // no flow cookie
    const limited = await call(t.baseUrl, 'GET', '/api/v1/auth/oidc/callback?code=x&state=y');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('auth.rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('single sign-on not configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows only the password form and answers 404 (or the sign-in page with the code) for /oidc/login', async () => {
    expect((await call(t.baseUrl, 'GET', '/api/v1/auth/providers')).body).toEqual({
      password: { enabled: true, breakGlassOnly: false },
      oidc: null,
    });
    const api = await call(t.baseUrl, 'GET', '/api/v1/auth/oidc/login');
    expect(api.status).toBe(404);
    expect(api.body.code).toBe('oidc.not_configured');
    const browser = await fetch(`${t.baseUrl}/api/v1/auth/oidc/login`, { redirect: 'manual', headers: { accept: 'text/html' } });
    expect(browser.status).toBe(303);
    expect(browser.headers.get('location')).toBe('/login?error=oidc.not_configured');
    expect((await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD)).me.user.role).toBe('admin');
  });
});
