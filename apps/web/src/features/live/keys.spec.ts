import { virtualServiceKey } from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { vsKey } from './keys';

describe('vsKey', () => {
  it("spells every kind of service as the domain's virtualServiceKey (the API's ?key=)", () => {
    const services = [
      { vip: '10.0.0.1', port: 80, protocol: 'TCP' as const },
      { vip: '2001:db8::1', port: 443, protocol: 'TCP' as const },
      { vip: '10.0.0.1', protocol: 'UDP' as const },
      { fwmark: 7, protocol: 'TCP' as const },
      { group: 'web_vips', protocol: 'TCP' as const },
    ];
    for (const vs of services) expect(vsKey(vs)).toBe(virtualServiceKey(vs));
    expect(vsKey(services[4])).toBe('group:web_vips');
  });
});
