import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ClusterEventEntity } from './cluster-event.entity';

export interface EventFilter {
  /** undefined: every cluster (and events of no cluster). */
  clusterId?: string;
  /** Exact kinds, or prefixes ending in "." (`vrrp.`). */
  kinds?: string[];
  severities?: string[];
  from?: Date;
  to?: Date;
}

/** A keyset position: the (at, id) of the last row of the previous page. */
export interface EventCursor {
  at: Date;
  id: string;
}

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');

@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in `manager`'s open transaction, or in a new one. */
  inTransaction<T>(work: (m: EntityManager) => Promise<T>, manager?: EntityManager): Promise<T> {
    if (manager?.queryRunner?.isTransactionActive) return work(manager);
    return this.dataSource.transaction(work);
  }

  insert(row: ClusterEventEntity, m: EntityManager): Promise<ClusterEventEntity> {
    return m.getRepository(ClusterEventEntity).save(row);
  }

  clusterExists(clusterId: string): Promise<boolean> {
    return this.dataSource.query('SELECT 1 FROM clusters WHERE id = $1', [clusterId]).then((r: unknown[]) => r.length > 0);
  }

  private filtered(f: EventFilter) {
    const qb = this.dataSource.getRepository(ClusterEventEntity).createQueryBuilder('e');
    if (f.clusterId) qb.andWhere('e.cluster_id = :cid', { cid: f.clusterId });
    if (f.kinds?.length) {
      const exact = f.kinds.filter((k) => !k.endsWith('.'));
      const prefixes = f.kinds.filter((k) => k.endsWith('.'));
      const parts: string[] = [];
      if (exact.length) parts.push('e.kind IN (:...kinds)');
      prefixes.forEach((_, i) => parts.push(`e.kind LIKE :kp${i}`));
      qb.andWhere(`(${parts.join(' OR ')})`, {
        kinds: exact,
        ...Object.fromEntries(prefixes.map((p, i) => [`kp${i}`, `${escapeLike(p)}%`])),
      });
    }
    if (f.severities?.length) qb.andWhere('e.severity IN (:...sev)', { sev: f.severities });
    if (f.from) qb.andWhere('e.at >= :from', { from: f.from });
    if (f.to) qb.andWhere('e.at < :to', { to: f.to });
    return qb;
  }

  /** Newest first by (at, id); `after` is the last row of the previous page. */
  async page(f: EventFilter, limit: number, after?: EventCursor): Promise<{ items: ClusterEventEntity[]; total: number }> {
    const qb = this.filtered(f);
    const total = await qb.getCount();
    if (after) qb.andWhere('(e.at, e.id) < (:cat, :cid2)', { cat: after.at, cid2: after.id });
    const items = await qb.orderBy('e.at', 'DESC').addOrderBy('e.id', 'DESC').limit(limit).getMany();
    return { items, total };
  }

  /** Drops events older than `before`, a batch at a time (a long table is not locked at once). */
  async prune(before: Date, batch = 5000): Promise<number> {
    let total = 0;
    for (;;) {
      const r: [unknown[], number] = await this.dataSource.query(
        'DELETE FROM cluster_events WHERE id IN (SELECT id FROM cluster_events WHERE at < $1 LIMIT $2)',
        [before, batch],
      );
      const n = r[1] ?? 0;
      total += n;
      if (n < batch) return total;
    }
  }
}
