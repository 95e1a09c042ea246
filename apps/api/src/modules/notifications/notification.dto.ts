import {
  notificationEmail,
  notificationHttpUrl,
  notificationName,
  notificationRecipients,
  ruleChannelIds,
  smtpHost,
  smtpPort,
  throttleSeconds,
  webhookSecret as webhookSecretRule,
} from '@lvs/domain';
import { z } from 'zod';
import { EVENT_KINDS } from '../events/events.kinds';
import { CHANNEL_KINDS, DELIVERY_STATUSES, SEVERITIES } from './notification.entities';

const name = notificationName;
const httpUrl = notificationHttpUrl;
const webhookSecret = webhookSecretRule.meta({ description: 'HMAC-SHA256 signing key (secret: stored sealed, never returned)' });
const email = notificationEmail;
const pem = z
  .string()
  .max(65_536, 'must be at most 64 KiB')
  .regex(
    /-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/,
    'must be one or more PEM certificates (-----BEGIN CERTIFICATE-----)',
  );
const smtpSecurity = z.enum(['starttls', 'tls', 'none']).meta({
  description:
    'starttls: plain connection upgraded with STARTTLS, refused if the server does not offer it (port 587); tls: TLS from the first byte (port 465); none: no TLS (only for a relay on a trusted network)',
});

const common = { name, enabled: z.boolean().default(true) };

export const ChannelCreateSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      ...common,
      kind: z.literal('webhook'),
      url: httpUrl('the receiver').meta({ description: 'Where the JSON is POSTed (secret: stored sealed; only its origin is shown)' }),
      secret: webhookSecret,
    }),
    z.strictObject({
      ...common,
      kind: z.literal('slack'),
      url: httpUrl('the Slack incoming-webhook URL').meta({
        description: 'Slack-compatible incoming-webhook URL (secret: it is the credential; only its origin is shown)',
      }),
    }),
    z.strictObject({
      ...common,
      kind: z.literal('email'),
      host: smtpHost,
      port: smtpPort.default(587),
      security: smtpSecurity.default('starttls'),
      username: z.string().min(1).max(256).optional().meta({ description: 'SMTP AUTH user; omit for a relay without authentication' }),
      password: z.string().min(1).max(1024).optional().meta({ description: 'SMTP AUTH password (secret: stored sealed, never returned)' }),
      from: email.meta({ description: 'Envelope and header sender' }),
      to: notificationRecipients,
      caCertificate: pem
        .optional()
        .meta({ description: 'PEM CA certificate(s) to trust for the SMTP server, besides the system ones (a private relay)' }),
    }),
  ])
  .meta({ id: 'ChannelCreate' });
export type ChannelCreateDto = z.output<typeof ChannelCreateSchema>;

/** Any field may change; a field of another kind (host on a webhook) is refused naming it. Secrets: a new value replaces, null removes (username/password). */
export const ChannelUpdateSchema = z
  .strictObject({
    name: name.optional(),
    enabled: z.boolean().optional(),
    url: httpUrl('webhook or Slack').optional(),
    secret: webhookSecret.optional(),
    host: smtpHost.optional(),
    port: smtpPort.optional(),
    security: smtpSecurity.optional(),
    username: z.string().min(1).max(256).nullable().optional(),
    password: z.string().min(1).max(1024).nullable().optional(),
    from: email.optional(),
    to: notificationRecipients.optional(),
    caCertificate: pem.nullable().optional(),
  })
  .meta({ id: 'ChannelUpdate' });
export type ChannelUpdateDto = z.output<typeof ChannelUpdateSchema>;

export const ChannelIdParams = z.strictObject({ channelId: z.uuid({ error: 'must be a UUID' }) });
export const RuleIdParams = z.strictObject({ ruleId: z.uuid({ error: 'must be a UUID' }) });

const deliveryStatus = z.enum(DELIVERY_STATUSES);

export const ChannelSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(CHANNEL_KINDS),
    enabled: z.boolean(),
    settings: z
      .object({
        urlOrigin: z
          .string()
          .optional()
          .meta({ description: 'webhook/Slack: scheme://host[:port] of the URL (the rest may carry a token)' }),
        host: z.string().optional(),
        port: z.number().int().optional(),
        security: smtpSecurity.optional(),
        username: z.string().nullable().optional(),
        from: z.string().optional(),
        to: z.array(z.string()).optional(),
        caCertificate: z.boolean().optional().meta({ description: 'Whether a CA certificate is configured' }),
      })
      .meta({ description: 'What may be shown of the configuration; secrets are only reported as set' }),
    secretsSet: z.array(z.enum(['url', 'secret', 'password'])).meta({ description: 'Which secrets are stored (never their values)' }),
    stats: z.object({
      pending: z.number().int().meta({ description: 'Messages waiting or being delivered (retries included)' }),
      delivered: z.number().int(),
      failed: z.number().int(),
      lastDelivery: z
        .object({ id: z.string(), status: deliveryStatus, at: z.string() })
        .nullable()
        .meta({ description: 'The newest message that finished (delivered or failed)' }),
    }),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Channel' });
