import type { Command } from 'commander';
import type { CliIo } from '../io';
import { lazy, outputOption } from '../options';

/** `lvsctl events` (the timeline) and `lvsctl incidents` (the split-brain radar); docs/timeline.md. */
export function registerTimeline(program: Command, io: CliIo): void {
  program
    .command('events')
    .description(
      'The timeline, newest first: VRRP transitions, real servers down/up, quorum, deployments, drift, topology edits, split-brain incidents',
    )
    .argument('[cluster]', 'cluster name or id (default: every cluster)')
    .option('--kind <kinds>', 'comma-separated kinds, or prefixes ending in "." (vrrp.,deployment.failed)')
    .option('--severity <list>', 'comma-separated: info, warning, critical')
    .option('--since <duration>', 'only the last DURATION (30s, 10m, 24h)')
    .option('--limit <n>', 'at most N events (1-500)', '50')
    .addOption(outputOption('table'))
    .addHelpText(
      'after',
      '\nExamples:\n  lvsctl events prod-lb --since 1h\n  lvsctl events --kind split_brain.,vrrp.master_lost --severity critical\n  lvsctl events prod-lb --kind real_server. -o json',
    )
    .action(lazy(io, 'timeline', 'events'));
  program
    .command('incidents')
    .description(
      "The split-brain radar's incidents: two MASTERs, no MASTER, a VIP where it must not be, members' configs differing (default: open ones of every cluster)",
    )
    .argument('[cluster]', 'cluster name or id (default: every cluster)')
    .option('--resolved', 'the incidents that ended, newest end first, instead of the open ones')
    .option('--limit <n>', 'at most N incidents (1-500)', '100')
    .option('--exit-code', 'exit 2 when an incident is open')
    .addOption(outputOption('table'))
    .addHelpText(
      'after',
      '\nExit codes: 0 (with --exit-code: no incident open), 2 incidents open (--exit-code), 1 other.\n\nExamples:\n  lvsctl incidents\n  lvsctl incidents prod-lb --exit-code -o json\n  lvsctl incidents --resolved --limit 20',
    )
    .action(lazy(io, 'timeline', 'incidents'));
}
