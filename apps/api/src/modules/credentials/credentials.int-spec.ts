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
    const r = await call(t.baseUrl, 'POST', '/api/v1/credentials', { ...admin, body: { name: 'lab-key', kind: 'private_key', privateKey: key } });
    expect(r.status).toBe(201);
    const expected = execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', join(dir, 'plain.pub')]).toString().split(' ')[1];
    expect(r.body).toMatchObject({ name: 'lab-key', kind: 'private_key', publicKeyFingerprint: expected });
    const rows = await t.dataSource.query('SELECT * FROM ssh_credentials');
    const everything = JSON.stringify([rows, await t.dataSource.query('SELECT * FROM audit_events'), (await call(t.baseUrl, 'GET', '/api/v1/credentials', { cookie: admin.cookie })).body]);
    const body = key.split('\n')[1];
    expect(everything).not.toContain(body);
    expect(rows[0].sealed_secret).toMatch(/^v1:/);
    expect((await t.app.get(CredentialsService).secretFor('lab-key')).privateKey).toBe(key);
  });

  it('checks the passphrase of an encrypted key and names the field', async () => {
    const wrong = await call(t.baseUrl, 'POST', '/api/v1/credentials', { ...admin, body: { name: 'enc', kind: 'private_key', privateKey: encrypted, passphrase: 'nope' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toBe('body.passphrase');
    const junk = await call(t.baseUrl, 'POST', '/api/v1/credentials', { ...admin, body: { name: 'junk', kind: 'private_key', privateKey: 'hello' } });
    expect(junk.status).toBe(400);
    expect(junk.body.errors[0].path).toBe('body.privateKey');
    const ok = await call(t.baseUrl, 'POST', '/api/v1/credentials', { ...admin, body: { name: 'enc', kind: 'private_key', privateKey: encrypted, passphrase: 'correct horse' } });
    expect(ok.status).toBe(201);
    expect((await t.app.get(CredentialsService).secretFor('enc')).passphrase).toBe('correct horse');
    expect(JSON.stringify(await t.dataSource.query('SELECT * FROM audit_events'))).not.toContain('correct horse');
  });

  it('refuses duplicates (409) and non-admins (403)', async () => {
    const dup = await call(t.baseUrl, 'POST', '/api/v1/credentials', { ...admin, body: { name: 'lab-key', kind: 'password', password: 'x' } });
    expect(dup.status).toBe(409);
    await call(t.baseUrl, 'POST', '/api/v1/users', { ...admin, body: { username: 'op1', password: 'operator-password', role: 'operator' } });
    const op = await login(t.baseUrl, 'op1', 'operator-password');
    expect((await call(t.baseUrl, 'POST', '/api/v1/credentials', { ...op, body: { name: 'p', kind: 'password', password: 'x' } })).status).toBe(403);
    expect((await call(t.baseUrl, 'GET', '/api/v1/credentials', { cookie: op.cookie })).status).toBe(200);
  });
});
