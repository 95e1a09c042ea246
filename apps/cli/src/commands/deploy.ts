import type { Command } from 'commander';
import { connect, must, mustFindCluster } from '../api';
import { CliError, ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import { LiveFeed, watchDeployment } from '../progress';
import { ExitWith, startAndFollow } from './apply';
import { opts } from './read';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function revisionNumber(s: string, flag: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${flag} must be a revision number (1, 2, …), not ${JSON.stringify(s)}`, ExitCode.Invalid);
  return n;
}

export function registerDeploy(program: Command, io: CliIo): void {
  program
    .command('deploy')
    .description('Deploy the current topology (frozen into a new revision) or a given revision to every director: BACKUPs first, MASTER last')
    .argument('<cluster>', 'cluster name or id')
    .option('-r, --revision <n>', 'deploy this revision instead of the current topology')
    .option('-m, --message <text>', 'message of the new revision', '')
    .option('--parallel', 'push BACKUP directors in parallel (MASTERs last, one at a time)')
    .option('--no-wait', 'return once the deployment has started')
    .option('--json', 'JSON lines: each step, then the outcome')
    .addHelpText('after', '\nExamples:\n  lvsctl deploy prod-lb -m "weekly"\n  lvsctl deploy prod-lb --revision 41 --json\n\nFollows the deployment until it ends: exit 0 succeeded, 4 failed and rolled back, 1 otherwise.')
    .action(async (...args: unknown[]) => {
      const [cluster] = args as [string];
      const o = opts<{ revision?: string; message: string; parallel?: boolean; wait: boolean; json?: boolean }>(args);
      const conn = connect(io, o);
      const c = await mustFindCluster(conn.api, cluster);
      const revision = o.revision === undefined ? undefined : revisionNumber(o.revision, '--revision');
      const code = await startAndFollow(io, conn, c.id, { message: o.message, parallel: o.parallel ?? false, revision }, { wait: o.wait, json: o.json ?? false });
      if (code !== ExitCode.Ok) throw new ExitWith(code);
    });

  program
    .command('rollback')
    .description('Restore the topology of an earlier revision and deploy it (as a new revision)')
    .argument('<cluster>', 'cluster name or id')
    .requiredOption('--to <n>', 'the revision to go back to')
    .option('--parallel', 'push BACKUP directors in parallel')
    .option('--no-wait', 'return once the rollback deployment has started')
    .option('--json', 'JSON lines: each step, then the outcome')
    .addHelpText('after', '\nExamples:\n  lvsctl get revisions prod-lb\n  lvsctl rollback prod-lb --to 41')
    .action(async (...args: unknown[]) => {
      const [cluster] = args as [string];
      const o = opts<{ to: string; parallel?: boolean; wait: boolean; json?: boolean }>(args);
      const conn = connect(io, o);
      const c = await mustFindCluster(conn.api, cluster);
      const code = await startAndFollow(io, conn, c.id, { parallel: o.parallel ?? false }, { wait: o.wait, json: o.json ?? false, rollbackTo: revisionNumber(o.to, '--to') });
      if (code !== ExitCode.Ok) throw new ExitWith(code);
    });

  const deployments = program.command('deployments').description('Deployments');
  deployments
    .command('watch')
    .description('Follow a deployment live until it ends (steps already done are printed first)')
    .argument('<id>', 'deployment id')
    .option('-c, --cluster <name>', 'its cluster (default: looked up among the clusters you can see)')
    .option('--json', 'JSON lines: each step, then the outcome')
    .addHelpText('after', '\nExamples:\n  lvsctl deployments watch 5f0c…\n\nExit 0 succeeded, 4 failed and rolled back, 1 otherwise.')
    .action(async (...args: unknown[]) => {
      const [id] = args as [string];
      const o = opts<{ cluster?: string; json?: boolean }>(args);
      if (!UUID.test(id)) throw new CliError(`${JSON.stringify(id)} is not a deployment id (a UUID: lvsctl get deployments CLUSTER lists them)`, ExitCode.Invalid);
      const conn = connect(io, o);
      let clusterId: string | undefined;
      if (o.cluster) clusterId = (await mustFindCluster(conn.api, o.cluster)).id;
      else {
        const page = must(await conn.api.GET('/api/v1/clusters', { params: { query: { limit: 200 } } }), 'list clusters');
        for (const c of page.items) {
          const r = await conn.api.GET('/api/v1/clusters/{clusterId}/deployments/{deploymentId}', { params: { path: { clusterId: c.id, deploymentId: id } } });
          if (r.response.ok) {
            clusterId = c.id;
            break;
          }
        }
        if (!clusterId) throw new CliError(`No deployment ${id} in the clusters you can see.`, ExitCode.Other);
      }
      const feed = await LiveFeed.open(conn.server, conn.token, clusterId);
      try {
        const code = await watchDeployment(io, conn.api, feed, clusterId, id, { json: o.json ?? false });
        if (code !== ExitCode.Ok) throw new ExitWith(code);
      } finally {
        feed.close();
      }
    });
  deployments.commands.forEach((c) => c.exitOverride().configureOutput(program.configureOutput()));
}
