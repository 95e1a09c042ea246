import { describe, expect, it } from 'vitest';
import type { Channel } from '../api/queries';
import { addressList, channelCreateBody, channelDraft, channelUpdateBody, ruleBody, ruleDraft, windowText } from './forms';
import { checkChannel, checkRule } from './checks';

const webhook: Channel = {
  id: 'c1',
  name: 'ops',
  kind: 'webhook',
  enabled: true,
  settings: { urlOrigin: 'https://hooks.example.com' },
  secretsSet: ['url', 'secret'],
  stats: { pending: 0, delivered: 3, failed: 0, lastDelivery: null },
  version: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('notification forms', () => {
  it('starts an edit with every secret blank, and a blank secret is left out of the PATCH (kept as stored)', () => {
    const d = channelDraft(webhook);
    expect(d).toMatchObject({ kind: 'webhook', name: 'ops', url: '', secret: '' });
    expect(channelUpdateBody('webhook', { ...d, name: 'ops-2' })).toEqual({ name: 'ops-2', enabled: true });
    expect(channelUpdateBody('webhook', { ...d, secret: 'a-new-secret-of-16+' })).toEqual({
      name: 'ops',
      enabled: true,
      secret: 'a-new-secret-of-16+',
    });
  });

  it("sends only the kind's own fields; an e-mail edit's blank user name removes it", () => {
    const d = { ...channelDraft(), kind: 'slack', name: 's', url: ' https://hooks.slack.com/x ', secret: 'ignored-ignored-1' };
    expect(channelCreateBody(d)).toEqual({ name: 's', enabled: true, kind: 'slack', url: 'https://hooks.slack.com/x' });
    const mail = {
      ...channelDraft(),
      kind: 'email',
      name: 'm',
      host: 'smtp.example.com',
      port: '465',
      security: 'tls',
      from: 'lvs@example.com',
      to: 'a@example.com, b@example.com',
    };
    expect(channelUpdateBody('email', mail)).toEqual({
      name: 'm',
      enabled: true,
      host: 'smtp.example.com',
      port: 465,
      security: 'tls',
      username: null,
      from: 'lvs@example.com',
      to: ['a@example.com', 'b@example.com'],
    });
  });

  it("checks the shape before the round trip with the API's own rules and messages (libs/domain), the URL rule too", () => {
    expect(checkChannel({ ...channelDraft(), name: ' ', url: '', secret: 'short' }, true)).toEqual({
      name: 'must not be empty',
      url: 'must not be empty',
      secret: 'must be at least 16 characters (use e.g. `openssl rand -hex 32`)',
    });
    expect(checkChannel({ ...channelDraft(), name: 'x', url: 'ftp://x', secret: '0123456789abcdef' }, true)).toEqual({
      url: 'must be an http:// or https:// URL without user:password@ (the receiver)',
    });
    expect(checkChannel({ ...channelDraft(), name: 'x', url: 'https://hooks.example.com/a', secret: '0123456789abcdef' }, true)).toEqual(
      {},
    );
    expect(checkChannel({ ...channelDraft(webhook) }, false)).toEqual({});
    expect(
      checkChannel({ ...channelDraft(), kind: 'email', name: 'm', host: 'h', port: '0', from: 'x', to: 'a@example.com nope' }, true),
    ).toEqual({
      port: 'must be 1-65535',
      from: 'must be an e-mail address',
      'to.1': 'must be an e-mail address',
    });
  });

  it('maps the names the rule form shows to the ids the API takes, and back', () => {
    const names = { channels: new Map([['c1', 'ops']]), clusters: new Map([['k1', 'lab']]) };
    const ids = { channels: new Map([['ops', 'c1']]), clusters: new Map([['lab', 'k1']]) };
    const d = ruleDraft(undefined, names);
    expect(checkRule(ruleBody(d, ids))).toEqual({ name: 'must not be empty', channelIds: 'must name at least one channel' });
    const body = ruleBody(
      { ...d, name: 'r', channelIds: ['ops'], clusterIds: ['lab'], kinds: ['drift.found'], throttleSeconds: '60' },
      ids,
    );
    expect(body).toMatchObject({ name: 'r', channelIds: ['c1'], clusterIds: ['k1'], kinds: ['drift.found'], throttleSeconds: 60 });
    expect(ruleDraft({ ...body, id: 'r1', version: 1, createdAt: '', updatedAt: '' } as never, names)).toMatchObject({
      channelIds: ['ops'],
      clusterIds: ['lab'],
    });
  });

  it('words lists and windows', () => {
    expect(addressList(' a@x,b@y;\nc@z ')).toEqual(['a@x', 'b@y', 'c@z']);
    expect([0, 45, 300, 7200].map(windowText)).toEqual(['every event', '45 s', '5 min', '2 h']);
  });
});