export type ChannelDto = z.output<typeof ChannelSchema>;
export const ChannelListSchema = z.object({ items: z.array(ChannelSchema), total: z.number().int() }).meta({ id: 'ChannelList' });
export type ChannelListDto = z.output<typeof ChannelListSchema>;

export const DeliverySchema = z
  .object({
    id: z.string().meta({ description: 'Also the X-LVS-Delivery header and `deliveryId` of the payload: receivers de-duplicate on it' }),
    channelId: z.string(),
    status: deliveryStatus,
    test: z.boolean(),
    kind: z.string(),
    summary: z.string(),
    ruleId: z.string().nullable(),
    eventId: z.string().nullable(),
    clusterId: z.string().nullable(),
    eventCount: z.number().int().meta({ description: 'Events this message stands for (a throttled digest counts all of them)' }),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable().meta({ description: 'When a pending message is tried (again); null once finished' }),
    responseStatus: z.number().int().nullable().meta({ description: 'HTTP status, or the SMTP reply code, of the last attempt' }),
    responseBody: z.string().nullable().meta({ description: 'The first 2 KiB of the last response' }),
    lastError: z.string().nullable(),
    attemptLog: z.array(
      z.object({
        at: z.string(),
        by: z.string(),
        status: z.number().int().nullable(),
        error: z.string().nullable(),
        durationMs: z.number().int(),
      }),
    ),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Delivery' });
export type DeliveryDto = z.output<typeof DeliverySchema>;
export const DeliveryPageSchema = z
  .object({ items: z.array(DeliverySchema), total: z.number().int(), nextCursor: z.string().nullable() })
  .meta({ id: 'DeliveryPage' });
export type DeliveryPageDto = z.output<typeof DeliveryPageSchema>;

export const DeliveryQuerySchema = z.strictObject({
  status: deliveryStatus.optional(),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be 1-200')
    .max(200, 'must be 1-200')
    .default(50),
  before: z.iso.datetime({ offset: true, error: 'must be an ISO-8601 time (the nextCursor of the previous page)' }).optional(),
});
export type DeliveryQuery = z.output<typeof DeliveryQuerySchema>;

const ruleFields = {
  name,
  enabled: z.boolean(),
  kinds: z
    .array(z.enum(EVENT_KINDS as [string, ...string[]], { error: `must be one of ${EVENT_KINDS.join(', ')}` }))
    .max(EVENT_KINDS.length)
    .meta({ description: 'Event kinds; [] = every kind' }),
  clusterIds: z
    .array(z.uuid({ error: 'must be a cluster id (UUID)' }))
    .max(500)
    .meta({ description: 'Clusters; [] = every cluster (and events of no cluster)' }),
  channelIds: ruleChannelIds,
  minSeverity: z.enum(SEVERITIES).meta({ description: 'Only events at least this severe ("resolved" messages excepted)' }),
  throttleSeconds: throttleSeconds.meta({
    description:
      "Per subject (cluster + kind family + subject), at most one message per this window: the first at once, the rest folded into one digest with a count at the window's end",
  }),
  notifyResolved: z.boolean().meta({
    description:
      'Also send the quiet "resolved" counterparts (real_server.up, split_brain.resolved, service.quorum_restored) of the kinds chosen',
  }),
};

export const RuleCreateSchema = z
  .strictObject({
    ...ruleFields,
    enabled: ruleFields.enabled.default(true),
    kinds: ruleFields.kinds.default([]),
    clusterIds: ruleFields.clusterIds.default([]),
    minSeverity: ruleFields.minSeverity.default('info'),
    throttleSeconds: ruleFields.throttleSeconds.default(300),
    notifyResolved: ruleFields.notifyResolved.default(true),
  })
  .meta({ id: 'RuleCreate' });
export type RuleCreateDto = z.output<typeof RuleCreateSchema>;
export const RuleUpdateSchema = z
  .strictObject({
    name: ruleFields.name.optional(),
    enabled: ruleFields.enabled.optional(),
    kinds: ruleFields.kinds.optional(),
    clusterIds: ruleFields.clusterIds.optional(),
    channelIds: ruleFields.channelIds.optional(),
    minSeverity: ruleFields.minSeverity.optional(),
    throttleSeconds: ruleFields.throttleSeconds.optional(),
    notifyResolved: ruleFields.notifyResolved.optional(),
  })
  .meta({ id: 'RuleUpdate' });
export type RuleUpdateDto = z.output<typeof RuleUpdateSchema>;

export const RuleSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    enabled: z.boolean(),
    kinds: z.array(z.string()),
    clusterIds: z.array(z.string()),
    channelIds: z.array(z.string()),
    minSeverity: z.enum(SEVERITIES),
    throttleSeconds: z.number().int(),
    notifyResolved: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Rule' });
export type RuleDto = z.output<typeof RuleSchema>;
export const RuleListSchema = z.object({ items: z.array(RuleSchema), total: z.number().int() }).meta({ id: 'RuleList' });
export type RuleListDto = z.output<typeof RuleListSchema>;
