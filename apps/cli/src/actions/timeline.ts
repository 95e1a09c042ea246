import type { ClusterIncidents } from '@lvs/domain';
import { connect, mustFindCluster } from '../api';
import { CliError, ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import { type Format, parseDuration, render } from '../output';
import { getJson } from './fleet';
import { opts } from './read';

interface TimelineEvent {
  id: string;
  clusterId: string | null;
  kind: string;
  severity: string;
  subject: string | null;
  summary: string;
  data: Record<string, unknown>;
  at: string;
}
type EventsPage = { items: TimelineEvent[]; total: number; nextCursor: string | null };

export async function events(io: CliIo, ...args: unknown[]): Promise<void> {
  const [cluster] = args as [string | undefined];
  const o = opts<{ kind?: string; severity?: string; since?: string; limit: string; output: Format }>(args);
  const conn = connect(io, o);
  const c = cluster ? await mustFindCluster(conn.api, cluster) : undefined;
  const q = new URLSearchParams({ limit: o.limit });
  if (o.kind) q.set('kind', o.kind);
  if (o.severity) q.set('severity', o.severity);
  if (o.since) q.set('from', new Date(Date.now() - parseDuration(o.since)).toISOString());
  const page = await getJson<EventsPage>(
    conn,
    `${c ? `/api/v1/clusters/${c.id}/events` : '/api/v1/events'}?${q}`,
    c ? `the timeline of ${c.name}` : 'the timeline',
  );
  io.out(
    render(o.output, page, page.items, [
      { header: 'AT', value: (e) => e.at },
      ...(c ? [] : [{ header: 'CLUSTER', value: (e: TimelineEvent) => e.clusterId ?? '-' }]),
      { header: 'SEVERITY', value: (e) => e.severity },
      { header: 'KIND', value: (e) => e.kind },
      { header: 'SUBJECT', value: (e) => e.subject ?? '' },
      { header: 'SUMMARY', value: (e) => e.summary },
    ]),
  );
  if (o.output === 'table' && page.total > page.items.length)
    io.err(`${page.items.length} of ${page.total} event(s); --limit or --since for others\n`);
}

type Incident = ClusterIncidents['incidents'][number];
type FleetIncident = Incident & { cluster: string; state: 'open' | 'resolved'; resolvedAt: string | null };
type FleetIncidentsPage = { items: FleetIncident[]; total: number; at: string };

/** `lvsctl incidents [CLUSTER]`: a cluster's open incidents (its radar, which says whether it observes it), or the fleet's. */
export async function incidents(io: CliIo, ...args: unknown[]): Promise<void> {
  const [cluster] = args as [string | undefined];
  const o = opts<{ resolved?: boolean; limit: string; exitCode?: boolean; output: Format }>(args);
  const conn = connect(io, o);
  const c = cluster ? await mustFindCluster(conn.api, cluster) : undefined;
  const columns = [
    ...(c ? [] : [{ header: 'CLUSTER', value: (i: Incident) => (i as FleetIncident).cluster }]),
    { header: 'INSTANCE', value: (i: Incident) => i.instance },
    { header: 'TYPE', value: (i: Incident) => i.type },
    { header: 'SEVERITY', value: (i: Incident) => i.severity },
    { header: 'SINCE', value: (i: Incident) => i.openedAt },
    ...(o.resolved ? [{ header: 'RESOLVED', value: (i: Incident) => (i as FleetIncident).resolvedAt ?? '' }] : []),
    { header: 'SUMMARY', value: (i: Incident) => i.summary },
    { header: 'EVIDENCE', value: (i: Incident) => i.evidence.map((e) => `${e.director}: ${e.says}`).join('; ') },
  ];
  let open: number;
  if (c && !o.resolved) {
    const r = await getJson<ClusterIncidents & { observed: boolean }>(
      conn,
      `/api/v1/clusters/${c.id}/incidents`,
      `the incidents of ${c.name}`,
    );
    io.out(render(o.output, r, r.incidents, columns));
    if (o.output === 'table')
      io.err(
        r.observed
          ? `${r.incidents.length} incident(s) open in ${c.name}\n`
          : `${c.name} is not observed yet (telemetry off, or not probed): no incident can be known\n`,
      );
    open = r.incidents.length;
  } else {
    const q = new URLSearchParams({ state: o.resolved ? 'resolved' : 'open', limit: o.limit });
    if (c) q.set('clusterId', c.id);
    const r = await getJson<FleetIncidentsPage>(conn, `/api/v1/incidents?${q}`, c ? `the incidents of ${c.name}` : 'the incidents');
    io.out(render(o.output, r, r.items, columns));
    if (o.output === 'table')
      io.err(
        `${r.items.length < r.total ? `${r.items.length} of ` : ''}${r.total} incident(s) ${o.resolved ? 'resolved' : 'open'}${c ? ` in ${c.name}` : ' across the fleet'}\n`,
      );
    open = o.resolved ? 0 : r.total;
  }
  if (o.exitCode && open > 0) throw new CliError('', ExitCode.Changes);
}
