import { z } from 'zod';

/** Environment of the events timeline (issue 19), spread into the app's EnvSchema. */
export const EVENTS_ENV = {
  EVENTS_RETENTION_DAYS: z.coerce
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be 1-3650')
    .max(3650, 'must be 1-3650')
    .default(90),
};

export interface EventsConfig {
  /** Timeline events older than this many days are dropped (hourly). */
  retentionDays: number;
}

export function eventsConfig(e: { EVENTS_RETENTION_DAYS: number }): EventsConfig {
  return { retentionDays: e.EVENTS_RETENTION_DAYS };
}
