import { join } from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { StartupError } from '../../common/errors/startup-error';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

export const EMBEDDED_DATABASE = 'lvs_console';

export interface Database {
  dataSource: DataSource;
  embedded: EmbeddedPostgres | undefined;
  /** Where it is, without the password, for the start-up log line. */
  description: string;
  close(): Promise<void>;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable)';
  }
}

/** Maps driver errors to one line an operator can act on. */
export function explainConnectError(e: unknown, url: string): StartupError {
  const err = e as { code?: string; message?: string };
  const where = (() => {
    try {
      const u = new URL(url);
      return `${u.hostname}:${u.port || 5432}${u.pathname}`;
    } catch {
      return 'DATABASE_URL';
    }
  })();
  const fix = 'check DATABASE_URL (or unset it to use the embedded PostgreSQL)';
  switch (err.code) {
    case 'ECONNREFUSED':
      return new StartupError(`cannot reach PostgreSQL at ${where}: connection refused`, `is it running? ${fix}`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(`cannot resolve the PostgreSQL host in ${where}`, fix);
    case 'ETIMEDOUT':
      return new StartupError(`timed out connecting to PostgreSQL at ${where}`, fix);
    case '28P01':
    case '28000':
      return new StartupError(`PostgreSQL at ${where} refused the credentials`, fix);
    case '3D000':
      return new StartupError(`the database in ${where} does not exist`, `create it, or ${fix}`);
    default:
      return new StartupError(`cannot connect to PostgreSQL at ${where}: ${(err.message ?? String(e)).split('\n')[0]}`, fix);
  }
}

async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Opens the database: the one in DATABASE_URL, or an embedded PostgreSQL under DATA_DIR/postgres.
 * Runs pending migrations before anything else touches it.
 */
export async function openDatabase(config: AppConfig, onLog?: (line: string) => void): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.database.url;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dir: join(config.dataDir, 'postgres'),
      port: config.database.embeddedPort,
      persistent: true,
      onLog,
    });
    try {
      url = await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
    } catch (e) {
      await embedded.stop();
      throw explainConnectError(e, embedded.url);
    }
  }
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
  } catch (e) {
    await embedded?.stop();
    throw explainConnectError(e, url);
  }
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (e) {
    await dataSource.destroy();
    await embedded?.stop();
    throw new StartupError(
      `a database migration failed: ${(e as Error).message.split('\n')[0]}`,
      'the schema was left at the last good migration; see the log',
    );
  }
  return {
    dataSource,
    embedded,
    description: embedded ? `embedded PostgreSQL (${join(config.dataDir, 'postgres')}, port ${config.database.embeddedPort})` : redact(url),
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
