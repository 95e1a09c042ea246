import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';
import { ROLES, roleAtLeast, type Role } from '../../common/auth/roles';

interface Operation {
  method: string;
  path: string;
  op: Json;
}

/** Every operation of the live OpenAPI document, so a new endpoint is covered the moment it exists. */
async function operations(baseUrl: string): Promise<Operation[]> {
  const spec = (await call(baseUrl, 'GET', '/api/openapi.json')).body;
  const out: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      if (item[method]) out.push({ method: method.toUpperCase(), path, op: item[method] });
    }
  }
  return out;
}

function concrete(o: Operation): string {
  return o.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const p = (o.op.parameters ?? []).find((x: Json) => x.name === name && x.in === 'path');
    return p?.schema?.type === 'integer' || p?.schema?.type === 'number' ? '1' : randomUUID();
  });
}

describe('role × endpoint matrix from the OpenAPI spec (default-deny)', () => {
  let t: TestApp;
  let ops: Operation[];
  const tokens = {} as Record<Role, string>;
  let adminSession: { cookie: string; csrf: string };

  beforeAll(async () => {
    t = await startTestApp();
    adminSession = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    for (const role of ROLES) {
      let session = adminSession;
      if (role !== 'admin') {
        await call(t.baseUrl, 'POST', '/api/v1/users', { ...adminSession, body: { username: `m-${role}`, password: `${role}-password-xyz`, role } });
        session = await login(t.baseUrl, `m-${role}`, `${role}-password-xyz`);
      }
      // a viewer cannot mint tokens itself: the admin mints a viewer token
      const minter = role === 'viewer' ? adminSession : session;
      const r = await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...minter, body: { name: `matrix-${role}`, role } });
      expect(r.status).toBe(201);
      tokens[role] = r.body.secret;
    }
    ops = await operations(t.baseUrl);
  });
  afterAll(async () => {
    await t.close();
  });

  it('every operation is either public or declares its least role', () => {
    expect(ops.length).toBeGreaterThan(10);
    const undeclared = ops.filter((o) => !o.op['x-public'] && !ROLES.includes(o.op['x-required-role'])).map((o) => `${o.method} ${o.path}`);
    expect(undeclared).toEqual([]);
    const publicOps = ops.filter((o) => o.op['x-public']).map((o) => `${o.method} ${o.path}`).sort();
    expect(publicOps).toEqual(['GET /api/v1/cli/lvsctl.mjs', 'GET /api/v1/health', 'GET /api/v1/ready', 'POST /api/v1/auth/login']);
  });

  it('refuses every non-public operation without credentials (401)', async () => {
    const wrong: string[] = [];
    for (const o of ops.filter((x) => !x.op['x-public'])) {
      const r = await call(t.baseUrl, o.method, concrete(o), { body: o.method === 'GET' || o.method === 'DELETE' ? undefined : {} });
      if (r.status !== 401 || r.body?.code !== 'auth.unauthenticated') wrong.push(`${o.method} ${o.path} -> ${r.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives each role exactly what it may do: 403 below the required role, past the guard at or above it, never 500', async () => {
    const wrong: string[] = [];
    for (const o of ops.filter((x) => !x.op['x-public'])) {
      const need: Role = o.op['x-required-role'];
      for (const role of ROLES) {
        const r = await call(t.baseUrl, o.method, concrete(o), { token: tokens[role], body: o.method === 'GET' || o.method === 'DELETE' ? undefined : {} });
        const allowed = roleAtLeast(role, need);
        const ok = r.status < 500 && (allowed ? r.status !== 401 && r.status !== 403 : r.status === 403 && r.body?.code === 'auth.forbidden');
        if (!ok) wrong.push(`${role} ${o.method} ${o.path} (needs ${need}) -> ${r.status} ${r.body?.code ?? ''}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses cookie-authenticated writes without the CSRF token on every unsafe operation', async () => {
    const wrong: string[] = [];
    for (const o of ops.filter((x) => !x.op['x-public'] && x.method !== 'GET')) {
      const r = await call(t.baseUrl, o.method, concrete(o), { cookie: adminSession.cookie, body: o.method === 'DELETE' ? undefined : {} });
      if (r.status !== 403 || r.body?.code !== 'auth.csrf_rejected') wrong.push(`${o.method} ${o.path} -> ${r.status}`);
    }
    expect(wrong).toEqual([]);
  });
});
