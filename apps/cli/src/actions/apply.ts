import type { LvsApi } from '@lvs/api-client';
import { type ClusterSpec } from '@lvs/domain';
import { type ClusterRef, connect, findCluster, must, type Connection } from '../api';
import { CliError, ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import { requestConfirmation } from '../confirmations';
import { parseDuration, toJson } from '../output';
import { debugLog } from '../debug';
import { LiveFeed, watchDeployment } from '../progress';
import { type DeployedRevision, type DirectorsPlan, formatPlan, planDirectors, planFrom, planHasChanges, type Plan } from '../plan';
import { specChanges } from '../spec-diff';
import { mustCheck, readSpecFile, type SpecFile } from '../spec-file';
import { opts } from './read';

/** The cluster a spec file goes to (null: it does not exist yet) and its spec and ETag as read. */
interface Target {
  cluster: ClusterRef | null;
  current: ClusterSpec | null;
  etag: string | null;
}

/** What the directors hold and the number the next freeze takes: a plan's director diffs need both. */
interface DeployedState {
  deployed: DeployedRevision | null;
  nextRevision: number;
  /** Director → its recorded `keepalived -v`: the file is rendered for each director's release. */
  versions: Record<string, string>;
}

const NO_TARGET: Target = { cluster: null, current: null, etag: null };
const NOTHING_DEPLOYED: DeployedState = { deployed: null, nextRevision: 1, versions: {} };

/**
 * Awaits independent requests together and, when several fail, throws the error of the first in
 * the list (the one a sequential run would have met), not whichever came back first.
 */
export async function inOrder<T extends unknown[]>(...ps: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const rs = await Promise.allSettled(ps);
  for (const r of rs) if (r.status === 'rejected') throw r.reason;
  return rs.map((r) => (r as PromiseFulfilledResult<unknown>).value) as T;
}

async function readSpec(api: LvsApi, cluster: ClusterRef): Promise<Target> {
  const specR = await api.GET('/api/v1/clusters/{clusterId}/spec', { params: { path: { clusterId: cluster.id } } });
  const current = must(specR, `read the spec of ${cluster.name}`) as ClusterSpec;
  return { cluster, current, etag: specR.response.headers.get('etag') };
}

/** The last deployed revision, the revision count and the directors' recorded releases, read in parallel. */
async function readDeployed(api: LvsApi, cluster: ClusterRef, spec: ClusterSpec): Promise<DeployedState> {
  const [deployed, revs, versions] = await inOrder(
    lastDeployed(api, cluster.id),
    api
      .GET('/api/v1/clusters/{clusterId}/revisions', { params: { path: { clusterId: cluster.id }, query: { limit: 1, offset: 0 } } })
      .then((r) => must(r, `list revisions of ${cluster.name}`)),
    readVersions(api, cluster, spec),
  );
  return {
    deployed: deployed && {
      number: deployed.number,
      specSha256: deployed.specSha256,
      spec: deployed.spec as ClusterSpec,
      rendered: deployed.rendered,
    },
    nextRevision: (revs.items[0]?.number ?? 0) + 1,
    versions,
  };
}

/**
 * The keepalived release each of the file's directors runs, as the console recorded it (the API renders
 * a freeze for these). A director the cluster does not have yet (404) has none, as on the API's side.
 */
async function readVersions(api: LvsApi, cluster: ClusterRef, spec: ClusterSpec): Promise<Record<string, string>> {
  if (spec.mode !== 'keepalived') return {};
  const found = await inOrder(
    ...spec.directors.map(async (d): Promise<[string, string | null]> => {
      const r = await api.GET('/api/v1/clusters/{clusterId}/directors/{name}/capabilities', {
        params: { path: { clusterId: cluster.id, name: d.name } },
      });
      if (r.response.status === 404) return [d.name, null];
      return [d.name, must(r, `read the capabilities of ${d.name}`).capabilities?.keepalived.version ?? null];
    }),
  );
  return Object.fromEntries(found.filter((x): x is [string, string] => x[1] !== null));
}

/** The file checked offline (exit 3 before any request), then its cluster found by name. */
async function checkAndFind(io: CliIo, conn: Connection, file: SpecFile, clusterName?: string) {
  const { spec, warnings } = mustCheck(file);
  debugLog(io, 'time', 'spec file checked');
  const cluster = await findCluster(conn.api, clusterName ?? spec.name, clusterName === undefined);
  return { spec, warnings, cluster };
}

export async function makePlan(io: CliIo, conn: Connection, file: SpecFile, clusterName?: string): Promise<Plan> {
  const { spec, warnings, cluster } = await checkAndFind(io, conn, file, clusterName);
  const [target, state] = cluster
    ? await inOrder(readSpec(conn.api, cluster), readDeployed(conn.api, cluster, spec))
    : [NO_TARGET, NOTHING_DEPLOYED];
  debugLog(io, 'time', 'plan: read');
  return planFrom({ file, spec, warnings, ...target, ...state });
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
    directors: p.directors.map((d) => ({
      name: d.name,
      changed: d.diff !== '',
      diff: d.diff,
      ...(d.keepalivedVersion !== undefined && { keepalivedVersion: d.keepalivedVersion }),
      ...(d.omitted && { omitted: d.omitted }),
    })),
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
  o: { wait: boolean; json: boolean; rollbackTo?: number; confirmWithin?: string; feed?: Promise<LiveFeed> },
): Promise<ExitCode> {
  const within = o.confirmWithin === undefined ? undefined : Math.round(parseDuration(o.confirmWithin) / 1000);
  if (within !== undefined && (within < 1 || within > 86400)) throw new CliError('--confirm-within must be 1s-24h', ExitCode.Invalid);
  // The window opens when the deployment has succeeded (as commit confirmed's opens after the
  // commit), so lvsctl follows the deployment to its end first.
  if (within !== undefined) o = { ...o, wait: true };
  const feed = o.wait ? await (o.feed ?? LiveFeed.open(conn.server, conn.token, clusterId, (m) => debugLog(io, 'live', m))) : undefined;
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
    // The POST's answer is the deployment as it started: no need to read it back before waiting.
    const code = await watchDeployment(io, conn.api, feed, clusterId, d.id, { json: o.json, started: d });
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
  debugLog(io, 'time', 'spec file read');
  const { spec, warnings, cluster } = await checkAndFind(io, conn, file, o.cluster);
  const { api } = conn;
  // The plan's director diffs (the last deployed revision, rendering every director) are printed
  // only without -q and --json; otherwise they are needed only to decide whether an unchanged spec
  // still has to be deployed, and are read then.
  const printsPlan = !o.quiet && !o.json;
  const reads: Promise<[Target, DeployedState | null]> = !cluster
    ? Promise.resolve([NO_TARGET, printsPlan ? NOTHING_DEPLOYED : null])
    : printsPlan
      ? inOrder(readSpec(api, cluster), readDeployed(api, cluster, spec))
      : readSpec(api, cluster).then((t) => [t, null]);
  // Following the deployment needs the cluster's /live room joined before the POST: join it while
  // the spec is read and written rather than after (startAndFollow takes it over, or it is closed).
  const follows = o.deploy === true && (o.wait === true || o.confirmWithin !== undefined);
  const feed = follows && cluster ? LiveFeed.open(conn.server, conn.token, cluster.id, (m) => debugLog(io, 'live', m)) : undefined;
  // Held until startAndFollow awaits it; a failure to connect is reported there, as before.
  feed?.catch(() => undefined);
  try {
    const [target, state] = await reads;
    debugLog(io, 'time', 'plan: read');
    let directors: DirectorsPlan | null = state && planDirectors({ file, spec, ...state });
    const changes = specChanges(target.current, spec);
    if (printsPlan) io.out(formatPlan({ file, spec, warnings, ...target, changes, ...(directors as DirectorsPlan) }, io.isTTY));
    debugLog(io, 'time', 'plan: made');
    let clusterId: string;
    let applied: { version: number; created: string[]; changed: string[]; deleted: string[] } | null = null;
    if (!cluster) {
      const r = await api.POST('/api/v1/clusters', { body: spec });
      const c = must(r, `create cluster ${spec.name}`, file.locate);
      clusterId = c.id;
      applied = { version: c.version, created: ['cluster'], changed: [], deleted: [] };
    } else {
      clusterId = cluster.id;
      if (changes.length) {
        const ifMatch = o.ifMatch ?? target.etag ?? undefined;
        const r = await api.PUT('/api/v1/clusters/{clusterId}/spec', {
          params: { path: { clusterId } },
          body: spec,
          headers: ifMatch ? { 'if-match': ifMatch } : {},
        });
        applied = must(r, `apply ${file.name} to ${cluster.name}`, file.locate);
      } else if (o.ifMatch && target.etag && o.ifMatch !== target.etag) {
        throw new CliError(`${cluster.name} is at ${target.etag}, not ${o.ifMatch}: it changed since the review.`, ExitCode.Other);
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
    if (applied === null && cluster) {
      directors ??= planDirectors({ file, spec, ...(await readDeployed(api, cluster, spec)) });
      if (!directors.directors.some((d) => d.diff !== '')) {
        if (o.json) io.out(JSON.stringify({ type: 'deployment', status: 'unchanged', exitCode: 0 }) + '\n');
        else io.err('Deploy: the directors already have this spec (last deployed revision); nothing to deploy.\n');
        return;
      }
    }
    const code = await startAndFollow(
      io,
      conn,
      clusterId,
      { message: o.message, parallel: o.parallel ?? false },
      { wait: o.wait ?? false, json: o.json ?? false, confirmWithin: o.confirmWithin, feed },
    );
    if (code !== ExitCode.Ok) throw new ExitWith(code);
  } finally {
    // Closed here too when apply ended before startAndFollow took it (closing twice is harmless).
    void feed?.then(
      (f) => f.close(),
      () => undefined,
    );
  }
}
