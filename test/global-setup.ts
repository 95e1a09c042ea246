import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDataSource } from '../apps/api/src/infra/database/data-source';
import { startEmbeddedPostgres } from '../apps/api/src/infra/database/embedded-postgres';
import { adminQuery, TEMPLATE_DATABASE, withDatabase } from './pg';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * One embedded PostgreSQL per test run (a real server on a free port), with a template database
 * migrated once; each test file clones it (CREATE DATABASE … TEMPLATE …) for isolation.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'lvs-test-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port: await freePort(), persistent: false });
  await adminQuery(pg.url, `CREATE DATABASE ${TEMPLATE_DATABASE}`);
  const ds = createDataSource(withDatabase(pg.url, TEMPLATE_DATABASE));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  project.provide('pgAdminUrl', pg.url);
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
