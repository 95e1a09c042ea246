#!/usr/bin/env node
// keepalived.conf for a 20k-real-server cluster (1,000 virtual services × 20 real servers, the
// test factory largeClusterSpec(1000, 20)): render < 50 ms, parse < 100 ms (issue 5).
// Run: npx nx run @lvs/keepalived:build && node bench/keepalived/render-parse.mjs [runs]
import { createRequire } from 'node:module';
import { largeSpecDocument } from '../lib/large-spec.mjs';
const require = createRequire(import.meta.url);
const { ClusterSpecSchema, VirtualServiceSchema } = require('../../libs/domain/dist/index.js');
const k = require('../../libs/keepalived/dist/index.js');

const largeClusterSpec = (services, reals) => ClusterSpecSchema.parse(largeSpecDocument(services, reals));

const runs = Number(process.argv[2] ?? 30);
function measure(name, fn, target) {
  for (let i = 0; i < 3; i++) fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const a = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - a) / 1e6);
  }
  t.sort((a, b) => a - b);
  const q = (p) => t[Math.min(t.length - 1, Math.floor(p * t.length))];
  const verdict = target === undefined ? '' : q(0.5) < target ? `  (target < ${target} ms: met)` : `  (target < ${target} ms: MISSED)`;
  console.log(`${name.padEnd(52)} median ${q(0.5).toFixed(1).padStart(7)} ms   p95 ${q(0.95).toFixed(1).padStart(7)} ms${verdict}`);
  return q(0.5);
}

const spec = largeClusterSpec(1000, 20);
const text = k.render(spec, 'lb1', { revision: 1, specSha256: k.specSha256(spec) });
const parsed = k.parse(text);
const reals = parsed.virtualServices.reduce((n, vs) => n + vs.realServers.length, 0);
if (reals !== 20000 || parsed.warnings.length) throw new Error(`parse gave ${reals} real servers and ${parsed.warnings.length} warnings`);
const files = spec.directors.map((d) => ({ director: d.name, address: d.address, text: k.render(spec, d.name) }));
const drained = structuredClone(spec);
drained.virtualServices[500].realServers[7].adminState = 'drained';
const text2 = k.render(drained, 'lb1', { revision: 1, specSha256: k.specSha256(spec) });

const os = await import('node:os');
console.log(
  `node ${process.version}; ${os.cpus().length} CPUs, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(
      ' ',
    )}; ${runs} runs each; config ${(text.length / 1e6).toFixed(2)} MB, ${text.split('\n').length} lines, 1000 virtual services, ${reals} real servers`,
);
console.log(
  'command: npx nx run @lvs/keepalived:build && node bench/keepalived/render-parse.mjs' + (process.argv[2] ? ` ${process.argv[2]}` : ''),
);
measure('render (one director)', () => k.render(spec, 'lb1').charCodeAt(0), 50);
measure('parse (tokenise + read + domain-schema checks)', () => k.parse(text), 100);
const plain = JSON.parse(JSON.stringify(parsed.virtualServices));
measure('  of which: domain schema (VirtualServiceSchema x1000)', () => plain.forEach((vs) => VirtualServiceSchema.parse(vs)));
measure('importCluster (two directors: parse both + merge)', () => k.importCluster(spec.name, files));
measure('diff (one real server drained)', () => k.diff(text, text2));
measure('renderIpvsadm', () => k.renderIpvsadm(spec));
measure('specSha256', () => k.specSha256(spec));
