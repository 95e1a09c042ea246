import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What outlives a deleted cluster (DESIGN section 9): a tombstone with its last topology, and copies
 * of its revisions (spec and rendered text per director) and deployments with their step logs. The
 * live tables keep their ON DELETE CASCADE; the delete copies into these in its transaction, so an
 * auditor can still read which scripts ran where. Append-only: nothing in the API deletes from them.
 */
export class ClusterArchive1764000000540 implements MigrationInterface {
  name = 'ClusterArchive1764000000540';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE archived_clusters (
        id uuid PRIMARY KEY,
        name varchar(64) NOT NULL,
        description text NOT NULL DEFAULT '',
        mode varchar(16) NOT NULL,
        version integer NOT NULL,
        spec jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz NOT NULL DEFAULT now(),
        deleted_by varchar(128) NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_archived_clusters_deleted ON archived_clusters (deleted_at)`);
    await q.query(`
      CREATE TABLE archived_revisions (
        id uuid PRIMARY KEY,
        cluster_id uuid NOT NULL CONSTRAINT fk_archived_revisions_cluster REFERENCES archived_clusters (id) ON DELETE CASCADE,
        number integer NOT NULL,
        spec jsonb NOT NULL,
        spec_sha256 char(64) NOT NULL,
        rendered jsonb NOT NULL,
        author varchar(128) NOT NULL,
        message text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_archived_revisions_number ON archived_revisions (cluster_id, number)`);
    await q.query(`
      CREATE TABLE archived_deployments (
        id uuid PRIMARY KEY,
        cluster_id uuid NOT NULL CONSTRAINT fk_archived_deployments_cluster REFERENCES archived_clusters (id) ON DELETE CASCADE,
        revision_number integer NOT NULL,
        status varchar(16) NOT NULL,
        parallel boolean NOT NULL,
        stop_on_failure boolean NOT NULL,
        requested_by varchar(128) NOT NULL,
        created_at timestamptz NOT NULL,
        started_at timestamptz,
        finished_at timestamptz,
        error text,
        targets jsonb NOT NULL DEFAULT '[]'
      )`);
    await q.query(`CREATE INDEX ix_archived_deployments_cluster ON archived_deployments (cluster_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE archived_deployments`);
    await q.query(`DROP TABLE archived_revisions`);
    await q.query(`DROP TABLE archived_clusters`);
  }
}
