import type { Command } from 'commander';
import type { CliIo } from '../io';
import { lazy, outputOption } from '../options';

/** `lvsctl lint` and `lvsctl what-if` (docs/fleet-safety.md). */
export function registerFleet(program: Command, io: CliIo): void {
  program
    .command('lint')
    .description(
      'VRRP lint: a VRID reused on one L2 segment across clusters, equal priorities, weights that never hand over, nopreempt with MASTER, unicast peers, advert_int, version skew, what a director cannot run',
    )
    .argument('[cluster]', 'cluster name or id (default: every cluster)')
    .option('--strict', 'warnings fail too (exit 3)')
    .addOption(outputOption('table'))
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors (warnings are printed), 3 errors found (or warnings with --strict).\n\nExamples:\n  lvsctl lint\n  lvsctl lint prod-lb -o json\n  lvsctl lint prod-lb --strict',
    )
    .action(lazy(io, 'fleet', 'lint'));
  program
    .command('what-if')
    .description(
      "What happens if something fails: the new MASTER of each VRRP instance, the VIPs that move, what each virtual service keeps (keepalived's priority rules, from the spec and the live state)",
    )
    .argument('<cluster>', 'cluster name or id')
    .argument(
      '<failure...>',
      'director:NAME, interface:IF@DIRECTOR, script:NAME[@DIRECTOR] or real-server:IP[:PORT] (several: all at once)',
    )
    .addOption(outputOption('table'))
    .addHelpText(
      'after',
      '\nExamples:\n  lvsctl what-if prod-lb director:lb1\n  lvsctl what-if prod-lb script:chk_haproxy@lb1 -o json\n  lvsctl what-if prod-lb real-server:10.0.0.11:80 real-server:10.0.0.12:80',
    )
    .action(lazy(io, 'fleet', 'whatIf'));
}
