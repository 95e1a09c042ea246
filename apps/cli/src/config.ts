import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { CliError, ExitCode } from './exit-codes';

/** One named connection: a console and the API token lvsctl signs its requests with. */
export interface Context {
  server: string;
  token?: string;
  /** Id of the token `lvsctl login` created (so `logout` can revoke it). */
  tokenId?: string;
  user?: string;
  expiresAt?: string | null;
}

export interface ConfigFile {
  currentContext?: string;
  contexts: Record<string, Context>;
}

/** `LVSCTL_CONFIG`, else `$XDG_CONFIG_HOME/lvsctl/config.yaml`, else `~/.config/lvsctl/config.yaml`. */
export function configPath(env: Record<string, string | undefined>): string {
  if (env.LVSCTL_CONFIG) return env.LVSCTL_CONFIG;
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return join(base, 'lvsctl', 'config.yaml');
}

export function readConfig(path: string): ConfigFile {
  if (!existsSync(path)) return { contexts: {} };
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`${path}: not YAML: ${(e as Error).message}`, ExitCode.Invalid);
  }
  const d = (doc ?? {}) as { 'current-context'?: unknown; contexts?: unknown };
  const contexts: Record<string, Context> = {};
  if (d.contexts && typeof d.contexts === 'object') {
    for (const [name, c] of Object.entries(d.contexts as Record<string, Record<string, unknown>>)) {
      if (!c || typeof c.server !== 'string') throw new CliError(`${path}: context ${name} has no server`, ExitCode.Invalid);
      contexts[name] = {
        server: c.server,
        token: typeof c.token === 'string' ? c.token : undefined,
        tokenId: typeof c['token-id'] === 'string' ? c['token-id'] : undefined,
        user: typeof c.user === 'string' ? c.user : undefined,
        expiresAt: typeof c['expires-at'] === 'string' ? c['expires-at'] : null,
      };
    }
  }
  return { currentContext: typeof d['current-context'] === 'string' ? d['current-context'] : undefined, contexts };
}

/**
 * Writes the file 0600 (it holds tokens) by writing a 0600 temp file and renaming it over the old
 * one, so a reader never sees a half-written file and the mode is right from the first byte.
 */
export function writeConfig(path: string, cfg: ConfigFile): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const doc = {
    'current-context': cfg.currentContext,
    contexts: Object.fromEntries(
      Object.entries(cfg.contexts).map(([n, c]) => [
        n,
        { server: c.server, user: c.user, token: c.token, 'token-id': c.tokenId, 'expires-at': c.expiresAt ?? undefined },
      ]),
    ),
  };
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, stringify(doc), { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
}

/** A config file others can read leaks its tokens: refuse to use one, as ssh does with keys. */
export function checkConfigMode(path: string): void {
  if (!existsSync(path)) return;
  const mode = statSync(path).mode & 0o077;
  if (mode !== 0)
    throw new CliError(
      `${path} is readable by others (mode ${(statSync(path).mode & 0o777).toString(8)}): run chmod 600 ${path}`,
      ExitCode.Unauthorised,
    );
}
