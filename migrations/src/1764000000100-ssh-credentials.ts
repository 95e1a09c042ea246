import type { MigrationInterface, QueryRunner } from 'typeorm';

/** SSH credentials, sealed with AES-256-GCM under the master key; never returned by the API. */
export class SshCredentials1764000000100 implements MigrationInterface {
  name = 'SshCredentials1764000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ssh_credentials (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(64) NOT NULL,
        kind varchar(16) NOT NULL CONSTRAINT ck_ssh_credentials_kind CHECK (kind IN ('private_key', 'password')),
        sealed_secret text NOT NULL,
        sealed_passphrase text,
        public_key_fingerprint varchar(100),
        created_by uuid CONSTRAINT fk_ssh_credentials_user REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_ssh_credentials_name ON ssh_credentials (name)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ssh_credentials`);
  }
}
