import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, sessions, API tokens and the append-only, hash-chained audit log. */
export class AuthAudit1764000000001 implements MigrationInterface {
  name = 'AuthAudit1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(64) NOT NULL,
        password_hash text NOT NULL,
        role varchar(16) NOT NULL CONSTRAINT ck_users_role CHECK (role IN ('viewer', 'operator', 'admin')),
        disabled boolean NOT NULL DEFAULT false,
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_login_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_users_username ON users (lower(username))`);

    await q.query(`
      CREATE TABLE sessions (
        id varchar(64) PRIMARY KEY,
        user_id uuid NOT NULL CONSTRAINT fk_sessions_user REFERENCES users (id) ON DELETE CASCADE,
        csrf_token varchar(64) NOT NULL,
        ip varchar(64),
        user_agent varchar(512),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_sessions_user ON sessions (user_id)`);

    await q.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        prefix varchar(16) NOT NULL,
        secret_hash varchar(64) NOT NULL,
        role varchar(16) NOT NULL CONSTRAINT ck_api_tokens_role CHECK (role IN ('viewer', 'operator', 'admin')),
        cluster_id uuid,
        created_by uuid NOT NULL CONSTRAINT fk_api_tokens_user REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        last_used_at timestamptz,
        last_used_ip varchar(64),
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_api_tokens_prefix ON api_tokens (prefix)`);
    await q.query(`CREATE INDEX ix_api_tokens_created_by ON api_tokens (created_by)`);

    await q.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_type varchar(16) NOT NULL,
        actor_id varchar(64),
        actor_name varchar(128),
        token_id uuid,
        ip varchar(64),
        user_agent varchar(512),
        action varchar(100) NOT NULL,
        target_type varchar(64),
        target_id varchar(128),
        before jsonb,
        after jsonb,
        request_id varchar(128),
        outcome varchar(16) NOT NULL CONSTRAINT ck_audit_outcome CHECK (outcome IN ('success', 'failure', 'denied')),
        detail text,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_audit_events_at ON audit_events (at)`);
    await q.query(`CREATE INDEX ix_audit_events_action ON audit_events (action)`);
    await q.query(`CREATE INDEX ix_audit_events_actor ON audit_events (actor_name)`);
    await q.query(`CREATE INDEX ix_audit_events_target ON audit_events (target_type, target_id)`);
    // Append-only at the database level: whoever holds the app's credentials cannot rewrite history.
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`
      CREATE TRIGGER tr_audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only()`);
    await q.query(`DROP TABLE api_tokens`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE users`);
  }
}
