import type { ClusterSpec } from '@lvs/domain';
import { type Command } from 'commander';
import { connect, findCluster, must, mustFindCluster, type GlobalOptions } from '../api';
import { CliError, ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import { KINDS, type Kind } from '../kinds';
import { type Format, render, table, toJson, toYaml } from '../output';
import { realServerKey, virtualServiceKey } from '@lvs/domain';

export type Action = (io: CliIo) => (...args: unknown[]) => Promise<void>;

/** The command's options merged with the program's (--server, --token, --context). */
export function opts<T>(args: unknown[]): T & GlobalOptions {
  const cmd = args[args.length - 1] as Command;
  return cmd.optsWithGlobals() as T & GlobalOptions;
}

const ALIASES: Record<string, Kind> = {
  cluster: 'clusters',
  director: 'directors',
  service: 'services',
  'virtual-services': 'services',
  vs: 'services',
  'real-server': 'real-servers',
  rs: 'real-servers',
  revision: 'revisions',
  deployment: 'deployments',
};

async function readSpec(io: CliIo, g: GlobalOptions, cluster: string): Promise<{ spec: ClusterSpec; etag: string | null; text: string }> {
  const { api } = connect(io, g);
  const c = await mustFindCluster(api, cluster);
  const r = await api.GET('/api/v1/clusters/{clusterId}/spec', { params: { path: { clusterId: c.id } }, parseAs: 'text' });
  const text = must(r, `read the spec of ${cluster}`);
  return { spec: JSON.parse(text) as ClusterSpec, etag: r.response.headers.get('etag'), text };
}

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');
}

export { readSpec, findCluster };

