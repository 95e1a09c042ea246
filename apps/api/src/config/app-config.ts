import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_DIRECTOR_CONFIG_DIRS, normalisedPathProblem } from '@lvs/domain';
import { parseTrustProxy, type TrustProxy } from '../common/http/client-address';
import { NOTIFY_ENV, notifyConfig, type NotifyConfig } from './notify-config';
import { SSO_ENV, ssoConfig, type SsoConfig } from '../modules/auth/oidc/oidc-config';
import { EVENTS_ENV, eventsConfig, type EventsConfig } from './events-config';

/**
 * Environment variables the API reads, validated once at boot.
 * Secrets are listed in SECRET_KEYS and never logged or echoed back.
 */
const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(fallback);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port(3001),
  WEB_PORT: port(3000),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: port(5439),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(256).optional(),
  LVS_MASTER_KEY: z.string().min(1).optional(),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TELEMETRY_TICK_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .refine((v) => v === 0 || (v >= 200 && v <= 60_000), 'must be 0 (off) or 200-60000 ms')
    .default(1000),
  DEPLOY_RELOAD_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(500, 'must be 500-300000 ms')
    .max(300_000, 'must be 500-300000 ms')
    .default(20_000),
  RUNTIME_VERIFY_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(500, 'must be 500-120000 ms')
    .max(120_000, 'must be 500-120000 ms')
    .default(10_000),
  DRIFT_SCAN_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .refine((v) => v === 0 || (v >= 10 && v <= 86_400), 'must be 0 (off) or 10-86400 seconds')
    .default(300),
  DIRECTOR_CONFIG_DIRS: z
    .string()
    .default(DEFAULT_DIRECTOR_CONFIG_DIRS.join(','))
    .transform((v, ctx) => {
      const dirs = v
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean);
      if (dirs.length === 0) ctx.addIssue({ code: 'custom', message: 'must list at least one directory' });
      for (const d of dirs) {
        const why = !d.startsWith('/')
          ? 'is not absolute'
          : d === '/'
            ? 'is the root directory (every file on the director)'
            : normalisedPathProblem(d);
        if (why) ctx.addIssue({ code: 'custom', message: `"${d}" ${why}` });
      }
      return dirs;
    }),
  METRICS_RETENTION_DAYS: z.coerce
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be 1-366')
    .max(366, 'must be 1-366')
    .default(7),
  SCALE_OUT: z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  LOG_PRETTY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((v, ctx) => {
      const r = parseTrustProxy(v);
      if ('error' in r) {
        ctx.addIssue({ code: 'custom', message: r.error });
        return z.NEVER;
      }
      return r.trust;
    }),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const out: string[] = [];
      for (const o of v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        let u: URL | undefined;
        try {
          u = new URL(o);
        } catch {
          /* reported below */
        }
        if (!u || !/^https?:$/.test(u.protocol) || u.origin !== o.replace(/\/$/, '')) {
          ctx.addIssue({ code: 'custom', message: `"${o}" is not an origin (scheme://host[:port], e.g. https://lvs.example.com)` });
          return z.NEVER;
        }
        out.push(u.origin);
      }
      return out;
    }),
  IMPORT_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(100, 'must be 100-600000 ms')
    .max(600_000, 'must be 100-600000 ms')
    .default(30_000),
  IMPORT_HEAP_MB: z.coerce
    .number({ error: 'must be a number of MB' })
    .int('must be a whole number of MB')
    .min(8, 'must be 8-16384 MB')
    .max(16_384, 'must be 8-16384 MB')
    .default(768),
  LIVE_RECHECK_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(1, 'must be 1-3600')
    .max(3600, 'must be 1-3600')
    .default(30),
  ...EVENTS_ENV,
  ...SSO_ENV,
  ...NOTIFY_ENV,
});

export const SECRET_KEYS = ['DATABASE_URL', 'ADMIN_PASSWORD', 'LVS_MASTER_KEY', 'OIDC_CLIENT_SECRET'] as const;

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  api: { host: string; port: number };
  web: { port: number };
  dataDir: string;
  database: { url: string | undefined; embeddedPort: number };
  log: { level: string; pretty: boolean };
  /** Secret: never logged. */
  adminPassword: string | undefined;
  /** Secret: never logged. 32 bytes, base64 or hex; see infra/secret-box.ts. */
  masterKey: string | undefined;
  session: { ttlHours: number; secureCookie: 'auto' | boolean };
  /** How often every director is probed for live state; 0 turns telemetry off. */
  telemetry: { tickMs: number; retentionDays: number };
  /** How long a deployment's verify waits for keepalived to re-read its new file after the reload. */
  deploy: { reloadTimeoutMs: number; driftScanSeconds: number; runtimeVerifyTimeoutMs: number };
  /** Directories a director's configPath may be under (DIRECTOR_CONFIG_DIRS, default /etc/keepalived). */
  director: { configDirs: string[] };
  /** Several API replicas on one PostgreSQL: directors polled once (leases), /live broadcast across replicas. */
  scaleOut: boolean;
  /** Whose X-Forwarded-For is believed (one hop), and which browser origins besides the API's own may open /live. */
  http: { trustProxy: TrustProxy; allowedOrigins: string[] };
  /** How often every /live socket's credential is checked again (revocations on other replicas). */
  live: { recheckSeconds: number };
  /** What parsing one import (in its worker thread) may take before it is stopped. */
  import: { timeoutMs: number; heapMb: number };
  /** The events timeline (config/events-config.ts). */
  events: EventsConfig;
  /** Single sign-on (OIDC_*) and who may still sign in with a password (LOCAL_LOGIN, BREAK_GLASS_USERS). */
  sso: SsoConfig;
  /** Notification delivery (config/notify-config.ts). */
  notify: NotifyConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError listing every bad variable (values of secrets are never shown). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings mean "unset" (docker-compose and shells often pass VAR= through).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '?');
        const shown = (SECRET_KEYS as readonly string[]).includes(key) ? '' : ` (got ${JSON.stringify(cleaned[key])})`;
        return `${key}: ${issue.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  const { sso, problems } = ssoConfig(e);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    env: e.NODE_ENV,
    api: { host: e.API_HOST, port: e.API_PORT },
    web: { port: e.WEB_PORT },
    dataDir: resolve(e.DATA_DIR),
    database: { url: e.DATABASE_URL, embeddedPort: e.EMBEDDED_PG_PORT },
    log: { level: e.LOG_LEVEL, pretty: e.LOG_PRETTY },
    adminPassword: e.ADMIN_PASSWORD,
    masterKey: e.LVS_MASTER_KEY,
    session: { ttlHours: e.SESSION_TTL_HOURS, secureCookie: e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true' },
    telemetry: { tickMs: e.TELEMETRY_TICK_MS, retentionDays: e.METRICS_RETENTION_DAYS },
    deploy: {
      reloadTimeoutMs: e.DEPLOY_RELOAD_TIMEOUT_MS,
      driftScanSeconds: e.DRIFT_SCAN_SECONDS,
      runtimeVerifyTimeoutMs: e.RUNTIME_VERIFY_TIMEOUT_MS,
    },
    director: { configDirs: e.DIRECTOR_CONFIG_DIRS },
    scaleOut: e.SCALE_OUT,
    http: { trustProxy: e.TRUST_PROXY, allowedOrigins: e.ALLOWED_ORIGINS },
    live: { recheckSeconds: e.LIVE_RECHECK_SECONDS },
    import: { timeoutMs: e.IMPORT_TIMEOUT_MS, heapMb: e.IMPORT_HEAP_MB },
    events: eventsConfig(e),
    sso,
    notify: notifyConfig(e),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
