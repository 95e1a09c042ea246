import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A cluster: its own fields and the version (ETag) of its whole topology. The topology lives in the
 * tables of the aggregate's resources/ (directors, VRRP instances, virtual services, real servers, ...).
 */
@Entity('clusters')
@Check('ck_clusters_mode', `mode IN ('keepalived', 'ipvsadm')`)
@Index('uq_clusters_name', ['name'], { unique: true })
export class ClusterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 16 })
  mode!: 'keepalived' | 'ipvsadm';

  /** The cluster-wide keepalived objects of the spec (vrrpScripts, trackFiles, trackProcesses, virtualServerGroups, globalDefs, extra) as json; null when none. */
  @Column({ type: 'json', nullable: true })
  keepalived!: object | null;

  /** Bumped on every change to the cluster or its topology; the ETag of the cluster and of its spec. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Object counts, kept by every topology write (cheap cluster lists). */
  @Column({ name: 'director_count', type: 'integer', default: 0 })
  directorCount!: number;

  @Column({ name: 'vrrp_instance_count', type: 'integer', default: 0 })
  vrrpInstanceCount!: number;

  @Column({ name: 'virtual_service_count', type: 'integer', default: 0 })
  virtualServiceCount!: number;

  @Column({ name: 'real_server_count', type: 'integer', default: 0 })
  realServerCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
