import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditFilter {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  outcome?: string;
  from?: Date;
  to?: Date;
  q?: string;
  /** Not an admin: the user names typed into failed sign-ins are neither shown nor searchable. */
  hideSignInNames?: boolean;
}

/** Events whose target is the user name someone typed at sign-in (a typo'd password, a probe for names): admins only. */
export const SIGN_IN_NAME_ACTIONS = ['auth.login_failed', 'auth.login_throttled', 'auth.rate_limited'];

// An arbitrary constant key: every append takes this transaction-level lock so the chain stays linear.
const CHAIN_LOCK = 734_211_001;

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends inside `manager`'s transaction (or a new one), serialised on the chain lock. */
  async append(build: (prevHash: string | undefined) => AuditEventEntity, manager?: EntityManager): Promise<AuditEventEntity> {
    const run = async (m: EntityManager) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
      const last: { hash: string }[] = await m.query('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1');
      return m.getRepository(AuditEventEntity).save(build(last[0]?.hash));
    };
    if (manager?.queryRunner?.isTransactionActive) return run(manager);
    return this.dataSource.transaction(run);
  }

  private filtered(f: AuditFilter) {
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (f.actor) qb.andWhere('e.actor_name = :actor', { actor: f.actor });
    if (f.action) {
      // `cluster.` matches every cluster action; a full name matches exactly.
      if (f.action.endsWith('.')) qb.andWhere('e.action LIKE :prefix', { prefix: `${f.action.replace(/[%_]/g, '\\$&')}%` });
      else qb.andWhere('e.action = :action', { action: f.action });
    }
    if (f.targetType) qb.andWhere('e.target_type = :tt', { tt: f.targetType });
    const hidden = f.hideSignInNames ? ' AND e.action NOT IN (:...signInNames)' : '';
    if (f.hideSignInNames) qb.setParameter('signInNames', SIGN_IN_NAME_ACTIONS);
    if (f.targetId) qb.andWhere(`(e.target_id = :tid${hidden})`, { tid: f.targetId });
    if (f.outcome) qb.andWhere('e.outcome = :outcome', { outcome: f.outcome });
    if (f.from) qb.andWhere('e.at >= :from', { from: f.from });
    if (f.to) qb.andWhere('e.at < :to', { to: f.to });
    if (f.q) {
      const like = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('e.action ILIKE :like', { like })
            .orWhere('e.actor_name ILIKE :like', { like })
            .orWhere(`(e.target_id ILIKE :like${hidden})`, { like })
            .orWhere('e.detail ILIKE :like', { like }),
        ),
      );
    }
    return qb;
  }

  /** Newest first; `before` is the id cursor of the last row of the previous page. */
  async page(f: AuditFilter, limit: number, before?: string): Promise<{ items: AuditEventEntity[]; total: number }> {
    const qb = this.filtered(f);
    const total = await qb.getCount();
    if (before) qb.andWhere('e.id < :before', { before });
    const items = await qb.orderBy('e.id', 'DESC').limit(limit).getMany();
    return { items, total };
  }

  /** Oldest first, in batches, for export and verification. */
  async *stream(f: AuditFilter, batch = 1000): AsyncGenerator<AuditEventEntity> {
    let after = '0';
    for (;;) {
      const rows = await this.filtered(f).andWhere('e.id > :after', { after }).orderBy('e.id', 'ASC').limit(batch).getMany();
      if (rows.length === 0) return;
      yield* rows;
      after = rows[rows.length - 1].id;
    }
  }
}
