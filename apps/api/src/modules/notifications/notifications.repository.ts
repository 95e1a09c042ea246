import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, LessThan } from 'typeorm';
import type { DeliveryQuery } from './notification.dto';
import {
  type AttemptRecord,
  type DeliveryStatus,
  NotificationChannelEntity,
  NotificationOutboxEntity,
  NotificationRuleEntity,
  NotificationThrottleEntity,
} from './notification.entities';

export interface ChannelStats {
  pending: number;
  delivered: number;
  failed: number;
  lastDelivery: { id: string; status: DeliveryStatus; at: Date } | null;
}

/** The outcome of one attempt, written only while the writer still holds the lease. */
export interface AttemptOutcome {
  status: DeliveryStatus;
  responseStatus: number | null;
  responseBody: string | null;
  lastError: string | null;
  attempt: AttemptRecord;
  /** For a retry: when. */
  nextAttemptAt: Date | null;
}

/** TypeORM answers an UPDATE/DELETE … RETURNING with [rows, rowCount], a SELECT with rows. */
function returned<T>(r: unknown): T[] {
  return (Array.isArray(r) && Array.isArray(r[0]) ? r[0] : r) as T[];
}

/** Attempts kept per message (the newest). */
const ATTEMPT_LOG_LIMIT = 20;

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(m?: EntityManager): EntityManager {
    return m ?? this.dataSource.manager;
  }

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  // Channels

  listChannels(): Promise<NotificationChannelEntity[]> {
    return this.m()
      .getRepository(NotificationChannelEntity)
      .find({ order: { name: 'ASC' } });
  }

  findChannel(id: string, m?: EntityManager, lock = false): Promise<NotificationChannelEntity | null> {
    const q = this.m(m).getRepository(NotificationChannelEntity).createQueryBuilder('c').where('c.id = :id', { id });
    if (lock) q.setLock('pessimistic_write');
    return q.getOne();
  }

  findChannelByName(name: string, m?: EntityManager): Promise<NotificationChannelEntity | null> {
    return this.m(m).getRepository(NotificationChannelEntity).findOneBy({ name });
  }

  saveChannel(c: NotificationChannelEntity, m?: EntityManager): Promise<NotificationChannelEntity> {
    return this.m(m).getRepository(NotificationChannelEntity).save(c);
  }

  async removeChannel(id: string, m?: EntityManager): Promise<void> {
    await this.m(m).getRepository(NotificationChannelEntity).delete({ id });
  }

  async existingChannelIds(ids: readonly string[], m?: EntityManager): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.m(m)
      .getRepository(NotificationChannelEntity)
      .find({ select: { id: true }, where: { id: In([...ids]) } });
    return new Set(rows.map((r) => r.id));
  }

  async channelStats(ids: readonly string[]): Promise<Map<string, ChannelStats>> {
    const out = new Map<string, ChannelStats>(ids.map((id) => [id, { pending: 0, delivered: 0, failed: 0, lastDelivery: null }]));
    if (ids.length === 0) return out;
    const counts: { channel_id: string; status: DeliveryStatus; n: string }[] = await this.dataSource.query(
      `SELECT channel_id, status, count(*) AS n FROM notification_outbox WHERE channel_id = ANY($1::uuid[]) GROUP BY channel_id, status`,
      [ids],
    );
    for (const r of counts) {
      const s = out.get(r.channel_id);
      if (!s) continue;
      if (r.status === 'pending' || r.status === 'delivering') s.pending += Number(r.n);
      else s[r.status] += Number(r.n);
    }
    const last: { channel_id: string; id: string; status: DeliveryStatus; finished_at: Date }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (channel_id) channel_id, id, status, finished_at FROM notification_outbox
        WHERE channel_id = ANY($1::uuid[]) AND finished_at IS NOT NULL ORDER BY channel_id, finished_at DESC`,
      [ids],
    );
    for (const r of last) {
      const s = out.get(r.channel_id);
      if (s) s.lastDelivery = { id: r.id, status: r.status, at: r.finished_at };
    }
    return out;
  }

  // Rules

  listRules(m?: EntityManager): Promise<NotificationRuleEntity[]> {
    return this.m(m)
      .getRepository(NotificationRuleEntity)
      .find({ order: { name: 'ASC' } });
  }

  enabledRules(m: EntityManager): Promise<NotificationRuleEntity[]> {
    return m.getRepository(NotificationRuleEntity).find({ where: { enabled: true }, order: { name: 'ASC' } });
  }

  findRule(id: string, m?: EntityManager): Promise<NotificationRuleEntity | null> {
    return this.m(m).getRepository(NotificationRuleEntity).findOneBy({ id });
  }

  findRuleByName(name: string, m?: EntityManager): Promise<NotificationRuleEntity | null> {
    return this.m(m).getRepository(NotificationRuleEntity).findOneBy({ name });
  }

  saveRule(r: NotificationRuleEntity, m?: EntityManager): Promise<NotificationRuleEntity> {
    return this.m(m).getRepository(NotificationRuleEntity).save(r);
  }

  async removeRule(id: string, m?: EntityManager): Promise<void> {
    await this.m(m).getRepository(NotificationRuleEntity).delete({ id });
  }

  async rulesNamingChannel(channelId: string, m?: EntityManager): Promise<{ id: string; name: string }[]> {
    return this.m(m).query(`SELECT id, name FROM notification_rules WHERE $1::uuid = ANY(channel_ids) ORDER BY name`, [channelId]);
  }

  async existingClusterIds(ids: readonly string[], m?: EntityManager): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.m(m).query(`SELECT id FROM clusters WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  async clusterName(id: string, m: EntityManager): Promise<string | null> {
    const rows: { name: string }[] = await m.query(`SELECT name FROM clusters WHERE id = $1`, [id]);
    return rows[0]?.name ?? null;
  }

  // Outbox

  insertMessage(o: NotificationOutboxEntity, m?: EntityManager): Promise<NotificationOutboxEntity> {
    return this.m(m).getRepository(NotificationOutboxEntity).save(o);
  }

  /** A digest no worker has taken yet, locked to fold another event into it; null once taken (start another). */
  pendingDigest(id: string, m: EntityManager): Promise<NotificationOutboxEntity | null> {
    return m
      .getRepository(NotificationOutboxEntity)
      .createQueryBuilder('o')
      .where("o.id = :id AND o.status = 'pending' AND o.attempts = 0", { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async deliveries(channelId: string, q: DeliveryQuery): Promise<{ items: NotificationOutboxEntity[]; total: number }> {
    const where = { channelId, ...(q.status ? { status: q.status } : {}) };
    const repo = this.dataSource.getRepository(NotificationOutboxEntity);
    const [items, total] = await Promise.all([
      repo.find({
        where: { ...where, ...(q.before ? { createdAt: LessThan(new Date(q.before)) } : {}) },
        order: { createdAt: 'DESC', id: 'DESC' },
        take: q.limit,
      }),
      repo.count({ where }),
    ]);
    return { items, total };
  }

  findMessage(id: string): Promise<NotificationOutboxEntity | null> {
    return this.dataSource.getRepository(NotificationOutboxEntity).findOneBy({ id });
  }

  /**
   * Takes up to `limit` due messages for `by`: pending ones whose time has come, and ones whose
   * lease ran out (their deliverer died mid-attempt). FOR UPDATE SKIP LOCKED: replicas claiming at
   * the same moment take disjoint rows, and the lease keeps them from each other afterwards.
   */
  async claim(by: string, leaseMs: number, limit: number): Promise<NotificationOutboxEntity[]> {
    const rows = returned<{ id: string }>(
      await this.dataSource.query(
        `UPDATE notification_outbox SET status = 'delivering', attempts = attempts + 1, leased_by = $1, lease_until = now() + make_interval(secs => $2::double precision / 1000)
        WHERE id IN (
          SELECT id FROM notification_outbox
           WHERE (status = 'pending' AND next_attempt_at <= now()) OR (status = 'delivering' AND lease_until < now())
           ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
        [by, leaseMs, limit],
      ),
    );
    if (rows.length === 0) return [];
    return this.dataSource
      .getRepository(NotificationOutboxEntity)
      .find({ where: { id: In(rows.map((r) => r.id)) }, order: { nextAttemptAt: 'ASC' } });
  }

  /** Records an attempt; a no-op (false) when the lease was lost to another replica meanwhile. */
  async finishAttempt(id: string, by: string, o: AttemptOutcome): Promise<boolean> {
    const rows = returned<{ id: string }>(
      await this.dataSource.query(
        `UPDATE notification_outbox SET
          status = $3::varchar, response_status = $4::integer, response_body = $5::text, last_error = $6::text,
          attempt_log = (SELECT COALESCE(jsonb_agg(e ORDER BY n), '[]'::jsonb) FROM (
            SELECT e, n FROM jsonb_array_elements(attempt_log || jsonb_build_array($7::jsonb)) WITH ORDINALITY AS t(e, n)
             ORDER BY n DESC LIMIT ${ATTEMPT_LOG_LIMIT}) kept),
          next_attempt_at = COALESCE($8::timestamptz, next_attempt_at),
          lease_until = NULL, leased_by = NULL,
          finished_at = CASE WHEN $3::varchar IN ('delivered', 'failed') THEN now() ELSE NULL END
        WHERE id = $1 AND leased_by = $2 AND status = 'delivering'
        RETURNING id`,
        [id, by, o.status, o.responseStatus, o.responseBody, o.lastError, JSON.stringify(o.attempt), o.nextAttemptAt],
      ),
    );
    return rows.length > 0;
  }

  /** Deletes finished messages older than the retention, and throttle windows long past. */
  async purge(olderThan: Date): Promise<number> {
    const rows = returned<{ id: string }>(
      await this.dataSource.query(
        `DELETE FROM notification_outbox WHERE status IN ('delivered', 'failed') AND finished_at < $1 RETURNING id`,
        [olderThan],
      ),
    );
    await this.dataSource.query(`DELETE FROM notification_throttles WHERE window_until < $1`, [olderThan]);
    return rows.length;
  }

  // Throttles

  /** The throttle window of one subject, locked for this transaction (created empty when new). */
  async lockThrottle(ruleId: string, channelId: string, key: string, m: EntityManager): Promise<NotificationThrottleEntity> {
    await m.query(
      `INSERT INTO notification_throttles (rule_id, channel_id, group_key, window_until, digest_id) VALUES ($1, $2, $3, 'epoch', NULL) ON CONFLICT DO NOTHING`,
      [ruleId, channelId, key],
    );
    const t = await m
      .getRepository(NotificationThrottleEntity)
      .createQueryBuilder('t')
      .where('t.ruleId = :ruleId AND t.channelId = :channelId AND t.groupKey = :key', { ruleId, channelId, key })
      .setLock('pessimistic_write')
      .getOne();
    return t!;
  }

  async saveThrottle(t: NotificationThrottleEntity, m: EntityManager): Promise<void> {
    await m.getRepository(NotificationThrottleEntity).save(t);
  }
}
