import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { clusterSpec } from '../../../../../test/factories';
import { call, login, type Json } from '../../../../../test/http';
import { IS_ROOT, startSshd, type TestSshd } from '../../../../../test/sshd';

/**
 * Real-server access and checks through the API, against a real sshd on loopback standing in for a
 * real server (127.0.0.1 in the spec): the credential's binding, admin-only access and host-key
 * pinning, the checks run over SSH (this host is no DR real server, so they fail, with fixes), and
 * the prep script.
 */
describe.skipIf(!IS_ROOT)(`real-server checks API with a real sshd${IS_ROOT ? '' : ' — skipped: sshd for the lab user needs root'}`, () => {
  let t: TestApp;
  let sshd: TestSshd;
  let admin: { cookie: string; csrf: string };
  let operatorToken: string;
  let base: string;
  let clusterId: string;
  let credentialId: string;

  beforeAll(async () => {
    sshd = await startSshd();
    t = await startTestApp();
    admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    operatorToken = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'op', role: 'operator' } })).body.secret;
    const spec = clusterSpec({ name: 'rs-checks' });
    spec.virtualServices[0].realServers.push({ ...spec.virtualServices[0].realServers[1], address: '127.0.0.1', port: 80 });
    const made = await call(t.baseUrl, 'POST', '/api/v1/clusters', { ...admin, body: spec });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    clusterId = made.body.id;
    const vs = (await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/virtual-services`, { cookie: admin.cookie })).body.items[0];
    const reals = (
      await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/virtual-services/${vs.id}/real-servers`, { cookie: admin.cookie })
    ).body.items as Json[];
    const rs = reals.find((r) => r.address === '127.0.0.1');
    base = `/api/v1/clusters/${clusterId}/virtual-services/${vs.id}/real-servers/${rs.id}`;
    const cred = await call(t.baseUrl, 'POST', '/api/v1/credentials', {
      ...admin,
      body: { name: 'rs-key', kind: 'private_key', privateKey: sshd.privateKey, allowedAddresses: ['10.213.0.0/24'] },
    });
    expect(cred.status).toBe(201);
    credentialId = cred.body.id;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await sshd?.stop();
  });

  const access = { sshUser: '', sshPort: 0, credential: 'rs-key' };

  it('without access the checks are unchecked and point at the prep script', async () => {
    const r = await call(t.baseUrl, 'GET', `${base}/checks`, { cookie: admin.cookie });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      realServer: '127.0.0.1:80',
      service: '10.213.1.10:80/TCP',
      forwarding: 'DR',
      vips: ['10.213.1.10'],
      status: 'unchecked',
      access: null,
      checks: [],
      prepScriptUrl: `${base}/prep-script`,
    });
    expect((await call(t.baseUrl, 'GET', `${base}/access`, { cookie: admin.cookie })).status).toBe(404);
  });

  it('access is an admin’s, inside the credential’s binding', async () => {
    Object.assign(access, { sshUser: sshd.user, sshPort: sshd.port });
    const op = await call(t.baseUrl, 'PUT', `${base}/access`, { token: operatorToken, body: access });
    expect(op.status).toBe(403);
    const unbound = await call(t.baseUrl, 'PUT', `${base}/access`, { ...admin, body: access });
    expect(unbound.status).toBe(422);
    expect(unbound.body.code).toBe('credentials.not_bound');
    const bad = await call(t.baseUrl, 'PUT', `${base}/access`, { ...admin, body: { ...access, sshPort: 70000, sshUser: 'Root!' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: Json) => e.path).sort()).toEqual(['body.sshPort', 'body.sshUser']);
    expect(
      (
        await call(t.baseUrl, 'PATCH', `/api/v1/credentials/${credentialId}`, {
          ...admin,
          body: { allowedAddresses: ['10.213.0.0/24', '127.0.0.1'] },
        })
      ).status,
    ).toBe(200);
    const ok = await call(t.baseUrl, 'PUT', `${base}/access`, { ...admin, body: access });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      address: '127.0.0.1',
      sshUser: sshd.user,
      sshPort: sshd.port,
      credential: 'rs-key',
      sudo: false,
      hostKeyFingerprint: null,
      version: 1,
    });
    const audit = await call(t.baseUrl, 'GET', '/api/v1/audit?action=real_server.access_create', { cookie: admin.cookie });
    expect(audit.body.items[0]).toMatchObject({
      target: { type: 'real_server', id: `${clusterId}/127.0.0.1` },
      after: { credential: 'rs-key' },
    });
  });

  it('no check connects before the host key is pinned; only the offered key can be pinned', async () => {
    const before = await call(t.baseUrl, 'GET', `${base}/checks`, { cookie: admin.cookie });
    expect(before.body).toMatchObject({ status: 'unchecked', error: expect.stringContaining('host key') });
    const hk = await call(t.baseUrl, 'GET', `${base}/access/host-key`, { cookie: admin.cookie });
    expect(hk.body).toMatchObject({ offered: sshd.fingerprint, pinned: null });
    const wrong = await call(t.baseUrl, 'PUT', `${base}/access/host-key`, { ...admin, body: { fingerprint: `SHA256:${'A'.repeat(43)}` } });
    expect(wrong.status).toBe(409);
    const byOperator = await call(t.baseUrl, 'PUT', `${base}/access/host-key`, {
      token: operatorToken,
      body: { fingerprint: sshd.fingerprint },
    });
    expect(byOperator.status).toBe(403);
    const pinned = await call(t.baseUrl, 'PUT', `${base}/access/host-key`, { ...admin, body: { fingerprint: sshd.fingerprint } });
    expect(pinned.body).toMatchObject({ pinned: sshd.fingerprint, matches: true });
  });

  it('runs the checks over SSH: this host holds no VIP on lo, so DR fails with the fix', async () => {
    const r = await call(t.baseUrl, 'GET', `${base}/checks`, { token: operatorToken });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'fail', error: null, checkedAt: expect.any(String) });
    const byId = Object.fromEntries(r.body.checks.map((c: Json) => [c.id, c]));
    expect(byId['vip-on-loopback:10.213.1.10']).toMatchObject({ status: 'fail', fix: 'ip addr add 10.213.1.10/32 dev lo' });
    expect(byId['arp-ignore']).toBeDefined();
    expect(byId['rp-filter']).toBeDefined();
  });

  it('the prep script downloads as a shell script that sh accepts', async () => {
    const r = await call(t.baseUrl, 'GET', `${base}/prep-script`, { cookie: admin.cookie });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/x-shellscript');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="lvs-prep-127.0.0.1.sh"');
    expect(r.text).toContain('ip addr add 10.213.1.10/32 dev lo');
    expect(() => execFileSync('sh', ['-n'], { input: r.text })).not.toThrow();
    const json = await call(t.baseUrl, 'GET', `${base}/prep-script`, { cookie: admin.cookie, headers: { accept: 'application/json' } });
    expect(json.body).toMatchObject({ filename: 'lvs-prep-127.0.0.1.sh', forwarding: 'DR', script: r.text });
  });

  it('writes of the access take If-Match (412 when stale)', async () => {
    const cur = await call(t.baseUrl, 'GET', `${base}/access`, { cookie: admin.cookie });
    expect(cur.headers.get('etag')).toBe(`W/"${cur.body.version}"`);
    const stale = await call(t.baseUrl, 'PUT', `${base}/access`, {
      ...admin,
      body: { ...access, sudo: true },
      headers: { 'if-match': 'W/"1"' },
    });
    expect(stale.status).toBe(412);
    const ok = await call(t.baseUrl, 'PUT', `${base}/access`, {
      ...admin,
      body: access,
      headers: { 'if-match': cur.headers.get('etag')! },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: cur.body.version + 1, hostKeyFingerprint: sshd.fingerprint });
  });

  it('an id from elsewhere is a 404; removing access is audited and admin-only', async () => {
    const other = base.replace(/real-servers\/[0-9a-f-]+$/, 'real-servers/00000000-0000-4000-8000-000000000000');
    expect((await call(t.baseUrl, 'GET', `${other}/checks`, { cookie: admin.cookie })).status).toBe(404);
    expect((await call(t.baseUrl, 'DELETE', `${base}/access`, { token: operatorToken })).status).toBe(403);
    expect((await call(t.baseUrl, 'DELETE', `${base}/access`, { ...admin })).status).toBe(204);
    expect((await call(t.baseUrl, 'GET', `${base}/access`, { cookie: admin.cookie })).status).toBe(404);
  });
});
