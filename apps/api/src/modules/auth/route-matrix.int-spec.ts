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
        await call(t.baseUrl, 'POST', '/api/v1/users', {
          ...adminSession,
          body: { username: `m-${role}`, password: `${role}-password-xyz`, role },
        });
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
    const publicOps = ops
      .filter((o) => o.op['x-public'])
      .map((o) => `${o.method} ${o.path}`)
      .sort();
    expect(publicOps).toEqual([
      'GET /api/v1/auth/oidc/callback',
      'GET /api/v1/auth/oidc/login',
      'GET /api/v1/auth/providers',
      'GET /api/v1/cli/lvsctl.mjs',
      'GET /api/v1/health',
      'GET /api/v1/ready',
      'POST /api/v1/auth/login',
    ]);
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
        const r = await call(t.baseUrl, o.method, concrete(o), {
          token: tokens[role],
          body: o.method === 'GET' || o.method === 'DELETE' ? undefined : {},
        });
        const allowed = roleAtLeast(role, need);
        // Session-only operations (minting tokens, changing one's password) refuse every token past the role check.
        const sessionOnly = allowed && o.op['x-session-only'] === true;
        const ok =
          r.status < 500 &&
          (sessionOnly
            ? r.status === 403 && r.body?.code === 'auth.session_required'
            : allowed
              ? r.status !== 401 && r.status !== 403
              : r.status === 403 && r.body?.code === 'auth.forbidden');
        if (!ok) wrong.push(`${role} ${o.method} ${o.path} (needs ${need}) -> ${r.status} ${r.body?.code ?? ''}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets a signed-in session past the guard on the session-only operations (tokens are refused above)', async () => {
    const sessionOnly = ops.filter((o) => o.op['x-session-only']);
    expect(sessionOnly.map((o) => `${o.method} ${o.path}`).sort()).toEqual(['POST /api/v1/auth/password', 'POST /api/v1/tokens']);
    for (const o of sessionOnly) {
      const r = await call(t.baseUrl, o.method, concrete(o), { ...adminSession, body: {} });
      expect([o.path, r.status]).toEqual([o.path, 400]);
    }
  });

  it('refuses cookie-authenticated writes without the CSRF token on every unsafe operation', async () => {
    const wrong: string[] = [];
    for (const o of ops.filter((x) => !x.op['x-public'] && x.method !== 'GET')) {
      const r = await call(t.baseUrl, o.method, concrete(o), { cookie: adminSession.cookie, body: o.method === 'DELETE' ? undefined : {} });
      if (r.status !== 403 || r.body?.code !== 'auth.csrf_rejected') wrong.push(`${o.method} ${o.path} -> ${r.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps credential bindings and host-key pins that decide where a secret goes to admins (issue 13)', async () => {
    const as = (token: string, method: string, path: string, body?: unknown) => call(t.baseUrl, method, `/api/v1${path}`, { token, body });
    // credential bindings: set at create and changed by PATCH, admin only
    const made = await as(tokens.admin, 'POST', '/credentials', {
      name: 'matrix-cred',
      kind: 'password',
      password: 'matrix-secret',
      allowedAddresses: ['127.0.0.1'],
    });
    expect(made.status, made.text).toBe(201);
    for (const role of ['viewer', 'operator'] as const) {
      const patch = await as(tokens[role], 'PATCH', `/credentials/${made.body.id}`, { allowedAddresses: ['127.0.0.0/8'] });
      expect([role, patch.status, patch.body?.code]).toEqual([role, 403, 'auth.forbidden']);
    }
    expect((await as(tokens.admin, 'PATCH', `/credentials/${made.body.id}`, { allowedAddresses: ['127.0.0.1', '127.0.0.2'] })).status).toBe(
      200,
    );

    // host-key pins: a director with a credential needs an admin (not scoped to the cluster); the
    // guard answers before the director is contacted (port 1 on loopback: nothing listens)
    const spec = {
      name: 'matrix-pins',
      directors: [
        { name: 'lb1', address: '127.0.0.1', sshPort: 1, credential: 'matrix-cred' },
        { name: 'lb2', address: '127.0.0.2', sshPort: 1 },
      ],
    };
    const c = await as(tokens.admin, 'POST', '/clusters', spec);
    expect(c.status, c.text).toBe(201);
    const scoped = (
      await call(t.baseUrl, 'POST', '/api/v1/tokens', {
        ...adminSession,
        body: { name: 'matrix-scoped-admin', role: 'admin', clusterId: c.body.id },
      })
    ).body.secret;
    const pin = (token: string, director: string) =>
      as(token, 'PUT', `/clusters/${c.body.id}/host-keys/${director}`, { fingerprint: `SHA256:${'A'.repeat(43)}` });
    for (const [who, token] of [
      ['operator', tokens.operator],
      ['cluster-scoped admin', scoped],
    ] as const) {
      const r = await pin(token, 'lb1');
      expect([who, r.status, r.body?.code]).toEqual([who, 403, 'deployments.host_key_admin_only']);
    }
    // past the guard: the director is contacted (and cannot be reached), never 403
    expect((await pin(tokens.admin, 'lb1')).status).toBe(502);
    // without a credential an operator may pin a first key
    expect((await pin(tokens.operator, 'lb2')).status).toBe(502);
    expect((await pin(tokens.viewer, 'lb2')).status).toBe(403);
  });
  it('keeps script-bearing fields, credentials and non-default paths to admins not scoped to a cluster, on every write route (issue 13)', async () => {
    const as = (token: string, method: string, path: string, body?: unknown) => call(t.baseUrl, method, `/api/v1${path}`, { token, body });
    const made = await as(tokens.admin, 'POST', '/clusters', {
      name: 'matrix-scripts',
      directors: [{ name: 'lb1', address: '127.0.0.1', sshPort: 1 }],
      vrrpInstances: [
        {
          name: 'VI_1',
          interface: 'eth0',
          virtualRouterId: 9,
          members: [{ director: 'lb1', priority: 100 }],
          vips: [{ address: '10.213.9.1/32' }],
        },
      ],
      virtualServices: [{ vip: '10.213.9.1', port: 80, realServers: [{ address: '10.213.9.11', port: 80 }] }],
    });
    expect(made.status, made.text).toBe(201);
    const c = made.body.id as string;
    const scopedAdmin = (
      await call(t.baseUrl, 'POST', '/api/v1/tokens', {
        ...adminSession,
        body: { name: 'matrix-scoped-scripts', role: 'admin', clusterId: c },
      })
    ).body.secret;
    const inst = (await as(tokens.admin, 'GET', `/clusters/${c}/vrrp-instances`)).body.items[0].id;
    const vs = (await as(tokens.admin, 'GET', `/clusters/${c}/virtual-services`)).body.items[0].id;
    const rs = (await as(tokens.admin, 'GET', `/clusters/${c}/virtual-services/${vs}/real-servers`)).body.items[0].id;
    // one write per admin-only field, through the route that edits it; each names its field
    const writes: [string, string, unknown, string][] = [
      ['PATCH', `/clusters/${c}/vrrp-instances/${inst}`, { notify: { master: '/bin/sh -c id' } }, 'body.notify.master'],
      ['PATCH', `/clusters/${c}/vrrp-instances/${inst}`, { notify: { any: '/usr/bin/logger' } }, 'body.notify.any'],
      ['PATCH', `/clusters/${c}/virtual-services/${vs}`, { quorumUp: '/bin/sh -c up' }, 'body.quorumUp'],
      ['PATCH', `/clusters/${c}/virtual-services/${vs}`, { quorumDown: '/bin/sh -c down' }, 'body.quorumDown'],
      [
        'PATCH',
        `/clusters/${c}/virtual-services/${vs}/real-servers/${rs}`,
        { healthCheck: { type: 'MISC_CHECK', script: '/bin/sh -c check' } },
        'body.healthCheck.script',
      ],
      ['POST', `/clusters/${c}/directors`, { name: 'lb2', address: '127.0.0.2', credential: 'some-key' }, 'body.credential'],
      [
        'POST',
        `/clusters/${c}/directors`,
        { name: 'lb2', address: '127.0.0.2', configPath: '/etc/keepalived/other.conf' },
        'body.configPath',
      ],
      ['POST', `/clusters/${c}/directors`, { name: 'lb2', address: '127.0.0.2', sudo: true }, 'body.sudo'],
    ];
    const wrong: string[] = [];
    for (const [method, path, payload, field] of writes) {
      for (const [who, token] of [
        ['viewer', tokens.viewer],
        ['operator', tokens.operator],
        ['cluster-scoped admin', scopedAdmin],
      ] as const) {
        const r = await as(token, method, path, payload);
        const want = who === 'viewer' ? 'auth.forbidden' : 'topology.admin_only';
        const named = who === 'viewer' || (r.body?.errors ?? []).some((e: { path: string }) => e.path === field);
        if (r.status !== 403 || r.body?.code !== want || !named)
          wrong.push(`${who} ${method} ${field} -> ${r.status} ${r.body?.code ?? ''}`);
      }
    }
    expect(wrong).toEqual([]);
    // nothing was written; an admin may (each write undone by the next field's)
    expect((await as(tokens.admin, 'GET', `/clusters/${c}/spec`)).body.vrrpInstances[0].notify).toEqual({});
    for (const [method, path, payload] of writes.slice(0, 5)) expect((await as(tokens.admin, method, path, payload)).status).toBe(200);
    // the admin-only settings and the archive of deleted clusters are in the matrix above; an operator reads neither
    expect((await as(tokens.operator, 'GET', '/settings/script-allowlist')).status).toBe(403);
    expect((await as(tokens.operator, 'GET', '/archive/clusters')).status).toBe(403);
    expect((await as(scopedAdmin, 'GET', '/archive/clusters')).status).toBe(403);
  });
});
