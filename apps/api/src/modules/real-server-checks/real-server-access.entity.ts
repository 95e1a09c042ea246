import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ClusterEntity } from '../clusters/cluster.entity';

/**
 * SSH access to a real server host (optional), for the DR/NAT/TUN checks: one row per address in a
 * cluster (the same host serves several virtual services). The credential is a stored SSH
 * credential by name; its address binding is enforced before any connection, as for directors.
 */
@Entity('real_server_access')
@Index('uq_real_server_access_address', ['clusterId', 'address'], { unique: true })
export class RealServerAccessEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_real_server_access_cluster' })
  cluster?: ClusterEntity;

  @Column({ type: 'varchar', length: 64 })
  address!: string;

  @Column({ name: 'ssh_port', type: 'integer', default: 22 })
  sshPort!: number;

  @Column({ name: 'ssh_user', type: 'varchar', length: 32 })
  sshUser!: string;

  /** The stored SSH credential's name. */
  @Column({ type: 'varchar', length: 64 })
  credential!: string;

  @Column({ type: 'boolean', default: false })
  sudo!: boolean;

  /** The pinned host key (`SHA256:…`); until an admin accepts one, no check connects. */
  @Column({ name: 'host_key_fingerprint', type: 'varchar', length: 100, nullable: true })
  hostKeyFingerprint!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
