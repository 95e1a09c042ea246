import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { pgPool } from '../../infra/database/pg-pool';

const APP_NAME = 'lvs-console-telemetry';
const lockKey = `hashtextextended('lvs-console-telemetry:' || $1, 0)`;

/**
 * Which clusters this replica polls (SCALE_OUT=true): a session-level advisory lock per cluster, held
 * on one dedicated connection. Each replica takes at most its fair share (clusters ÷ replicas, the
 * replicas counted by that connection's application_name) and gives back its surplus when another
 * replica appears; a replica that dies loses its connection and with it its locks, which the
 * others take on their next tick. So each director is polled by exactly one replica.
 */
@Injectable()
export class TelemetryLeases implements OnModuleDestroy {
  private readonly logger = new Logger(TelemetryLeases.name);
  private client?: PoolClient;
  private readonly owned = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The clusters of `ids` this replica owns after this round. */
  async refresh(ids: string[]): Promise<Set<string>> {
    try {
      const c = await this.connection();
      const { rows } = await c.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
        [APP_NAME],
      );
      const share = Math.ceil(ids.length / Math.max(1, rows[0].n));
      const wanted = new Set(ids);
      for (const id of [...this.owned]) if (!wanted.has(id)) await this.release(c, id);
      const mine = [...this.owned].sort();
      while (mine.length > share) await this.release(c, mine.pop()!);
      for (const id of ids) {
        if (this.owned.size >= share) break;
        if (this.owned.has(id)) continue;
        const r = await c.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${lockKey}) AS ok`, [id]);
        if (r.rows[0].ok) this.owned.add(id);
      }
    } catch (e) {
      this.logger.warn(`telemetry leases: ${(e as Error).message}; polling nothing until the database answers`);
      this.drop();
    }
    return new Set(this.owned);
  }

  private async release(c: PoolClient, id: string): Promise<void> {
    await c.query(`SELECT pg_advisory_unlock(${lockKey})`, [id]);
    this.owned.delete(id);
  }

  private async connection(): Promise<PoolClient> {
    if (this.client) return this.client;
    const c = await pgPool(this.dataSource).connect();
    c.on('error', () => this.drop());
    await c.query(`SET application_name = '${APP_NAME}'`);
    this.client = c;
    return c;
  }

  /** Forgets the connection (and so every lock: the server released them with it). */
  private drop(): void {
    this.owned.clear();
    const c = this.client;
    this.client = undefined;
    c?.release(true);
  }

  onModuleDestroy(): void {
    this.drop();
  }
}
