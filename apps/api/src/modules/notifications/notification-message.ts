import { createHmac, timingSafeEqual } from 'node:crypto';
import type { StoredEvent } from '../events/events.types';
import type { Severity } from './notification.entities';

/** What the notification sink receives: the events timeline's stored event (modules/events). */
export type NotifiableEvent = StoredEvent;

export const PAYLOAD_SCHEMA = 'lvs-console.notification';
export const PAYLOAD_VERSION = 1;

/** "Resolved" kinds and the problem each one ends: they share a group (one subject's down/up is one story). */
export const RESOLVES: Readonly<Record<string, string>> = {
  'real_server.up': 'real_server.down',
  'split_brain.resolved': 'split_brain.opened',
  'service.quorum_restored': 'service.below_quorum',
};

export const isResolvedKind = (kind: string): boolean => kind in RESOLVES;

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };
export const severityAtLeast = (have: Severity, need: Severity): boolean => (SEVERITY_RANK[have] ?? 0) >= SEVERITY_RANK[need];

export interface RuleFilter {
  kinds: readonly string[];
  clusterIds: readonly string[];
  minSeverity: Severity;
  notifyResolved: boolean;
}

/**
 * A failover is one story, "the MASTER changed": the timeline records each director's transition
 * (lb1 MASTER → STOPPED, lb2 BACKUP → MASTER), but only a director becoming MASTER, or falling into
 * FAULT, is a message. A MASTER leaving with no successor is vrrp.master_lost, its own (critical) kind.
 */
function notifiable(e: Pick<NotifiableEvent, 'kind' | 'data'>): boolean {
  if (e.kind !== 'vrrp.transition') return true;
  const to = (e.data ?? {}).to;
  return to === 'MASTER' || to === 'FAULT';
}

/**
 * Whether a rule takes an event: its kind is chosen (or no kinds are, meaning all), its cluster is
 * chosen (or none are), and it is at least the rule's severity. A "resolved" event is taken when its
 * problem kind is chosen and the rule sends resolved messages, whatever its (quiet) severity.
 */
export function ruleMatches(rule: RuleFilter, e: Pick<NotifiableEvent, 'kind' | 'clusterId' | 'severity' | 'data'>): boolean {
  if (rule.clusterIds.length > 0 && (!e.clusterId || !rule.clusterIds.includes(e.clusterId))) return false;
  if (!notifiable(e)) return false;
  const problem = RESOLVES[e.kind];
  if (problem) {
    if (!rule.notifyResolved) return false;
    if (rule.kinds.length === 0 || rule.kinds.includes(e.kind) || rule.kinds.includes(problem)) return true;
    return false;
  }
  if (rule.kinds.length > 0 && !rule.kinds.includes(e.kind)) return false;
  return severityAtLeast(e.severity, rule.minSeverity);
}

/** The subject whose messages are throttled together: the cluster, the problem kind and the subject. */
export function groupKey(e: Pick<NotifiableEvent, 'kind' | 'clusterId' | 'subject'>): string {
  return `${e.clusterId ?? '-'}|${RESOLVES[e.kind] ?? e.kind}|${e.subject ?? ''}`.slice(0, 300);
}

export interface GroupSummary {
  key: string;
  /** Events folded into this message. */
  count: number;
  firstAt: string;
  lastAt: string;
  /** Events per kind. */
  kinds: Record<string, number>;
}

/** The stored part of a message (the outbox payload); delivery adds deliveryId, channel, sentAt. */
export interface StoredMessage {
  test: boolean;
  rule: { id: string; name: string } | null;
  event: {
    id: string | null;
    clusterId: string | null;
    clusterName: string | null;
    kind: string;
    severity: Severity;
    subject: string | null;
    summary: string;
    data: Record<string, unknown>;
    at: string;
  };
  group: GroupSummary | null;
  resolved: boolean;
}

/** The JSON a generic webhook receives (docs/notifications.md documents it). */
export interface WebhookPayload extends StoredMessage {
  schema: typeof PAYLOAD_SCHEMA;
  version: typeof PAYLOAD_VERSION;
  deliveryId: string;
  sentAt: string;
  channel: { id: string; name: string };
  links: { console: string | null; cluster: string | null };
}

export function messageFromEvent(e: NotifiableEvent, clusterName: string | null, rule: { id: string; name: string } | null): StoredMessage {
  const at = typeof e.at === 'string' ? e.at : e.at.toISOString();
  return {
    test: false,
    rule,
    event: {
      id: e.id,
      clusterId: e.clusterId,
      clusterName,
      kind: e.kind,
      severity: e.severity,
      subject: e.subject ?? null,
      summary: e.summary,
      data: e.data ?? {},
      at,
    },
    group: null,
    resolved: isResolvedKind(e.kind),
  };
}

/** Folds one more event of the same subject into a digest: the newest event leads, the count grows. */
export function foldIntoDigest(m: StoredMessage, e: NotifiableEvent, clusterName: string | null, key: string): StoredMessage {
  const next = messageFromEvent(e, clusterName ?? m.event.clusterName, m.rule);
  const prev = m.group ?? { key, count: 0, firstAt: m.event.at, lastAt: m.event.at, kinds: {} };
  const kinds = { ...prev.kinds, [e.kind]: (prev.kinds[e.kind] ?? 0) + 1 };
  return { ...next, group: { key, count: prev.count + 1, firstAt: prev.firstAt, lastAt: next.event.at, kinds } };
}

