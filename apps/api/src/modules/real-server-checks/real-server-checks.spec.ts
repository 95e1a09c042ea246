import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { evaluateChecks, parseHostFacts, prepScript, type CheckTarget } from './real-server-checks';

/** What the check script prints on a host, from parts (the formats of iproute2 6.x as seen in the lab). */
function output(o: { addr: string[]; link?: string[]; route?: string[]; sysctl: Record<string, [number, number, number]> }): string {
  const links = o.link ?? [
    '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00 promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 addrgenmode eui64',
    '2: eth0@if9: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000\\    link/ether 3e:1d:aa:00:00:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0 promiscuity 0 \\    veth addrgenmode eui64',
  ];
  const sysctl = Object.entries(o.sysctl).flatMap(([dev, [ig, an, rp]]) => [
    `${dev} arp_ignore ${ig}`,
    `${dev} arp_announce ${an}`,
    `${dev} rp_filter ${rp}`,
  ]);
  return [
    '@@addr',
    ...o.addr,
    '@@link',
    ...links,
    '@@route',
    ...(o.route ?? ['default via 10.213.0.1 dev eth0 ']),
    '@@sysctl',
    ...sysctl,
    '@@end',
    '',
  ].join('\n');
}
const ADDR = (extra: string[] = []) => [
  '1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever',
  '2: eth0    inet 10.213.0.21/24 brd 10.213.0.255 scope global eth0\\       valid_lft forever preferred_lft forever',
  ...extra,
];
const DR: CheckTarget = { forwarding: 'DR', address: '10.213.0.21', vips: ['10.213.1.10'], gateways: ['10.213.0.11', '10.213.1.10'] };
const byId = (r: ReturnType<typeof evaluateChecks>) => Object.fromEntries(r.map((c) => [c.id, c.status]));

