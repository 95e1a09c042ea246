import type { Command } from 'commander';
import type { CliIo } from '../io';
import { KINDS } from '../kinds';
import { lazy, outputOption } from '../options';

export function registerRead(program: Command, io: CliIo): void {
  program
    .command('get')
    .description(`List objects: ${KINDS.join(', ')}`)
    .argument('<kind>', KINDS.join('|'))
    .argument('[cluster]', 'cluster name or id (every kind but clusters)')
    .option('-c, --cluster <name>', 'cluster name or id (instead of the argument)')
    .option('--service <key>', 'real-servers: only those of this virtual service (VIP:port/PROTO or fwmark:N)')
    .option('--limit <n>', 'revisions, deployments: how many (newest first)', '20')
    .addOption(outputOption('table'))
    .addHelpText(
      'after',
      `
Examples:
  lvsctl get clusters
  lvsctl get directors prod-lb
  lvsctl get real-servers prod-lb --service 192.0.2.10:443/TCP -o json
  lvsctl get deployments prod-lb --limit 5 -o yaml`,
    )
    .action(lazy(io, 'read', 'get'));

  program
    .command('describe')
    .description('Show one cluster in detail: summary, directors, VRRP instances, services, last revision and deployment')
    .argument('<kind>', 'cluster')
    .argument('<name>', 'cluster name or id')
    .addOption(outputOption('table'))
    .addHelpText('after', '\nExamples:\n  lvsctl describe cluster prod-lb\n  lvsctl describe cluster prod-lb -o json')
    .action(lazy(io, 'read', 'describe'));

  program
    .command('export')
    .description("Print a cluster's spec: exactly the document of GET /clusters/:id/spec (YAML by default)")
    .argument('<cluster>', 'cluster name or id')
    .addOption(outputOption('yaml', ['yaml', 'json']))
    .addHelpText('after', '\nExamples:\n  lvsctl export prod-lb > cluster.yaml\n  lvsctl export prod-lb -o json > cluster.json')
    .action(lazy(io, 'read', 'exportSpec'));
}
