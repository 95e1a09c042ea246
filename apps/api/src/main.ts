import 'reflect-metadata';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { StartupError } from './common/errors/startup-error';
import { openDatabase, type Database } from './infra/database/database';
import { createApp } from './app.factory';

function fail(message: string, hint?: string): never {
  process.stderr.write(`lvs-console: ${message}\n${hint ? `  fix: ${hint}\n` : ''}`);
  process.exit(1);
}

async function listen(app: Awaited<ReturnType<typeof createApp>>, config: AppConfig): Promise<void> {
  try {
    await app.listen(config.api.port, config.api.host);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new StartupError(
        `port ${config.api.port} on ${config.api.host} is already in use`,
        'stop whatever uses it, or set API_PORT to a free port',
      );
    }
    if (code === 'EACCES') {
      throw new StartupError(`not allowed to listen on port ${config.api.port}`, 'use a port above 1023, or set API_PORT');
    }
    throw e;
  }
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message, 'set the variables above to valid values (see README.md, Configuration)');
    throw e;
  }

  let db: Database | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    process.stderr.write(`lvs-console: ${signal} received, shutting down\n`);
    const timer = setTimeout(() => process.exit(1), 15_000).unref();
    try {
      await app?.close();
      await db?.close();
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    db = await openDatabase(config);
    app = await createApp(config, db.dataSource);
    await listen(app, config);
  } catch (e) {
    await app?.close().catch(() => undefined);
    await db?.close().catch(() => undefined);
    if (e instanceof StartupError) fail(e.message, e.hint);
    throw e;
  }
  const url = `http://${config.api.host}:${config.api.port}`;
  process.stderr.write(`lvs-console API listening on ${url}/api/v1 (docs ${url}/api/docs) using ${db.description}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`lvs-console: unexpected start-up failure: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(1);
});
