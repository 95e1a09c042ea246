import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EventSeverity } from './events.kinds';

/**
 * The timeline: what happened to a cluster (VRRP, real-server health, deployments, drift, edits,
 * incidents). No foreign key to clusters on purpose: a deleted cluster's timeline stays readable
 * until retention drops it (like the archives).
 */
@Entity('cluster_events')
@Check('ck_cluster_events_severity', `severity IN ('info', 'warning', 'critical')`)
@Index('ix_cluster_events_cluster_at', ['clusterId', 'at', 'id'])
@Index('ix_cluster_events_at', ['at', 'id'])
@Index('ix_cluster_events_kind_at', ['kind', 'at'])
export class ClusterEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cluster_id', type: 'uuid', nullable: true })
  clusterId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ type: 'varchar', length: 16 })
  severity!: EventSeverity;

  @Column({ type: 'varchar', length: 300, nullable: true })
  subject!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
