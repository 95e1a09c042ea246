import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Confirmed deployments (Junos `commit confirmed`, VyOS `commit-confirm`): a deadline by which an
 * operator confirms a deployment, else the console rolls the cluster back to the revision deployed
 * before it. The timer is this row, so it survives an API restart and is taken by one replica
 * (FOR UPDATE SKIP LOCKED). One pending confirmation per cluster.
 */
export class DeploymentConfirmations1764000000620 implements MigrationInterface {
  name = 'DeploymentConfirmations1764000000620';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE deployment_confirmations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cluster_id uuid NOT NULL,
      deployment_id uuid NOT NULL,
      revert_to integer NOT NULL,
      deadline timestamptz NOT NULL,
      status varchar(16) NOT NULL DEFAULT 'pending',
      requested_by varchar(128) NOT NULL,
      resolved_by varchar(128),
      resolved_at timestamptz,
      rollback_deployment_id uuid,
      error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT ck_deployment_confirmations_status CHECK (status IN ('pending', 'confirmed', 'rolled_back', 'failed', 'cancelled')),
      CONSTRAINT fk_deployment_confirmations_cluster FOREIGN KEY (cluster_id) REFERENCES clusters(id) ON DELETE CASCADE,
      CONSTRAINT fk_deployment_confirmations_deployment FOREIGN KEY (deployment_id) REFERENCES deployments(id) ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX ix_deployment_confirmations_due ON deployment_confirmations (status, deadline)`);
    await q.query(
      `CREATE UNIQUE INDEX uq_deployment_confirmations_pending ON deployment_confirmations (cluster_id) WHERE status = 'pending'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE deployment_confirmations`);
  }
}
