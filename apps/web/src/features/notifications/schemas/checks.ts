import {
  notificationEmail,
  notificationHttpUrl,
  notificationName,
  notificationRecipients,
  ruleChannelIds,
  smtpHost,
  smtpPort,
  throttleSeconds,
  webhookSecret,
} from '@lvs/domain';
import { z } from 'zod';
import type { FieldErrors } from '../../edit/schemas/form-values';
import type { RuleCreate } from '../api/mutations';
import type { Channel } from '../api/queries';
import { channelCreateBody, channelUpdateBody, type Draft, text } from './forms';

/**
 * The checks before the round trip: the field rules the API's DTOs are built from (libs/domain
 * notifications.ts), with the same messages. The rules only the server can judge — will it POST to
 * this host, is the name taken — come back as problem+json and land on the same fields. This module
 * carries zod: it is loaded with the dialogs, never with the page.
 */
const ChannelFormSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('webhook'),
    name: notificationName,
    url: notificationHttpUrl('the receiver').optional(),
    secret: webhookSecret.optional(),
  }),
  z.object({ kind: z.literal('slack'), name: notificationName, url: notificationHttpUrl('the Slack incoming-webhook URL').optional() }),
  z.object({
    kind: z.literal('email'),
    name: notificationName,
    host: smtpHost,
    port: smtpPort,
    from: notificationEmail,
    to: notificationRecipients,
  }),
]);
const RuleFormSchema = z.object({ name: notificationName, channelIds: ruleChannelIds, throttleSeconds });

/** The first message per dotted path (`to.1`), as the forms and the API key them. */
function issuesByPath(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) out[i.path.map(String).join('.')] ??= i.message;
  return out;
}

/** The create form wants every secret; an edit leaves blank secrets alone. */
export function checkChannel(d: Draft, creating: boolean): FieldErrors {
  const kind = d.kind as Channel['kind'];
  const body = creating ? channelCreateBody(d) : { kind, ...channelUpdateBody(kind, d) };
  const r = ChannelFormSchema.safeParse(body);
  const out = r.success ? {} : issuesByPath(r.error.issues);
  if (creating && kind !== 'email' && !text(d.url)) out.url = 'must not be empty';
  if (creating && kind === 'webhook' && !d.secret) out.secret ??= 'must be at least 16 characters (use e.g. `openssl rand -hex 32`)';
  return out;
}

export function checkRule(body: RuleCreate): FieldErrors {
  const r = RuleFormSchema.safeParse(body);
  return r.success ? {} : issuesByPath(r.error.issues);
}
