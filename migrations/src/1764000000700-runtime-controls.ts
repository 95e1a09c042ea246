import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Runtime controls (issue 18): which directors are in maintenance (their track file holds 1; kept
 * here so a deployment writes it again and an API restart knows), and the record of each change
 * applied without a reload (per director: the steps, as a deployment records them).
 */
export class RuntimeControls1764000000700 implements MigrationInterface {
  name = 'RuntimeControls1764000000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE director_maintenance (
      cluster_id uuid NOT NULL,
      director varchar(64) NOT NULL,
      since timestamptz NOT NULL DEFAULT now(),
      requested_by varchar(128) NOT NULL,
      CONSTRAINT pk_director_maintenance PRIMARY KEY (cluster_id, director),
      CONSTRAINT fk_director_maintenance_cluster FOREIGN KEY (cluster_id) REFERENCES clusters(id) ON DELETE CASCADE
    )`);
    await q.query(`CREATE TABLE runtime_changes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cluster_id uuid NOT NULL,
      kind varchar(16) NOT NULL,
      target varchar(300) NOT NULL,
      value varchar(32) NOT NULL,
      status varchar(16) NOT NULL,
      requested_by varchar(128) NOT NULL,
      directors jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      CONSTRAINT ck_runtime_changes_kind CHECK (kind IN ('admin-state', 'maintenance')),
      CONSTRAINT ck_runtime_changes_status CHECK (status IN ('applied', 'partial', 'failed', 'next-deployment')),
      CONSTRAINT fk_runtime_changes_cluster FOREIGN KEY (cluster_id) REFERENCES clusters(id) ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX ix_runtime_changes_cluster ON runtime_changes (cluster_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE runtime_changes`);
    await q.query(`DROP TABLE director_maintenance`);
  }
}