export async function get(io: CliIo, ...args: unknown[]): Promise<void> {
  const [kindArg, clusterArg] = args as [string, string | undefined];
  const o = opts<{ cluster?: string; service?: string; limit: string; output: Format }>(args);
  const kind = (KINDS as readonly string[]).includes(kindArg) ? (kindArg as Kind) : ALIASES[kindArg];
  if (!kind) throw new CliError(`Unknown kind ${JSON.stringify(kindArg)}: one of ${KINDS.join(', ')}`, ExitCode.Invalid);
  const limit = Number(o.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new CliError('--limit must be 1-200', ExitCode.Invalid);
  const { api } = connect(io, o);
  if (kind === 'clusters') {
    const page = must(await api.GET('/api/v1/clusters', { params: { query: { limit: 200 } } }), 'list clusters');
    io.out(
      render(o.output, page.items, page.items, [
        { header: 'NAME', value: (c) => c.name },
        { header: 'MODE', value: (c) => c.mode },
        { header: 'DIRECTORS', value: (c) => c.counts.directors },
        { header: 'INSTANCES', value: (c) => c.counts.vrrpInstances },
        { header: 'SERVICES', value: (c) => c.counts.virtualServices },
        { header: 'REAL-SERVERS', value: (c) => c.counts.realServers },
        { header: 'VERSION', value: (c) => c.version },
        { header: 'UPDATED', value: (c) => c.updatedAt },
      ]),
    );
    return;
  }
  const cluster = o.cluster ?? clusterArg;
  if (!cluster) throw new CliError(`lvsctl get ${kind} needs a cluster: lvsctl get ${kind} CLUSTER`, ExitCode.Invalid);
  if (kind === 'revisions' || kind === 'deployments') {
    const c = await mustFindCluster(api, cluster);
    const path = { params: { path: { clusterId: c.id }, query: { limit, offset: 0 } } };
    if (kind === 'revisions') {
      const page = must(await api.GET('/api/v1/clusters/{clusterId}/revisions', path), `list revisions of ${cluster}`);
      io.out(
        render(o.output, page.items, page.items, [
          { header: 'REVISION', value: (r) => r.number },
          { header: 'AUTHOR', value: (r) => r.author },
          { header: 'CREATED', value: (r) => r.createdAt },
          { header: 'SPEC-SHA256', value: (r) => r.specSha256.slice(0, 12) },
          { header: 'MESSAGE', value: (r) => r.message },
        ]),
      );
    } else {
      const page = must(await api.GET('/api/v1/clusters/{clusterId}/deployments', path), `list deployments of ${cluster}`);
      io.out(
        render(o.output, page.items, page.items, [
          { header: 'ID', value: (d) => d.id },
          { header: 'REVISION', value: (d) => d.revision },
          { header: 'STATUS', value: (d) => d.status },
          { header: 'DIRECTORS', value: (d) => d.targets.map((t) => `${t.director}:${t.status}`).join(',') },
          { header: 'BY', value: (d) => d.requestedBy },
          { header: 'CREATED', value: (d) => d.createdAt },
          { header: 'ERROR', value: (d) => d.error },
        ]),
      );
    }
    return;
  }
  const { spec } = await readSpec(io, o, cluster);
  if (kind === 'directors') {
    io.out(
      render(o.output, spec.directors, spec.directors, [
        { header: 'NAME', value: (d) => d.name },
        { header: 'ADDRESS', value: (d) => d.address },
        { header: 'SSH', value: (d) => `${d.sshUser}@:${d.sshPort}` },
        { header: 'CREDENTIAL', value: (d) => d.credential },
        { header: 'CONFIG', value: (d) => d.configPath },
        { header: 'RELOAD', value: (d) => d.reloadMethod },
      ]),
    );
  } else if (kind === 'services') {
    io.out(
      render(o.output, spec.virtualServices, spec.virtualServices, [
        { header: 'SERVICE', value: (vs) => (vs.group !== undefined ? `group:${vs.group}` : virtualServiceKey(vs)) },
        { header: 'SCHEDULER', value: (vs) => vs.scheduler },
        { header: 'FORWARDING', value: (vs) => vs.forwarding },
        { header: 'PERSISTENCE', value: (vs) => (vs.persistence ? `${vs.persistence.timeout}s` : '') },
        { header: 'REAL-SERVERS', value: (vs) => vs.realServers.length },
      ]),
    );
  } else {
    const rows = spec.virtualServices
      .filter((vs) => !o.service || virtualServiceKey(vs) === o.service)
      .flatMap((vs) =>
        vs.realServers.map((rs) => ({ service: vs.group !== undefined ? `group:${vs.group}` : virtualServiceKey(vs), ...rs })),
      );
    if (o.service && !rows.length && !spec.virtualServices.some((vs) => virtualServiceKey(vs) === o.service)) {
      throw new CliError(`${cluster} has no virtual service ${o.service}`, ExitCode.Other);
    }
    io.out(
      render(o.output, rows, rows, [
        { header: 'SERVICE', value: (r) => r.service },
        { header: 'REAL-SERVER', value: (r) => realServerKey(r) },
        { header: 'WEIGHT', value: (r) => r.weight },
        { header: 'ADMIN-STATE', value: (r) => r.adminState },
        { header: 'CHECK', value: (r) => r.healthCheck?.type },
      ]),
    );
  }
}

export async function describe(io: CliIo, ...args: unknown[]): Promise<void> {
  const [kind, name] = args as [string, string];
  const o = opts<{ output: Format }>(args);
  if (kind !== 'cluster' && kind !== 'clusters')
    throw new CliError(`lvsctl describe knows one kind: cluster (not ${JSON.stringify(kind)})`, ExitCode.Invalid);
  const { api } = connect(io, o);
  const ref = await mustFindCluster(api, name);
  const p = { params: { path: { clusterId: ref.id } } };
  const [summary, specR, revs, deps] = await Promise.all([
    api.GET('/api/v1/clusters/{clusterId}', p),
    api.GET('/api/v1/clusters/{clusterId}/spec', p),
    api.GET('/api/v1/clusters/{clusterId}/revisions', { params: { path: { clusterId: ref.id }, query: { limit: 1, offset: 0 } } }),
    api.GET('/api/v1/clusters/{clusterId}/deployments', { params: { path: { clusterId: ref.id }, query: { limit: 1, offset: 0 } } }),
  ]);
  const cluster = must(summary, `read ${name}`);
  const spec = must(specR, `read the spec of ${name}`) as ClusterSpec;
  const lastRevision = must(revs, `list revisions of ${name}`).items[0] ?? null;
  const lastDeployment = must(deps, `list deployments of ${name}`).items[0] ?? null;
  if (o.output !== 'table') {
    const doc = { cluster, spec, lastRevision, lastDeployment };
    io.out(o.output === 'json' ? toJson(doc) : toYaml(doc));
    return;
  }
  const lines = [
    `Name:         ${cluster.name}`,
    `Id:           ${cluster.id}`,
    `Mode:         ${cluster.mode}`,
    `Description:  ${cluster.description || '-'}`,
    `Version:      ${cluster.version}`,
    `Updated:      ${cluster.updatedAt}`,
    `Revision:     ${lastRevision ? `${lastRevision.number} by ${lastRevision.author} at ${lastRevision.createdAt}${lastRevision.message ? ` — ${lastRevision.message}` : ''}` : 'none'}`,
    `Deployment:   ${lastDeployment ? `${lastDeployment.status}, revision ${lastDeployment.revision}, ${lastDeployment.createdAt} (${lastDeployment.id})` : 'none'}`,
    '',
    'Directors:',
    indent(
      table(spec.directors, [
        { header: 'NAME', value: (d) => d.name },
        { header: 'ADDRESS', value: (d) => d.address },
        { header: 'CONFIG', value: (d) => d.configPath },
      ]),
    ),
    'VRRP instances:',
    indent(
      table(spec.vrrpInstances, [
        { header: 'NAME', value: (i) => i.name },
        { header: 'VRID', value: (i) => i.virtualRouterId },
        { header: 'INTERFACE', value: (i) => i.interface },
        {
          header: 'MEMBERS',
          value: (i) => i.members.map((m) => `${m.director}=${m.priority}${m.state === 'MASTER' ? '*' : ''}`).join(' '),
        },
        { header: 'VIPS', value: (i) => i.vips.map((v) => v.address).join(' ') },
      ]),
    ),
    'Virtual services:',
    indent(
      table(spec.virtualServices, [
        { header: 'SERVICE', value: (vs) => (vs.group !== undefined ? `group:${vs.group}` : virtualServiceKey(vs)) },
        { header: 'SCHEDULER', value: (vs) => vs.scheduler },
        { header: 'FORWARDING', value: (vs) => vs.forwarding },
        {
          header: 'REAL-SERVERS',
          value: (vs) =>
            vs.realServers.map((rs) => `${realServerKey(rs)}${rs.adminState === 'enabled' ? '' : `(${rs.adminState})`}`).join(' '),
        },
      ]),
    ),
  ];
  io.out(lines.join('\n'));
}

export async function exportSpec(io: CliIo, ...args: unknown[]): Promise<void> {
  const [cluster] = args as [string];
  const o = opts<{ output: Format }>(args);
  const { spec, text } = await readSpec(io, o, cluster);
  // JSON: the server's bytes as they came (plus a final newline), so `export -o json` is the document itself.
  io.out(o.output === 'json' ? (text.endsWith('\n') ? text : `${text}\n`) : toYaml(spec));
}
