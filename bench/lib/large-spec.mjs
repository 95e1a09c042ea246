// The large cluster every render/parse/topology benchmark and test uses: `services` virtual services
// × `reals` real servers, two directors in one VRRP instance, 250 service ports per VIP, DR, wlc and a
// TCP_CHECK everywhere. A plain spec document (PUT /spec's body); test/factories.ts largeClusterSpec
// parses this same document, so benchmarks and tests measure one shape.

/**
 * @param {number} services
 * @param {number} reals
 * @param {{ name?: string, weight?: (service: number, real: number) => number }} [opts]
 */
export function largeSpecDocument(services, reals, opts = {}) {
  const weight = opts.weight ?? ((_s, r) => 1 + (r % 10));
  const vips = Math.ceil(services / 250);
  return {
    name: opts.name ?? `large-${services}x${reals}`,
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
        weight: weight(s, r),
        healthCheck: { type: 'TCP_CHECK', connectTimeout: 3 },
      })),
    })),
  };
}
