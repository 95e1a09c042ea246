import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Immutable configuration revisions, deployments with their per-director step logs, pinned SSH
 * host keys, and each cluster's deployment state (last deployed revision, drift flag).
 */
export class Deployments1764000000200 implements MigrationInterface {
  name = 'Deployments1764000000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE config_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL CONSTRAINT fk_config_revisions_cluster REFERENCES clusters (id) ON DELETE CASCADE,
        number integer NOT NULL,
        spec jsonb NOT NULL,
        spec_sha256 char(64) NOT NULL,
        rendered jsonb NOT NULL,
        author varchar(128) NOT NULL,
        message text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_config_revisions_number ON config_revisions (cluster_id, number)`);

    await q.query(`
      CREATE TABLE deployments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL CONSTRAINT fk_deployments_cluster REFERENCES clusters (id) ON DELETE CASCADE,
        revision_id uuid NOT NULL CONSTRAINT fk_deployments_revision REFERENCES config_revisions (id) ON DELETE CASCADE,
        status varchar(16) NOT NULL CONSTRAINT ck_deployments_status CHECK (status IN ('pending', 'running', 'succeeded', 'failed', 'rolled_back', 'interrupted')),
        parallel boolean NOT NULL DEFAULT false,
        stop_on_failure boolean NOT NULL DEFAULT true,
        idempotency_key varchar(128),
        requested_by varchar(128) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        error text
      )`);
    // One deployment at a time per cluster: the database refuses a second active one (→ 409).
    await q.query(`CREATE UNIQUE INDEX uq_deployments_active ON deployments (cluster_id) WHERE status IN ('pending', 'running')`);
    await q.query(
      `CREATE UNIQUE INDEX uq_deployments_idempotency ON deployments (cluster_id, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_deployments_cluster ON deployments (cluster_id, created_at)`);

    await q.query(`
      CREATE TABLE deployment_targets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deployment_id uuid NOT NULL CONSTRAINT fk_deployment_targets_deployment REFERENCES deployments (id) ON DELETE CASCADE,
        director varchar(64) NOT NULL,
        position integer NOT NULL,
        status varchar(16) NOT NULL CONSTRAINT ck_deployment_targets_status CHECK (status IN ('pending', 'running', 'succeeded', 'failed', 'rolled_back', 'skipped')),
        steps jsonb NOT NULL DEFAULT '[]',
        before_sha256 varchar(64),
        after_sha256 varchar(64),
        error text,
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_deployment_targets_deployment ON deployment_targets (deployment_id)`);

    await q.query(`
      CREATE TABLE director_host_keys (
        cluster_id uuid NOT NULL CONSTRAINT fk_director_host_keys_cluster REFERENCES clusters (id) ON DELETE CASCADE,
        director varchar(64) NOT NULL,
        fingerprint varchar(100) NOT NULL,
        accepted_by varchar(128) NOT NULL,
        accepted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_director_host_keys PRIMARY KEY (cluster_id, director)
      )`);

    await q.query(`
      CREATE TABLE cluster_deploy_state (
        cluster_id uuid PRIMARY KEY CONSTRAINT fk_cluster_deploy_state_cluster REFERENCES clusters (id) ON DELETE CASCADE,
        last_revision_id uuid CONSTRAINT fk_cluster_deploy_state_revision REFERENCES config_revisions (id) ON DELETE SET NULL,
        last_deployment_id uuid,
        drift boolean NOT NULL DEFAULT false,
        drift_detail jsonb,
        drift_checked_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cluster_deploy_state`);
    await q.query(`DROP TABLE director_host_keys`);
    await q.query(`DROP TABLE deployment_targets`);
    await q.query(`DROP TABLE deployments`);
    await q.query(`DROP TABLE config_revisions`);
  }
}
