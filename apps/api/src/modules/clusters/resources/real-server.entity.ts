import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { VirtualServiceEntity } from './virtual-service.entity';

/** A real server of a virtual service, with its admin state and health check. Field meanings: libs/domain RealServerSchema. */
@Entity('real_servers')
@Check('ck_real_servers_weight', `weight BETWEEN 0 AND 65535`)
@Check('ck_real_servers_forwarding', `forwarding IN ('DR', 'NAT', 'TUN')`)
@Check('ck_real_servers_admin_state', `admin_state IN ('enabled', 'drained', 'disabled')`)
@Check(
  'ck_real_servers_health_check_type',
  `health_check_type IN ('TCP_CHECK', 'HTTP_GET', 'SSL_GET', 'MISC_CHECK', 'DNS_CHECK', 'SMTP_CHECK', 'UDP_CHECK', 'PING_CHECK')`,
)
@Index('uq_real_servers_key', ['virtualServiceId', 'key'], { unique: true })
export class RealServerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'virtual_service_id', type: 'uuid' })
  virtualServiceId!: string;

  @ManyToOne(() => VirtualServiceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'virtual_service_id', foreignKeyConstraintName: 'fk_real_servers_virtual_service' })
  virtualService?: VirtualServiceEntity;

  @Column({ type: 'integer' })
  position!: number;

  /** The natural key within the service, `realServerKey()`: 10.0.0.11:80 or [2001:db8::11]:80. */
  @Column({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'varchar', length: 64 })
  address!: string;

  @Column({ type: 'integer', nullable: true })
  port!: number | null;

  @Column({ type: 'integer' })
  weight!: number;

  @Column({ type: 'varchar', length: 3, nullable: true })
  forwarding!: string | null;

  @Column({ name: 'upper_threshold', type: 'integer', nullable: true })
  upperThreshold!: number | null;

  @Column({ name: 'lower_threshold', type: 'integer', nullable: true })
  lowerThreshold!: number | null;

  @Column({ name: 'inhibit_on_failure', type: 'boolean' })
  inhibitOnFailure!: boolean;

  @Column({ name: 'admin_state', type: 'varchar', length: 8 })
  adminState!: string;

  /** The health check's type; null when the real server has none. */
  @Column({ name: 'health_check_type', type: 'varchar', length: 10, nullable: true })
  healthCheckType!: string | null;

  /** The health check's other options, as validated by libs/domain HealthCheckSchema; json keeps the document's key order. */
  @Column({ name: 'health_check', type: 'json', nullable: true })
  healthCheck!: Record<string, unknown> | null;

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
