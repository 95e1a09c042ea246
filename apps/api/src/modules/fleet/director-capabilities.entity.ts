import type { DirectorCapabilities } from '@lvs/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ClusterEntity } from '../clusters/cluster.entity';

export const CAPABILITY_SOURCES = ['first-contact', 'deployment', 'refresh'] as const;
export type CapabilitySource = (typeof CAPABILITY_SOURCES)[number];

/** The last capabilities read from one director (null with `error` when that read failed). */
@Entity('director_capabilities')
@Check('ck_director_capabilities_source', `source IN ('first-contact', 'deployment', 'refresh')`)
export class DirectorCapabilitiesEntity {
  @PrimaryColumn({ name: 'cluster_id', type: 'uuid', primaryKeyConstraintName: 'pk_director_capabilities' })
  clusterId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_director_capabilities' })
  director!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_director_capabilities_cluster' })
  cluster?: ClusterEntity;

  @Column({ type: 'jsonb', nullable: true })
  capabilities!: DirectorCapabilities | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'varchar', length: 16 })
  source!: CapabilitySource;

  @Column({ name: 'gathered_at', type: 'timestamptz', default: () => 'now()' })
  gatheredAt!: Date;
}
