import { z } from 'zod';

/**
 * Environment of notifications (issue 20), spread into the app's EnvSchema: the console's public
 * URL for links in messages, and the delivery worker's pace, timeouts, retries and retention.
 */
const ms = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(min, `must be ${min}-${max} ms`)
    .max(max, `must be ${min}-${max} ms`)
    .default(fallback);

export const NOTIFY_ENV = {
  PUBLIC_URL: z
    .string()
    .refine((v) => {
      try {
        const u = new URL(v);
        return /^https?:$/.test(u.protocol) && !u.search && !u.hash && !u.username && !u.password;
      } catch {
        return false;
      }
    }, 'must be the http(s) URL people open the console at, without query, fragment or credentials (e.g. https://lvs.example.com)')
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  NOTIFY_POLL_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .refine((v) => v === 0 || (v >= 100 && v <= 60_000), 'must be 0 (no delivery worker) or 100-60000 ms')
    .default(1000),
  NOTIFY_TIMEOUT_MS: ms(200, 120_000, 10_000),
  NOTIFY_RETRY_BASE_MS: ms(50, 3_600_000, 5_000),
  NOTIFY_MAX_ATTEMPTS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be 1-50')
    .max(50, 'must be 1-50')
    .default(8),
  NOTIFY_RETENTION_DAYS: z.coerce
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be 1-3650')
    .max(3650, 'must be 1-3650')
    .default(30),
};

export interface NotifyConfig {
  /** The console's URL for links in messages (Slack button, e-mail link, webhook `links`); unset = no links. */
  publicUrl: string | undefined;
  /** How often the delivery worker looks for due messages; 0 = this replica delivers nothing. */
  pollMs: number;
  /** One delivery attempt's limit (HTTP request or SMTP session). */
  timeoutMs: number;
  /** Backoff: attempt n waits base × 2^(n-1) (capped at an hour) with ±20% jitter. */
  retryBaseMs: number;
  maxAttempts: number;
  /** Delivered and failed messages are deleted after this many days. */
  retentionDays: number;
}

type NotifyEnv = z.output<z.ZodObject<typeof NOTIFY_ENV>>;

export function notifyConfig(e: NotifyEnv): NotifyConfig {
  return {
    publicUrl: e.PUBLIC_URL,
    pollMs: e.NOTIFY_POLL_MS,
    timeoutMs: e.NOTIFY_TIMEOUT_MS,
    retryBaseMs: e.NOTIFY_RETRY_BASE_MS,
    maxAttempts: e.NOTIFY_MAX_ATTEMPTS,
    retentionDays: e.NOTIFY_RETENTION_DAYS,
  };
}