/** Starts a digest holding one event. */
export function digestOf(
  e: NotifiableEvent,
  clusterName: string | null,
  rule: { id: string; name: string } | null,
  key: string,
): StoredMessage {
  const m = messageFromEvent(e, clusterName, rule);
  return { ...m, group: { key, count: 1, firstAt: m.event.at, lastAt: m.event.at, kinds: { [e.kind]: 1 } } };
}

export function consoleLinks(baseUrl: string | null, clusterId: string | null): { console: string | null; cluster: string | null } {
  if (!baseUrl) return { console: null, cluster: null };
  const base = baseUrl.replace(/\/+$/, '');
  return { console: base, cluster: clusterId ? `${base}/clusters/${encodeURIComponent(clusterId)}` : null };
}

/** One line: "[cluster] summary", with the digest's count when there is one. */
export function headline(m: StoredMessage): string {
  const where = m.event.clusterName ? `[${m.event.clusterName}] ` : '';
  const tag = m.test ? 'Test: ' : m.resolved ? 'Resolved: ' : '';
  return `${where}${tag}${m.event.summary}`;
}

export function digestLine(g: GroupSummary | null): string | null {
  if (!g || g.count <= 1) return null;
  const parts = Object.entries(g.kinds)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${n} × ${k}`);
  return `${g.count} events from ${g.firstAt} to ${g.lastAt} (${parts.join(', ')}); the newest is shown.`;
}

/** `X-LVS-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>` (Stripe's scheme: the timestamp is signed, so a replay is detectable). */
export function signatureHeader(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/** The receiver's check (docs and tests use it): the signature matches and the timestamp is within `toleranceSeconds` of now. */
export function verifySignature(secret: string, body: string, header: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const want = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'), 'hex');
  const got = Buffer.from(parts.v1, 'hex');
  return want.length === got.length && timingSafeEqual(want, got);
}

const SLACK_COLOR: Record<Severity | 'resolved', string> = {
  info: '#439fe0',
  warning: '#daa038',
  critical: '#d00000',
  resolved: '#2eb886',
};

/** A Slack incoming-webhook body: a text fallback and blocks with a button back to the console. */
export function slackBody(p: WebhookPayload): Record<string, unknown> {
  const line = headline(p);
  const digest = digestLine(p.group);
  const blocks: Record<string, unknown>[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `${p.resolved ? ':white_check_mark:' : p.event.severity === 'critical' ? ':rotating_light:' : p.event.severity === 'warning' ? ':warning:' : ':information_source:'} *${escapeSlack(line)}*`,
      },
    },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: escapeSlack(`${p.event.kind} · ${p.event.severity}${p.event.subject ? ` · ${p.event.subject}` : ''} · ${p.event.at}`),
        },
      ],
    },
  ];
  if (digest) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: escapeSlack(digest) } });
  const url = p.links.cluster ?? p.links.console;
  if (url) blocks.push({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open in LVS Console' }, url }] });
  return {
    text: line,
    blocks,
    attachments: [{ color: SLACK_COLOR[p.resolved ? 'resolved' : p.event.severity] ?? SLACK_COLOR.info, fallback: line }],
  };
}

/** Slack mrkdwn treats &, < and > as markup. */
function escapeSlack(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The e-mail: subject, a plain-text part and an HTML part with the same facts. */
export function emailBody(p: WebhookPayload): { subject: string; text: string; html: string } {
  const line = headline(p);
  const digest = digestLine(p.group);
  const url = p.links.cluster ?? p.links.console;
  const facts: [string, string][] = [
    ['Kind', p.event.kind],
    ['Severity', p.event.severity],
    ...(p.event.clusterName ? ([['Cluster', p.event.clusterName]] as [string, string][]) : []),
    ...(p.event.subject ? ([['Subject', p.event.subject]] as [string, string][]) : []),
    ['At', p.event.at],
  ];
  const subject = `[LVS ${p.resolved ? 'RESOLVED' : p.event.severity.toUpperCase()}] ${line}`.slice(0, 250);
  const text = [
    line,
    '',
    ...facts.map(([k, v]) => `${k}: ${v}`),
    ...(digest ? ['', digest] : []),
    ...(url ? ['', `Open: ${url}`] : []),
    '',
    `Delivery ${p.deliveryId} (${PAYLOAD_SCHEMA}/v${PAYLOAD_VERSION})`,
  ].join('\n');
  const html = [
    `<!doctype html><html><body style="font-family:sans-serif">`,
    `<h2 style="margin:0 0 8px">${escapeHtml(line)}</h2>`,
    `<table cellpadding="4">${facts.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`,
    digest ? `<p>${escapeHtml(digest)}</p>` : '',
    url ? `<p><a href="${escapeHtml(url)}">Open in LVS Console</a></p>` : '',
    `<p style="color:#777;font-size:small">Delivery ${escapeHtml(p.deliveryId)}</p>`,
    `</body></html>`,
  ].join('');
  return { subject, text, html };
}
