import { virtualServiceKey } from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { serviceKey } from './keys';

describe('serviceKey', () => {
  it("spells every kind of service as the domain's virtualServiceKey (the API's ?key=)", () => {
    const services = [
      { vip: '10.0.0.1', port: 80, protocol: 'TCP' as const },
      { vip: '2001:db8::1', port: 443, protocol: 'TCP' as const },
      { vip: '10.0.0.1', protocol: 'UDP' as const },
      { fwmark: 7, protocol: 'TCP' as const },
      { group: 'web_vips', protocol: 'TCP' as const },
    ];
    for (const vs of services) expect(serviceKey(vs)).toBe(virtualServiceKey(vs));
    expect(serviceKey(services[4])).toBe('group:web_vips');
  });
});
