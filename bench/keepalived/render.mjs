#!/usr/bin/env node
// Render keepalived.conf for a 1,000 virtual services × 20 real servers cluster (20k real servers),
// and diff two renders. Target (issue 5): render < 50 ms.
// Run: npx nx run-many -t build -p @lvs/domain @lvs/keepalived && node bench/keepalived/render.mjs
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { ClusterSpecSchema } = require('../../libs/domain/dist/index.js');
const { render, diff, specSha256 } = require('../../libs/keepalived/dist/index.js');

const services = 1000;
const reals = 20;
const spec = ClusterSpecSchema.parse({
  name: 'bench',
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
      vips: Array.from({ length: 4 }, (_, v) => ({ address: `10.214.0.${v + 1}/32` })),
    },
  ],
  virtualServices: Array.from({ length: services }, (_, s) => ({
    vip: `10.214.0.${Math.floor(s / 250) + 1}`,
    port: 1000 + (s % 250),
    scheduler: 'wlc',
    realServers: Array.from({ length: reals }, (_, r) => ({
      address: `10.${100 + Math.floor(s / 250)}.${s % 250}.${r + 1}`,
      port: 1000 + (s % 250),
      weight: 1 + (r % 10),
      healthCheck: { type: 'TCP_CHECK', connectTimeout: 3 },
    })),
  })),
});

function measure(name, fn, runs = 30) {
  for (let i = 0; i < 3; i++) fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const a = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - a) / 1e6);
  }
  t.sort((a, b) => a - b);
  console.log(`${name}: median ${t[Math.floor(runs / 2)].toFixed(1)} ms, p95 ${t[Math.floor(runs * 0.95)].toFixed(1)} ms (${runs} runs)`);
}

const text = render(spec, 'lb1');
console.log(
  `cluster: ${services} virtual services × ${reals} real servers; keepalived.conf ${(text.length / 1e6).toFixed(2)} MB, ${text.split('\n').length} lines`,
);
measure('render(spec, director)', () => render(spec, 'lb1'));
measure('specSha256(spec)', () => specSha256(spec));
const changed = structuredClone(spec);
changed.virtualServices[500].realServers[7].weight = 99;
const other = render(changed, 'lb1');
measure('diff(render, render with one weight changed)', () => diff(text, other), 10);
