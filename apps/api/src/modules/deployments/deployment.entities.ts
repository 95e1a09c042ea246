import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ClusterSpec, DeploymentStatus, TargetStatus } from '@lvs/domain';
import { ClusterEntity } from '../clusters/cluster.entity';
import type { StepRecord } from './director-push';

/** The frozen render of one director: what a deployment pushes. */
export interface RenderedDirector {
  text: string;
  sha256: string;
}

@Entity('config_revisions')
@Index('uq_config_revisions_number', ['clusterId', 'number'], { unique: true })
export class ConfigRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_config_revisions_cluster' })
  cluster?: ClusterEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'jsonb' })
  spec!: ClusterSpec;

  @Column({ name: 'spec_sha256', type: 'char', length: 64 })
  specSha256!: string;

  /** director name → rendered keepalived.conf and its sha256. */
  @Column({ type: 'jsonb' })
  rendered!: Record<string, RenderedDirector>;

  @Column({ type: 'varchar', length: 128 })
  author!: string;

  @Column({ type: 'text', default: '' })
  message!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

@Entity('deployments')
@Check('ck_deployments_status', `status IN ('pending', 'running', 'succeeded', 'failed', 'rolled_back', 'interrupted')`)
@Index('uq_deployments_active', { synchronize: false })
@Index('uq_deployments_idempotency', { synchronize: false })
@Index('ix_deployments_cluster', ['clusterId', 'createdAt'])
export class DeploymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_deployments_cluster' })
  cluster?: ClusterEntity;

  @Column({ name: 'revision_id', type: 'uuid' })
  revisionId!: string;

  @ManyToOne(() => ConfigRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'fk_deployments_revision' })
  revision?: ConfigRevisionEntity;

  @Column({ type: 'varchar', length: 16 })
  status!: DeploymentStatus;

  @Column({ type: 'boolean', default: false })
  parallel!: boolean;

  @Column({ name: 'stop_on_failure', type: 'boolean', default: true })
  stopOnFailure!: boolean;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 128, nullable: true })
  idempotencyKey!: string | null;

  /** sha256 of the request an Idempotency-Key came with: the same key with another request is refused. */
  @Column({ name: 'idempotency_fingerprint', type: 'varchar', length: 64, nullable: true })
  idempotencyFingerprint!: string | null;

  @Column({ name: 'requested_by', type: 'varchar', length: 128 })
  requestedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}

@Entity('deployment_targets')
@Check('ck_deployment_targets_status', `status IN ('pending', 'running', 'succeeded', 'failed', 'rolled_back', 'skipped')`)
@Index('ix_deployment_targets_deployment', ['deploymentId'])
export class DeploymentTargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'deployment_id', type: 'uuid' })
  deploymentId!: string;

  @ManyToOne(() => DeploymentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deployment_id', foreignKeyConstraintName: 'fk_deployment_targets_deployment' })
  deployment?: DeploymentEntity;

  @Column({ type: 'varchar', length: 64 })
  director!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: TargetStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  steps!: StepRecord[];

  @Column({ name: 'before_sha256', type: 'varchar', length: 64, nullable: true })
  beforeSha256!: string | null;

  @Column({ name: 'after_sha256', type: 'varchar', length: 64, nullable: true })
  afterSha256!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

@Entity('director_host_keys')
export class DirectorHostKeyEntity {
  @PrimaryColumn({ name: 'cluster_id', type: 'uuid', primaryKeyConstraintName: 'pk_director_host_keys' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_director_host_keys_cluster' })
  cluster?: ClusterEntity;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_director_host_keys' })
  director!: string;

  @Column({ type: 'varchar', length: 100 })
  fingerprint!: string;

  @Column({ name: 'accepted_by', type: 'varchar', length: 128 })
  acceptedBy!: string;

  @Column({ name: 'accepted_at', type: 'timestamptz', default: () => 'now()' })
  acceptedAt!: Date;
}

@Entity('cluster_deploy_state')
export class ClusterDeployStateEntity {
  @PrimaryColumn({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_cluster_deploy_state_cluster' })
  cluster?: ClusterEntity;

  @Column({ name: 'last_revision_id', type: 'uuid', nullable: true })
  lastRevisionId!: string | null;

  @ManyToOne(() => ConfigRevisionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'last_revision_id', foreignKeyConstraintName: 'fk_cluster_deploy_state_revision' })
  lastRevision?: ConfigRevisionEntity | null;

  @Column({ name: 'last_deployment_id', type: 'uuid', nullable: true })
  lastDeploymentId!: string | null;

  @Column({ type: 'boolean', default: false })
  drift!: boolean;

  @Column({ name: 'drift_detail', type: 'jsonb', nullable: true })
  driftDetail!: Record<string, unknown>[] | null;

  @Column({ name: 'drift_checked_at', type: 'timestamptz', nullable: true })
  driftCheckedAt!: Date | null;
}
