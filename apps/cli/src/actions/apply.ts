import type { LvsApi } from '@lvs/api-client';
import { type ClusterSpec } from '@lvs/domain';
import { connect, findCluster, must, type Connection } from '../api';
import { CliError, ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import { requestConfirmation } from '../confirmations';
import { parseDuration, toJson } from '../output';
import { LiveFeed, watchDeployment } from '../progress';
import { formatPlan, planFrom, planHasChanges, type Plan } from '../plan';
import { mustCheck, readSpecFile, type SpecFile } from '../spec-file';
import { opts } from './read';

export async function makePlan(io: CliIo, conn: Connection, file: SpecFile, clusterName?: string): Promise<Plan> {
  const { spec, warnings } = mustCheck(file);
  const { api } = conn;
  const cluster = await findCluster(api, clusterName ?? spec.name, clusterName === undefined);
  if (!cluster) return planFrom({ file, spec, warnings, cluster: null, current: null, etag: null, deployed: null, nextRevision: 1 });
  const p = { params: { path: { clusterId: cluster.id } } };
  const specR = await api.GET('/api/v1/clusters/{clusterId}/spec', p);
  const current = must(specR, `read the spec of ${cluster.name}`) as ClusterSpec;
  const etag = specR.response.headers.get('etag');
  const deployed = await lastDeployed(api, cluster.id);
  const revs = must(
    await api.GET('/api/v1/clusters/{clusterId}/revisions', {
      params: { path: { clusterId: cluster.id }, query: { limit: 1, offset: 0 } },
    }),
    `list revisions of ${cluster.name}`,
  );
  return planFrom({
    file,
    spec,
    warnings,
    cluster,
    current,
    etag,
    deployed: deployed && {
      number: deployed.number,
      specSha256: deployed.specSha256,
      spec: deployed.spec as ClusterSpec,
      rendered: deployed.rendered,
    },
    nextRevision: (revs.items[0]?.number ?? 0) + 1,
  });
}

/** The revision of the newest deployment that succeeded: what the directors hold (drift aside). */
async function lastDeployed(api: LvsApi, clusterId: string) {
  for (let offset = 0; offset < 1000; offset += 50) {
    const page = must(
      await api.GET('/api/v1/clusters/{clusterId}/deployments', { params: { path: { clusterId }, query: { limit: 50, offset } } }),
      'list deployments',
    );
    const ok = page.items.find((d) => d.status === 'succeeded');
    if (ok)
      return must(
        await api.GET('/api/v1/clusters/{clusterId}/revisions/{number}', { params: { path: { clusterId, number: ok.revision } } }),
        `read revision ${ok.revision}`,
      );
    if (page.items.length < 50) return null;
  }
  return null;
}

function planJson(p: Plan) {
  return {
    cluster: p.cluster ? { id: p.cluster.id, name: p.cluster.name, version: p.cluster.version } : null,
    file: p.file.name,
    changed: planHasChanges(p),
    spec: p.changes,
    lastDeployedRevision: p.lastDeployedRevision,
    directors: p.directors.map((d) => ({ name: d.name, changed: d.diff !== '', diff: d.diff })),
    hazards: p.hazards,
    warnings: p.warnings,
  };
}

/** A clean exit with a non-zero code and nothing more to print (the output already says why). */
export class ExitWith extends CliError {
  constructor(code: ExitCode) {
    super('', code);
  }
}

/** POST a deployment (joining /live first so no step is missed) and, with wait, follow it to the end. */
export async function startAndFollow(
  io: CliIo,
  conn: Connection,
  clusterId: string,
  body: { message?: string; parallel?: boolean; revision?: number },
  o: { wait: boolean; json: boolean; rollbackTo?: number; confirmWithin?: string },
): Promise<ExitCode> {
  const within = o.confirmWithin === undefined ? undefined : Math.round(parseDuration(o.confirmWithin) / 1000);
  if (within !== undefined && (within < 1 || within > 86400)) throw new CliError('--confirm-within must be 1s-24h', ExitCode.Invalid);
  // The window opens when the deployment has succeeded (as commit confirmed's opens after the
  // commit), so lvsctl follows the deployment to its end first.
  if (within !== undefined) o = { ...o, wait: true };
  const feed = o.wait ? await LiveFeed.open(conn.server, conn.token, clusterId) : undefined;
  try {
    const d =
      o.rollbackTo !== undefined
        ? must(
            await conn.api.POST('/api/v1/clusters/{clusterId}/revisions/{number}/rollback', {
              params: { path: { clusterId, number: o.rollbackTo } },
              body: { parallel: body.parallel },
            }),
            `roll back to revision ${o.rollbackTo}`,
          )
        : must(
            await conn.api.POST('/api/v1/clusters/{clusterId}/deployments', {
              params: { path: { clusterId } },
              body: { message: body.message, parallel: body.parallel, revision: body.revision },
            }),
            'start the deployment',
          );
    if (o.json)
      io.out(
        JSON.stringify({ type: 'started', deploymentId: d.id, revision: d.revision, directors: d.targets.map((t) => t.director) }) + '\n',
      );
    else io.err(`Deployment ${d.id} started: revision ${d.revision} to ${d.targets.map((t) => t.director).join(', ')}.\n`);
    if (!feed) return ExitCode.Ok;
    const code = await watchDeployment(io, conn.api, feed, clusterId, d.id, { json: o.json });
    if (within === undefined || code !== ExitCode.Ok) return code;
    const c = await requestConfirmation(conn.api, clusterId, d.id, within);
    if (o.json) io.out(JSON.stringify({ type: 'confirmation', deploymentId: d.id, deadline: c.deadline, revertTo: c.revertTo }) + '\n');
    else
      io.err(
        `Confirm by ${c.deadline} with: lvsctl confirm ${clusterId} — otherwise the console rolls the cluster back to revision ${c.revertTo}.\n`,
      );
    return code;
  } finally {
    feed?.close();
  }
}

export async function diff(io: CliIo, ...args: unknown[]): Promise<void> {
  const o = opts<{ file: string; cluster?: string; exitCode?: boolean; json?: boolean }>(args);
  const conn = connect(io, o);
  const p = await makePlan(io, conn, await readSpecFile(io, o.file), o.cluster);
  io.out(o.json ? toJson(planJson(p)) : formatPlan(p, io.isTTY));
  if (o.exitCode && planHasChanges(p)) throw new ExitWith(ExitCode.Changes);
}

export async function apply(io: CliIo, ...args: unknown[]): Promise<void> {
  const o = opts<{
    file: string;
    cluster?: string;
    message: string;
    ifMatch?: string;
    deploy?: boolean;
    parallel?: boolean;
    wait?: boolean;
    json?: boolean;
    quiet?: boolean;
    confirmWithin?: string;
  }>(args);
  if (o.confirmWithin !== undefined && !o.deploy) throw new CliError('--confirm-within needs --deploy', ExitCode.Invalid);
  const conn = connect(io, o);
  const file = await readSpecFile(io, o.file);
  const p = await makePlan(io, conn, file, o.cluster);
  if (!o.quiet && !o.json) io.out(formatPlan(p, io.isTTY));
  const { api } = conn;
  let clusterId: string;
  let applied: { version: number; created: string[]; changed: string[]; deleted: string[] } | null = null;
  if (!p.cluster) {
    const r = await api.POST('/api/v1/clusters', { body: p.spec });
    const c = must(r, `create cluster ${p.spec.name}`, file.locate);
    clusterId = c.id;
    applied = { version: c.version, created: ['cluster'], changed: [], deleted: [] };
  } else {
    clusterId = p.cluster.id;
    if (p.changes.length) {
      const ifMatch = o.ifMatch ?? p.etag ?? undefined;
      const r = await api.PUT('/api/v1/clusters/{clusterId}/spec', {
        params: { path: { clusterId } },
        body: p.spec,
        headers: ifMatch ? { 'if-match': ifMatch } : {},
      });
      applied = must(r, `apply ${file.name} to ${p.cluster.name}`, file.locate);
    } else if (o.ifMatch && p.etag && o.ifMatch !== p.etag) {
      throw new CliError(`${p.cluster.name} is at ${p.etag}, not ${o.ifMatch}: it changed since the review.`, ExitCode.Other);
    }
  }
  if (o.json) io.out(JSON.stringify({ type: 'apply', clusterId, applied: applied !== null, ...(applied ?? {}) }) + '\n');
  else
    io.err(
      applied
        ? `Applied: ${applied.created.length} created, ${applied.changed.length} changed, ${applied.deleted.length} deleted (version ${applied.version}).\n`
        : 'Spec: nothing to apply.\n',
    );
  if (!o.deploy) return;
  if (!p.directors.some((d) => d.diff !== '') && applied === null) {
    if (o.json) io.out(JSON.stringify({ type: 'deployment', status: 'unchanged', exitCode: 0 }) + '\n');
    else io.err('Deploy: the directors already have this spec (last deployed revision); nothing to deploy.\n');
    return;
  }
  const code = await startAndFollow(
    io,
    conn,
    clusterId,
    { message: o.message, parallel: o.parallel ?? false },
    { wait: o.wait ?? false, json: o.json ?? false, confirmWithin: o.confirmWithin },
  );
  if (code !== ExitCode.Ok) throw new ExitWith(code);
}
