import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

export const CHANNEL_KINDS = ['webhook', 'slack', 'email'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const DELIVERY_STATUSES = ['pending', 'delivering', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Where a message goes. `settings` holds what may be shown; `sealedSecrets` (SecretBox, AAD `notification-channel:<id>`) the rest. */
@Entity('notification_channels')
@Check('ck_notification_channels_kind', `kind IN ('webhook', 'slack', 'email')`)
@Index('uq_notification_channels_name', ['name'], { unique: true })
export class NotificationChannelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ChannelKind;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  /** Non-secret settings (webhook/Slack: the URL's origin only; e-mail: host, port, security, from, to, user). */
  @Column({ type: 'jsonb' })
  settings!: Record<string, unknown>;

  /** SecretBox envelope of a JSON object: the URL (webhook, Slack), the signing secret (webhook), the SMTP password. */
  @Column({ name: 'sealed_secrets', type: 'text' })
  sealedSecrets!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_notification_channels_user' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** Which events (kinds × clusters, at least a severity) go to which channels, and how often. */
@Entity('notification_rules')
@Check('ck_notification_rules_severity', `min_severity IN ('info', 'warning', 'critical')`)
@Index('uq_notification_rules_name', ['name'], { unique: true })
export class NotificationRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  /** Event kinds; empty = every kind. */
  @Column({ type: 'text', array: true, default: '{}' })
  kinds!: string[];

  /** Clusters; empty = every cluster (and events of no cluster). */
  @Column({ name: 'cluster_ids', type: 'uuid', array: true, default: '{}' })
  clusterIds!: string[];

  @Column({ name: 'channel_ids', type: 'uuid', array: true, default: '{}' })
  channelIds!: string[];

  @Column({ name: 'min_severity', type: 'varchar', length: 16, default: 'info' })
  minSeverity!: Severity;

  /** Grouping window: at most one message per subject per this many seconds (then a digest with a count); 0 = off. */
  @Column({ name: 'throttle_seconds', type: 'integer', default: 300 })
  throttleSeconds!: number;

  /** Also send the "resolved" counterparts (real_server.up, split_brain.resolved, service.quorum_restored) of the kinds chosen. */
  @Column({ name: 'notify_resolved', type: 'boolean', default: true })
  notifyResolved!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

export interface AttemptRecord {
  at: string;
  by: string;
  status: number | null;
  error: string | null;
  durationMs: number;
}

/** One message to one channel: written with its event, delivered by the worker, kept for the retention period. */
@Entity('notification_outbox')
@Check('ck_notification_outbox_status', `status IN ('pending', 'delivering', 'delivered', 'failed')`)
@Index('ix_notification_outbox_due', ['status', 'nextAttemptAt'])
@Index('ix_notification_outbox_channel', ['channelId', 'createdAt'])
export class NotificationOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'channel_id', type: 'uuid' })
  channelId!: string;

  @ManyToOne(() => NotificationChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'fk_notification_outbox_channel' })
  channel?: NotificationChannelEntity;

  @Column({ name: 'rule_id', type: 'uuid', nullable: true })
  ruleId!: string | null;

  @ManyToOne(() => NotificationRuleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'rule_id', foreignKeyConstraintName: 'fk_notification_outbox_rule' })
  rule?: NotificationRuleEntity;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId!: string | null;

  @Column({ name: 'cluster_id', type: 'uuid', nullable: true })
  clusterId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ name: 'group_key', type: 'varchar', length: 300, nullable: true })
  groupKey!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: DeliveryStatus;

  @Column({ name: 'is_test', type: 'boolean', default: false })
  isTest!: boolean;

  /** The message (schema lvs-console.notification/v1 without the delivery-time fields). */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** Events this message stands for (a throttled digest counts every event folded into it). */
  @Column({ name: 'event_count', type: 'integer', default: 1 })
  eventCount!: number;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ name: 'leased_by', type: 'varchar', length: 64, nullable: true })
  leasedBy!: string | null;

  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus!: number | null;

  @Column({ name: 'response_body', type: 'text', nullable: true })
  responseBody!: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'attempt_log', type: 'jsonb' })
  attemptLog!: AttemptRecord[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/** The throttle window of one subject (group key) per rule and channel, and the digest collecting it. */
@Entity('notification_throttles')
export class NotificationThrottleEntity {
  @PrimaryColumn({ name: 'rule_id', type: 'uuid' })
  ruleId!: string;

  @ManyToOne(() => NotificationRuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_id', foreignKeyConstraintName: 'fk_notification_throttles_rule' })
  rule?: NotificationRuleEntity;

  @PrimaryColumn({ name: 'channel_id', type: 'uuid' })
  channelId!: string;

  @ManyToOne(() => NotificationChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'fk_notification_throttles_channel' })
  channel?: NotificationChannelEntity;

  @PrimaryColumn({ name: 'group_key', type: 'varchar', length: 300 })
  groupKey!: string;

  @Column({ name: 'window_until', type: 'timestamptz' })
  windowUntil!: Date;

  @Column({ name: 'digest_id', type: 'uuid', nullable: true })
  digestId!: string | null;
}

export const NOTIFICATION_ENTITIES = [
  NotificationChannelEntity,
  NotificationRuleEntity,
  NotificationOutboxEntity,
  NotificationThrottleEntity,
];
