import { z } from 'zod';
import type { FieldErrors } from '../../edit/schemas/form-values';
import type { RuleCreate } from '../api/mutations';
import type { Channel } from '../api/queries';
import { channelCreateBody, channelUpdateBody, type Draft, text } from './forms';

/**
 * The checks before the round trip: the shape rules of the API's DTOs (apps/api/src/modules/
 * notifications/notification.dto.ts) with the same messages. The rules only the server can judge —
 * is this a URL it will POST to, is the name taken — come back as problem+json and land on the same
 * fields. This module carries zod: it is loaded with the dialogs, never with the page.
 */
const required = z.string().trim().min(1, 'must not be empty');
const name = required.max(64, 'must be at most 64 characters');
const url = required.max(2048, 'must be at most 2048 characters');
const secret = z
  .string()
  .min(16, 'must be at least 16 characters (use e.g. `openssl rand -hex 32`)')
  .max(256, 'must be at most 256 characters');
const port = z
  .number({ error: 'must be a port number' })
  .int('must be a whole number')
  .min(1, 'must be 1-65535')
  .max(65535, 'must be 1-65535');
const email = z.email({ error: 'must be an e-mail address' });
const emailFields = {
  host: required.max(253, 'must be at most 253 characters').regex(/^[A-Za-z0-9.:[\]_-]+$/, 'must be a host name or an IP address'),
  port,
  from: email,
  to: z.array(email).min(1, 'must list at least one recipient').max(50, 'must list at most 50 recipients'),
};
const ChannelFormSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('webhook'), name, url: url.optional(), secret: secret.optional() }),
  z.object({ kind: z.literal('slack'), name, url: url.optional() }),
  z.object({ kind: z.literal('email'), name, ...emailFields }),
]);
const RuleFormSchema = z.object({
  name,
  channelIds: z.array(z.string()).min(1, 'must name at least one channel'),
  throttleSeconds: z
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(0, 'must be 0-86400 (0 = every event is a message)')
    .max(86_400, 'must be 0-86400 (0 = every event is a message)'),
});

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
  if (creating && kind !== 'email' && !text(d.url)) out.url ??= 'must not be empty';
  if (creating && kind === 'webhook' && !d.secret) out.secret ??= 'must be at least 16 characters (use e.g. `openssl rand -hex 32`)';
  return out;
}

export function checkRule(body: RuleCreate): FieldErrors {
  const r = RuleFormSchema.safeParse(body);
  return r.success ? {} : issuesByPath(r.error.issues);
}
