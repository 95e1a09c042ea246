import {
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
import { ClusterEntity } from '../cluster.entity';
import { VrrpInstanceEntity } from './vrrp-instance.entity';

/** A vrrp_sync_group: instances that change state together. */
@Entity('vrrp_sync_groups')
@Index('uq_vrrp_sync_groups_name', ['clusterId', 'name'], { unique: true })
export class VrrpSyncGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_vrrp_sync_groups_cluster' })
  cluster?: ClusterEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  /** Fields of the domain object with no column of their own (libs/domain; added after the first tables), as json; null when none. */
  @Column({ type: 'json', nullable: true })
  options!: object | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** An instance in a sync group (keepalived allows one group per instance). */
@Entity('vrrp_sync_group_members')
@Index('uq_vrrp_sync_group_members_instance', ['instanceId'], { unique: true })
export class VrrpSyncGroupMemberEntity {
  @PrimaryColumn({ name: 'sync_group_id', type: 'uuid' })
  syncGroupId!: string;

  @ManyToOne(() => VrrpSyncGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sync_group_id', foreignKeyConstraintName: 'fk_vrrp_sync_group_members_group' })
  syncGroup?: VrrpSyncGroupEntity;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ name: 'instance_id', type: 'uuid' })
  instanceId!: string;

  @ManyToOne(() => VrrpInstanceEntity, { onDelete: 'NO ACTION', deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'instance_id', foreignKeyConstraintName: 'fk_vrrp_sync_group_members_instance' })
  instance?: VrrpInstanceEntity;
}
