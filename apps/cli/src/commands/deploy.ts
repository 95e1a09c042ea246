import type { Command } from 'commander';
import type { CliIo } from '../io';
import { lazy } from '../options';

export function registerDeploy(program: Command, io: CliIo): void {
  program
    .command('deploy')
    .description(
      'Deploy the current topology (frozen into a new revision) or a given revision to every director: BACKUPs first, MASTER last',
    )
    .argument('<cluster>', 'cluster name or id')
    .option('-r, --revision <n>', 'deploy this revision instead of the current topology')
    .option('-m, --message <text>', 'message of the new revision', '')
    .option('--parallel', 'push BACKUP directors in parallel (MASTERs last, one at a time)')
    .option('--no-wait', 'return once the deployment has started')
    .option('--confirm-within <duration>', 'roll back unless `lvsctl confirm CLUSTER` comes within this time after it succeeded (e.g. 10m)')
    .option('--json', 'JSON lines: each step, then the outcome')
    .addHelpText(
      'after',
      '\nExamples:\n  lvsctl deploy prod-lb -m "weekly"\n  lvsctl deploy prod-lb --revision 41 --json\n\nFollows the deployment until it ends: exit 0 succeeded, 4 failed and rolled back, 1 otherwise.',
    )
    .action(lazy(io, 'deploy', 'deploy'));

  program
    .command('rollback')
    .description('Restore the topology of an earlier revision and deploy it (as a new revision)')
    .argument('<cluster>', 'cluster name or id')
    .requiredOption('--to <n>', 'the revision to go back to')
    .option('--parallel', 'push BACKUP directors in parallel')
    .option('--no-wait', 'return once the rollback deployment has started')
    .option('--json', 'JSON lines: each step, then the outcome')
    .addHelpText('after', '\nExamples:\n  lvsctl get revisions prod-lb\n  lvsctl rollback prod-lb --to 41')
    .action(lazy(io, 'deploy', 'rollback'));

  program
    .command('confirm')
    .description('Confirm the deployment started with --confirm-within: it stays, and the rollback timer stops')
    .argument('<cluster>', 'cluster name or id')
    .option('--json', 'print the confirmation as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  lvsctl confirm prod-lb\n\nExit 1 when nothing is pending (already confirmed, or the deadline passed and it was rolled back).',
    )
    .action(lazy(io, 'deploy', 'confirm'));

  program
    .command('confirmation')
    .description("Show the cluster's latest confirmation: pending with its deadline, confirmed, rolled back or failed")
    .argument('<cluster>', 'cluster name or id')
    .option('--json', 'print it as JSON')
    .action(lazy(io, 'deploy', 'confirmation'));

  const deployments = program.command('deployments').description('Deployments');
  deployments
    .command('watch')
    .description('Follow a deployment live until it ends (steps already done are printed first)')
    .argument('<id>', 'deployment id')
    .option('-c, --cluster <name>', 'its cluster (default: looked up among the clusters you can see)')
    .option('--json', 'JSON lines: each step, then the outcome')
    .addHelpText('after', '\nExamples:\n  lvsctl deployments watch 5f0c…\n\nExit 0 succeeded, 4 failed and rolled back, 1 otherwise.')
    .action(lazy(io, 'deploy', 'watch'));
  deployments.commands.forEach((c) => c.exitOverride().configureOutput(program.configureOutput()));
}
