import { ClusterSpecSchema, validateClusterSpec } from '@lvs/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterSpec, largeClusterSpec } from '../../../test/factories';
import { clusterSpecArb, schemaValidSpecArb } from '../test/arbitraries';
import { keepalivedRefuses } from '../test/domain-gaps';
import { judgeUnavailable, KeepalivedJudge } from '../test/judge';
import { render } from './render';

const unavailable = judgeUnavailable();

/** Debian's keepalived 2.2.7 is the judge of what we render. */
describe.skipIf(unavailable)(
  `rendered keepalived.conf passes the real keepalived --config-test${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    let judge: KeepalivedJudge;
    beforeAll(() => {
      // Every interface name the factories and the arbitraries use.
      judge = new KeepalivedJudge(['eth0', 'eth1', 'eth2', 'bond0.10']);
    });
    afterAll(() => judge?.close());

    it('the factory DR web cluster, for each director, with header and notify FIFOs', () => {
      const spec = clusterSpec();
      for (const d of spec.directors) {
        const v = judge.test(
          render(spec, d.name, {
            revision: 1,
            specSha256: 'a'.repeat(64),
            notifyFifos: { vrrp: '/run/keepalived/vrrp.fifo', lvs: '/run/keepalived/lvs.fifo' },
          }),
        );
        expect(v.code, v.output).toBe(0);
      }
    });

    it('a 1000-service, 20k-real-server cluster', () => {
      const v = judge.test(render(largeClusterSpec(1000, 20), 'lb1'));
      expect(v.code, v.output.slice(0, 2000)).toBe(0);
    });

    it('every option of the model: unicast, auth, sync group, IPv6, fwmark, NAT with sorry server, persistence, thresholds, all checkers', () => {
      const spec = ClusterSpecSchema.parse({
        name: 'everything',
        directors: [
          { name: 'lb1', address: '10.213.0.11' },
          { name: 'lb2', address: '10.213.0.12' },
        ],
        vrrpInstances: [
          {
            name: 'VI_4',
            interface: 'eth0',
            virtualRouterId: 51,
            unicast: true,
            authPass: 'pa55',
            nopreempt: true,
            garpMasterDelay: 5,
            trackInterfaces: ['eth1'],
            members: [
              { director: 'lb1', priority: 150, state: 'MASTER' },
              { director: 'lb2', priority: 100 },
            ],
            vips: [{ address: '10.213.1.10/24', dev: 'eth0', label: 'eth0:1' }],
            notify: { master: '/usr/local/bin/notify.sh MASTER', any: '/usr/local/bin/notify-any.sh' },
          },
          {
            name: 'VI_6',
            interface: 'eth1',
            virtualRouterId: 52,
            preemptDelay: 30,
            members: [
              { director: 'lb1', priority: 150 },
              { director: 'lb2', priority: 100 },
            ],
            vips: [{ address: '2001:db8::10/64' }],
          },
        ],
        vrrpSyncGroups: [{ name: 'SG_1', instances: ['VI_4', 'VI_6'] }],
        virtualServices: [
          {
            vip: '10.213.1.10',
            port: 80,
            scheduler: 'wrr',
            forwarding: 'DR',
            persistence: { timeout: 300, netmask: '255.255.255.0' },
            quorum: 1,
            hysteresis: 0,
            alpha: true,
            omega: true,
            virtualhost: 'www.example.com',
            delayLoop: 10,
            quorumUp: '/usr/local/bin/quorum.sh up',
            quorumDown: '/usr/local/bin/quorum.sh down',
            realServers: [
              {
                address: '10.213.0.21',
                port: 80,
                weight: 10,
                upperThreshold: 100,
                lowerThreshold: 50,
                inhibitOnFailure: true,
                healthCheck: {
                  type: 'HTTP_GET',
                  urls: [
                    { path: '/health', statusCode: 200 },
                    { path: '/status?full=1&x=%20', digest: '9b3a0c85a887a256d6939da88aabd8cd' },
                  ],
                  connectTimeout: 3,
                  retry: 3,
                  delayBeforeRetry: 2,
                },
              },
              {
                address: '10.213.0.22',
                port: 80,
                weight: 10,
                adminState: 'drained',
                healthCheck: { type: 'TCP_CHECK', connectPort: 80, connectTimeout: 3 },
              },
              { address: '10.213.0.23', port: 80, weight: 10, adminState: 'disabled' },
            ],
          },
          {
            vip: '10.213.1.10',
            port: 443,
            forwarding: 'NAT',
            sorryServer: { address: '10.213.0.99', port: 8443 },
            realServers: [
              {
                address: '10.213.0.21',
                port: 8443,
                forwarding: 'NAT',
                healthCheck: { type: 'SSL_GET', urls: [{ path: '/health', statusCode: 200 }], connectTimeout: 5 },
              },
            ],
          },
          {
            vip: '10.213.1.10',
            port: 53,
            protocol: 'UDP',
            scheduler: 'rr',
            realServers: [
              {
                address: '10.213.0.31',
                port: 53,
                healthCheck: { type: 'DNS_CHECK', queryName: 'example.com', queryType: 'A', connectTimeout: 2 },
              },
              { address: '10.213.0.32', port: 53, healthCheck: { type: 'UDP_CHECK', connectTimeout: 2, requireReply: true } },
            ],
          },
          {
            vip: '10.213.1.10',
            port: 25,
            realServers: [
              { address: '10.213.0.41', port: 25, healthCheck: { type: 'SMTP_CHECK', heloName: 'lb.example.com', connectTimeout: 5 } },
              { address: '10.213.0.42', port: 25, healthCheck: { type: 'PING_CHECK', connectTimeout: 2 } },
            ],
          },
          {
            fwmark: 7,
            scheduler: 'sh',
            persistence: { timeout: 600 },
            realServers: [
              { address: '10.213.0.21', healthCheck: { type: 'MISC_CHECK', script: '/bin/true 10.213.0.21', timeout: 5, dynamic: true } },
            ],
          },
          { fwmark: 8, family: 'inet6', realServers: [{ address: '2001:db8::21', healthCheck: { type: 'TCP_CHECK', connectPort: 443 } }] },
          {
            vip: '2001:db8::10',
            port: 80,
            scheduler: 'mh',
            realServers: [{ address: '2001:db8::21', port: 80, healthCheck: { type: 'TCP_CHECK' } }],
          },
          { vip: '10.213.1.10', port: 8080, protocol: 'SCTP', forwarding: 'TUN', realServers: [{ address: '10.213.0.51' }] },
        ],
      });
      for (const d of spec.directors) {
        const text = render(spec, d.name);
        const v = judge.test(text);
        expect(v.code, `${text}\n${v.output}`).toBe(0);
      }
    });

    it('generated valid specs: every director renders a config that passes (fast-check)', () => {
      for (const spec of fc.sample(clusterSpecArb, 40)) {
        // The domain rules close every gap test/domain-gaps.ts knows of…
        expect(keepalivedRefuses(spec)).toEqual([]);
        for (const d of spec.directors) {
          const text = render(spec, d.name);
          const v = judge.test(text);
          expect(v.code, `${text}\n${v.output}`).toBe(0);
        }
      }
    }, 180_000);

    it('specs that pass the field rules but that keepalived refuses are all caught by the cluster rules (fast-check)', () => {
      // …and each gap is real: keepalived refuses those renders, and validateClusterSpec refuses the spec first.
      const refused = schemaValidSpecArb.filter((spec) => keepalivedRefuses(spec).length > 0);
      for (const spec of fc.sample(refused, 15)) {
        expect(validateClusterSpec(spec).errors.length, keepalivedRefuses(spec).join('; ')).toBeGreaterThan(0);
        for (const d of spec.directors) {
          const gaps = keepalivedRefuses(spec, d.name);
          const v = judge.test(render(spec, d.name));
          if (gaps.length) expect(v.code, `${gaps.join('; ')}\n${v.output}`).not.toBe(0);
          else expect(v.code, v.output).toBe(0);
        }
      }
    }, 180_000);

    it('an address owner with weighted tracking: keepalived refuses track_file and track_script weights, takes a track_process weight — and so do the rules', () => {
      const owner = (over: Record<string, unknown>, top: Record<string, unknown>) =>
        ClusterSpecSchema.parse({
          name: 'owner',
          directors: [{ name: 'lb1', address: '10.213.0.11' }],
          vrrpInstances: [
            {
              name: 'VI_1',
              interface: 'eth0',
              virtualRouterId: 7,
              members: [{ director: 'lb1', priority: 255, state: 'MASTER' }],
              vips: [{ address: '10.213.1.7/32' }],
              ...over,
            },
          ],
          ...top,
        });
      const process = owner(
        { trackProcesses: [{ name: 'tp_a', weight: 10 }] },
        { trackProcesses: [{ name: 'tp_a', process: ['haproxy'] }] },
      );
      expect(validateClusterSpec(process).errors).toEqual([]);
      const accepted = judge.test(render(process, 'lb1'));
      expect(accepted.code, accepted.output).toBe(0);
      const file = owner({ trackFiles: [{ name: 'f1', weight: 10 }] }, { trackFiles: [{ name: 'f1', file: '/run/f1' }] });
      expect(validateClusterSpec(file).errors.map((e) => e.code)).toContain('spec.owner_weighted_tracking');
      const refused = judge.test(render(file, 'lb1'));
      expect(refused.code, refused.output).not.toBe(0);
      expect(refused.output).toMatch(/due to address_owner/);
    });

    it('hand-broken renders make keepalived exit non-zero', () => {
      const good = render(clusterSpec(), 'lb1');
      expect(judge.test(good).code).toBe(0);
      for (const bad of [
        good.replace('lvs_method DR', 'lvs_method XYZ'),
        good.replace(/}\n$/, ''),
        good.replace('interface eth0', 'interface eth7'),
        good.replace('real_server 10.213.0.21 80', 'real_server 10.213.0.999 80'),
        good.replace('virtual_router_id 51', 'virtual_router_id 0'),
        good.replace('retry', 'nb_get_retry').replace('connect_timeout 3\n', 'connect_timeout 3\n      nb_get_retry 3\n'),
      ]) {
        expect(judge.test(bad).code, bad).not.toBe(0);
      }
    });
  },
);
