import { describe, expect, it } from 'vitest';
import { clusterSpec } from '../../../test/factories';
import { renderIpvsadm } from './ipvsadm';
import { UnsafeValueError } from './tokens';

describe('renderIpvsadm', () => {
  it('renders -A/-a lines as ipvsadm-save -n prints them: persistence, drained = weight 0, disabled left out', () => {
    const spec = clusterSpec();
    spec.virtualServices[0].persistence = { timeout: 300, netmask: '255.255.255.0' };
    spec.virtualServices[0].realServers[1].adminState = 'drained';
    expect(renderIpvsadm(spec)).toBe(
      '-A -t 10.213.1.10:80 -s wrr -p 300 -M 255.255.255.0\n-a -t 10.213.1.10:80 -r 10.213.0.21:80 -g -w 10\n-a -t 10.213.1.10:80 -r 10.213.0.22:80 -g -w 0\n',
    );
    spec.virtualServices[0].realServers[1].adminState = 'disabled';
    expect(renderIpvsadm(spec)).not.toContain('10.213.0.22');
  });

  it('renders UDP, SCTP, fwmark (with -6 for IPv6), IPv6 in brackets, every forwarding method and thresholds', () => {
    const spec = clusterSpec({
      virtualServices: [
        {
          vip: '10.213.1.10',
          port: 53,
          protocol: 'UDP',
          scheduler: 'rr',
          forwarding: 'NAT',
          realServers: [{ address: '10.213.0.31', port: 5353, weight: 2, upperThreshold: 100, lowerThreshold: 50 }],
        },
        { vip: '10.213.1.10', port: 9000, protocol: 'SCTP', scheduler: 'sh', forwarding: 'TUN', realServers: [{ address: '10.213.0.41' }] },
        { fwmark: 7, scheduler: 'wlc', persistence: { timeout: 600 }, realServers: [{ address: '10.213.0.21', forwarding: 'DR' }] },
        { fwmark: 8, family: 'inet6', scheduler: 'lc', realServers: [{ address: '2001:db8::21' }] },
        {
          vip: '2001:db8::10',
          port: 443,
          scheduler: 'mh',
          persistence: { timeout: 60, netmask: '64' },
          realServers: [{ address: '2001:db8::21', port: 443, forwarding: 'NAT', weight: 3 }],
        },
        { vip: '10.213.1.11', scheduler: 'wlc', persistence: { timeout: 60, netmask: '255.255.255.255' }, realServers: [] },
      ],
    });
    expect(renderIpvsadm(spec)).toBe(
      [
        '-A -u 10.213.1.10:53 -s rr',
        '-a -u 10.213.1.10:53 -r 10.213.0.31:5353 -m -w 2 -x 100 -y 50',
        '-A --sctp-service 10.213.1.10:9000 -s sh',
        '-a --sctp-service 10.213.1.10:9000 -r 10.213.0.41:9000 -i -w 1',
        '-A -f 7 -s wlc -p 600',
        '-a -f 7 -r 10.213.0.21:0 -g -w 1',
        '-A -f 8 -6 -s lc',
        '-a -f 8 -6 -r [2001:db8::21]:0 -g -w 1',
        '-A -t [2001:db8::10]:443 -s mh -p 60 -M 64',
        '-a -t [2001:db8::10]:443 -r [2001:db8::21]:443 -m -w 3',
        '-A -t 10.213.1.11:0 -s wlc -p 60',
        '',
      ].join('\n'),
    );
  });

  it('is empty for a cluster without virtual services, and refuses unsafe values', () => {
    expect(renderIpvsadm(clusterSpec({ virtualServices: [] }))).toBe('');
    for (const set of [
      (s: ReturnType<typeof clusterSpec>) => (s.virtualServices[0].vip = '1.2.3.4 -C'),
      (s: ReturnType<typeof clusterSpec>) => (s.virtualServices[0].scheduler = 'rr\n-C' as never),
      (s: ReturnType<typeof clusterSpec>) => (s.virtualServices[0].forwarding = 'constructor' as never),
      (s: ReturnType<typeof clusterSpec>) => (s.virtualServices[0].protocol = 'ICMP' as never),
      (s: ReturnType<typeof clusterSpec>) => (s.virtualServices[0].realServers[0].weight = -1),
      (s: ReturnType<typeof clusterSpec>) => (s.virtualServices[0].realServers[0].address = '10.0.0.1:80 -w'),
    ]) {
      const spec = clusterSpec();
      set(spec);
      expect(() => renderIpvsadm(spec)).toThrow(UnsafeValueError);
    }
  });
});
