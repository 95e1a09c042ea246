import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each SSH credential may be sent (issue 13: an operator could point a director at their own
 * sshd and receive an admin's password). Existing credentials get an empty binding, which means
 * nowhere: they are refused until an admin lists the directors' addresses for them
 * (PATCH /api/v1/credentials/:id), rather than staying usable against any address.
 */
export class CredentialAddressBinding1764000000520 implements MigrationInterface {
  name = 'CredentialAddressBinding1764000000520';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ssh_credentials ADD COLUMN allowed_addresses text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ssh_credentials DROP COLUMN allowed_addresses`);
  }
}
