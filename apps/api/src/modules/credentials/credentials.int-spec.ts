import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login } from '../../../../../test/http';
import { CredentialsService } from './credentials.service';

describe('SSH credentials: sealed at rest, never returned (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: { cookie: string; csrf: string };
  let dir: string;
  let key: string;
  let encrypted: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    dir = mkdtempSync(join(tmpdir(), 'lvs-cred-'));
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'plain')]);
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'correct horse', '-f', join(dir, 'enc')]);
    key = readFileSync(join(dir, 'plain'), 'utf8');
    encrypted = readFileSync(join(dir, 'enc'), 'utf8');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a private key sealed (AES-256-GCM) and shows only its fingerprint', async () => {
    const r = await call(t.baseUrl, 'POST', '/api/v1/credentials', {
      ...admin,
      body: { name: 'lab-key', kind: 'private_key', privateKey: key, allowedAddresses: ['10.213.0.0/24'] },
    });
    expect(r.status).toBe(201);
    const expected = execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', join(dir, 'plain.pub')])
      .toString()
      .split(' ')[1];
    expect(r.body).toMatchObject({
      name: 'lab-key',
      kind: 'private_key',
      publicKeyFingerprint: expected,
      allowedAddresses: ['10.213.0.0/24'],
    });
    const rows = await t.dataSource.query('SELECT * FROM ssh_credentials');
    const everything = JSON.stringify([
      rows,
      await t.dataSource.query('SELECT * FROM audit_events'),
      (await call(t.baseUrl, 'GET', '/api/v1/credentials', { cookie: admin.cookie })).body,
    ]);
    const body = key.split('\n')[1];
    expect(everything).not.toContain(body);
    expect(rows[0].sealed_secret).toMatch(/^v1:/);
    expect((await t.app.get(CredentialsService).secretFor('lab-key', { address: '10.213.0.11', director: 'lb1' })).privateKey).toBe(key);
  });

  it('checks the passphrase of an encrypted key and names the field', async () => {
    const wrong = await call(t.baseUrl, 'POST', '/api/v1/credentials', {
      ...admin,
      body: { name: 'enc', kind: 'private_key', privateKey: encrypted, passphrase: 'nope', allowedAddresses: [] },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toBe('body.passphrase');
    const junk = await call(t.baseUrl, 'POST', '/api/v1/credentials', {
      ...admin,
      body: { name: 'junk', kind: 'private_key', privateKey: 'hello', allowedAddresses: [] },
    });
    expect(junk.status).toBe(400);
    expect(junk.body.errors[0].path).toBe('body.privateKey');
    const ok = await call(t.baseUrl, 'POST', '/api/v1/credentials', {
      ...admin,
      body: { name: 'enc', kind: 'private_key', privateKey: encrypted, passphrase: 'correct horse', allowedAddresses: ['127.0.0.1'] },
    });
    expect(ok.status).toBe(201);
    expect((await t.app.get(CredentialsService).secretFor('enc', { address: '127.0.0.1', director: 'lb1' })).passphrase).toBe(
      'correct horse',
    );
    expect(JSON.stringify(await t.dataSource.query('SELECT * FROM audit_events'))).not.toContain('correct horse');
  });

  it('refuses duplicates (409) and non-admins (403)', async () => {
    const dup = await call(t.baseUrl, 'POST', '/api/v1/credentials', {
      ...admin,
      body: { name: 'lab-key', kind: 'password', password: 'x', allowedAddresses: [] },
    });
    expect(dup.status).toBe(409);
    await call(t.baseUrl, 'POST', '/api/v1/users', {
      ...admin,
      body: { username: 'op1', password: 'operator-password', role: 'operator' },
    });
    const op = await login(t.baseUrl, 'op1', 'operator-password');
    expect(
      (
        await call(t.baseUrl, 'POST', '/api/v1/credentials', {
          ...op,
          body: { name: 'p', kind: 'password', password: 'x', allowedAddresses: [] },
        })
      ).status,
    ).toBe(403);
    expect((await call(t.baseUrl, 'GET', '/api/v1/credentials', { cookie: op.cookie })).status).toBe(200);
  });

  describe('address bindings', () => {
    let id: string;
    beforeAll(async () => {
      const r = await call(t.baseUrl, 'POST', '/api/v1/credentials', {
        ...admin,
        body: {
          name: 'bound',
          kind: 'password',
          password: 'bound-secret-1',
          allowedAddresses: ['2001:DB8::10', '192.0.2.0/24', '192.0.2.0/24'],
        },
      });
      expect(r.status).toBe(201);
      id = r.body.id;
      // canonical and de-duplicated, as stored
      expect(r.body.allowedAddresses).toEqual(['2001:db8::10', '192.0.2.0/24']);
    });

    it('must be given, and every entry is validated with the field named', async () => {
      const missing = await call(t.baseUrl, 'POST', '/api/v1/credentials', {
        ...admin,
        body: { name: 'nobind', kind: 'password', password: 'x' },
      });
      expect(missing.status).toBe(400);
      expect(missing.body.errors.map((e: { path: string }) => e.path)).toContain('body.allowedAddresses');
      const bad = await call(t.baseUrl, 'POST', '/api/v1/credentials', {
        ...admin,
        body: {
          name: 'badbind',
          kind: 'password',
          password: 'x',
          allowedAddresses: ['10.0.0.1', 'lb1.example.com', '10.0.0.5/24', '0.0.0.0/0'],
        },
      });
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(bad.body.errors).toEqual([
        { path: 'body.allowedAddresses.1', message: expect.stringMatching(/IPv4 or IPv6 address/) },
        { path: 'body.allowedAddresses.2', message: expect.stringMatching(/host bits set: write 10\.0\.0\.0\/24/) },
        { path: 'body.allowedAddresses.3', message: expect.stringMatching(/every address/) },
      ]);
      const patchBad = await call(t.baseUrl, 'PATCH', `/api/v1/credentials/${id}`, { ...admin, body: { allowedAddresses: 'everywhere' } });
      expect(patchBad.status).toBe(400);
      expect(patchBad.body.errors[0].path).toBe('body.allowedAddresses');
      const unknown = await call(t.baseUrl, 'PATCH', `/api/v1/credentials/${id}`, {
        ...admin,
        body: { allowedAddresses: [], password: 'swap' },
      });
      expect(unknown.status).toBe(400);
    });

    it('an admin changes it (audited with the old and the new value); an operator cannot', async () => {
      const op = await login(t.baseUrl, 'op1', 'operator-password');
      const denied = await call(t.baseUrl, 'PATCH', `/api/v1/credentials/${id}`, { ...op, body: { allowedAddresses: ['198.51.100.7'] } });
      expect(denied.status).toBe(403);
      const r = await call(t.baseUrl, 'PATCH', `/api/v1/credentials/${id}`, { ...admin, body: { allowedAddresses: ['198.51.100.7'] } });
      expect(r.status).toBe(200);
      expect(r.body.allowedAddresses).toEqual(['198.51.100.7']);
      const [event] = await t.dataSource.query(
        `SELECT before, after, outcome FROM audit_events WHERE action = 'credential.update' AND target_id = $1`,
        [id],
      );
      expect(event).toEqual({
        before: { allowedAddresses: ['2001:db8::10', '192.0.2.0/24'] },
        after: { allowedAddresses: ['198.51.100.7'] },
        outcome: 'success',
      });
      expect(
        (
          await call(t.baseUrl, 'PATCH', `/api/v1/credentials/00000000-0000-4000-8000-000000000000`, {
            ...admin,
            body: { allowedAddresses: [] },
          })
        ).status,
      ).toBe(404);
      expect(JSON.stringify(await t.dataSource.query('SELECT * FROM audit_events'))).not.toContain('bound-secret-1');
    });

    it('opens the secret only for an address inside the binding, and says who, what and where when it refuses', async () => {
      const svc = t.app.get(CredentialsService);
      expect((await svc.secretFor('bound', { address: '198.51.100.7', director: 'lb1' })).password).toBe('bound-secret-1');
      const refused = await svc.secretFor('bound', { address: '198.51.100.8', director: 'lb9' }).catch((e: Error) => e);
      expect(refused).toBeInstanceOf(Error);
      expect((refused as Error).message).toMatch(
        /^Director lb9: the credential "bound" may not be sent to 198\.51\.100\.8; it is bound to \[198\.51\.100\.7\]/,
      );
      expect(refused).toMatchObject({
        status: 422,
        code: 'credentials.not_bound',
        extensions: { director: 'lb9', credential: 'bound', allowedAddresses: ['198.51.100.7'] },
      });
      // empty = nowhere
      await call(t.baseUrl, 'PATCH', `/api/v1/credentials/${id}`, { ...admin, body: { allowedAddresses: [] } });
      await expect(svc.secretFor('bound', { address: '198.51.100.7', director: 'lb1' })).rejects.toThrow(/bound to \[\] \(nowhere/);
    });
  });
});
