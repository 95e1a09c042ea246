#!/usr/bin/env node
// Parse `ipvsadm -Ln --stats --exact` for 1,000 services × 20 real servers (20k real servers).
// Target (issue 9): < 20 ms. Run: npx nx run @lvs/ipvs:build && node bench/ipvs/parse-stats.mjs
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { parseIpvsStats, parseIpvsList, parseNumberColumns } = require('../../libs/ipvs/dist/index.js');

const lines = [
  'IP Virtual Server version 1.2.1 (size=4096)',
  'Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes',
  '  -> RemoteAddress:Port',
];
const list = [
  'IP Virtual Server version 1.2.1 (size=4096)',
  'Prot LocalAddress:Port Scheduler Flags',
  '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
];
for (let s = 0; s < 1000; s++) {
  const vip = `10.214.${Math.floor(s / 250)}.${(s % 250) + 1}:${1000 + (s % 250)}`;
  lines.push(
    `TCP  ${vip.padEnd(30)} ${String(s * 97).padStart(8)} ${String(s * 970).padStart(8)}        0 ${String(s * 97000).padStart(12)}        0`,
  );
  list.push(`TCP  ${vip} wlc`);
  for (let r = 0; r < 20; r++) {
    const rs = `10.${100 + Math.floor(s / 250)}.${s % 250}.${r + 1}:${1000 + (s % 250)}`;
    lines.push(
      `  -> ${rs.padEnd(28)} ${String(r * 5).padStart(8)} ${String(r * 50).padStart(8)}        0 ${String(r * 5000).padStart(12)}        0`,
    );
    list.push(`  -> ${rs.padEnd(28)} Route   ${r % 10}      ${r}          ${r * 2}`);
  }
}
const stats = lines.join('\n') + '\n';
const table = list.join('\n') + '\n';

function measure(name, fn, runs = 50) {
  for (let i = 0; i < 5; i++) fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const a = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - a) / 1e6);
  }
  t.sort((a, b) => a - b);
  const q = (p) => t[Math.min(t.length - 1, Math.floor(p * t.length))].toFixed(2);
  console.log(`${name}: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms (${runs} runs)`);
}
const r = parseIpvsStats(stats);
if (r.realServers.size !== 20000) throw new Error(`expected 20000 real servers, got ${r.realServers.size}`);
console.log(`input: ${(stats.length / 1e6).toFixed(2)} MB, 1000 services, ${r.realServers.size} real servers`);
measure('parseNumberColumns (-Ln --stats --exact, columnar: the collector path)', () => parseNumberColumns(stats));
measure('parseIpvsStats (-Ln --stats --exact, as Maps of objects)', () => parseIpvsStats(stats));
measure('parseIpvsList (-Ln)', () => parseIpvsList(table));
