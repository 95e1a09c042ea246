import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Progressive delay for failed sign-ins, per (user name, source): the first `free` failures cost
 * nothing, each further one doubles the wait (5 s, 10 s, 20 s … up to `maxSeconds`); a quiet
 * `resetMinutes` starts the count again. Another source is never slowed down by this one's guesses,
 * so nobody can lock an account (the last admin included) from outside.
 */
export const LOGIN_THROTTLE = { free: 3, baseSeconds: 5, maxSeconds: 300, resetMinutes: 15 };

/** The wait after the n-th consecutive failure (0 while within the free attempts). */
export function throttleDelaySeconds(failures: number): number {
  const over = failures - LOGIN_THROTTLE.free;
  if (over <= 0) return 0;
  return Math.min(LOGIN_THROTTLE.baseSeconds * 2 ** Math.min(over - 1, 30), LOGIN_THROTTLE.maxSeconds);
}

/** The throttle key of a typed user name: unknown names are keyed (and slowed) exactly like real ones. */
export function throttleKey(username: string): string {
  return username.toLowerCase().slice(0, 64);
}

@Injectable()
export class LoginThrottlesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** When this (name, source) may try again, if it has to wait. */
  async blockedUntil(username: string, source: string, now: Date): Promise<Date | undefined> {
    const rows: { blocked_until: Date }[] = await this.dataSource.query(
      'SELECT blocked_until FROM login_throttles WHERE username_key = $1 AND source = $2 AND blocked_until > $3',
      [throttleKey(username), source.slice(0, 64), now],
    );
    return rows[0]?.blocked_until;
  }

  /**
   * Counts one failure in one statement (parallel guesses cannot undercount) and returns the new
   * count and the wait it starts.
   */
  async recordFailure(username: string, source: string, now: Date): Promise<{ failures: number; delaySeconds: number }> {
    // TypeORM's postgres driver answers INSERT … RETURNING with the rows (UPDATE/DELETE with [rows, count]).
    const rows: { failures: number }[] = await this.dataSource.query(
      `INSERT INTO login_throttles AS t (username_key, source, failures, last_failure_at) VALUES ($1, $2, 1, $3)
       ON CONFLICT (username_key, source) DO UPDATE SET
         failures = CASE WHEN t.last_failure_at < $3::timestamptz - make_interval(mins => $4) THEN 1 ELSE t.failures + 1 END,
         last_failure_at = $3
       RETURNING failures`,
      [throttleKey(username), source.slice(0, 64), now, LOGIN_THROTTLE.resetMinutes],
    );
    const failures = rows[0]?.failures ?? 1;
    const delaySeconds = throttleDelaySeconds(failures);
    if (delaySeconds > 0) {
      await this.dataSource.query('UPDATE login_throttles SET blocked_until = $3 WHERE username_key = $1 AND source = $2', [
        throttleKey(username),
        source.slice(0, 64),
        new Date(now.getTime() + delaySeconds * 1000),
      ]);
    }
    return { failures, delaySeconds };
  }

  /** A successful sign-in from this source forgets its failures (other sources keep theirs). */
  async clear(username: string, source: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_throttles WHERE username_key = $1 AND source = $2', [
      throttleKey(username),
      source.slice(0, 64),
    ]);
  }

  /** An admin's unlock: every source's delay for this name ends. Returns how many sources were waiting or counting. */
  async clearAll(username: string, m?: EntityManager): Promise<number> {
    const [, n]: [unknown, number] = await (m ?? this.dataSource.manager).query('DELETE FROM login_throttles WHERE username_key = $1', [
      throttleKey(username),
    ]);
    return n;
  }

  /** The latest running delay per user name (lower-cased), for the user list. */
  async delayedUntil(now: Date): Promise<Map<string, Date>> {
    const rows: { k: string; until: Date }[] = await this.dataSource.query(
      'SELECT username_key AS k, max(blocked_until) AS until FROM login_throttles WHERE blocked_until > $1 GROUP BY username_key',
      [now],
    );
    return new Map(rows.map((r) => [r.k, r.until]));
  }

  /** Rows whose failures are past the reset window count for nothing: drop them. */
  async removeStale(now: Date): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM login_throttles WHERE last_failure_at < $1::timestamptz - make_interval(mins => $2) AND (blocked_until IS NULL OR blocked_until < $1)`,
      [now, LOGIN_THROTTLE.resetMinutes],
    );
  }
}
