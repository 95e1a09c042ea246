import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users who sign in through an OpenID provider: where the account comes from (`local` password or
 * `oidc`), and for `oidc` the provider's issuer and the subject it names the user by, unique together
 * (the stable key of the account; a user name at the provider may change or be reused).
 */
export class UserExternalIdentity1764000000780 implements MigrationInterface {
  name = 'UserExternalIdentity1764000000780';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE users ADD COLUMN auth_source varchar(16) NOT NULL DEFAULT 'local', ADD COLUMN oidc_issuer varchar(512), ADD COLUMN oidc_subject varchar(255)`,
    );
    await q.query(`ALTER TABLE users ADD CONSTRAINT ck_users_auth_source CHECK (auth_source IN ('local', 'oidc'))`);
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT ck_users_oidc_identity CHECK ((auth_source = 'oidc') = (oidc_issuer IS NOT NULL AND oidc_subject IS NOT NULL))`,
    );
    await q.query(`CREATE UNIQUE INDEX uq_users_oidc_identity ON users (oidc_issuer, oidc_subject) WHERE oidc_issuer IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX uq_users_oidc_identity`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT ck_users_oidc_identity, DROP CONSTRAINT ck_users_auth_source`);
    await q.query(`ALTER TABLE users DROP COLUMN oidc_subject, DROP COLUMN oidc_issuer, DROP COLUMN auth_source`);
  }
}
