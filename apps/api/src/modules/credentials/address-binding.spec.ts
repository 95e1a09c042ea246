import { describe, expect, it } from 'vitest';
import { addressInBinding, parseBindingEntry } from './address-binding';

const value = (s: string) => {
  const r = parseBindingEntry(s);
  return r.ok ? r.value : `! ${r.message}`;
};

describe('credential address bindings', () => {
  it('reads addresses and networks into one canonical text', () => {
    expect(value('192.0.2.10')).toBe('192.0.2.10');
    expect(value('192.0.2.10/32')).toBe('192.0.2.10');
    expect(value(' 10.213.0.0/24 ')).toBe('10.213.0.0/24');
    expect(value('2001:DB8:0:0::10')).toBe('2001:db8::10');
    expect(value('2001:db8::/64')).toBe('2001:db8::/64');
    expect(value('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(value('::ffff:192.0.2.0/120')).toBe('192.0.2.0/24');
  });

  it('refuses what is not an address, a widened host, and everywhere', () => {
    expect(value('lb1.example.com')).toMatch(/must be an IPv4 or IPv6 address/);
    expect(value('192.0.2.300')).toMatch(/must be an IPv4 or IPv6 address/);
    expect(value('fe80::1%eth0')).toMatch(/must be an IPv4 or IPv6 address/);
    expect(value('192.0.2.0/33')).toMatch(/prefix length must be 1-32/);
    expect(value('192.0.2.0/2x')).toMatch(/prefix length/);
    expect(value('192.0.2.10/24')).toMatch(/host bits set: write 192\.0\.2\.0\/24 .* or 192\.0\.2\.10 for the one address/);
    expect(value('0.0.0.0/0')).toMatch(/every address/);
    expect(value('::/0')).toMatch(/every address/);
    expect(value('1.2.3.4/5/6')).toMatch(/must be an IPv4/);
  });

  it('matches an address inside an entry of the binding, and nothing else', () => {
    const b = ['10.213.0.0/24', '192.0.2.7', '2001:db8:1::/48'];
    expect(addressInBinding('10.213.0.11', b)).toBe(true);
    expect(addressInBinding('10.213.1.11', b)).toBe(false);
    expect(addressInBinding('192.0.2.7', b)).toBe(true);
    expect(addressInBinding('192.0.2.8', b)).toBe(false);
    expect(addressInBinding('2001:db8:1:ffff::1', b)).toBe(true);
    expect(addressInBinding('2001:db8:2::1', b)).toBe(false);
    // the same address written as IPv4-mapped IPv6 is the same destination
    expect(addressInBinding('::ffff:10.213.0.11', b)).toBe(true);
    // families never cross: an IPv4 network says nothing about an IPv6 host
    expect(addressInBinding('::a:d500:b', ['10.213.0.0/24'])).toBe(false);
    // names never match, even literally: their DNS answer decides where the secret would go
    expect(addressInBinding('lb1.example.com', ['lb1.example.com'])).toBe(false);
    expect(addressInBinding('127.0.0.1', [])).toBe(false);
  });
});
