import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';
import { LOGIN_THROTTLE } from '../users/login-throttles.repository';

type Session = { cookie: string; csrf: string };

/** A sign-in "from" an address: the test talks to the API on loopback (a trusted proxy hop), which vouches for `from`. */
const signInFrom = (t: TestApp, from: string, username: string, password: string) =>
  call(t.baseUrl, 'POST', '/api/v1/auth/login', { body: { username, password }, headers: { 'x-forwarded-for': from } });

/** One request from a chosen loopback source address (fetch cannot bind one). */
function fromAddress(
  baseUrl: string,
  localAddress: string,
  path: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ status: number; body: Json }> {
  const u = new URL(baseUrl + path);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

async function lastAudit(t: TestApp, action: string): Promise<Json> {
  const rows: Json[] = await t.dataSource.query('SELECT * FROM audit_events WHERE action = $1 ORDER BY id DESC LIMIT 1', [action]);
  return rows[0];
}

async function createUser(
  t: TestApp,
  admin: Session,
  username: string,
  role: string,
  password = 'long-enough-passphrase-7',
): Promise<Json> {
  const r = await call(t.baseUrl, 'POST', '/api/v1/users', { ...admin, body: { username, password, role } });
  expect(r.status, r.text).toBe(201);
  return r.body;
}

describe('auth hardening: addresses, sign-in delays, the last admin, sessions, tokens, passwords, audit visibility', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends security headers: nothing of the API may be framed or sniffed; /api/docs gets a policy that lets Swagger UI load its own files', async () => {
    for (const path of ['/api/v1/health', '/api/v1/auth/me', '/api/openapi.json', '/api/v1/nope']) {
      const r = await call(t.baseUrl, 'GET', path);
      expect(r.headers.get('content-security-policy'), path).toBe(
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      );
      expect(r.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(r.headers.get('x-frame-options'), path).toBe('DENY');
      expect(r.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
    const docs = await call(t.baseUrl, 'GET', '/api/docs');
    expect(docs.status).toBe(200);
    const csp = docs.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Every script of the page is a file of this origin, so the policy does not block Swagger UI.
    expect(docs.text).not.toMatch(/<script>(?!\s*<\/script>)/);
    const scripts = [...docs.text.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const src of scripts) {
      expect((await call(t.baseUrl, 'GET', new URL(src, `${t.baseUrl}/api/docs/`).pathname)).status, src).toBe(200);
    }
  });

  it('believes X-Forwarded-For for one hop only: a client cannot put its own address behind the proxy', async () => {
    // The loopback peer vouches for the rightmost entry only; the spoofed one to its left is the client's own text.
    const r = await signInFrom(t, '203.0.113.9, 127.0.0.7', 'admin', 'not-the-password!');
    expect(r.status).toBe(401);
    expect((await lastAudit(t, 'auth.login_failed')).ip).toBe('127.0.0.7');
  });

  it('throttles per (user, source): guesses from one address never stop the owner signing in from another, and admins can unlock', async () => {
    const u = await createUser(t, admin, 'target', 'viewer', 'correct-horse-battery');
    const attacker = '198.51.100.1';
    const answers: Json[] = [];
    for (let i = 0; i < LOGIN_THROTTLE.free + 1; i++) answers.push((await signInFrom(t, attacker, 'target', `guess-${i}-wrong`)).body.code);
    expect(answers).toEqual(Array(LOGIN_THROTTLE.free + 1).fill('auth.invalid_credentials'));
    const blocked = await signInFrom(t, attacker, 'target', 'correct-horse-battery');
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('auth.rate_limited');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // As after a long series of guesses: the delay runs for minutes (so nothing below races its end).
    await t.dataSource.query(
      `UPDATE login_throttles SET failures = 12, blocked_until = now() + interval '5 minutes' WHERE username_key = 'target' AND source = $1`,
      [attacker],
    );
    // The owner, from elsewhere, is not slowed at all.
    const owner = await signInFrom(t, '198.51.100.2', 'target', 'correct-horse-battery');
    expect(owner.status, owner.text).toBe(200);
    const seen = await call(t.baseUrl, 'GET', `/api/v1/users/${u.id}`, admin);
    expect(seen.body.lockedUntil).not.toBeNull();

    const unlocked = await call(t.baseUrl, 'POST', `/api/v1/users/${u.id}/unlock`, admin);
    expect(unlocked.status, unlocked.text).toBe(200);
    expect(unlocked.body.lockedUntil).toBeNull();
    expect(await lastAudit(t, 'user.unlock')).toMatchObject({ actor_name: 'admin', target_id: u.id, outcome: 'success' });
    expect((await signInFrom(t, attacker, 'target', 'correct-horse-battery')).status).toBe(200);
    const viewer = await login(t.baseUrl, 'target', 'correct-horse-battery');
    expect((await call(t.baseUrl, 'POST', `/api/v1/users/${u.id}/unlock`, viewer)).status).toBe(403);
  });

  it('answers a delayed real user and an unknown user name alike (the delay tells nothing about which names exist)', async () => {
    await createUser(t, admin, 'realname', 'viewer');
    const run = async (name: string, from: string) => {
      const out: Json[] = [];
      for (let i = 0; i < LOGIN_THROTTLE.free + 3; i++) {
        const r = await signInFrom(t, from, name, `wrong-guess-${i}`);
        // The seconds left differ by when the attempt landed; everything else must be the same.
        out.push({
          status: r.status,
          code: r.body.code,
          detail: String(r.body.detail).replace(/\d+ s\b/, 'N s'),
          retryAfter: r.headers.get('retry-after') !== null,
        });
      }
      return out;
    };
    const real = await run('realname', '198.51.100.10');
    const unknown = await run('no-such-user', '198.51.100.11');
    expect(real.map((x) => x.status)).toContain(429);
    expect(unknown).toEqual(real);
  });

  it('never leaves zero admins, even with concurrent demotions (serialised in the database)', async () => {
    await createUser(t, admin, 'second-admin', 'admin');
    const ids: { id: string; username: string }[] = await t.dataSource.query(
      `SELECT id, username FROM users WHERE username IN ('admin', 'second-admin')`,
    );
    for (let round = 0; round < 6; round++) {
      await t.dataSource.query(`UPDATE users SET role = 'admin', disabled = false WHERE username IN ('admin', 'second-admin')`);
      await t.dataSource.query(`UPDATE users SET role = 'viewer' WHERE role = 'admin' AND username NOT IN ('admin', 'second-admin')`);
      const s = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
      // Both demotions at once: each alone is allowed (there are two admins), together they are not.
      const body = round % 2 === 0 ? { role: 'operator' } : { disabled: true };
      const answers = await Promise.all(ids.map((u) => call(t.baseUrl, 'PATCH', `/api/v1/users/${u.id}`, { ...s, body })));
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND NOT disabled`);
      expect(n, `round ${round}: ${answers.map((a) => a.status).join(', ')}`).toBeGreaterThanOrEqual(1);
      expect(answers.filter((a) => a.status === 200).length).toBeLessThanOrEqual(1);
    }
    await t.dataSource.query(`UPDATE users SET role = 'admin', disabled = false WHERE username = 'admin'`);
    admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
  });

  it('ends every session of a user whose password, role or enabled state an admin changes', async () => {
    const u = await createUser(t, admin, 'sess-user', 'operator', 'first-passphrase-ok');
    const me = (s: Session) => call(t.baseUrl, 'GET', '/api/v1/auth/me', { cookie: s.cookie }).then((r) => r.status);
    let a = await login(t.baseUrl, 'sess-user', 'first-passphrase-ok');
    let b = await login(t.baseUrl, 'sess-user', 'first-passphrase-ok');
    expect(
      await call(t.baseUrl, 'PATCH', `/api/v1/users/${u.id}`, { ...admin, body: { password: 'second-passphrase-ok' } }).then(
        (r) => r.status,
      ),
    ).toBe(200);
    expect([await me(a), await me(b)]).toEqual([401, 401]);
    expect(await lastAudit(t, 'user.update')).toMatchObject({
      after: expect.objectContaining({ passwordChanged: true, sessionsEnded: 2 }),
    });

    a = await login(t.baseUrl, 'sess-user', 'second-passphrase-ok');
    expect(await call(t.baseUrl, 'PATCH', `/api/v1/users/${u.id}`, { ...admin, body: { role: 'viewer' } }).then((r) => r.status)).toBe(200);
    expect(await me(a)).toBe(401);

    b = await login(t.baseUrl, 'sess-user', 'second-passphrase-ok');
    expect(await call(t.baseUrl, 'PATCH', `/api/v1/users/${u.id}`, { ...admin, body: { disabled: true } }).then((r) => r.status)).toBe(200);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [u.id])).toEqual([{ n: 0 }]);
    expect(await me(b)).toBe(401);
  });

  it('creates tokens from signed-in sessions only: a token cannot mint a child that outlives it', async () => {
    const parent = await call(t.baseUrl, 'POST', '/api/v1/tokens', {
      ...admin,
      body: { name: 'parent', role: 'operator', expiresInDays: 1 },
    });
    expect(parent.status).toBe(201);
    const child = await call(t.baseUrl, 'POST', '/api/v1/tokens', {
      token: parent.body.secret,
      body: { name: 'forever', role: 'operator' },
    });
    expect(child.status).toBe(403);
    expect(child.body).toMatchObject({ code: 'auth.session_required' });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM api_tokens WHERE name = 'forever'`)).toEqual([{ n: 0 }]);
    expect(await lastAudit(t, 'auth.session_required')).toMatchObject({ outcome: 'denied', token_id: parent.body.token.id });
  });

  it('refuses common passwords, patterns and passwords containing the user name, naming the field', async () => {
    for (const [username, password] of [
      ['pw-a', 'password1234'],
      ['pw-b', 'qwertyuiop12'],
      ['pw-c', 'aaaaaaaaaaaaaa'],
      ['maria.lopez', 'Maria.Lopez-2025!'],
    ]) {
      const r = await call(t.baseUrl, 'POST', '/api/v1/users', { ...admin, body: { username, password, role: 'viewer' } });
      expect(r.status, `${username} ${password}`).toBe(400);
      expect(r.body.errors).toEqual([{ path: 'body.password', message: expect.any(String) }]);
    }
    const u = await createUser(t, admin, 'pw-ok', 'viewer');
    const patched = await call(t.baseUrl, 'PATCH', `/api/v1/users/${u.id}`, { ...admin, body: { password: 'pw-ok-is-my-name' } });
    expect(patched.status).toBe(400);
    expect(patched.body.errors).toEqual([{ path: 'body.password', message: 'must not contain the user name' }]);
  });

  it('lets a user change their own password with the current one; the other sessions end, this one stays', async () => {
    await createUser(t, admin, 'self-service', 'viewer', 'old-passphrase-here');
    const here = await login(t.baseUrl, 'self-service', 'old-passphrase-here');
    const elsewhere = await login(t.baseUrl, 'self-service', 'old-passphrase-here');
    const wrong = await call(t.baseUrl, 'POST', '/api/v1/auth/password', {
      ...here,
      body: { currentPassword: 'not-the-old-one', newPassword: 'brand-new-passphrase' },
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toMatchObject({
      code: 'auth.wrong_password',
      errors: [{ path: 'body.currentPassword', message: expect.any(String) }],
    });
    const weak = await call(t.baseUrl, 'POST', '/api/v1/auth/password', {
      ...here,
      body: { currentPassword: 'old-passphrase-here', newPassword: 'letmein12345' },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].path).toBe('body.newPassword');
    const missing = await call(t.baseUrl, 'POST', '/api/v1/auth/password', { ...here, body: { newPassword: 'brand-new-passphrase' } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe('body.currentPassword');

    const ok = await call(t.baseUrl, 'POST', '/api/v1/auth/password', {
      ...here,
      body: { currentPassword: 'old-passphrase-here', newPassword: 'brand-new-passphrase' },
    });
    expect(ok.status, ok.text).toBe(204);
    expect((await call(t.baseUrl, 'GET', '/api/v1/auth/me', { cookie: here.cookie })).status).toBe(200);
    expect((await call(t.baseUrl, 'GET', '/api/v1/auth/me', { cookie: elsewhere.cookie })).status).toBe(401);
    expect(
      (await call(t.baseUrl, 'POST', '/api/v1/auth/login', { body: { username: 'self-service', password: 'old-passphrase-here' } })).status,
    ).toBe(401);
    await login(t.baseUrl, 'self-service', 'brand-new-passphrase');
    expect(await lastAudit(t, 'auth.password_change')).toMatchObject({ actor_name: 'self-service', outcome: 'success' });
    expect(JSON.stringify(await t.dataSource.query('SELECT * FROM audit_events'))).not.toContain('brand-new-passphrase');
  });

  it('shows the user name typed into a failed sign-in to admins only', async () => {
    await call(t.baseUrl, 'POST', '/api/v1/auth/login', {
      body: { username: 'Sup3rS3cretTypedIntoName', password: 'whatever-here' },
      headers: { 'x-forwarded-for': '198.51.100.77' },
    });
    await createUser(t, admin, 'audit-viewer', 'viewer');
    const viewer = await login(t.baseUrl, 'audit-viewer', 'long-enough-passphrase-7');
    const asViewer = await call(t.baseUrl, 'GET', '/api/v1/audit?action=auth.login_failed&limit=200', { cookie: viewer.cookie });
    expect(asViewer.status).toBe(200);
    expect(asViewer.text).not.toContain('Sup3rS3cretTypedIntoName');
    expect(asViewer.body.items[0].target).toEqual({ type: 'user', id: '[redacted]' });
    // Nor can a viewer find it by searching for it.
    for (const q of ['targetId=Sup3rS3cretTypedIntoName', 'q=Sup3rS3cret']) {
      expect((await call(t.baseUrl, 'GET', `/api/v1/audit?${q}`, { cookie: viewer.cookie })).body.total, q).toBe(0);
    }
    const csv = await call(t.baseUrl, 'GET', '/api/v1/audit?format=csv&action=auth.login_failed', { cookie: viewer.cookie });
    expect(csv.text).not.toContain('Sup3rS3cretTypedIntoName');
    const asAdmin = await call(t.baseUrl, 'GET', '/api/v1/audit?targetId=Sup3rS3cretTypedIntoName', admin);
    expect(asAdmin.body.items[0]).toMatchObject({ action: 'auth.login_failed', target: { id: 'Sup3rS3cretTypedIntoName' } });
  });
});

describe('TRUST_PROXY: a client talking to the API directly cannot choose its address', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Only 127.0.0.2 is the proxy; the test's other requests come from 127.0.0.1, a direct client.
    t = await startTestApp({ TRUST_PROXY: '127.0.0.2' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('ignores X-Forwarded-For from a peer that is not the configured proxy, and honours it (one hop) from the proxy', async () => {
    const direct = await fromAddress(
      t.baseUrl,
      '127.0.0.1',
      '/api/v1/auth/login',
      { 'x-forwarded-for': '203.0.113.50' },
      { username: 'admin', password: 'wrong-password-1' },
    );
    expect(direct.status).toBe(401);
    expect((await lastAudit(t, 'auth.login_failed')).ip).toBe('127.0.0.1');
    const proxied = await fromAddress(
      t.baseUrl,
      '127.0.0.2',
      '/api/v1/auth/login',
      { 'x-forwarded-for': '203.0.113.1, 203.0.113.51' },
      { username: 'admin', password: 'wrong-password-2' },
    );
    expect(proxied.status).toBe(401);
    expect((await lastAudit(t, 'auth.login_failed')).ip).toBe('203.0.113.51');
  });
});
