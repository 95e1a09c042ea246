import type { ChannelCreate, ChannelUpdate, RuleCreate, RuleUpdate } from '../api/mutations';
import type { Channel, Rule } from '../api/queries';

/**
 * The notification forms' drafts (what the inputs hold), the bodies the API takes, and the words the
 * page shows. No zod here: the page (which the sidebar's link prefetches onto every first page) needs
 * none of it; the checks before the round trip are checks.ts, loaded with the dialogs.
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
  'lint.resolved',
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

export const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const given = (v: unknown) => text(v) || undefined;
const num = (v: unknown) => (text(v) === '' ? undefined : Number(v));
/** "a@x, b@y" or one per line. */
export const addressList = (v: unknown) =>
  text(v)
    .split(/[\s,;]+/)
    .filter(Boolean);

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

/** Throttle windows in words: 0 → every event, 300 → 5 min. */
export function windowText(seconds: number): string {
  if (seconds === 0) return 'every event';
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/** Readable words for the event kinds (the API's names stay beside them: they are what the payload carries). */
export const KIND_TEXT: Record<(typeof EVENT_KINDS)[number], string> = {
  'vrrp.transition': 'VRRP transition (a director became MASTER or FAULT)',
  'vrrp.master_lost': 'MASTER lost with no successor',
  'split_brain.opened': 'Split brain',
  'split_brain.resolved': 'Split brain resolved',
  'real_server.down': 'Real server down',
  'real_server.up': 'Real server up',
  'service.below_quorum': 'Service below quorum',
  'service.quorum_restored': 'Service quorum restored',
  'deployment.succeeded': 'Deployment succeeded',
  'deployment.failed': 'Deployment failed',
  'deployment.rolled_back': 'Deployment rolled back on a director',
  'drift.found': 'Drift found',
  'host_key.mismatch': 'Host-key mismatch',
  'audit.chain_broken': 'Audit chain broken',
  'topology.changed': 'Topology changed',
  'lint.finding': 'Lint finding',
  'lint.resolved': 'Lint finding resolved',
};
