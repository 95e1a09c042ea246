import type { Command } from 'commander';
import type { CliIo } from '../io';
import { lazy } from '../options';

export function registerApply(program: Command, io: CliIo): void {
  program
    .command('diff')
    .description(
      'Show what applying a spec file would change: the spec by natural key (+ ~ -), then per director the keepalived.conf diff and the reload hazards',
    )
    .requiredOption('-f, --file <path>', 'spec file, YAML or JSON (- for standard input)')
    .option('-c, --cluster <name>', "the cluster to compare with (default: the file's name)")
    .option('--exit-code', 'exit 2 when there are changes (0 when none)')
    .option('--json', 'print the plan as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  lvsctl diff -f cluster.yaml\n  lvsctl diff -f cluster.yaml --exit-code || [ $? -eq 2 ]   # CI: changes are not a failure',
    )
    .action(lazy(io, 'apply', 'diff'));

  program
    .command('apply')
    .description(
      "Replace a cluster's spec with a file (If-Match the spec as read: a concurrent change is refused), and optionally deploy it",
    )
    .requiredOption('-f, --file <path>', 'spec file, YAML or JSON (- for standard input)')
    .option('-c, --cluster <name>', "the cluster to apply to (default: the file's name; created when missing)")
    .option('-m, --message <text>', 'message of the revision a deployment freezes', '')
    .option('--if-match <etag>', 'apply only if the cluster is still at this ETag (e.g. the one `diff --json` showed in review)')
    .option('--deploy', 'deploy after applying (also when only the directors lag behind the spec)')
    .option('--parallel', 'deploy BACKUP directors in parallel (MASTERs last, one at a time)')
    .option('--wait', 'with --deploy: follow the deployment live until it ends (exit 4 if it failed and rolled back)')
    .option('--json', 'JSON lines: the apply result, then each step and the outcome')
    .option(
      '--confirm-within <duration>',
      'with --deploy: roll back to the revision deployed before unless `lvsctl confirm CLUSTER` comes within this time after the deployment succeeded (e.g. 10m; implies --wait)',
    )
    .option('-q, --quiet', 'do not print the plan')
    .addHelpText(
      'after',
      `
Examples:
  lvsctl apply -f cluster.yaml
  lvsctl apply -f cluster.yaml -m "web3 in" --deploy --wait
  lvsctl apply -f cluster.yaml --deploy --wait --json > deploy.log.jsonl
  lvsctl apply -f cluster.yaml --deploy --confirm-within 10m && ./smoke-test && lvsctl confirm prod-lb`,
    )
    .action(lazy(io, 'apply', 'apply'));
}
