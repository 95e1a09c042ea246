import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { paths } from '@lvs/api-client';
import { connect, must, mustFindCluster } from '../api';
import { CliError, ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import { collectIncludes } from '../import-files';
import { render, toJson, toYaml, type Format } from '../output';
import { ExitWith, startAndFollow } from './apply';
import { opts } from './read';
import { describeRuntime, type RuntimeApply, waitOption } from './runtime';

type AdminState = 'enabled' | 'drained' | 'disabled';

async function setState(io: CliIo, state: AdminState, args: unknown[]): Promise<void> {
  const [cluster, service, realServer] = args as [string, string, string];
  const o = opts<{ deploy?: boolean; now?: boolean; waitForZeroConnections?: boolean | string; json?: boolean }>(args);
  if (o.deploy && o.now)
    throw new CliError('--now and --deploy: choose one (--now applies without a reload; --deploy reloads)', ExitCode.Invalid);
  if (o.waitForZeroConnections !== undefined && !o.now) throw new CliError('--wait-for-zero-connections needs --now', ExitCode.Invalid);
  const wait = waitOption(o.waitForZeroConnections);
  const conn = connect(io, o);
  const c = await mustFindCluster(conn.api, cluster);
  // If-Match the cluster as just read: a concurrent edit is refused (412), not overwritten.
  // `apply`/`waitForConnections` are newer than the generated client's schema (regenerated at the end).
  const body = {
    virtualService: service,
    realServer,
    adminState: state,
    ...(o.now ? { apply: 'now', ...(wait !== undefined ? { waitForConnections: wait } : {}) } : {}),
  } as { virtualService: string; realServer: string; adminState: AdminState };
  const r = await conn.api.POST('/api/v1/clusters/{clusterId}/real-servers/admin-state', {
    params: { path: { clusterId: c.id } },
    body,
    headers: { 'if-match': `W/"${c.version}"` },
  });
  const res = must(r, `${state} ${realServer} of ${service}`) as typeof r.data & { runtime?: RuntimeApply };
  if (o.json)
    io.out(
      JSON.stringify({
        type: 'admin-state',
        clusterId: c.id,
        virtualService: service,
        realServer,
        adminState: state,
        version: res!.version,
        changed: res!.changed,
        ...(res!.runtime ? { runtime: res!.runtime } : {}),
      }) + '\n',
    );
  else {
    io.err(
      res!.changed.length
        ? `${realServer} of ${service}: ${state} (version ${res!.version}).\n`
        : `${realServer} of ${service} was already ${state}.\n`,
    );
    if (!o.deploy) io.err(describeRuntime(res!.runtime));
  }
  if (res!.runtime && res!.runtime.applied === 'now' && res!.runtime.status === 'failed') throw new ExitWith(ExitCode.Other);
  if (!o.deploy) return;
  const code = await startAndFollow(
    io,
    conn,
    c.id,
    { message: `${state} ${realServer} of ${service}`, parallel: false },
    { wait: true, json: o.json ?? false },
  );
  if (code !== ExitCode.Ok) throw new ExitWith(code);
}

export const drain = (io: CliIo, ...args: unknown[]) => setState(io, 'drained', args);
export const enable = (io: CliIo, ...args: unknown[]) => setState(io, 'enabled', args);
export const disable = (io: CliIo, ...args: unknown[]) => setState(io, 'disabled', args);

type AuditQuery = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>;

function since(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  if (Number.isNaN(Date.parse(s))) throw new CliError(`--since ${JSON.stringify(s)} is not an ISO-8601 time`, ExitCode.Invalid);
  return s;
}

export async function auditList(io: CliIo, ...args: unknown[]): Promise<void> {
  const o = opts<{ action?: string; actor?: string; outcome?: string; since?: string; limit: string; output: Format }>(args);
  const limit = Number(o.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new CliError('--limit must be 1-500', ExitCode.Invalid);
  const { api } = connect(io, o);
  const query = {
    action: o.action,
    actor: o.actor,
    outcome: o.outcome as AuditQuery['outcome'],
    from: since(o.since),
    limit,
    format: 'json',
  } as AuditQuery;
  const page = must(await api.GET('/api/v1/audit', { params: { query } }), 'list audit events');
  io.out(
    render(o.output, page.items, page.items, [
      { header: 'AT', value: (e) => e.at },
      { header: 'ACTOR', value: (e) => e.actor.name ?? e.actor.type },
      { header: 'ACTION', value: (e) => e.action },
      { header: 'OUTCOME', value: (e) => e.outcome },
      { header: 'TARGET', value: (e) => (e.target ? `${e.target.type}:${e.target.id ?? ''}` : '') },
      { header: 'DETAIL', value: (e) => e.detail },
    ]),
  );
}

export async function auditVerify(io: CliIo, ...args: unknown[]): Promise<void> {
  const o = opts<{ json?: boolean }>(args);
  const { api } = connect(io, o);
  const v = must(await api.GET('/api/v1/audit/verify'), 'verify the audit log');
  if (o.json) io.out(toJson(v));
  else
    io.out(
      v.valid
        ? `valid: ${v.checked} event(s), every link intact\n`
        : `BROKEN after ${v.checked} event(s): event ${v.firstBroken?.id}: ${v.firstBroken?.reason}\n`,
    );
  if (!v.valid) throw new ExitWith(ExitCode.Other);
}

export async function auditExport(io: CliIo, ...args: unknown[]): Promise<void> {
  const o = opts<{ format: string; action?: string; since?: string }>(args);
  if (o.format !== 'jsonl' && o.format !== 'csv') throw new CliError('--format must be jsonl or csv', ExitCode.Invalid);
  const { api } = connect(io, o);
  const query = { action: o.action, from: since(o.since), format: o.format } as AuditQuery;
  // The whole log streams from the server; it is passed through as it comes, not held whole.
  const r = await api.GET('/api/v1/audit', { params: { query }, parseAs: 'stream' });
  if (!r.response.ok || !r.data) throw must(r, 'export the audit log') as never;
  const dec = new TextDecoder();
  for await (const chunk of r.data as unknown as AsyncIterable<Uint8Array>) io.out(dec.decode(chunk, { stream: true }));
}

export async function importCluster(io: CliIo, ...args: unknown[]): Promise<void> {
  const [pairs] = args as [string[]];
  const o = opts<{ name: string; description?: string; dryRun?: boolean; output: Format }>(args);
  const directors = pairs.map((p) => {
    const m = /^([^=@]+)(?:@([^=]+))?=(.+)$/.exec(p);
    if (!m) throw new CliError(`${JSON.stringify(p)}: give NAME=PATH (or NAME@ADDRESS=PATH)`, ExitCode.Invalid);
    const path = resolve(io.cwd, m[3]);
    let config: string;
    try {
      config = readFileSync(path, 'utf8');
    } catch (e) {
      throw new CliError(`Cannot read ${m[3]}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, ExitCode.Invalid);
    }
    const includes = collectIncludes(path, config);
    return { name: m[1], ...(m[2] ? { address: m[2] } : {}), config, ...(Object.keys(includes).length ? { includes } : {}) };
  });
  const { api } = connect(io, o);
  const r = await api.POST('/api/v1/clusters/import', {
    body: { name: o.name, description: o.description, dryRun: o.dryRun ?? false, directors },
  });
  const res = must(r, `import ${o.name}`);
  for (const w of res.warnings)
    io.err(`warning: ${[w.director, w.file, w.line ? `line ${w.line}` : undefined, w.path].filter(Boolean).join(' ')}: ${w.message}\n`);
  if (o.dryRun) io.out(o.output === 'json' ? toJson(res.spec) : toYaml(res.spec));
  else
    io.err(
      `Created cluster ${o.name} (${res.cluster?.id}): ${res.spec.directors.length} director(s), ${res.spec.virtualServices.length} virtual service(s), ${res.warnings.length} warning(s).\n`,
    );
}
