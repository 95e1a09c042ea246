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
  FLEET_LINT_SWEEP_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .refine((v) => v === 0 || (v >= 10 && v <= 86_400), 'must be 0 (off) or 10-86400 seconds')
    .default(300),
};

export interface EventsConfig {
  /** Timeline events older than this many days are dropped (hourly). */
  retentionDays: number;
  /** The audit log's hash chain is walked this often (0: only when someone asks); a broken link is an `audit.chain_broken` event. */
  auditVerifyMinutes: number;
  /**
   * Fleet lint runs on its own this often (besides after every topology change and whenever it is
   * asked), so findings that appear or go without an edit (a cluster deleted, capabilities read)
   * reach the timeline; 0: only after topology changes and when asked.
   */
  lintSweepSeconds: number;
}

export function eventsConfig(e: {
  EVENTS_RETENTION_DAYS: number;
  AUDIT_VERIFY_MINUTES: number;
  FLEET_LINT_SWEEP_SECONDS: number;
}): EventsConfig {
  return {
    retentionDays: e.EVENTS_RETENTION_DAYS,
    auditVerifyMinutes: e.AUDIT_VERIFY_MINUTES,
    lintSweepSeconds: e.FLEET_LINT_SWEEP_SECONDS,
  };
}
