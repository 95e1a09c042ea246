import { connect, must, mustFindCluster } from '../api';
import { CliError, ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import { confirmDeployment, currentConfirmation } from '../confirmations';
import { toJson } from '../output';
import { debugLog } from '../debug';
import { LiveFeed, watchDeployment } from '../progress';
import { ExitWith, startAndFollow } from './apply';
import { opts } from './read';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function revisionNumber(s: string, flag: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1)
    throw new CliError(`${flag} must be a revision number (1, 2, …), not ${JSON.stringify(s)}`, ExitCode.Invalid);
  return n;
}

export async function deploy(io: CliIo, ...args: unknown[]): Promise<void> {
  const [cluster] = args as [string];
  const o = opts<{ revision?: string; message: string; parallel?: boolean; wait: boolean; json?: boolean; confirmWithin?: string }>(args);
  const conn = connect(io, o);
  const c = await mustFindCluster(conn.api, cluster);
  const revision = o.revision === undefined ? undefined : revisionNumber(o.revision, '--revision');
  const code = await startAndFollow(
    io,
    conn,
    c.id,
    { message: o.message, parallel: o.parallel ?? false, revision },
    { wait: o.wait, json: o.json ?? false, confirmWithin: o.confirmWithin },
  );
  if (code !== ExitCode.Ok) throw new ExitWith(code);
}

export async function rollback(io: CliIo, ...args: unknown[]): Promise<void> {
  const [cluster] = args as [string];
  const o = opts<{ to: string; parallel?: boolean; wait: boolean; json?: boolean }>(args);
  const conn = connect(io, o);
  const c = await mustFindCluster(conn.api, cluster);
  const code = await startAndFollow(
    io,
    conn,
    c.id,
    { parallel: o.parallel ?? false },
    { wait: o.wait, json: o.json ?? false, rollbackTo: revisionNumber(o.to, '--to') },
  );
  if (code !== ExitCode.Ok) throw new ExitWith(code);
}

export async function watch(io: CliIo, ...args: unknown[]): Promise<void> {
  const [id] = args as [string];
  const o = opts<{ cluster?: string; json?: boolean }>(args);
  if (!UUID.test(id))
    throw new CliError(
      `${JSON.stringify(id)} is not a deployment id (a UUID: lvsctl get deployments CLUSTER lists them)`,
      ExitCode.Invalid,
    );
  const conn = connect(io, o);
  let clusterId: string | undefined;
  if (o.cluster) clusterId = (await mustFindCluster(conn.api, o.cluster)).id;
  else {
    const page = must(await conn.api.GET('/api/v1/clusters', { params: { query: { limit: 200 } } }), 'list clusters');
    for (const c of page.items) {
      const r = await conn.api.GET('/api/v1/clusters/{clusterId}/deployments/{deploymentId}', {
        params: { path: { clusterId: c.id, deploymentId: id } },
      });
      if (r.response.ok) {
        clusterId = c.id;
        break;
      }
    }
    if (!clusterId) throw new CliError(`No deployment ${id} in the clusters you can see.`, ExitCode.Other);
  }
  const feed = await LiveFeed.open(conn.server, conn.token, clusterId, (m) => debugLog(io, 'live', m));
  try {
    const code = await watchDeployment(io, conn.api, feed, clusterId, id, { json: o.json ?? false });
    if (code !== ExitCode.Ok) throw new ExitWith(code);
  } finally {
    feed.close();
  }
}

export async function confirm(io: CliIo, ...args: unknown[]): Promise<void> {
  const [cluster] = args as [string];
  const o = opts<{ json?: boolean }>(args);
  const conn = connect(io, o);
  const c = await mustFindCluster(conn.api, cluster);
  const done = await confirmDeployment(conn.api, c.id);
  if (o.json) io.out(toJson(done));
  else io.err(`Confirmed: deployment ${done.deploymentId} of ${c.name} stays (the rollback to revision ${done.revertTo} is off).\n`);
}

export async function confirmation(io: CliIo, ...args: unknown[]): Promise<void> {
  const [cluster] = args as [string];
  const o = opts<{ json?: boolean }>(args);
  const conn = connect(io, o);
  const c = await mustFindCluster(conn.api, cluster);
  const cur = await currentConfirmation(conn.api, c.id);
  if (o.json) io.out(toJson(cur));
  else
    io.out(
      `${cur.status}: deployment ${cur.deploymentId}, deadline ${cur.deadline}, rollback to revision ${cur.revertTo}${cur.rollbackDeploymentId ? ` (deployment ${cur.rollbackDeploymentId})` : ''}${cur.error ? `: ${cur.error}` : ''}\n`,
    );
}
