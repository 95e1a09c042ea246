import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../events/events.types';
import {
  digestOf,
  emailBody,
  foldIntoDigest,
  groupKey,
  messageFromEvent,
  ruleMatches,
  signatureHeader,
  slackBody,
  verifySignature,
  type WebhookPayload,
} from './notification-message';
import { backoffMs } from './notification.worker';

let n = 0;
const event = (over: Partial<StoredEvent> = {}): StoredEvent => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  clusterId: 'c1',
  kind: 'real_server.down',
  severity: 'warning',
  subject: '10.0.0.21:80',
  summary: 'real server down',
  data: {},
  at: new Date('2026-12-02T06:00:00Z'),
  ...over,
});
const rule = (over: Partial<Parameters<typeof ruleMatches>[0]> = {}) => ({
  kinds: [],
  clusterIds: [],
  minSeverity: 'info' as const,
  notifyResolved: true,
  ...over,
});
const payload = (m: ReturnType<typeof messageFromEvent>): WebhookPayload => ({
  schema: 'lvs-console.notification',
  version: 1,
  deliveryId: 'd-1',
  sentAt: '2026-12-02T06:00:01Z',
  channel: { id: 'ch', name: 'ops' },
  links: { console: 'https://lvs.example.test', cluster: 'https://lvs.example.test/clusters/c1' },
  ...m,
});

describe('rules', () => {
  it('take events by kind, cluster and least severity; [] means every kind and every cluster', () => {
    expect(ruleMatches(rule(), event())).toBe(true);
    expect(ruleMatches(rule({ kinds: ['drift.found'] }), event())).toBe(false);
    expect(ruleMatches(rule({ clusterIds: ['c2'] }), event())).toBe(false);
    expect(ruleMatches(rule({ clusterIds: ['c1'] }), event({ clusterId: null }))).toBe(false);
    expect(ruleMatches(rule({ minSeverity: 'critical' }), event())).toBe(false);
    expect(ruleMatches(rule({ minSeverity: 'warning' }), event({ severity: 'critical' }))).toBe(true);
  });

  it('send the quiet "resolved" counterpart of a chosen problem kind whatever its severity, unless told not to', () => {
    const up = event({ kind: 'real_server.up', severity: 'info' });
    expect(ruleMatches(rule({ kinds: ['real_server.down'], minSeverity: 'warning' }), up)).toBe(true);
    expect(ruleMatches(rule({ kinds: ['real_server.down'], notifyResolved: false }), up)).toBe(false);
    expect(ruleMatches(rule({ kinds: ['drift.found'] }), up)).toBe(false);
    expect(ruleMatches(rule({ kinds: ['split_brain.opened'] }), event({ kind: 'split_brain.resolved' }))).toBe(true);
  });

  it('notify a failover once: the director becoming MASTER (or FAULT), not the one stepping down', () => {
    const r = rule({ kinds: ['vrrp.transition'] });
    expect(ruleMatches(r, event({ kind: 'vrrp.transition', data: { director: 'lb2', from: 'BACKUP', to: 'MASTER' } }))).toBe(true);
    expect(ruleMatches(r, event({ kind: 'vrrp.transition', data: { director: 'lb1', from: 'MASTER', to: 'STOPPED' } }))).toBe(false);
    expect(ruleMatches(r, event({ kind: 'vrrp.transition', data: { director: 'lb1', from: 'MASTER', to: 'BACKUP' } }))).toBe(false);
    expect(
      ruleMatches(r, event({ kind: 'vrrp.transition', severity: 'warning', data: { director: 'lb1', from: 'BACKUP', to: 'FAULT' } })),
    ).toBe(true);
  });

  it("group a subject's down and up together, per cluster", () => {
    expect(groupKey(event())).toBe(groupKey(event({ kind: 'real_server.up' })));
    expect(groupKey(event())).not.toBe(groupKey(event({ clusterId: 'c2' })));
    expect(groupKey(event())).not.toBe(groupKey(event({ subject: '10.0.0.22:80' })));
  });
});

describe('digests', () => {
  it('count every folded event per kind; the newest leads and decides "resolved"', () => {
    const key = groupKey(event());
    let d = digestOf(event({ summary: 'first' }), 'edge', null, key);
    d = foldIntoDigest(d, event({ kind: 'real_server.up', summary: 'second', at: new Date('2026-12-02T06:01:00Z') }), null, key);
    d = foldIntoDigest(d, event({ summary: 'third', at: new Date('2026-12-02T06:02:00Z') }), null, key);
    expect(d.group).toEqual({
      key,
      count: 3,
      firstAt: '2026-12-02T06:00:00.000Z',
      lastAt: '2026-12-02T06:02:00.000Z',
      kinds: { 'real_server.down': 2, 'real_server.up': 1 },
    });
    expect(d.event.summary).toBe('third');
    expect(d.event.clusterName).toBe('edge');
    expect(d.resolved).toBe(false);
  });
});

describe('signature', () => {
  it('is HMAC-SHA256 over "t.body", checked in constant time with a replay window', () => {
    const h = signatureHeader('s3cret-s3cret-s3cret', '{"a":1}', 1_796_000_000);
    expect(h).toBe(`t=1796000000,v1=${createHmac('sha256', 's3cret-s3cret-s3cret').update('1796000000.{"a":1}').digest('hex')}`);
    expect(verifySignature('s3cret-s3cret-s3cret', '{"a":1}', h, 1_796_000_100)).toBe(true);
    expect(verifySignature('s3cret-s3cret-s3cret', '{"a":2}', h, 1_796_000_100)).toBe(false);
    expect(verifySignature('s3cret-s3cret-s3cret', '{"a":1}', h, 1_796_000_301)).toBe(false);
    expect(verifySignature('s3cret-s3cret-s3cret', '{"a":1}', 't=1796000000,v1=zz', 1_796_000_000)).toBe(false);
    expect(verifySignature('s3cret-s3cret-s3cret', '{"a":1}', 'garbage', 1_796_000_000)).toBe(false);
  });
});

describe('bodies', () => {
  it('Slack: escapes mrkdwn, links back to the cluster', () => {
    const b = slackBody(payload(messageFromEvent(event({ summary: 'a <b> & c' }), 'edge', null)));
    expect(b.text).toBe('[edge] a <b> & c');
    expect(JSON.stringify(b.blocks)).toContain('a &lt;b&gt; &amp; c');
    expect(JSON.stringify(b.blocks)).toContain('"url":"https://lvs.example.test/clusters/c1"');
  });

  it('e-mail: the HTML part escapes what the text part shows as is', () => {
    const m = emailBody(payload(messageFromEvent(event({ summary: '<script>x</script>' }), 'edge', null)));
    expect(m.subject).toBe('[LVS WARNING] [edge] <script>x</script>');
    expect(m.text).toContain('[edge] <script>x</script>');
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;');
  });
});

describe('backoff', () => {
  it('doubles per attempt from the base, capped at an hour, with ±20% jitter', () => {
    expect(backoffMs(1, 1000, 0.5)).toBe(1000);
    expect(backoffMs(4, 1000, 0.5)).toBe(8000);
    expect(backoffMs(4, 1000, 0)).toBe(6400);
    expect(backoffMs(4, 1000, 1)).toBe(9600);
    expect(backoffMs(30, 1000, 0.5)).toBe(3_600_000);
  });
});
