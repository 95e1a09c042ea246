import { z } from 'zod';
import { EVENT_KINDS, EVENT_SEVERITIES } from './events.kinds';

const KIND_RE = /^[a-z_]+(\.[a-z_]*)?$/;

/** `kind=vrrp.transition,real_server.` — exact kinds or prefixes ending in "."; each must name a known kind. */
const kindList = z
  .string()
  .max(1000)
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(
        z
          .string()
          .regex(KIND_RE, 'must be an event kind (vrrp.transition) or a prefix ending in "." (vrrp.)')
          .refine(
            (k) => (k.endsWith('.') ? EVENT_KINDS.some((x) => x.startsWith(k)) : (EVENT_KINDS as readonly string[]).includes(k)),
            `must be one of ${EVENT_KINDS.join(', ')} (or a prefix of them ending in ".")`,
          ),
      )
      .max(32, 'must name at most 32 kinds'),
  );

const severityList = z
  .string()
  .max(100)
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(EVENT_SEVERITIES, { error: `must be ${EVENT_SEVERITIES.join(', ')}` })).max(3));

export const EventsQuerySchema = z
  .strictObject({
    from: z.coerce.date({ error: 'must be an ISO-8601 time' }).optional().meta({ description: 'Inclusive lower bound of `at` (ISO-8601)' }),
    to: z.coerce.date({ error: 'must be an ISO-8601 time' }).optional().meta({ description: 'Exclusive upper bound of `at` (ISO-8601)' }),
    kind: kindList.optional().meta({ description: 'Comma-separated kinds, or prefixes ending in "." (e.g. `vrrp.,deployment.failed`)' }),
    severity: severityList.optional().meta({ description: 'Comma-separated severities (info, warning, critical)' }),
    cursor: z.string().max(200).optional().meta({ description: 'The nextCursor of the previous page' }),
    limit: z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be 1-500')
      .max(500, 'must be 1-500')
      .default(100),
  })
  .refine((q) => !q.from || !q.to || q.from.getTime() < q.to.getTime(), { path: ['to'], message: 'must be later than from' });
export type EventsQuery = z.output<typeof EventsQuerySchema>;

export const ClusterEventSchema = z
  .object({
    id: z.uuid(),
    clusterId: z.uuid().nullable().meta({ description: 'null: an event of the console itself' }),
    kind: z.string().meta({ description: 'One of the kinds in docs/timeline.md', examples: ['vrrp.transition'] }),
    severity: z.enum(EVENT_SEVERITIES),
    subject: z
      .string()
      .nullable()
      .meta({ description: 'What it is about (an instance, `service>real server`, a director, a deployment id)' }),
    summary: z.string(),
    data: z.record(z.string(), z.unknown()).meta({ description: 'Kind-specific evidence (docs/timeline.md)' }),
    at: z.iso.datetime(),
  })
  .meta({ id: 'ClusterEvent' });
export type ClusterEventDto = z.output<typeof ClusterEventSchema>;

export const EventsPageSchema = z
  .object({
    items: z.array(ClusterEventSchema).meta({ description: 'Newest first' }),
    total: z.number().int().meta({ description: 'Events matching the filter (all pages)' }),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next (older) page; null on the last page' }),
  })
  .meta({ id: 'EventsPage' });
export type EventsPageDto = z.output<typeof EventsPageSchema>;
