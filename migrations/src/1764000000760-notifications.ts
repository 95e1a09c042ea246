import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (issue 20): channels (webhook, Slack, e-mail; their secrets sealed under the master
 * key), rules (event kinds × clusters → channels, with a throttle window), a durable outbox written
 * in the same transaction as the event that causes it (taken by one replica at a time: a lease set
 * under FOR UPDATE SKIP LOCKED), and the throttle windows of grouped messages.
 */
export class Notifications1764000000760 implements MigrationInterface {
  name = 'Notifications1764000000760';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE notification_channels (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name varchar(64) NOT NULL,
      kind varchar(16) NOT NULL,
      enabled boolean NOT NULL DEFAULT true,
      settings jsonb NOT NULL,
      sealed_secrets text NOT NULL,
      version integer NOT NULL DEFAULT 1,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT ck_notification_channels_kind CHECK (kind IN ('webhook', 'slack', 'email')),
      CONSTRAINT fk_notification_channels_user FOREIGN KEY (created_by) REFERENCES users(id) ON DELETE SET NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_notification_channels_name ON notification_channels (name)`);
    await q.query(`CREATE TABLE notification_rules (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name varchar(64) NOT NULL,
      enabled boolean NOT NULL DEFAULT true,
      kinds text[] NOT NULL DEFAULT '{}',
      cluster_ids uuid[] NOT NULL DEFAULT '{}',
      channel_ids uuid[] NOT NULL DEFAULT '{}',
      min_severity varchar(16) NOT NULL DEFAULT 'info',
      throttle_seconds integer NOT NULL DEFAULT 300,
      notify_resolved boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT ck_notification_rules_severity CHECK (min_severity IN ('info', 'warning', 'critical'))
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_notification_rules_name ON notification_rules (name)`);
    await q.query(`CREATE TABLE notification_outbox (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      channel_id uuid NOT NULL,
      rule_id uuid,
      event_id uuid,
      cluster_id uuid,
      kind varchar(64) NOT NULL,
      group_key varchar(300),
      status varchar(16) NOT NULL DEFAULT 'pending',
      is_test boolean NOT NULL DEFAULT false,
      payload jsonb NOT NULL,
      event_count integer NOT NULL DEFAULT 1,
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      lease_until timestamptz,
      leased_by varchar(64),
      response_status integer,
      response_body text,
      last_error text,
      attempt_log jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      CONSTRAINT ck_notification_outbox_status CHECK (status IN ('pending', 'delivering', 'delivered', 'failed')),
      CONSTRAINT fk_notification_outbox_channel FOREIGN KEY (channel_id) REFERENCES notification_channels(id) ON DELETE CASCADE,
      CONSTRAINT fk_notification_outbox_rule FOREIGN KEY (rule_id) REFERENCES notification_rules(id) ON DELETE SET NULL
    )`);
    await q.query(`CREATE INDEX ix_notification_outbox_due ON notification_outbox (status, next_attempt_at)`);
    await q.query(`CREATE INDEX ix_notification_outbox_channel ON notification_outbox (channel_id, created_at)`);
    await q.query(`CREATE TABLE notification_throttles (
      rule_id uuid NOT NULL,
      channel_id uuid NOT NULL,
      group_key varchar(300) NOT NULL,
      window_until timestamptz NOT NULL,
      digest_id uuid,
      PRIMARY KEY (rule_id, channel_id, group_key),
      CONSTRAINT fk_notification_throttles_rule FOREIGN KEY (rule_id) REFERENCES notification_rules(id) ON DELETE CASCADE,
      CONSTRAINT fk_notification_throttles_channel FOREIGN KEY (channel_id) REFERENCES notification_channels(id) ON DELETE CASCADE
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_throttles`);
    await q.query(`DROP TABLE notification_outbox`);
    await q.query(`DROP TABLE notification_rules`);
    await q.query(`DROP TABLE notification_channels`);
  }
}
