import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RollupRow } from './rollup';

export interface DeployFactsRow {
  id: string;
  drift: boolean | null;
  drift_checked_at: Date | null;
  drift_detail: { name?: string; drifted?: boolean | null }[] | null;
  status: string | null;
  created_at: Date | null;
  revision: number | null;
}

@Injectable()
export class TelemetryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every cluster with its version: a tick reloads only the topologies that changed. */
  clusterVersions(): Promise<{ id: string; version: number }[]> {
    return this.dataSource.query(`SELECT id, version FROM clusters ORDER BY id`);
  }

  /** Each cluster's drift flag and last deployment (the overview's summary): one query a tick for every cluster polled. */
  deployFacts(clusterIds: string[]): Promise<DeployFactsRow[]> {
    if (clusterIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT c.id, s.drift, s.drift_checked_at, s.drift_detail, d.status, d.created_at, r.number AS revision
         FROM unnest($1::uuid[]) AS c(id)
         LEFT JOIN cluster_deploy_state s ON s.cluster_id = c.id
         LEFT JOIN LATERAL (SELECT status, created_at, revision_id FROM deployments WHERE cluster_id = c.id ORDER BY created_at DESC LIMIT 1) d ON true
         LEFT JOIN config_revisions r ON r.id = d.revision_id`,
      [clusterIds],
    );
  }

  async exists(clusterId: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM clusters WHERE id = $1`, [clusterId])).length > 0;
  }

  /** Adds minutes' increments (a minute written in parts, by a restarted or another replica, adds up). */
  async addRollups(clusterId: string, rows: RollupRow[]): Promise<void> {
    if (rows.length === 0) return;
    const col = <K extends keyof RollupRow>(k: K) => rows.map((r) => r[k]);
    await this.dataSource.query(
      `INSERT INTO metric_minutes (cluster_id, service, real_server, minute, conns, in_pkts, out_pkts, in_bytes, out_bytes, active_conns_max, samples)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::timestamptz[], $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[], $10::int[], $11::int[])
       ON CONFLICT (cluster_id, minute, service, real_server) DO UPDATE SET
         conns = metric_minutes.conns + EXCLUDED.conns, in_pkts = metric_minutes.in_pkts + EXCLUDED.in_pkts,
         out_pkts = metric_minutes.out_pkts + EXCLUDED.out_pkts, in_bytes = metric_minutes.in_bytes + EXCLUDED.in_bytes,
         out_bytes = metric_minutes.out_bytes + EXCLUDED.out_bytes,
         active_conns_max = greatest(metric_minutes.active_conns_max, EXCLUDED.active_conns_max), samples = metric_minutes.samples + EXCLUDED.samples`,
      [
        clusterId,
        col('service'),
        col('realServer'),
        rows.map((r) => new Date(r.minute).toISOString()),
        col('conns').map(Math.round),
        col('inPkts').map(Math.round),
        col('outPkts').map(Math.round),
        col('inBytes').map(Math.round),
        col('outBytes').map(Math.round),
        col('activeConnsMax'),
        col('samples'),
      ],
    );
  }

  /** Drops rollups older than the retention; returns how many. */
  async pruneRollups(retentionDays: number): Promise<number> {
    const [, count] = (await this.dataSource.query(`DELETE FROM metric_minutes WHERE minute < now() - make_interval(days => $1)`, [
      retentionDays,
    ])) as [unknown, number];
    return count ?? 0;
  }

  /** Series of a cluster's rollups in buckets of `stepSeconds`, a page of series at a time. */
  async series(q: {
    clusterId: string;
    from: Date;
    to: Date;
    stepSeconds: number;
    by: 'realServer' | 'service';
    service?: string;
    realServer?: string;
    limit: number;
    offset: number;
  }): Promise<{ rows: SeriesRow[]; total: number }> {
    const params: unknown[] = [q.clusterId, q.from.toISOString(), q.to.toISOString()];
    const where = ['cluster_id = $1', 'minute >= $2', 'minute < $3'];
    if (q.service) where.push(`service = $${params.push(q.service)}`);
    if (q.realServer) where.push(`real_server = $${params.push(q.realServer)}`);
    const key = q.by === 'service' ? "service, ''::text AS real_server" : 'service, real_server';
    const keyCols = q.by === 'service' ? 'service' : 'service, real_server';
    const filter = where.join(' AND ');
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM (SELECT DISTINCT ${keyCols} FROM metric_minutes WHERE ${filter}) k`,
      params,
    );
    const limit = params.push(q.limit);
    const offset = params.push(q.offset);
    const step = params.push(`${q.stepSeconds} seconds`);
    const rows = await this.dataSource.query(
      `WITH keys AS (SELECT DISTINCT ${keyCols} FROM metric_minutes WHERE ${filter} ORDER BY ${keyCols} LIMIT $${limit} OFFSET $${offset})
       SELECT ${key}, date_bin($${step}::interval, minute, $2::timestamptz) AS t,
         sum(conns)::float8 AS conns, sum(in_pkts)::float8 AS in_pkts, sum(out_pkts)::float8 AS out_pkts,
         sum(in_bytes)::float8 AS in_bytes, sum(out_bytes)::float8 AS out_bytes, max(active_conns_max) AS active_conns_max
       FROM metric_minutes m JOIN keys USING (${keyCols}) WHERE ${filter.replace(/\b(cluster_id|minute|service|real_server)\b/g, 'm.$1')}
       GROUP BY ${keyCols
         .split(', ')
         .map((c) => `m.${c}`)
         .join(', ')}, t ORDER BY ${keyCols
         .split(', ')
         .map((c) => `m.${c}`)
         .join(', ')}, t`,
      params,
    );
    return { rows, total };
  }
}

export interface SeriesRow {
  service: string;
  real_server: string;
  t: Date;
  conns: number;
  in_pkts: number;
  out_pkts: number;
  in_bytes: number;
  out_bytes: number;
  active_conns_max: number;
}
