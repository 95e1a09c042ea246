import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The timeline (issue 19, item 6): one table of what happened to each cluster, read newest first
 * by (at, id) keyset pages, per cluster or across clusters, pruned by EVENTS_RETENTION_DAYS.
 */
export class ClusterEvents1764000000740 implements MigrationInterface {
  name = 'ClusterEvents1764000000740';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE cluster_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cluster_id uuid,
      kind varchar(64) NOT NULL,
      severity varchar(16) NOT NULL,
      subject varchar(300),
      summary text NOT NULL,
      data jsonb NOT NULL,
      at timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT ck_cluster_events_severity CHECK (severity IN ('info', 'warning', 'critical'))
    )`);
    await q.query(`CREATE INDEX ix_cluster_events_cluster_at ON cluster_events (cluster_id, at, id)`);
    await q.query(`CREATE INDEX ix_cluster_events_at ON cluster_events (at, id)`);
    await q.query(`CREATE INDEX ix_cluster_events_kind_at ON cluster_events (kind, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cluster_events`);
  }
}
