#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { FAULT_KINDS, type FaultKind, faults } from './faults';
import { describeLab, down, NOT_ROOT, requireState, status, up } from './lab';
import { register } from './register';
import { isRoot } from './system';

const USAGE = `usage: npm run lab -- <command>
  up [--name NAME] [--vm] [--directors N] [--real-servers M] [--vips K] [--register URL [--token TOKEN]]
        bring a lab up (default: "lab", 2 directors, 3 real servers, 1 VIP), print what the console
        needs as JSON (also in .lab/NAME/lab.json); --register creates the cluster in the console
        (admin token in --token or LVS_TOKEN); --vm makes the directors QEMU VMs with a real
        IPVS running full keepalived (VRRP + checkers + IPVS; root, qemu-system-x86)
  status [--json]                   the labs that are up, who holds each VIP, what runs
  down [--name NAME]                remove a lab: its processes, namespaces, bridge and files
  fault <kind> <target> [--name NAME]
        kinds: ${Object.keys(FAULT_KINDS).join(', ')}
        target: a director (d1, d2, …) or, for http-*, a real server (r1, r2, …)`;

const fail = (message: string): never => {
  process.stderr.write(`lab: ${message}\n`);
  process.exit(1);
};

function whole(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) fail(`${flag} must be a whole number (got "${v}")`);
  return Number(v);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string', default: 'lab' },
      directors: { type: 'string' },
      'real-servers': { type: 'string' },
      vips: { type: 'string' },
      vm: { type: 'boolean', default: false },
      register: { type: 'string' },
      token: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (!['up', 'down', 'status', 'fault'].includes(command)) fail(`unknown command "${command}"\n${USAGE}`);
  if (!isRoot()) fail(NOT_ROOT);
  const log = (line: string) => process.stderr.write(`lab: ${line}\n`);

  switch (command) {
    case 'up': {
      const token = values.token ?? process.env.LVS_TOKEN;
      if (values.register && !token) fail('--register needs an admin API token: --token lvs_… or LVS_TOKEN');
      const state = await up({
        name: values.name,
        directors: whole('--directors', values.directors),
        realServers: whole('--real-servers', values['real-servers']),
        vips: whole('--vips', values.vips),
        vm: values.vm,
        detachVms: true,
        log,
      });
      const out: Record<string, unknown> = describeLab(state);
      if (values.register) {
        log(`registering cluster ${state.clusterSpec.name} at ${values.register}`);
        out.registration = await register(state, { url: values.register, token: token! });
      }
      process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      return;
    }
    case 'down': {
      const r = down(values.name);
      log(
        r.found
          ? `lab "${r.name}" removed: ${r.namespaces.length} namespaces, ${r.links.length} links, ${r.killed.length} processes`
          : `lab "${r.name}" is not up: nothing to remove`,
      );
      return;
    }
    case 'status': {
      const labs = status();
      if (values.json) process.stdout.write(JSON.stringify(labs, null, 2) + '\n');
      else if (!labs.length) process.stdout.write('no lab is up\n');
      else
        for (const s of labs) {
          const vips = Object.entries(s.vipHolders)
            .map(([v, h]) => `${v} on ${h.join('+') || 'nobody'}`)
            .join(', ');
          process.stdout.write(
            `${s.name} (${s.status}) ${s.subnet} bridge ${s.bridge}: ${vips}\n  running: ${s.running.join(' ') || '-'}\n  stopped: ${s.stopped.join(' ') || '-'}\n`,
          );
          if (s.missingNamespaces.length) process.stdout.write(`  missing namespaces: ${s.missingNamespaces.join(' ')}\n`);
        }
      return;
    }
    case 'fault': {
      const [kind, target] = rest;
      if (!kind || !(kind in FAULT_KINDS) || !target) fail(`fault <kind> <target>; kinds: ${Object.keys(FAULT_KINDS).join(', ')}`);
      await faults[FAULT_KINDS[kind as FaultKind]](requireState(values.name), target);
      log(`${kind} ${target}: done`);
      return;
    }
  }
}

main(process.argv.slice(2)).catch((e: Error) => fail(e.message));
