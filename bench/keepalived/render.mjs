#!/usr/bin/env node
// Render keepalived.conf for a 1,000 virtual services × 20 real servers cluster (20k real servers),
// and diff two renders. Target (issue 5): render < 50 ms.
// Run: npx nx run-many -t build -p @lvs/domain @lvs/keepalived && node bench/keepalived/render.mjs
import { createRequire } from 'node:module';
import { largeSpecDocument } from '../lib/large-spec.mjs';
const require = createRequire(import.meta.url);
const { ClusterSpecSchema } = require('../../libs/domain/dist/index.js');
const { render, diff, specSha256 } = require('../../libs/keepalived/dist/index.js');

const services = 1000;
const reals = 20;
// The shared large cluster (bench/lib/large-spec.mjs): 4 VIPs, DR, wlc, TCP_CHECK on every real server.
const spec = ClusterSpecSchema.parse(largeSpecDocument(services, reals, { name: 'bench' }));

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
