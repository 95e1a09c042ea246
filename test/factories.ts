import { ClusterSpecSchema, type ClusterSpec, type ClusterSpecInput } from '@lvs/domain';

let seq = 0;

/** A valid two-director DR web cluster; override any part. Factories, not copied literals. */
export function clusterSpec(overrides: Partial<ClusterSpecInput> = {}): ClusterSpec {
  seq += 1;
  return ClusterSpecSchema.parse({
    name: `cluster-${seq}`,
    directors: [
      { name: 'lb1', address: '10.213.0.11' },
      { name: 'lb2', address: '10.213.0.12' },
    ],
    vrrpInstances: [
      {
        name: 'VI_WEB',
        interface: 'eth0',
        virtualRouterId: 51,
        members: [
          { director: 'lb1', priority: 150, state: 'MASTER' },
          { director: 'lb2', priority: 100 },
        ],
        vips: [{ address: '10.213.1.10/32' }],
      },
    ],
    virtualServices: [
      {
        vip: '10.213.1.10',
        port: 80,
        protocol: 'TCP',
        scheduler: 'wrr',
        forwarding: 'DR',
        realServers: [
          { address: '10.213.0.21', port: 80, weight: 10, healthCheck: { type: 'HTTP_GET', urls: [{ path: '/health', statusCode: 200 }], connectTimeout: 3 } },
          { address: '10.213.0.22', port: 80, weight: 10, healthCheck: { type: 'TCP_CHECK', connectTimeout: 3 } },
        ],
      },
    ],
    ...overrides,
  });
}

/** A large cluster for benchmarks: `services` virtual services × `reals` real servers each. */
export function largeClusterSpec(services: number, reals: number): ClusterSpec {
  const vips = Math.ceil(services / 250);
  return ClusterSpecSchema.parse({
    name: `large-${services}x${reals}`,
    directors: [
      { name: 'lb1', address: '10.213.0.11' },
      { name: 'lb2', address: '10.213.0.12' },
    ],
    vrrpInstances: [
      {
        name: 'VI_1',
        interface: 'eth0',
        virtualRouterId: 51,
        members: [
          { director: 'lb1', priority: 150, state: 'MASTER' },
          { director: 'lb2', priority: 100 },
        ],
        vips: Array.from({ length: vips }, (_, v) => ({ address: `10.214.${Math.floor(v / 250)}.${(v % 250) + 1}/32` })),
      },
    ],
    virtualServices: Array.from({ length: services }, (_, s) => ({
      vip: `10.214.${Math.floor(Math.floor(s / 250) / 250)}.${(Math.floor(s / 250) % 250) + 1}`,
      port: 1000 + (s % 250),
      protocol: 'TCP',
      scheduler: 'wlc',
      forwarding: 'DR',
      realServers: Array.from({ length: reals }, (_, r) => ({
        address: `10.${100 + Math.floor(s / 250)}.${s % 250}.${r + 1}`,
        port: 1000 + (s % 250),
        weight: 1 + (r % 10),
        healthCheck: { type: 'TCP_CHECK', connectTimeout: 3 },
      })),
    })),
  });
}
