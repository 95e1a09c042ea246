import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login } from '../../../../../test/http';
import { CliBundleSource } from './cli-bundle.source';
import { CliService } from './cli.service';

const run = promisify(execFile);

/**
 * GET /api/v1/cli/lvsctl.mjs serves the built lvsctl without authentication, with a strong ETag
 * (its sha256) and 304 on If-None-Match; the downloaded file runs on its own (exit codes included).
 */
describe('GET /api/v1/cli/lvsctl.mjs', () => {
  let t: TestApp;
  let bundlePath: string;
  let token: string;

  beforeAll(async () => {
    // The real bundle, built as `nx run @lvs/cli:build` builds it.
    // @ts-expect-error build.mjs is plain JavaScript
    const { buildCli } = await import('../../../../cli/build.mjs');
    bundlePath = await buildCli();
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'viewer', role: 'viewer' } })).body.secret;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('serves the built file to anyone, with a sha256 ETag, and 304 for a current copy', async () => {
    const res = await fetch(`${t.baseUrl}/api/v1/cli/lvsctl.mjs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.equals(readFileSync(bundlePath))).toBe(true);
    const etag = res.headers.get('etag')!;
    expect(etag).toBe(`"sha256-${createHash('sha256').update(body).digest('base64url')}"`);
    const again = await fetch(`${t.baseUrl}/api/v1/cli/lvsctl.mjs`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    const stale = await fetch(`${t.baseUrl}/api/v1/cli/lvsctl.mjs`, { headers: { 'if-none-match': '"sha256-old"' } });
    expect(stale.status).toBe(200);
  });

  it('the downloaded file runs alone with node: --help lists the exit codes; a viewer token applying is exit 5, a bad spec exit 3, a clean validate 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lvsctl-dl-'));
    const file = join(dir, 'lvsctl.mjs');
    writeFileSync(file, Buffer.from(await (await fetch(`${t.baseUrl}/api/v1/cli/lvsctl.mjs`)).arrayBuffer()));
    const env = { PATH: process.env.PATH!, HOME: dir, LVS_SERVER: t.baseUrl, LVS_TOKEN: token };
    const exec = (args: string[]) =>
      run(process.execPath, [file, ...args], { env, cwd: dir }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
      );
    const help = await exec(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('5  not authorised (401/403)');
    writeFileSync(join(dir, 'ok.yaml'), 'name: downloaded\n');
    expect((await exec(['validate', '-f', 'ok.yaml'])).code).toBe(0);
    const denied = await exec(['apply', '-f', 'ok.yaml']);
    expect(denied.code, denied.stderr).toBe(5);
    writeFileSync(join(dir, 'bad.yaml'), 'name: downloaded\nmode: nonsense\n');
    const bad = await exec(['validate', '-f', 'bad.yaml']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('bad.yaml:2:1: mode:');
  });

  it('is a 404 problem naming the build command when the bundle has not been built', async () => {
    const missing = Object.assign(new CliBundleSource(), { path: '/nonexistent/lvsctl.mjs' }) as CliBundleSource;
    await expect(new CliService(missing).bundle()).rejects.toMatchObject({ status: 404, code: 'cli.bundle_not_built' });
    expect(CliService.matches('W/"a", "b"', '"b"')).toBe(true);
    expect(CliService.matches('"a"', '"b"')).toBe(false);
  });
});
