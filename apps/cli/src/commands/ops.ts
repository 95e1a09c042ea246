import type { Command } from 'commander';
import type { CliIo } from '../io';
import { lazy, outputOption } from '../options';

export function registerOps(program: Command, io: CliIo): void {
  for (const [name, state, what] of [
    ['drain', 'drained', 'weight 0: existing connections finish, no new ones'],
    ['enable', 'enabled', 'back in service'],
    ['disable', 'disabled', 'left out of the config'],
  ] as const) {
    program
      .command(name)
      .description(`Set a real server's admin state to ${state} (${what}) in the topology, and optionally deploy it`)
      .argument('<cluster>', 'cluster name or id')
      .argument('<service>', 'virtual service key: VIP:PORT/PROTO (e.g. 192.0.2.10:443/TCP) or fwmark:N')
      .argument('<realServer>', 'real server key: ADDRESS:PORT (e.g. 10.0.0.11:443)')
      .option('--deploy', 'deploy the change (and follow it; exit 4 if it failed and rolled back)')
      .option(
        '--now',
        "apply it now on every director without a reload (the console's track file; ipvsadm -e in ipvsadm mode), verified in IPVS",
      )
      .option('--wait-for-zero-connections [seconds]', 'with --now: wait until ActiveConn reaches 0 on the directors (default 60 s)')
      .option('--json', 'JSON lines')
      .addHelpText(
        'after',
        `\nExamples:\n  lvsctl ${name} prod-lb 192.0.2.10:443/TCP 10.0.0.11:443 --now${name === 'enable' ? '' : ' --wait-for-zero-connections 120'}\n  lvsctl ${name} prod-lb 192.0.2.10:443/TCP 10.0.0.11:443 --deploy\n\nIt prints "applied now, no reload" or "applies at the next deployment" (exit 1 when no director took a --now change).`,
      )
      .action(lazy(io, 'ops', name));
  }

  program
    .command('maintenance')
    .description(
      'Director maintenance without a reload: on gives its VIPs to the other members (waits until they hold them), off takes them back where preempt allows',
    )
    .argument('<cluster>', 'cluster name or id')
    .argument('<director>', 'director name')
    .argument('<state>', 'on or off')
    .option('--json', 'the result as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  lvsctl maintenance prod-lb lb1 on\n  lvsctl maintenance prod-lb lb1 off --json\n\nRefused (exit 1) when an instance of the director has no other member that is reachable and runs keepalived.',
    )
    .action(lazy(io, 'runtime', 'maintenance'));

  const audit = program.command('audit').description('The audit log (hash-chained, append-only)');
  audit
    .command('list')
    .description('Audit events, newest first')
    .option('--action <action>', 'exact action, or a prefix ending in "." (auth.)')
    .option('--actor <name>', 'exact actor name')
    .option('--outcome <outcome>', 'success, failure or denied')
    .option('--since <time>', 'ISO-8601 lower bound')
    .option('--limit <n>', 'how many (1-500)', '50')
    .addOption(outputOption('table'))
    .addHelpText('after', '\nExamples:\n  lvsctl audit list --action deployment. --limit 20\n  lvsctl audit list --outcome denied -o json')
    .action(lazy(io, 'ops', 'auditList'));
  audit
    .command('verify')
    .description('Verify the hash chain of the whole log (exit 1 if a link is broken)')
    .option('--json', 'print the result as JSON')
    .action(lazy(io, 'ops', 'auditVerify'));
  audit
    .command('export')
    .description('The whole filtered log, oldest first, as JSON lines or CSV (to standard output)')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--action <action>', 'exact action, or a prefix ending in "."')
    .option('--since <time>', 'ISO-8601 lower bound')
    .addHelpText('after', '\nExamples:\n  lvsctl audit export --format csv > audit.csv')
    .action(lazy(io, 'ops', 'auditExport'));
  audit.commands.forEach((c) => c.exitOverride().configureOutput(program.configureOutput()));
}

export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description("Create a cluster from its directors' keepalived.conf files (their include files are read from beside them)")
    .requiredOption('--name <name>', 'name of the new cluster')
    .argument('<director=file...>', 'one per director: NAME=PATH, optionally NAME@ADDRESS=PATH (the console reaches it there)')
    .option('--description <text>', 'description of the cluster')
    .option('--dry-run', 'print the spec it would create and the warnings; create nothing')
    .addOption(outputOption('yaml', ['yaml', 'json']))
    .addHelpText(
      'after',
      '\nExamples:\n  lvsctl import --name prod-lb lb1=./lb1/keepalived.conf lb2=./lb2/keepalived.conf --dry-run > cluster.yaml\n  lvsctl import --name prod-lb lb1@192.0.2.1=./lb1/keepalived.conf lb2@192.0.2.2=./lb2/keepalived.conf\n\nWarnings (what the model does not hold, with director, file and line) go to standard error.',
    )
    .action(lazy(io, 'ops', 'importCluster'));
}

export function registerStatus(program: Command, io: CliIo): void {
  program
    .command('status')
    .description('Live state: directors, VRRP state per instance, VIP owners, real-server health and traffic')
    .argument('<cluster>', 'cluster name or id')
    .option('-w, --watch', 'follow /live: redrawn on a terminal, one view per change otherwise (Ctrl-C stops)')
    .option('--for <duration>', 'with --watch: stop after this long (e.g. 30s)')
    .option('--json', 'the state as JSON (with --watch: the snapshot, then each delta, as JSON lines)')
    .addHelpText(
      'after',
      '\nExamples:\n  lvsctl status prod-lb\n  lvsctl status prod-lb --watch\n  lvsctl status prod-lb --watch --for 1m --json > state.jsonl',
    )
    .action(lazy(io, 'status', 'status'));
}
