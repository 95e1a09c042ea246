import type { LvsApi } from '@lvs/api-client';
import { type ClusterSpec } from '@lvs/domain';
import { diff as unifiedDiff, reloadHazards, type ReloadHazard, specSha256 } from '@lvs/keepalived';
import type { Command } from 'commander';
import pc from 'picocolors';
import { connect, findCluster, must, type ClusterRef, type Connection } from '../api';
import { CliError, ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import { toJson } from '../output';
import { LiveFeed, watchDeployment } from '../progress';
import { formatFinding, mustCheck, readSpecFile, renderDirector, type Finding, type SpecFile } from '../spec-file';
import { colourDiff, formatSpecChanges, specChanges, type SpecChange } from '../spec-diff';
import { opts } from './read';

export interface DirectorDiff {
  name: string;
  /** Unified diff of keepalived.conf (or the IPVS rules) from the last deployed revision to this spec; '' when equal. */
  diff: string;
}

/** What applying (and deploying) the file would change, all computed on this side. */
export interface Plan {
  file: SpecFile;
  spec: ClusterSpec;
  warnings: Finding[];
  cluster: ClusterRef | null;
  /** The server's spec and its ETag as read (null: the cluster does not exist yet). */
  current: ClusterSpec | null;
  etag: string | null;
  changes: SpecChange[];
  lastDeployedRevision: number | null;
  directors: DirectorDiff[];
  hazards: ReloadHazard[];
}

/**
 * The server has no plan of a spec it has not stored (GET /plan plans a revision or the current
 * topology), so the CLI renders the file itself with libs/keepalived — with the API's render
 * options and the revision number the next freeze will take — and diffs it against the rendered
 * files of the last successfully deployed revision. Hazards are libs/keepalived's reloadHazards
 * between that revision's spec and the file, as the API's plan computes them.
 */
export async function makePlan(io: CliIo, conn: Connection, file: SpecFile, clusterName?: string): Promise<Plan> {
  const { spec, warnings } = mustCheck(file);
  const { api } = conn;
  const cluster = await findCluster(api, clusterName ?? spec.name, clusterName === undefined);
  if (!cluster) {
    const directors = spec.directors.map((d) => ({ name: d.name, diff: unifiedDiff('', renderDirector(spec, d.name, 1), { oldLabel: `${d.name} (nothing deployed)`, newLabel: `${d.name} (new)` }) }));
    return { file, spec, warnings, cluster: null, current: null, etag: null, changes: specChanges(null, spec), lastDeployedRevision: null, directors, hazards: [] };
  }
  const p = { params: { path: { clusterId: cluster.id } } };
  const specR = await api.GET('/api/v1/clusters/{clusterId}/spec', p);
  const current = must(specR, `read the spec of ${cluster.name}`) as ClusterSpec;
  const etag = specR.response.headers.get('etag');
  const deployed = await lastDeployed(api, cluster.id);
  const revs = must(await api.GET('/api/v1/clusters/{clusterId}/revisions', { params: { path: { clusterId: cluster.id }, query: { limit: 1, offset: 0 } } }), `list revisions of ${cluster.name}`);
  const next = (revs.items[0]?.number ?? 0) + 1;
  const sameAsDeployed = deployed !== null && deployed.specSha256 === specSha256(spec);
  const directors = spec.directors.map((d) => {
    const old = deployed?.rendered[d.name]?.text ?? '';
    // Unchanged since the deployment: what the directors have is what this spec renders to.
    const text = sameAsDeployed ? old : renderDirector(spec, d.name, next);
    return { name: d.name, diff: unifiedDiff(old, text, { oldLabel: `${d.name} ${deployed ? `(revision ${deployed.number}, deployed)` : '(nothing deployed)'}`, newLabel: `${d.name} (${file.name})` }) };
  });
  return {
    file,
    spec,
    warnings,
    cluster,
    current,
    etag,
    changes: specChanges(current, spec),
    lastDeployedRevision: deployed?.number ?? null,
    directors,
    hazards: reloadHazards(deployed ? (deployed.spec as ClusterSpec) : null, spec),
  };
}

/** The revision of the newest deployment that succeeded: what the directors hold (drift aside). */
async function lastDeployed(api: LvsApi, clusterId: string) {
  for (let offset = 0; offset < 1000; offset += 50) {
    const page = must(await api.GET('/api/v1/clusters/{clusterId}/deployments', { params: { path: { clusterId }, query: { limit: 50, offset } } }), 'list deployments');
    const ok = page.items.find((d) => d.status === 'succeeded');
    if (ok) return must(await api.GET('/api/v1/clusters/{clusterId}/revisions/{number}', { params: { path: { clusterId, number: ok.revision } } }), `read revision ${ok.revision}`);
    if (page.items.length < 50) return null;
  }
  return null;
}

export const planHasChanges = (p: Plan) => p.changes.length > 0 || p.directors.some((d) => d.diff !== '');

export function formatPlan(p: Plan, color: boolean): string {
  const out: string[] = [];
  out.push(p.cluster ? `Cluster ${p.cluster.name} (version ${p.cluster.version}) ← ${p.file.name}\n` : `Cluster ${p.spec.name} does not exist: apply creates it from ${p.file.name}\n`);
  out.push(formatSpecChanges(p.changes, color));
  for (const w of p.warnings) out.push(`warning: ${formatFinding(w)}\n`);
  out.push(`\nDirectors (against ${p.lastDeployedRevision ? `revision ${p.lastDeployedRevision}, the last deployed` : 'nothing deployed yet'}; rendered here, not read from the directors):\n`);
  for (const d of p.directors) {
    if (!d.diff) out.push(`  ${d.name}: no change\n`);
    else out.push(colourDiff(d.diff, color));
  }
  if (p.hazards.length) {
    out.push(`\nHazards (${p.hazards.length}):\n`);
    for (const h of p.hazards) out.push(`${color ? pc.yellow('!') : '!'} ${h.kind} ${h.path}: ${h.message}\n`);
  }
  return out.join('');
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

export function registerApply(program: Command, io: CliIo): void {
  program
    .command('diff')
    .description('Show what applying a spec file would change: the spec by natural key (+ ~ -), then per director the keepalived.conf diff and the reload hazards')
    .requiredOption('-f, --file <path>', 'spec file, YAML or JSON (- for standard input)')
    .option('-c, --cluster <name>', 'the cluster to compare with (default: the file\'s name)')
    .option('--exit-code', 'exit 2 when there are changes (0 when none)')
    .option('--json', 'print the plan as JSON')
    .addHelpText('after', '\nExamples:\n  lvsctl diff -f cluster.yaml\n  lvsctl diff -f cluster.yaml --exit-code || [ $? -eq 2 ]   # CI: changes are not a failure')
    .action(async (...args: unknown[]) => {
      const o = opts<{ file: string; cluster?: string; exitCode?: boolean; json?: boolean }>(args);
      const conn = connect(io, o);
      const p = await makePlan(io, conn, await readSpecFile(io, o.file), o.cluster);
      io.out(o.json ? toJson(planJson(p)) : formatPlan(p, io.isTTY));
      if (o.exitCode && planHasChanges(p)) throw new ExitWith(ExitCode.Changes);
    });

  program
    .command('apply')
    .description('Replace a cluster\'s spec with a file (If-Match the spec as read: a concurrent change is refused), and optionally deploy it')
    .requiredOption('-f, --file <path>', 'spec file, YAML or JSON (- for standard input)')
    .option('-c, --cluster <name>', 'the cluster to apply to (default: the file\'s name; created when missing)')
    .option('-m, --message <text>', 'message of the revision a deployment freezes', '')
    .option('--if-match <etag>', 'apply only if the cluster is still at this ETag (e.g. the one `diff --json` showed in review)')
    .option('--deploy', 'deploy after applying (also when only the directors lag behind the spec)')
    .option('--parallel', 'deploy BACKUP directors in parallel (MASTERs last, one at a time)')
    .option('--wait', 'with --deploy: follow the deployment live until it ends (exit 4 if it failed and rolled back)')
    .option('--json', 'JSON lines: the apply result, then each step and the outcome')
    .option('-q, --quiet', 'do not print the plan')
    .addHelpText(
      'after',
      `
Examples:
  lvsctl apply -f cluster.yaml
  lvsctl apply -f cluster.yaml -m "web3 in" --deploy --wait
  lvsctl apply -f cluster.yaml --deploy --wait --json > deploy.log.jsonl`,
    )
    .action(async (...args: unknown[]) => {
      const o = opts<{ file: string; cluster?: string; message: string; ifMatch?: string; deploy?: boolean; parallel?: boolean; wait?: boolean; json?: boolean; quiet?: boolean }>(args);
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
          const r = await api.PUT('/api/v1/clusters/{clusterId}/spec', { params: { path: { clusterId } }, body: p.spec, headers: ifMatch ? { 'if-match': ifMatch } : {} });
          applied = must(r, `apply ${file.name} to ${p.cluster.name}`, file.locate);
        } else if (o.ifMatch && p.etag && o.ifMatch !== p.etag) {
          throw new CliError(`${p.cluster.name} is at ${p.etag}, not ${o.ifMatch}: it changed since the review.`, ExitCode.Other);
        }
      }
      if (o.json) io.out(JSON.stringify({ type: 'apply', clusterId, changed: applied !== null, ...(applied ?? {}) }) + '\n');
      else io.err(applied ? `Applied: ${applied.created.length} created, ${applied.changed.length} changed, ${applied.deleted.length} deleted (version ${applied.version}).\n` : 'Spec: nothing to apply.\n');
      if (!o.deploy) return;
      if (!p.directors.some((d) => d.diff !== '') && applied === null) {
        if (o.json) io.out(JSON.stringify({ type: 'deployment', status: 'unchanged', exitCode: 0 }) + '\n');
        else io.err('Deploy: the directors already have this spec (last deployed revision); nothing to deploy.\n');
        return;
      }
      const code = await startAndFollow(io, conn, clusterId, { message: o.message, parallel: o.parallel ?? false }, { wait: o.wait ?? false, json: o.json ?? false });
      if (code !== ExitCode.Ok) throw new ExitWith(code);
    });
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
  o: { wait: boolean; json: boolean; rollbackTo?: number },
): Promise<ExitCode> {
  const feed = o.wait ? await LiveFeed.open(conn.server, conn.token, clusterId) : undefined;
  try {
    const d =
      o.rollbackTo !== undefined
        ? must(await conn.api.POST('/api/v1/clusters/{clusterId}/revisions/{number}/rollback', { params: { path: { clusterId, number: o.rollbackTo } }, body: { parallel: body.parallel } }), `roll back to revision ${o.rollbackTo}`)
        : must(
            await conn.api.POST('/api/v1/clusters/{clusterId}/deployments', {
              params: { path: { clusterId } },
              body: { message: body.message, parallel: body.parallel, revision: body.revision },
            }),
            'start the deployment',
          );
    if (o.json) io.out(JSON.stringify({ type: 'started', deploymentId: d.id, revision: d.revision, directors: d.targets.map((t) => t.director) }) + '\n');
    else io.err(`Deployment ${d.id} started: revision ${d.revision} to ${d.targets.map((t) => t.director).join(', ')}.\n`);
    if (!feed) return ExitCode.Ok;
    return await watchDeployment(io, conn.api, feed, clusterId, d.id, { json: o.json });
  } finally {
    feed?.close();
  }
}
