import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../test/global-setup';

const MAIN = resolve(__dirname, '../dist/main.js');

/** Runs the built API with `env` until it exits (or `untilOutput` appears), returning its exit code and stderr. */
function runApi(env: Record<string, string>, untilOutput?: RegExp, timeoutMs = 60_000): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`timed out; stderr so far:\n${stderr}`));
    }, timeoutMs);
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (untilOutput?.test(stderr)) child.kill('SIGTERM');
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

describe('the built API binary: clear start-up errors, graceful shutdown, data reuse', () => {
  let dataDir: string;
  beforeAll(async () => {
    expect(existsSync(MAIN), 'apps/api/dist/main.js is built by `npm test` (nx run-many -t build)').toBe(true);
    dataDir = await mkdtemp(join(tmpdir(), 'lvs-start-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('a bad variable: one line per problem, exit code 1, no stack trace', async () => {
    const r = await runApi({ API_PORT: 'eighty', LOG_LEVEL: 'chatty' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/API_PORT: must be a port number/);
    expect(r.stderr).toMatch(/LOG_LEVEL/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a wrong DATABASE_URL: names the database and the fix, exit 1', async () => {
    const port = await freePort();
    const r = await runApi({ DATABASE_URL: `postgres://lvs:x@127.0.0.1:${port}/lvs`, API_PORT: String(await freePort()) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port}/lvs: connection refused`));
    expect(r.stderr).toMatch(/fix: .*DATABASE_URL/);
    expect(r.stderr).not.toContain(':x@'); // the password is never echoed
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unwritable data directory: names it and the fix, exit 1', async () => {
    // Root may write anywhere, so make the path impossible instead: a directory below a regular file.
    const file = join(dataDir, 'not-a-directory');
    await writeFile(file, '');
    const r = await runApi({ DATA_DIR: join(file, 'data'), API_PORT: String(await freePort()) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write the data directory .*not-a-directory\/data \(ENOTDIR\)/);
    expect(r.stderr).toMatch(/fix: .*DATA_DIR/);
  });

  it('starts on the embedded PostgreSQL, stops cleanly on SIGTERM, reuses the data on the next start, and reports a taken port', async () => {
    const apiPort = await freePort();
    const env = {
      DATA_DIR: dataDir,
      API_PORT: String(apiPort),
      EMBEDDED_PG_PORT: String(await freePort()),
      ADMIN_PASSWORD: 'first-start-password',
    };
    const first = await runApi(env, /listening on/);
    expect(first.stderr).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+\/api\/v1 .*embedded PostgreSQL/);
    expect(first.code).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

    const second = await runApi({ ...env, ADMIN_PASSWORD: '' }, /listening on/);
    expect(second.code).toBe(0);
    expect(second.stderr).not.toMatch(/created user "admin"/); // same database: the admin already exists

    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(apiPort, '127.0.0.1', r));
    try {
      const taken = await runApi(env);
      expect(taken.code).toBe(1);
      expect(taken.stderr).toMatch(new RegExp(`port ${apiPort} on 127\\.0\\.0\\.1 is already in use`));
      expect(taken.stderr).toMatch(/fix: .*API_PORT/);
    } finally {
      blocker.close();
    }
  });
});
