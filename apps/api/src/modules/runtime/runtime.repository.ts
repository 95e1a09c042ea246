import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClusterSpec } from '@lvs/domain';
import { DataSource } from 'typeorm';
import type { DirectorRuntimeResult, RuntimeChangeKind, RuntimeChangeStatus } from './dto/runtime.dto';

export interface DeployedRevision {
  number: number;
  spec: ClusterSpec;
  rendered: Record<string, { text: string; sha256: string }>;
  deployedAt: Date | null;
}

export interface MaintenanceRow {
  director: string;
  since: Date;
  requestedBy: string;
}

/** Every query of the runtime feature (migration 700); each is scoped by its cluster. */
@Injectable()
export class RuntimeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The revision the cluster's directors run (the last successful deployment), or null. */
  async deployed(clusterId: string): Promise<DeployedRevision | null> {
    const rows: { number: number; spec: ClusterSpec; rendered: DeployedRevision['rendered']; finished_at: Date | null }[] =
      await this.dataSource.query(
        `SELECT r.number, r.spec, r.rendered, d.finished_at
         FROM cluster_deploy_state s
         JOIN config_revisions r ON r.id = s.last_revision_id AND r.cluster_id = s.cluster_id
         LEFT JOIN deployments d ON d.id = s.last_deployment_id
        WHERE s.cluster_id = $1`,
        [clusterId],
      );
    const r = rows[0];
    return r ? { number: r.number, spec: r.spec, rendered: r.rendered, deployedAt: r.finished_at } : null;
  }

  async maintenance(clusterId: string): Promise<MaintenanceRow[]> {
    const rows: { director: string; since: Date; requested_by: string }[] = await this.dataSource.query(
      'SELECT director, since, requested_by FROM director_maintenance WHERE cluster_id = $1 ORDER BY director',
      [clusterId],
    );
    return rows.map((r) => ({ director: r.director, since: r.since, requestedBy: r.requested_by }));
  }

  async setMaintenance(clusterId: string, director: string, on: boolean, requestedBy: string): Promise<void> {
    if (on)
      await this.dataSource.query(
        'INSERT INTO director_maintenance (cluster_id, director, requested_by) VALUES ($1, $2, $3) ON CONFLICT (cluster_id, director) DO NOTHING',
        [clusterId, director, requestedBy],
      );
    else await this.dataSource.query('DELETE FROM director_maintenance WHERE cluster_id = $1 AND director = $2', [clusterId, director]);
  }

  async recordChange(c: {
    clusterId: string;
    kind: RuntimeChangeKind;
    target: string;
    value: string;
    status: RuntimeChangeStatus;
    requestedBy: string;
    directors: DirectorRuntimeResult[];
    createdAt: Date;
  }): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO runtime_changes (cluster_id, kind, target, value, status, requested_by, directors, created_at, finished_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, now()) RETURNING id`,
      [
        c.clusterId,
        c.kind,
        c.target.slice(0, 300),
        c.value,
        c.status,
        c.requestedBy.slice(0, 128),
        JSON.stringify(c.directors),
        c.createdAt,
      ],
    );
    return rows[0].id;
  }

  /** The last admin state applied "now" per real server (runtime_changes.target) since `since`. */
  async appliedSince(clusterId: string, since: Date): Promise<Map<string, string>> {
    const rows: { target: string; value: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (target) target, value FROM runtime_changes
        WHERE cluster_id = $1 AND kind = 'admin-state' AND status IN ('applied', 'partial') AND created_at > $2
        ORDER BY target, created_at DESC`,
      [clusterId, since],
    );
    return new Map(rows.map((r) => [r.target, r.value]));
  }

  async changes(clusterId: string, limit: number, offset: number) {
    const rows: {
      id: string;
      kind: RuntimeChangeKind;
      target: string;
      value: string;
      status: RuntimeChangeStatus;
      requested_by: string;
      directors: DirectorRuntimeResult[];
      created_at: Date;
      finished_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT id, kind, target, value, status, requested_by, directors, created_at, finished_at FROM runtime_changes
          WHERE cluster_id = $1 ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [clusterId, limit, offset],
    );
    const total: { n: string }[] = await this.dataSource.query('SELECT count(*) AS n FROM runtime_changes WHERE cluster_id = $1', [
      clusterId,
    ]);
    return { rows, total: Number(total[0].n) };
  }
}
