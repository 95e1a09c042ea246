import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../../../../test/pg';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';

describe('audit log: append-only, hash-chained, filterable, exportable (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: { cookie: string; csrf: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    for (const name of ['alice', 'bob', 'carol']) {
      const r = await call(t.baseUrl, 'POST', '/api/v1/users', {
        ...admin,
        body: { username: name, password: 'long-enough-passphrase-9', role: 'viewer' },
      });
      expect(r.status).toBe(201);
    }
    await call(t.baseUrl, 'POST', '/api/v1/auth/login', { body: { username: 'alice', password: 'nope-nope-nope' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('records who did what, from where, with before/after and the request id', async () => {
    const r = await call(t.baseUrl, 'GET', '/api/v1/audit?action=user.create', { cookie: admin.cookie });
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(3);
    const e = r.body.items[0];
    expect(e).toMatchObject({
      action: 'user.create',
      actor: { type: 'user', name: 'admin' },
      ip: expect.stringMatching(/127\.0\.0\.1/),
      outcome: 'success',
    });
    expect(e.after).toMatchObject({ username: 'carol', role: 'viewer' });
    expect(e.requestId).toMatch(/.+/);
    expect(e.userAgent).toBeTruthy();
  });

  it('filters by actor, action prefix, outcome and time, with cursor pagination', async () => {
    const failed = await call(t.baseUrl, 'GET', '/api/v1/audit?action=auth.&outcome=failure', { cookie: admin.cookie });
    expect(failed.body.items.map((e: Json) => e.action)).toEqual(['auth.login_failed']);
    const byAdmin = await call(t.baseUrl, 'GET', '/api/v1/audit?actor=admin&limit=2', { cookie: admin.cookie });
    expect(byAdmin.body.items).toHaveLength(2);
    expect(byAdmin.body.nextCursor).toBeTruthy();
    const next = await call(t.baseUrl, 'GET', `/api/v1/audit?actor=admin&limit=2&before=${byAdmin.body.nextCursor}`, {
      cookie: admin.cookie,
    });
    expect(Number(next.body.items[0].id)).toBeLessThan(Number(byAdmin.body.items[1].id));
    const future = await call(t.baseUrl, 'GET', `/api/v1/audit?from=${new Date(Date.now() + 3_600_000).toISOString()}`, {
      cookie: admin.cookie,
    });
    expect(future.body).toMatchObject({ total: 0, items: [] });
    const bad = await call(t.baseUrl, 'GET', '/api/v1/audit?from=yesterday&limit=9999', { cookie: admin.cookie });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((x: Json) => x.path).sort()).toEqual(['query.from', 'query.limit']);
  });

  it('exports CSV and JSON lines', async () => {
    const csv = await call(t.baseUrl, 'GET', '/api/v1/audit?format=csv&action=user.create', { cookie: admin.cookie });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toMatch(/^id,at,actor_type,actor/);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"user.create"');
    const jsonl = await call(t.baseUrl, 'GET', '/api/v1/audit?format=jsonl', { cookie: admin.cookie });
    const events = jsonl.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.length).toBeGreaterThan(4);
    expect(Number(events[0].id)).toBeLessThan(Number(events[1].id));
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database level', async () => {
    await expect(t.dataSource.query(`UPDATE audit_events SET actor_name = 'mallory'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
  });

  it('verifies the chain, and finds an edited row and a removed row', async () => {
    const ok = await call(t.baseUrl, 'GET', '/api/v1/audit/verify', { cookie: admin.cookie });
    expect(ok.body).toMatchObject({ valid: true, firstBroken: null });
    expect(ok.body.checked).toBeGreaterThan(5);

    const rows: { id: string }[] = await t.dataSource.query('SELECT id FROM audit_events ORDER BY id');
    const edited = rows[3].id;
    // A database superuser bypassing the trigger: exactly what the chain is for.
    await adminQuery(
      t.databaseUrl,
      `SET session_replication_role = replica; UPDATE audit_events SET actor_name = 'mallory' WHERE id = ${edited}`,
    );
    const tampered = await call(t.baseUrl, 'GET', '/api/v1/audit/verify', { cookie: admin.cookie });
    expect(tampered.body).toMatchObject({ valid: false, checked: 3, firstBroken: { id: edited, reason: expect.stringMatching(/edited/) } });

    await adminQuery(t.databaseUrl, `SET session_replication_role = replica; DELETE FROM audit_events WHERE id <= ${edited}`);
    const removed = await call(t.baseUrl, 'GET', '/api/v1/audit/verify', { cookie: admin.cookie });
    expect(removed.body).toMatchObject({
      valid: false,
      checked: 0,
      firstBroken: { id: rows[4].id, reason: expect.stringMatching(/removed/) },
    });
  });
});
