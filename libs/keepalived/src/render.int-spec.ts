import { ClusterSpecSchema } from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { clusterSpec } from '../../../test/factories';
import { keepalivedConfigTest } from '../../../test/keepalived-judge';
import { IS_ROOT } from '../../../test/sshd';
import { render } from './render';

/** Debian's keepalived 2.2.7 is the judge of what we render (needs root for the network namespace). */
describe.skipIf(!IS_ROOT)('rendered keepalived.conf passes the real keepalived --config-test', () => {
  it('the factory DR web cluster, for each director', () => {
    const spec = clusterSpec();
    for (const d of spec.directors) {
      const r = keepalivedConfigTest(render(spec, d.name, { revision: 1, specSha256: 'a'.repeat(64) }));
      expect(r.code, r.output).toBe(0);
    }
  });

  it('every option of the model: unicast, auth, sync group, IPv6, fwmark, NAT with sorry server, persistence, thresholds, all checkers', () => {
    const spec = ClusterSpecSchema.parse({
      name: 'everything',
      directors: [
        { name: 'lb1', address: '10.213.0.11' },
        { name: 'lb2', address: '10.213.0.12' },
      ],
      vrrpInstances: [
        { name: 'VI_4', interface: 'eth0', virtualRouterId: 51, unicast: true, authPass: 'pa55', nopreempt: true, garpMasterDelay: 5, trackInterfaces: ['eth1'], members: [{ director: 'lb1', priority: 150, state: 'MASTER' }, { director: 'lb2', priority: 100 }], vips: [{ address: '10.213.1.10/24', dev: 'eth0', label: 'eth0:1' }] },
        { name: 'VI_6', interface: 'eth1', virtualRouterId: 52, preemptDelay: 30, members: [{ director: 'lb1', priority: 150 }, { director: 'lb2', priority: 100 }], vips: [{ address: '2001:db8::10/64' }] },
      ],
      vrrpSyncGroups: [{ name: 'SG_1', instances: ['VI_4', 'VI_6'] }],
      virtualServices: [
        { vip: '10.213.1.10', port: 80, scheduler: 'wrr', forwarding: 'DR', persistence: { timeout: 300, netmask: '255.255.255.0' }, quorum: 1, hysteresis: 0, alpha: true, omega: true, virtualhost: 'www.example.com', delayLoop: 10,
          realServers: [
            { address: '10.213.0.21', port: 80, weight: 10, upperThreshold: 100, lowerThreshold: 50, inhibitOnFailure: true, healthCheck: { type: 'HTTP_GET', urls: [{ path: '/health', statusCode: 200 }, { path: '/', digest: '9b3a0c85a887a256d6939da88aabd8cd' }], connectTimeout: 3, retry: 3, delayBeforeRetry: 2 } },
            { address: '10.213.0.22', port: 80, weight: 10, adminState: 'drained', healthCheck: { type: 'TCP_CHECK', connectPort: 80, connectTimeout: 3 } },
            { address: '10.213.0.23', port: 80, weight: 10, adminState: 'disabled' },
          ] },
        { vip: '10.213.1.10', port: 443, forwarding: 'NAT', sorryServer: { address: '10.213.0.99', port: 8443 },
          realServers: [{ address: '10.213.0.21', port: 8443, healthCheck: { type: 'SSL_GET', urls: [{ path: '/health', statusCode: 200 }], connectTimeout: 5 } }] },
        { vip: '10.213.1.10', port: 53, protocol: 'UDP', scheduler: 'rr',
          realServers: [{ address: '10.213.0.31', port: 53, healthCheck: { type: 'DNS_CHECK', queryName: 'example.com', queryType: 'A', connectTimeout: 2 } }, { address: '10.213.0.32', port: 53, healthCheck: { type: 'UDP_CHECK', connectTimeout: 2 } }] },
        { vip: '10.213.1.10', port: 25, realServers: [{ address: '10.213.0.41', port: 25, healthCheck: { type: 'SMTP_CHECK', heloName: 'lb.example.com', connectTimeout: 5 } }, { address: '10.213.0.42', port: 25, healthCheck: { type: 'PING_CHECK', connectTimeout: 2 } }] },
        { fwmark: 7, scheduler: 'sh', persistence: { timeout: 600 }, realServers: [{ address: '10.213.0.21', healthCheck: { type: 'MISC_CHECK', script: '/bin/true 10.213.0.21', timeout: 5 } }] },
        { vip: '2001:db8::10', port: 80, scheduler: 'mh', realServers: [{ address: '2001:db8::21', port: 80, healthCheck: { type: 'TCP_CHECK' } }] },
      ],
    });
    for (const d of spec.directors) {
      const text = render(spec, d.name);
      const r = keepalivedConfigTest(text, ['eth0', 'eth1']);
      expect(r.code, `${text}\n${r.output}`).toBe(0);
    }
  });

  it('negative fixtures make keepalived exit non-zero', () => {
    const good = render(clusterSpec(), 'lb1');
    for (const bad of [good.replace('lb_kind DR', 'lb_kind XYZ'), good.replace(/}\n$/, ''), good.replace('interface eth0', 'interface eth7'), good.replace('real_server 10.213.0.21 80', 'real_server 10.213.0.999 80')]) {
      expect(keepalivedConfigTest(bad).code).not.toBe(0);
    }
  });
});
