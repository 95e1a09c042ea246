#!/usr/bin/env node
// VRRP lint across the fleet and the failover what-if, on generated clusters: N clusters × 4 VRRP
// instances × 3 directors, VRIDs reused across clusters on other subnets (no finding), so every
// pair with one VRID is compared. Prints one JSON line: mean ms per lintFleet and per whatIf.
// Run: npx nx run @lvs/domain:build && node bench/fleet/lint.mjs [clusters=200] [runs=20]
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { ClusterSpecSchema, lintFleet, parseFailures, whatIf } = require('../../libs/domain/dist/index.js');

const N = Number(process.argv[2] ?? 200);
const runs = Number(process.argv[3] ?? 20);
const clusters = [];
for (let c = 0; c < N; c++) {
  const net = `${c >> 8}.${c & 255}`;
  const dirs = [1, 2, 3].map((i) => ({ name: `d${i}`, address: `10.${net}.${10 + i}` }));
  const spec = ClusterSpecSchema.parse({
    name: `c${c}`,
    directors: dirs,
    vrrpInstances: [0, 1, 2, 3].map((k) => ({
      name: `VI_${k}`,
      interface: 'eth0',
      virtualRouterId: ((c * 4 + k) % 255) + 1,
      members: dirs.map((d, j) => ({ director: d.name, priority: 150 - j * 10 })),
      vips: [{ address: `10.${100 + (c >> 8)}.${c & 255}.${100 + k}/24` }],
    })),
    virtualServices: [
      {
        vip: `10.${100 + (c >> 8)}.${c & 255}.100`,
        port: 80,
        realServers: [1, 2, 3, 4].map((r) => ({ address: `10.${net}.${30 + r}`, port: 80, weight: 1 })),
      },
    ],
  });
  clusters.push({ id: `id${c}`, name: spec.name, spec });
}
for (let i = 0; i < 3; i++) lintFleet(clusters);
let t = process.hrtime.bigint();
let findings = 0;
for (let i = 0; i < runs; i++) findings = lintFleet(clusters).length;
const lintMs = Number(process.hrtime.bigint() - t) / 1e6 / runs;
const { failures } = parseFailures('director:d1');
t = process.hrtime.bigint();
for (let i = 0; i < 1000; i++) whatIf(clusters[0].spec, undefined, failures);
const whatIfMs = Number(process.hrtime.bigint() - t) / 1e6 / 1000;
console.log(JSON.stringify({ clusters: N, instances: N * 4, findings, lintFleetMs: +lintMs.toFixed(2), whatIfMs: +whatIfMs.toFixed(3) }));
