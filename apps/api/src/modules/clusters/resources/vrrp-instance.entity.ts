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
import { ClusterEntity } from '../cluster.entity';
import { DirectorEntity } from './director.entity';

/** A VRRP instance; its members and VIPs are rows of their own. Field meanings: libs/domain VrrpInstanceSchema. */
@Entity('vrrp_instances')
@Check('ck_vrrp_instances_vrid', `virtual_router_id BETWEEN 1 AND 255`)
@Index('uq_vrrp_instances_name', ['clusterId', 'name'], { unique: true })
export class VrrpInstanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_vrrp_instances_cluster' })
  cluster?: ClusterEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 15 })
  interface!: string;

  @Column({ name: 'virtual_router_id', type: 'smallint' })
  virtualRouterId!: number;

  // Centiseconds for VRRPv3 (0.5); pg returns numeric as text.
  @Column({
    name: 'advert_int',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? v : Number(v)) },
  })
  advertInt!: number;

  @Column({ type: 'boolean' })
  nopreempt!: boolean;

  @Column({ name: 'preempt_delay', type: 'smallint', nullable: true })
  preemptDelay!: number | null;

  @Column({ type: 'boolean' })
  unicast!: boolean;

  /** VRRPv2 PASS authentication; redacted in audit events and logs. */
  @Column({ name: 'auth_pass', type: 'varchar', length: 8, nullable: true })
  authPass!: string | null;

  @Column({ name: 'track_interfaces', type: 'text', array: true })
  trackInterfaces!: string[];

  @Column({ name: 'garp_master_delay', type: 'smallint', nullable: true })
  garpMasterDelay!: number | null;

  @Column({ name: 'notify_master', type: 'varchar', length: 255, nullable: true })
  notifyMaster!: string | null;

  @Column({ name: 'notify_backup', type: 'varchar', length: 255, nullable: true })
  notifyBackup!: string | null;

  @Column({ name: 'notify_fault', type: 'varchar', length: 255, nullable: true })
  notifyFault!: string | null;

  @Column({ name: 'notify_stop', type: 'varchar', length: 255, nullable: true })
  notifyStop!: string | null;

  @Column({ name: 'notify_any', type: 'varchar', length: 255, nullable: true })
  notifyAny!: string | null;

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

/** A director's membership of an instance (priority, initial state). A director in use cannot be deleted. */
@Entity('vrrp_members')
@Check('ck_vrrp_members_priority', `priority BETWEEN 1 AND 255`)
@Check('ck_vrrp_members_state', `state IN ('MASTER', 'BACKUP')`)
@Index('uq_vrrp_members_director', ['instanceId', 'directorId'], { unique: true })
@Index('ix_vrrp_members_director', ['directorId'])
export class VrrpMemberEntity {
  @PrimaryColumn({ name: 'instance_id', type: 'uuid' })
  instanceId!: string;

  @ManyToOne(() => VrrpInstanceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instance_id', foreignKeyConstraintName: 'fk_vrrp_members_instance' })
  instance?: VrrpInstanceEntity;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ name: 'director_id', type: 'uuid' })
  directorId!: string;

  @ManyToOne(() => DirectorEntity, { onDelete: 'NO ACTION', deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'director_id', foreignKeyConstraintName: 'fk_vrrp_members_director' })
  director?: DirectorEntity;

  @Column({ type: 'smallint' })
  priority!: number;

  @Column({ type: 'varchar', length: 6 })
  state!: string;
}

/** A virtual IP carried by an instance. */
@Entity('vrrp_vips')
export class VrrpVipEntity {
  @PrimaryColumn({ name: 'instance_id', type: 'uuid' })
  instanceId!: string;

  @ManyToOne(() => VrrpInstanceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instance_id', foreignKeyConstraintName: 'fk_vrrp_vips_instance' })
  instance?: VrrpInstanceEntity;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  /** Address with optional prefix length, as written (192.0.2.10/24). */
  @Column({ type: 'varchar', length: 64 })
  address!: string;

  @Column({ type: 'varchar', length: 15, nullable: true })
  dev!: string | null;

  @Column({ type: 'varchar', length: 15, nullable: true })
  label!: string | null;

  /** Further ip-address options kept verbatim (brd, scope, ...), as a json array; null when none. */
  @Column({ type: 'json', nullable: true })
  options!: object | null;
}
