import { describe, expect, it } from 'vitest';
import { bindingErrors, bindingText, parseBindingText } from './binding';

describe('credential binding field', () => {
  it('reads one entry per line, commas and spaces too, and writes one per line', () => {
    expect(parseBindingText('10.213.0.0/24\n 192.0.2.10, 2001:db8::1  \n\n')).toEqual(['10.213.0.0/24', '192.0.2.10', '2001:db8::1']);
    expect(parseBindingText('   ')).toEqual([]);
    expect(bindingText(['10.213.0.0/24', '192.0.2.10'])).toBe('10.213.0.0/24\n192.0.2.10');
  });

  it("names the entry the API refused, and keeps the field's own message", () => {
    const entries = ['10.0.0.1', 'lb1.example.com'];
    expect(
      bindingErrors(entries, [
        { path: 'body.allowedAddresses.1', message: 'must be an IPv4 or IPv6 address' },
        { path: 'body.allowedAddresses.0', message: '"10.0.0.1" is refused' },
        { path: 'body.name', message: 'is already taken' },
        { path: 'body.allowedAddresses', message: 'must list at most 64 addresses or networks' },
      ]),
    ).toEqual(['lb1.example.com: must be an IPv4 or IPv6 address', '"10.0.0.1" is refused', 'must list at most 64 addresses or networks']);
  });
});
