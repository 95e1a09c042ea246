#!/usr/bin/env node
// lvsctl start time: `node apps/cli/dist/lvsctl.mjs --help`, 20 runs (hyperfine is not installed),
// beside `node -e 0` (Node's own start on this machine) so a loaded machine shows as such. Reports
// the median and the min of the wall time and of the child's CPU time (user + system, from
// /proc/self/stat's cutime/cstime deltas over each run). Builds the bundle first.
// Run: node bench/cli/start-time.mjs [runs=20]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const RUNS = Number(process.argv[2] ?? 20);
const root = resolve(import.meta.dirname, '../..');
const bundle = resolve(root, 'apps/cli/dist/lvsctl.mjs');
const build = spawnSync(process.execPath, [resolve(root, 'apps/cli/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const TICK = 100; // USER_HZ: clock ticks per second of /proc/*/stat on Linux
const childCpu = () => {
  // Fields after the command's closing parenthesis; cutime and cstime are the 16th and 17th of the full line.
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(f[13]) + Number(f[14])) * (1000 / TICK);
};
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

function measure(args) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = childCpu();
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    cpu.push(childCpu() - c0);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  }
  return { wall, cpu };
}

const fmt = (a) => `median ${median(a).toFixed(0)} ms, min ${Math.min(...a).toFixed(0)} ms`;
const node = measure(['-e', '0']);
const help = measure([bundle, '--help']);
console.log(`node -e 0                   wall ${fmt(node.wall)}; cpu ${fmt(node.cpu)}`);
console.log(`lvsctl.mjs --help           wall ${fmt(help.wall)}; cpu ${fmt(help.cpu)}`);
console.log(
  `lvsctl over node's own start: wall +${(median(help.wall) - median(node.wall)).toFixed(0)} ms (median), +${(Math.min(...help.wall) - Math.min(...node.wall)).toFixed(0)} ms (min)`,
);
