import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ClusterEntity } from '../cluster.entity';

/** A virtual service (keepalived virtual_server). Field meanings: libs/domain VirtualServiceSchema. */
@Entity('virtual_services')
@Check('ck_virtual_services_protocol', `protocol IN ('TCP', 'UDP', 'SCTP')`)
@Check('ck_virtual_services_forwarding', `forwarding IN ('DR', 'NAT', 'TUN')`)
@Index('uq_virtual_services_key', ['clusterId', 'key'], { unique: true })
export class VirtualServiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_virtual_services_cluster' })
  cluster?: ClusterEntity;

  @Column({ type: 'integer' })
  position!: number;

  /** The natural key, `virtualServiceKey()`: 10.0.0.1:80/TCP, [2001:db8::1]:443/TCP or fwmark:7. */
  @Column({ type: 'varchar', length: 80 })
  key!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  vip!: string | null;

  @Column({ type: 'integer', nullable: true })
  port!: number | null;

  @Column({ type: 'varchar', length: 4 })
  protocol!: string;

  /** Up to 2^32-1: bigint (read back as a string by the driver). */
  @Column({ type: 'bigint', nullable: true })
  fwmark!: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  family!: string | null;

  @Column({ type: 'varchar', length: 5 })
  scheduler!: string;

  @Column({ type: 'varchar', length: 3 })
  forwarding!: string;

  @Column({ name: 'persistence_timeout', type: 'integer', nullable: true })
  persistenceTimeout!: number | null;

  @Column({ name: 'persistence_netmask', type: 'text', nullable: true })
  persistenceNetmask!: string | null;

  @Column({ type: 'bigint', nullable: true })
  quorum!: string | null;

  @Column({ type: 'bigint', nullable: true })
  hysteresis!: string | null;

  @Column({ name: 'quorum_up', type: 'varchar', length: 255, nullable: true })
  quorumUp!: string | null;

  @Column({ name: 'quorum_down', type: 'varchar', length: 255, nullable: true })
  quorumDown!: string | null;

  @Column({ type: 'boolean' })
  alpha!: boolean;

  @Column({ type: 'boolean' })
  omega!: boolean;

  @Column({ name: 'delay_loop', type: 'integer' })
  delayLoop!: number;

  @Column({ name: 'sorry_server_address', type: 'varchar', length: 64, nullable: true })
  sorryServerAddress!: string | null;

  @Column({ name: 'sorry_server_port', type: 'integer', nullable: true })
  sorryServerPort!: number | null;

  @Column({ type: 'varchar', length: 253, nullable: true })
  virtualhost!: string | null;

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
