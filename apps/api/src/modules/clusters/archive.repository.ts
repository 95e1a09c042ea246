import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClusterSpec } from '@lvs/domain';
import { DataSource, type EntityManager } from 'typeorm';

export interface ArchivedClusterRow {
  id: string;
  name: string;
  description: string;
  mode: 'keepalived' | 'ipvsadm';
  version: number;
  created_at: Date;
  deleted_at: Date;
  deleted_by: string;
  revisions: number;
  deployments: number;
}

export interface ArchivedRevisionRow {
  number: number;
  spec_sha256: string;
  author: string;
  message: string;
  created_at: Date;
}

export interface ArchivedDeploymentRow {
  id: string;
  revision_number: number;
  status: string;
  parallel: boolean;
  stop_on_failure: boolean;
  requested_by: string;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  error: string | null;
  targets: Record<string, unknown>[];
}

const SUMMARY = `
  SELECT a.id, a.name, a.description, a.mode, a.version, a.created_at, a.deleted_at, a.deleted_by,
    (SELECT count(*)::int FROM archived_revisions r WHERE r.cluster_id = a.id) AS revisions,
    (SELECT count(*)::int FROM archived_deployments d WHERE d.cluster_id = a.id) AS deployments
  FROM archived_clusters a`;

/** The archive of deleted clusters: written once by the delete, read by admins. */
@Injectable()
export class ArchiveRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Copies the cluster, its revisions and its deployments (with their targets' step logs) into the
   * archive, inside the delete's transaction and before the cascade removes the live rows.
   */
  async archive(clusterId: string, spec: ClusterSpec, deletedBy: string, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO archived_clusters (id, name, description, mode, version, spec, created_at, deleted_by)
       SELECT id, name, description, mode, version, $2::jsonb, created_at, $3 FROM clusters WHERE id = $1`,
      [clusterId, JSON.stringify(spec), deletedBy],
    );
    await m.query(
      `INSERT INTO archived_revisions (id, cluster_id, number, spec, spec_sha256, rendered, author, message, created_at)
       SELECT id, cluster_id, number, spec, spec_sha256, rendered, author, message, created_at FROM config_revisions WHERE cluster_id = $1`,
      [clusterId],
    );
    await m.query(
      `INSERT INTO archived_deployments (id, cluster_id, revision_number, status, parallel, stop_on_failure, requested_by, created_at, started_at, finished_at, error, targets)
       SELECT d.id, d.cluster_id, r.number, d.status, d.parallel, d.stop_on_failure, d.requested_by, d.created_at, d.started_at, d.finished_at, d.error,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('director', t.director, 'position', t.position, 'status', t.status, 'steps', t.steps,
             'beforeSha256', t.before_sha256, 'afterSha256', t.after_sha256, 'error', t.error, 'startedAt', t.started_at, 'finishedAt', t.finished_at) ORDER BY t.position)
           FROM deployment_targets t WHERE t.deployment_id = d.id), '[]'::jsonb)
       FROM deployments d JOIN config_revisions r ON r.id = d.revision_id WHERE d.cluster_id = $1`,
      [clusterId],
    );
  }

  async page(q: string | undefined, limit: number, offset: number): Promise<{ rows: ArchivedClusterRow[]; total: number }> {
    const params: unknown[] = [];
    const w = q ? ` WHERE a.name ILIKE $${params.push(`%${q.replace(/[%_\\]/g, '\\$&')}%`)}` : '';
    const rows = await this.dataSource.query<ArchivedClusterRow[]>(
      `${SUMMARY}${w} ORDER BY a.deleted_at DESC, a.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM archived_clusters a${w}`, params);
    return { rows, total: n };
  }

  async find(clusterId: string): Promise<(ArchivedClusterRow & { spec: ClusterSpec }) | undefined> {
    const [r] = await this.dataSource.query<(ArchivedClusterRow & { spec: ClusterSpec })[]>(
      `SELECT s.*, a.spec FROM (${SUMMARY} WHERE a.id = $1) s JOIN archived_clusters a ON a.id = s.id`,
      [clusterId],
    );
    return r;
  }

  revisions(clusterId: string): Promise<ArchivedRevisionRow[]> {
    return this.dataSource.query(
      `SELECT number, spec_sha256, author, message, created_at FROM archived_revisions WHERE cluster_id = $1 ORDER BY number DESC`,
      [clusterId],
    );
  }

  async revision(
    clusterId: string,
    number: number,
  ): Promise<(ArchivedRevisionRow & { spec: ClusterSpec; rendered: Record<string, { text: string; sha256: string }> }) | undefined> {
    const [r] = await this.dataSource.query<
      (ArchivedRevisionRow & { spec: ClusterSpec; rendered: Record<string, { text: string; sha256: string }> })[]
    >(
      `SELECT number, spec_sha256, author, message, created_at, spec, rendered FROM archived_revisions WHERE cluster_id = $1 AND number = $2`,
      [clusterId, number],
    );
    return r;
  }

  deployments(clusterId: string): Promise<ArchivedDeploymentRow[]> {
    return this.dataSource.query(
      `SELECT id, revision_number, status, parallel, stop_on_failure, requested_by, created_at, started_at, finished_at, error, targets FROM archived_deployments WHERE cluster_id = $1 ORDER BY created_at DESC, id`,
      [clusterId],
    );
  }
}
