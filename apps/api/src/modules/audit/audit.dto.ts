import { z } from 'zod';

export const AuditQuerySchema = z.strictObject({
  actor: z.string().max(128).optional().meta({ description: 'Exact actor name (user name, or "user (token name)")' }),
  action: z.string().max(100).optional().meta({ description: 'Exact action, or a prefix ending in "." (e.g. "auth.")' }),
  targetType: z.string().max(64).optional(),
  targetId: z.string().max(128).optional(),
  outcome: z.enum(['success', 'failure', 'denied']).optional(),
  from: z.coerce.date({ error: 'must be an ISO-8601 time' }).optional().meta({ description: 'Inclusive lower bound (ISO-8601)' }),
  to: z.coerce.date({ error: 'must be an ISO-8601 time' }).optional().meta({ description: 'Exclusive upper bound (ISO-8601)' }),
  q: z.string().max(200).optional().meta({ description: 'Free text over action, actor, target and detail' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z
    .string()
    .regex(/^\d{1,19}$/, 'must be an event id cursor')
    .optional()
    .meta({ description: 'Cursor: the nextCursor of the previous page' }),
  format: z
    .enum(['json', 'csv', 'jsonl'])
    .default('json')
    .meta({ description: 'json: one page; csv or jsonl: the whole filtered log as a download' }),
});
export type AuditQuery = z.output<typeof AuditQuerySchema>;

export const AuditEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.object({ type: z.string(), id: z.string().nullable(), name: z.string().nullable(), tokenId: z.string().nullable() }),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    action: z.string(),
    target: z.object({ type: z.string(), id: z.string().nullable() }).nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    outcome: z.enum(['success', 'failure', 'denied']),
    detail: z.string().nullable(),
    hash: z.string(),
    prevHash: z.string(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEventDto = z.output<typeof AuditEventSchema>;

export const AuditPageSchema = z
  .object({ items: z.array(AuditEventSchema), total: z.number().int(), nextCursor: z.string().nullable() })
  .meta({ id: 'AuditPage' });
export type AuditPageDto = z.output<typeof AuditPageSchema>;

export const AuditVerifySchema = z
  .object({
    valid: z.boolean(),
    checked: z.number().int().meta({ description: 'Events verified before the first broken link (all of them when valid)' }),
    firstBroken: z.object({ id: z.string(), reason: z.string() }).nullable(),
  })
  .meta({ id: 'AuditVerify' });
export type AuditVerifyDto = z.output<typeof AuditVerifySchema>;
