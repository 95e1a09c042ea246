import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustProxy, trustFunction, type TrustProxy } from './client-address';

const trust = (v: string): TrustProxy => {
  const r = parseTrustProxy(v);
  if ('error' in r) throw new Error(r.error);
  return r.trust;
};

describe('TRUST_PROXY: whose X-Forwarded-For counts', () => {
  it('trusts loopback peers by default, for one hop only', () => {
    const t = trustFunction(trust('loopback'));
    expect(t('127.0.0.1', 0)).toBe(true);
    expect(t('::ffff:127.0.0.1', 0)).toBe(true);
    expect(t('::1', 0)).toBe(true);
    expect(t('127.0.0.1', 1)).toBe(false);
    expect(t('192.0.2.7', 0)).toBe(false);
  });

  it('takes the rightmost entry from a trusted peer, and ignores the header from anyone else', () => {
    const t = trustFunction(trust('10.0.0.5,192.168.1.0/24'));
    expect(clientAddress('10.0.0.5', '203.0.113.1, 198.51.100.2', t)).toBe('198.51.100.2');
    expect(clientAddress('192.168.1.77', '198.51.100.3', t)).toBe('198.51.100.3');
    expect(clientAddress('10.0.0.6', '198.51.100.2', t)).toBe('10.0.0.6');
    expect(clientAddress('10.0.0.5', 'not-an-address', t)).toBe('10.0.0.5');
    expect(clientAddress('::ffff:10.0.0.6', undefined, t)).toBe('10.0.0.6');
    expect(clientAddress('127.0.0.1', '198.51.100.2', trustFunction(trust('none')))).toBe('127.0.0.1');
  });

  it('names a bad entry', () => {
    expect(parseTrustProxy('10.0.0.0/33')).toEqual({ error: expect.stringContaining('"10.0.0.0/33"') });
    expect(parseTrustProxy('proxy.example')).toEqual({ error: expect.stringContaining('"proxy.example"') });
  });
});
