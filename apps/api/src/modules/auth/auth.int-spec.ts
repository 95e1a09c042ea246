import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';

async function auditActions(t: TestApp, action: string): Promise<Json[]> {
  const rows: Json[] = await t.dataSource.query('SELECT * FROM audit_events WHERE action = $1 ORDER BY id', [action]);
  return rows;
}

describe('sign-in, sessions, CSRF and API tokens (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: { cookie: string; csrf: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates the first admin from ADMIN_PASSWORD and signs in with an HttpOnly, SameSite=Lax cookie', async () => {
    const r = await call(t.baseUrl, 'POST', '/api/v1/auth/login', { body: { username: 'ADMIN', password: TEST_ADMIN_PASSWORD } });
    expect(r.status).toBe(200);
    expect(r.body.user).toMatchObject({ username: 'admin', role: 'admin' });
    const session = r.headers.getSetCookie().find((c) => c.startsWith('lvs_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const me = await call(t.baseUrl, 'GET', '/api/v1/auth/me', { cookie: admin.cookie });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ via: 'session', user: { role: 'admin' }, csrfToken: admin.csrf });
    expect((await auditActions(t, 'user.bootstrap_admin')).length).toBe(1);
  });

  it('refuses a wrong password with 401 problem+json and audits it', async () => {
    const before = (await auditActions(t, 'auth.login_failed')).length;
    const r = await call(t.baseUrl, 'POST', '/api/v1/auth/login', { body: { username: 'admin', password: 'wrong-password!' } });
    expect(r.status).toBe(401);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body).toMatchObject({ code: 'auth.invalid_credentials' });
    expect((await auditActions(t, 'auth.login_failed')).length).toBe(before + 1);
    // the failure does not count towards anything once the right password is given
    await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
  });

  it('requires the CSRF token on cookie-authenticated writes; nothing changes without it', async () => {
    const users = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM users'))[0].n as number;
    const n = await users();
    const body = { username: 'csrf-victim', password: 'long-enough-password', role: 'viewer' };
    const denied = await call(t.baseUrl, 'POST', '/api/v1/users', { cookie: admin.cookie, body });
    expect(denied.status).toBe(403);
    expect(denied.body.code).toBe('auth.csrf_rejected');
    expect(await users()).toBe(n);
    expect((await auditActions(t, 'auth.csrf_rejected')).length).toBeGreaterThan(0);
    const wrong = await call(t.baseUrl, 'POST', '/api/v1/users', { cookie: admin.cookie, csrf: 'x'.repeat(32), body });
    expect(wrong.status).toBe(403);
    const ok = await call(t.baseUrl, 'POST', '/api/v1/users', { cookie: admin.cookie, csrf: admin.csrf, body });
    expect(ok.status).toBe(201);
    expect(await users()).toBe(n + 1);
    const created = await auditActions(t, 'user.create');
    expect(created.at(-1)).toMatchObject({ actor_name: 'admin', outcome: 'success', target_id: ok.body.id });
    expect(JSON.stringify(created.at(-1))).not.toContain('long-enough-password');
  });

  it('issues tokens once, stores them hashed, and honours role ceilings, revocation, expiry and malformed values', async () => {
    const op = await call(t.baseUrl, 'POST', '/api/v1/users', {
      cookie: admin.cookie,
      csrf: admin.csrf,
      body: { username: 'ops', password: 'operator-password', role: 'operator' },
    });
    expect(op.status).toBe(201);
    const opSession = await login(t.baseUrl, 'ops', 'operator-password');
    const tooHigh = await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...opSession, body: { name: 'ci', role: 'admin' } });
    expect(tooHigh.status).toBe(403);
    expect(tooHigh.body.errors).toEqual([{ path: 'body.role', message: expect.stringContaining('operator') }]);

    const created = await call(t.baseUrl, 'POST', '/api/v1/tokens', {
      ...opSession,
      body: { name: 'gitlab ci', role: 'operator', expiresInDays: 30 },
    });
    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^lvs_[A-Za-z0-9]{48}$/);
    expect(secret.startsWith(created.body.token.prefix)).toBe(true);
    const stored: Json[] = await t.dataSource.query('SELECT * FROM api_tokens WHERE id = $1', [created.body.token.id]);
    expect(JSON.stringify(stored)).not.toContain(secret);
    const events: Json[] = await t.dataSource.query('SELECT * FROM audit_events');
    expect(JSON.stringify(events)).not.toContain(secret);

    const me = await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token: secret });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ via: 'token', user: { username: 'ops', role: 'operator' }, token: { name: 'gitlab ci' } });
    // a token cannot mint tokens (a child could outlive it); a session can
    const fromToken = await call(t.baseUrl, 'POST', '/api/v1/tokens', { token: secret, body: { name: 'child', role: 'viewer' } });
    expect(fromToken.status).toBe(403);
    expect(fromToken.body.code).toBe('auth.session_required');
    const minted = await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...opSession, body: { name: 'child', role: 'viewer' } });
    expect(minted.status).toBe(201);

    const list = await call(t.baseUrl, 'GET', '/api/v1/tokens', { token: secret });
    expect(list.body.items.map((x: Json) => x.name)).toEqual(expect.arrayContaining(['gitlab ci', 'child']));
    expect(JSON.stringify(list.body)).not.toContain(secret);
    expect(list.body.items.find((x: Json) => x.name === 'gitlab ci').lastUsedAt).not.toBeNull();

    for (const bad of ['lvs_short', 'not-a-token', `${secret.slice(0, -1)}X`]) {
      const r = await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token: bad });
      expect(r.status, bad).toBe(401);
      expect(r.body.code).toBe('auth.invalid_token');
    }
    const noScheme = await call(t.baseUrl, 'GET', '/api/v1/auth/me', { headers: { authorization: secret } });
    expect(noScheme.status).toBe(401);

    await t.dataSource.query(`UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1`, [minted.body.token.id]);
    const expired = await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token: minted.body.secret });
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toMatch(/expired/);

    const revoke = await call(t.baseUrl, 'DELETE', `/api/v1/tokens/${created.body.token.id}`, { token: secret });
    expect(revoke.status).toBe(204);
    const revoked = await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token: secret });
    expect(revoked.status).toBe(401);
    expect(revoked.body.detail).toMatch(/revoked/);
    const rejected = await auditActions(t, 'auth.token_rejected');
    expect(rejected.map((e) => e.detail)).toEqual(
      expect.arrayContaining(['malformed token', 'unknown token', 'expired token', 'revoked token']),
    );
  });

  it('lets a viewer read but not write, with 403 problem+json and an audit event', async () => {
    await call(t.baseUrl, 'POST', '/api/v1/users', {
      cookie: admin.cookie,
      csrf: admin.csrf,
      body: { username: 'auditor', password: 'viewer-password-1', role: 'viewer' },
    });
    const v = await login(t.baseUrl, 'auditor', 'viewer-password-1');
    expect((await call(t.baseUrl, 'GET', '/api/v1/audit', { cookie: v.cookie })).status).toBe(200);
    const w = await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...v, body: { name: 'x', role: 'viewer' } });
    expect(w.status).toBe(403);
    expect(w.body.code).toBe('auth.forbidden');
    const denied = await auditActions(t, 'auth.forbidden');
    expect(denied.at(-1)).toMatchObject({ actor_name: 'auditor', outcome: 'denied' });
  });

  it('stops a token at once when its creator is disabled or demoted (verified tokens are not trusted past a change)', async () => {
    const made = await call(t.baseUrl, 'POST', '/api/v1/users', {
      cookie: admin.cookie,
      csrf: admin.csrf,
      body: { username: 'ops-temp', password: 'operator-password-1', role: 'operator' },
    });
    const o = await login(t.baseUrl, 'ops-temp', 'operator-password-1');
    const secret = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...o, body: { name: 'ci', role: 'operator' } })).body.secret;
    expect((await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token: secret })).body.user.role).toBe('operator');
    await call(t.baseUrl, 'PATCH', `/api/v1/users/${made.body.id}`, { cookie: admin.cookie, csrf: admin.csrf, body: { role: 'viewer' } });
    expect((await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token: secret })).body.user.role).toBe('viewer');
    await call(t.baseUrl, 'PATCH', `/api/v1/users/${made.body.id}`, { cookie: admin.cookie, csrf: admin.csrf, body: { disabled: true } });
    expect((await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token: secret })).status).toBe(401);
  });

  it('keeps a cluster-scoped token away from routes outside its cluster', async () => {
    const unknown = await call(t.baseUrl, 'POST', '/api/v1/tokens', {
      ...admin,
      body: { name: 'ghost', role: 'operator', clusterId: '00000000-0000-4000-8000-000000000001' },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([{ path: 'body.clusterId', message: 'no such cluster' }]);
    const cluster = await call(t.baseUrl, 'POST', '/api/v1/clusters', { ...admin, body: { name: 'scoped-one' } });
    expect(cluster.status).toBe(201);
    const scoped = await call(t.baseUrl, 'POST', '/api/v1/tokens', {
      ...admin,
      body: { name: 'one-cluster', role: 'operator', clusterId: cluster.body.id },
    });
    expect(scoped.status).toBe(201);
    const r = await call(t.baseUrl, 'GET', '/api/v1/tokens', { token: scoped.body.secret });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('auth.out_of_scope');
    expect((await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token: scoped.body.secret })).status).toBe(200);
    expect((await call(t.baseUrl, 'GET', `/api/v1/clusters/${cluster.body.id}`, { token: scoped.body.secret })).status).toBe(200);
  });

  it('rate-limits repeated invalid Bearer tokens from one address with 429 and Retry-After', async () => {
    let last = 0;
    let retryAfter: string | null = null;
    for (let i = 0; i < 25 && last !== 429; i++) {
      const r = await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token: `lvs_${'A'.repeat(48)}` });
      last = r.status;
      retryAfter = r.headers.get('retry-after');
    }
    expect(last).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('signs out: the cookie stops working', async () => {
    const s = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    expect((await call(t.baseUrl, 'POST', '/api/v1/auth/logout', s)).status).toBe(204);
    expect((await call(t.baseUrl, 'GET', '/api/v1/auth/me', { cookie: s.cookie })).status).toBe(401);
  });
});
