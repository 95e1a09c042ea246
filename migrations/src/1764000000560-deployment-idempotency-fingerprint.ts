import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deployment started with an Idempotency-Key keeps a fingerprint of its request, so the same key
 * sent with a different request is refused (422) instead of silently replaying the first one.
 * Rows from before have none and replay as they did.
 */
export class DeploymentIdempotencyFingerprint1764000000560 implements MigrationInterface {
  name = 'DeploymentIdempotencyFingerprint1764000000560';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deployments ADD COLUMN idempotency_fingerprint varchar(64)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deployments DROP COLUMN idempotency_fingerprint`);
  }
}
