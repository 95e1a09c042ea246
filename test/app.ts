import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createApp } from '../apps/api/src/app.factory';
import { loadConfig } from '../apps/api/src/config/app-config';
import { createDataSource } from '../apps/api/src/infra/database/data-source';
import { createTestDatabase } from './pg';

/** The password of the `admin` user every test app starts with. */
export const TEST_ADMIN_PASSWORD = 'admin-password-for-tests';

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  baseUrl: string;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real API on a cloned, migrated database, listening on a free loopback port. */
export async function startTestApp(env: Record<string, string> = {}, opts: { databaseUrl?: string } = {}): Promise<TestApp> {
  // A second replica passes the first one's databaseUrl (and LVS_MASTER_KEY) to share its database.
  const databaseUrl = opts.databaseUrl ?? (await createTestDatabase(inject('pgAdminUrl')));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
    LVS_MASTER_KEY: randomBytes(32).toString('base64'),
    TELEMETRY_TICK_MS: '0',
    ...env,
  });
  const dataSource = createDataSource(databaseUrl);
  await dataSource.initialize();
  const app = await createApp(config, dataSource);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return {
    app,
    dataSource,
    databaseUrl,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
