import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins slow down per (user name, source address) instead of locking the account for
 * everyone: the users' own failure counter and lock go, the throttle table replaces them.
 */
export class LoginThrottles1764000000580 implements MigrationInterface {
  name = 'LoginThrottles1764000000580';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttles (
        username_key varchar(64) NOT NULL,
        source varchar(64) NOT NULL,
        failures integer NOT NULL DEFAULT 0,
        last_failure_at timestamptz NOT NULL DEFAULT now(),
        blocked_until timestamptz,
        PRIMARY KEY (username_key, source)
      )`);
    await q.query(`CREATE INDEX ix_login_throttles_last_failure ON login_throttles (last_failure_at)`);
    await q.query(`ALTER TABLE users DROP COLUMN failed_logins, DROP COLUMN locked_until`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN failed_logins integer NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz`);
    await q.query(`DROP TABLE login_throttles`);
  }
}
