import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClusterEntity } from '../clusters/cluster.entity';
import { DeploymentEntity } from '../deployments/deployment.entities';

export const CONFIRMATION_STATUSES = ['pending', 'confirmed', 'rolled_back', 'failed', 'cancelled'] as const;
export type ConfirmationStatus = (typeof CONFIRMATION_STATUSES)[number];

/** A confirmed deployment's timer: confirm by `deadline`, else roll back to revision `revertTo`. */
@Entity('deployment_confirmations')
@Check('ck_deployment_confirmations_status', `status IN ('pending', 'confirmed', 'rolled_back', 'failed', 'cancelled')`)
@Index('ix_deployment_confirmations_due', ['status', 'deadline'])
@Index('uq_deployment_confirmations_pending', { synchronize: false })
export class DeploymentConfirmationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_deployment_confirmations_cluster' })
  cluster?: ClusterEntity;

  @Column({ name: 'deployment_id', type: 'uuid' })
  deploymentId!: string;

  @ManyToOne(() => DeploymentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deployment_id', foreignKeyConstraintName: 'fk_deployment_confirmations_deployment' })
  deployment?: DeploymentEntity;

  /** The revision deployed before: what an unconfirmed deployment is rolled back to. */
  @Column({ name: 'revert_to', type: 'integer' })
  revertTo!: number;

  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: ConfirmationStatus;

  @Column({ name: 'requested_by', type: 'varchar', length: 128 })
  requestedBy!: string;

  @Column({ name: 'resolved_by', type: 'varchar', length: 128, nullable: true })
  resolvedBy!: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'rollback_deployment_id', type: 'uuid', nullable: true })
  rollbackDeploymentId!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
