import { z } from 'zod';

/** Environment of the events timeline (issue 19), spread into the app's EnvSchema. */
export const EVENTS_ENV = {
  EVENTS_RETENTION_DAYS: z.coerce
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be 1-3650')
    .max(3650, 'must be 1-3650')
    .default(90),
  AUDIT_VERIFY_MINUTES: z.coerce
    .number({ error: 'must be a number of minutes' })
    .int('must be a whole number of minutes')
    .min(0, 'must be 0 (off) or 1-10080')
    .max(10080, 'must be 0 (off) or 1-10080')
    .default(60),
};

export interface EventsConfig {
  /** Timeline events older than this many days are dropped (hourly). */
  retentionDays: number;
  /** The audit log's hash chain is walked this often (0: only when someone asks); a broken link is an `audit.chain_broken` event. */
  auditVerifyMinutes: number;
}

export function eventsConfig(e: { EVENTS_RETENTION_DAYS: number; AUDIT_VERIFY_MINUTES: number }): EventsConfig {
  return { retentionDays: e.EVENTS_RETENTION_DAYS, auditVerifyMinutes: e.AUDIT_VERIFY_MINUTES };
}
