import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ClusterEntity } from '../cluster.entity';

/** A director (load balancer running keepalived). Field meanings: libs/domain DirectorSchema. */
@Entity('directors')
@Check('ck_directors_reload_method', `reload_method IN ('systemctl', 'sighup')`)
@Index('uq_directors_name', ['clusterId', 'name'], { unique: true })
export class DirectorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_directors_cluster' })
  cluster?: ClusterEntity;

  /** Order within the cluster spec. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 64 })
  address!: string;

  @Column({ name: 'ssh_port', type: 'integer' })
  sshPort!: number;

  @Column({ name: 'ssh_user', type: 'varchar', length: 32 })
  sshUser!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  credential!: string | null;

  @Column({ name: 'config_path', type: 'varchar', length: 255 })
  configPath!: string;

  @Column({ name: 'reload_method', type: 'varchar', length: 16 })
  reloadMethod!: string;

  @Column({ name: 'pid_file', type: 'varchar', length: 255 })
  pidFile!: string;

  @Column({ type: 'boolean' })
  sudo!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