describe('real-server checks', () => {
  it('DR as the lab prepares it (VIP /32 on lo, arp sysctls on all) passes every check', () => {
    const f = parseHostFacts(
      output({
        addr: ADDR(['1: lo    inet 10.213.1.10/32 scope global lo\\       valid_lft forever preferred_lft forever']),
        sysctl: { all: [1, 2, 0], eth0: [0, 0, 0], lo: [0, 0, 0] },
      }),
    );
    expect(f.links.get('eth0')).toBe('other');
    expect(f.links.get('lo')).toBe('loopback');
    const r = evaluateChecks(DR, f);
    expect(byId(r)).toEqual({ 'vip-on-loopback:10.213.1.10': 'pass', 'arp-ignore': 'pass', 'arp-announce': 'pass', 'rp-filter': 'pass' });
    expect(r.find((c) => c.id === 'arp-ignore')!.detail).toBe('effective 1 (all=1, eth0=0)');
  });

  it('arp_ignore off, the VIP on eth0, or a /24 on lo are found with the fix', () => {
    const broken = evaluateChecks(
      DR,
      parseHostFacts(
        output({ addr: ADDR(['2: eth0    inet 10.213.1.10/32 scope global eth0']), sysctl: { all: [0, 2, 1], eth0: [0, 0, 1] } }),
      ),
    );
    expect(byId(broken)).toMatchObject({
      'vip-on-loopback:10.213.1.10': 'fail',
      'arp-ignore': 'fail',
      'arp-announce': 'pass',
      'rp-filter': 'pass',
    });
    expect(broken.find((c) => c.id === 'arp-ignore')!.fix).toBe('sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.eth0.arp_ignore=1');
    expect(broken.find((c) => c.id.startsWith('vip-'))!.detail).toContain('answers ARP');
    const wide = evaluateChecks(
      DR,
      parseHostFacts(output({ addr: ADDR(['1: lo    inet 10.213.1.10/24 scope global lo']), sysctl: { all: [1, 2, 0], eth0: [0, 0, 0] } })),
    );
    expect(wide.find((c) => c.id.startsWith('vip-'))).toMatchObject({ status: 'fail', fix: 'ip addr add 10.213.1.10/32 dev lo' });
  });

  it('strict rp_filter fails when the route back leaves by another interface', () => {
    const f = parseHostFacts(
      output({
        addr: ADDR(['1: lo    inet 10.213.1.10/32 scope global lo']),
        route: ['default via 192.0.2.1 dev eth1'],
        sysctl: { all: [1, 2, 1], eth0: [0, 0, 0] },
      }),
    );
    expect(evaluateChecks(DR, f).find((c) => c.id === 'rp-filter')).toMatchObject({
      status: 'fail',
      fix: 'sysctl -w net.ipv4.conf.all.rp_filter=2 net.ipv4.conf.eth0.rp_filter=2',
    });
  });

  it('NAT: the default route must go through a director address or VIP', () => {
    const t: CheckTarget = { ...DR, forwarding: 'NAT' };
    expect(
      byId(evaluateChecks(t, parseHostFacts(output({ addr: ADDR(), route: ['default via 10.213.1.10 dev eth0'], sysctl: {} })))),
    ).toEqual({ 'default-route': 'pass' });
    const wrong = evaluateChecks(
      t,
      parseHostFacts(output({ addr: ADDR(), route: ['default via 10.213.0.1 dev eth0 proto static'], sysctl: {} })),
    );
    expect(wrong[0]).toMatchObject({ status: 'fail', fix: 'ip route replace default via 10.213.0.11' });
    expect(wrong[0].detail).toContain('default via 10.213.0.1:');
  });

  it('TUN: an ipip device holding the VIP, rp_filter off on it', () => {
    const link = [
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00 promiscuity 0',
      '5: tunl0@NONE: <NOARP,UP,LOWER_UP> mtu 1480 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\\    link/ipip 0.0.0.0 brd 0.0.0.0 promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 \\    ipip any remote any local any ttl inherit nopmtudisc addrgenmode eui64',
    ];
    const t: CheckTarget = { ...DR, forwarding: 'TUN' };
    const ok = evaluateChecks(
      t,
      parseHostFacts(
        output({ addr: ADDR(['5: tunl0    inet 10.213.1.10/32 scope global tunl0']), link, sysctl: { all: [0, 0, 0], tunl0: [0, 0, 0] } }),
      ),
    );
    expect(byId(ok)).toEqual({ 'ipip-device': 'pass', 'vip-on-tunnel:10.213.1.10': 'pass', 'rp-filter': 'pass' });
    const none = evaluateChecks(t, parseHostFacts(output({ addr: ADDR(), sysctl: { all: [0, 0, 1] } })));
    expect(byId(none)).toEqual({ 'ipip-device': 'fail', 'vip-on-tunnel:10.213.1.10': 'fail', 'rp-filter': 'fail' });
  });

  it('an answer without its end marker is refused', () => {
    expect(() => parseHostFacts('@@addr\n1: lo inet 127.0.0.1/8')).toThrow(/end marker/);
  });

  it('the prep scripts are valid POSIX sh and carry what the checks want', () => {
    for (const forwarding of ['DR', 'NAT', 'TUN'] as const) {
      const s = prepScript({ ...DR, forwarding, vips: ['10.213.1.10', '2001:db8::10'], name: "rs'1", services: ['10.213.1.10:80/TCP'] });
      expect(() => execFileSync('sh', ['-n'], { input: s })).not.toThrow();
      if (forwarding === 'DR') {
        expect(s).toContain('net.ipv4.conf.all.arp_ignore = 1');
        expect(s).toContain('ip addr add 2001:db8::10/128 dev lo');
        expect(s.indexOf('arp_ignore')).toBeLessThan(s.indexOf('ip addr add 10.213.1.10/32 dev lo'));
      }
      if (forwarding === 'NAT') expect(s).toContain('ip route replace default via 10.213.0.11');
      if (forwarding === 'TUN') expect(s).toContain('ip addr add 10.213.1.10/32 dev tunl0');
    }
  });
});
