#!/usr/bin/env node
// Size and encode/apply time of one /live tick with every real server changing, protocol 2 (numbers
// as columns, counters as increments) against protocol 1 (an object of changed fields per row), on
// the numbers the benches' ipvsadm shim prints (bench/lib/lab-bench.mjs: counters 3 × the epoch
// second, rates modulo small numbers) — no lab, no API: libs/domain's codec on two built states.
//
//   npx nx run @lvs/domain:build && node bench/telemetry/delta-size.mjs [services=250] [reals=20]
import domainLive from '@lvs/domain/live'; // CommonJS (swc): its names come on the default export
const { encodeLiveDelta, LiveStateKeeper, applyLiveChanges } = domainLive;

const [SERVICES, REALS] = [250, 20].map((d, i) => Number(process.argv[2 + i] ?? d));
const state = (k, at) => {
  const realServers = {};
  for (let s = 0; s < SERVICES; s++)
    for (let r = 0; r < REALS; r++) {
      const i = s * REALS + r;
      const service = `10.213.100.100:${1000 + s}/TCP`;
      const realServer = `10.250.${s % 250}.${r + 1 + 20 * Math.floor(s / 250)}:${1000 + s}`;
      realServers[`${service}>${realServer}`] = {
        service,
        realServer,
        state: 'up',
        observedOn: 'lab-d1',
        weight: 1,
        activeConns: (k + i) % 50,
        inactiveConns: (k + 2 * i) % 90,
        conns: k * 3 + i,
        inPkts: k * 30 + i,
        outPkts: 0,
        inBytes: k * 3000 + i,
        outBytes: 0,
        cps: (k + i) % 13,
        inPps: (k + i) % 130,
        outPps: 0,
        inBps: (k + i) % 13000,
        outBps: 0,
        since: '2026-12-02T07:00:00.000Z',
      };
    }
  return { clusterId: '00000000-0000-4000-8000-000000000000', at, tickMs: 1000, directors: {}, vips: {}, instances: {}, realServers };
};
/** Protocol 1's delta: per row, the fields that changed. */
function v1(a, b) {
  const rows = {};
  for (const key in b.realServers) {
    const x = a.realServers[key];
    const y = b.realServers[key];
    const f = {};
    for (const n in y) if (x[n] !== y[n]) f[n] = y[n];
    if (Object.keys(f).length) rows[key] = f;
  }
  return { clusterId: b.clusterId, at: b.at, changes: { realServers: rows } };
}
const k = Math.floor(Date.now() / 1000);
const a = state(k, '2026-12-02T07:00:00.000Z');
const b = state(k + 1, '2026-12-02T07:00:01.000Z');
const time = (f, n = 20) => {
  f();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) f();
  return (performance.now() - t0) / n;
};
const d1 = JSON.stringify(v1(a, b));
const d2 = JSON.stringify(encodeLiveDelta(a, b));
const apply1 =
  time(() => applyLiveChanges(structuredClone(a), JSON.parse(d1).changes, b.at, { inPlace: true })) - time(() => structuredClone(a));
const apply2 =
  time(() => {
    const keeper = new LiveStateKeeper({ inPlace: true });
    keeper.snapshot(structuredClone(a));
    keeper.delta(JSON.parse(d2));
  }) - time(() => structuredClone(a));
console.log(`\n## One tick, ${SERVICES * REALS} real servers all changing (the shim's numbers)\n`);
console.log('| | protocol 1 (object per row) | protocol 2 (columns, counter increments) |');
console.log('|---|---|---|');
console.log(
  `| delta JSON | ${(d1.length / 1024).toFixed(0)} KiB | ${(d2.length / 1024).toFixed(0)} KiB (${(d1.length / d2.length).toFixed(1)}× smaller) |`,
);
console.log(`| encode (API) | — | ${time(() => encodeLiveDelta(a, b)).toFixed(1)} ms |`);
console.log(`| JSON.parse (a client) | ${time(() => JSON.parse(d1)).toFixed(1)} ms | ${time(() => JSON.parse(d2)).toFixed(1)} ms |`);
console.log(`| parse + apply in place (a client) | ${apply1.toFixed(1)} ms | ${apply2.toFixed(1)} ms |`);
console.log(`\n(node ${process.version}; load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
