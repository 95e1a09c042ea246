import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ClusterSpec } from '@lvs/domain';

@Entity('clusters')
@Check('ck_clusters_mode', `mode IN ('keepalived', 'ipvsadm')`)
@Index('uq_clusters_name', ['name'], { unique: true })
export class ClusterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Mirrors spec.name, for the unique index and listing. */
  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 16 })
  mode!: 'keepalived' | 'ipvsadm';

  /** The whole topology, validated by libs/domain before every write. */
  @Column({ type: 'jsonb' })
  spec!: ClusterSpec;

  /** Bumped on every write; the ETag. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
