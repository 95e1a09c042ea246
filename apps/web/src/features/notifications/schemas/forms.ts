import { z } from 'zod';
import type { FieldErrors } from '../../edit/schemas/form-values';
import type { ChannelCreate, ChannelUpdate, RuleCreate, RuleUpdate } from '../api/mutations';
import type { Channel, Rule } from '../api/queries';

/**
 * The notification forms' drafts (what the inputs hold) and the bodies the API takes. The checks
 * before the round trip are the shape rules of the API's DTOs (apps/api/src/modules/notifications/
 * notification.dto.ts) with the same messages; the rules only the server can judge — is this URL one
 * it will POST to, is the name taken — come back as problem+json and land on the same fields.
 */
export type Draft = Record<string, unknown>;

type RuleKind = NonNullable<RuleCreate['kinds']>[number];
/** Every event kind a rule can choose, in the API's order; the compiler fails when the API's list changes. */
export const EVENT_KINDS = [
  'vrrp.transition',
  'vrrp.master_lost',
  'split_brain.opened',
  'split_brain.resolved',
  'real_server.down',
  'real_server.up',
  'service.below_quorum',
  'service.quorum_restored',
  'deployment.succeeded',
  'deployment.failed',
  'deployment.rolled_back',
  'drift.found',
  'host_key.mismatch',
  'audit.chain_broken',
  'topology.changed',
  'lint.finding',
] as const satisfies readonly RuleKind[];
type Missing = Exclude<RuleKind, (typeof EVENT_KINDS)[number]>;
const _complete: [Missing] extends [never] ? true : Missing = true;
void _complete;

export const SEVERITIES = ['info', 'warning', 'critical'] as const satisfies readonly Rule['minSeverity'][];
export const SMTP_SECURITY = ['starttls', 'tls', 'none'] as const satisfies readonly NonNullable<ChannelUpdate['security']>[];
export const CHANNEL_KINDS = [
  ['webhook', 'Webhook (signed JSON)'],
  ['slack', 'Slack incoming webhook'],
  ['email', 'E-mail (SMTP)'],
] as const satisfies readonly (readonly [Channel['kind'], string])[];

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

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const given = (v: unknown) => text(v) || undefined;
const num = (v: unknown) => (text(v) === '' ? undefined : Number(v));
/** "a@x, b@y" or one per line. */
export const addressList = (v: unknown) =>
  text(v)
    .split(/[\s,;]+/)
    .filter(Boolean);

/** The first message per dotted path (`to.1`), as the forms and the API key them. */
function issuesByPath(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) out[i.path.map(String).join('.')] ??= i.message;
  return out;
}

// ---- channels ----

export function channelDraft(c?: Channel): Draft {
  const s = c?.settings ?? {};
  return {
    kind: c?.kind ?? 'webhook',
    name: c?.name ?? '',
    enabled: c?.enabled ?? true,
    // Secrets are write-only: an edit starts blank, and blank keeps what is stored.
    url: '',
    secret: '',
    password: '',
    caCertificate: '',
    host: s.host ?? '',
    port: String(s.port ?? 587),
    security: s.security ?? 'starttls',
    username: s.username ?? '',
    from: s.from ?? '',
    to: (s.to ?? []).join(', '),
  };
}

/** The POST body of a new channel (its kind's fields only). */
export function channelCreateBody(d: Draft): ChannelCreate {
  const common = { name: text(d.name), enabled: d.enabled === true };
  if (d.kind === 'slack') return { ...common, kind: 'slack', url: text(d.url) };
  if (d.kind === 'email')
    return {
      ...common,
      kind: 'email',
      host: text(d.host),
      port: num(d.port) as number,
      security: d.security as (typeof SMTP_SECURITY)[number],
      username: given(d.username),
      password: given(d.password),
      from: text(d.from),
      to: addressList(d.to),
      caCertificate: given(d.caCertificate),
    } as ChannelCreate;
  return { ...common, kind: 'webhook', url: text(d.url), secret: typeof d.secret === 'string' ? d.secret : '' };
}

/** The PATCH body of an edit: the kind's shown fields, and a secret only when one was typed (blank keeps the stored one). */
export function channelUpdateBody(kind: Channel['kind'], d: Draft): ChannelUpdate {
  const body: ChannelUpdate = { name: text(d.name), enabled: d.enabled === true };
  if (kind === 'webhook' || kind === 'slack') body.url = given(d.url);
  if (kind === 'webhook' && typeof d.secret === 'string' && d.secret !== '') body.secret = d.secret;
  if (kind === 'email') {
    Object.assign(body, {
      host: text(d.host),
      port: num(d.port),
      security: d.security,
      // The user name is shown and edited in the clear; blank removes it (a relay without AUTH).
      username: given(d.username) ?? null,
      password: given(d.password),
      from: text(d.from),
      to: addressList(d.to),
      caCertificate: given(d.caCertificate),
    });
  }
  for (const k of Object.keys(body) as (keyof ChannelUpdate)[]) if (body[k] === undefined) delete body[k];
  return body;
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

// ---- rules ----

export function ruleDraft(r: Rule | undefined, names: { channels: Map<string, string>; clusters: Map<string, string> }): Draft {
  const named = (ids: readonly string[], m: Map<string, string>) => ids.map((id) => m.get(id) ?? id);
  return {
    name: r?.name ?? '',
    enabled: r?.enabled ?? true,
    kinds: [...(r?.kinds ?? [])],
    clusterIds: named(r?.clusterIds ?? [], names.clusters),
    channelIds: named(r?.channelIds ?? [], names.channels),
    minSeverity: r?.minSeverity ?? 'warning',
    throttleSeconds: String(r?.throttleSeconds ?? 300),
    notifyResolved: r?.notifyResolved ?? true,
  };
}

/** The rule's body: the draft holds names (what the checkboxes show), the API takes ids. */
export function ruleBody(d: Draft, ids: { channels: Map<string, string>; clusters: Map<string, string> }): RuleCreate & RuleUpdate {
  const pick = (v: unknown, m: Map<string, string>) => ((v as string[] | undefined) ?? []).map((n) => m.get(n) ?? n);
  return {
    name: text(d.name),
    enabled: d.enabled === true,
    kinds: (d.kinds as RuleKind[] | undefined) ?? [],
    clusterIds: pick(d.clusterIds, ids.clusters),
    channelIds: pick(d.channelIds, ids.channels),
    minSeverity: d.minSeverity as Rule['minSeverity'],
    throttleSeconds: num(d.throttleSeconds) as number,
    notifyResolved: d.notifyResolved === true,
  };
}

export function checkRule(body: RuleCreate): FieldErrors {
  const r = RuleFormSchema.safeParse(body);
  return r.success ? {} : issuesByPath(r.error.issues);
}

/** Throttle windows in words: 0 → every event, 300 → 5 min. */
export function windowText(seconds: number): string {
  if (seconds === 0) return 'every event';
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
