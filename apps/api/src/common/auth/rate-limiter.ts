import { Injectable } from '@nestjs/common';

interface Window {
  start: number;
  count: number;
}

/**
 * Fixed-window counters in memory, per API process. Enough to blunt brute force against one
 * replica; the per (user, source) sign-in delay that must hold across replicas lives in login_throttles.
 */
@Injectable()
export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  /** Counts one hit; returns the seconds to wait when over the limit, or 0. */
  hit(key: string, limit: number, windowMs: number, now = Date.now()): number {
    const w = this.windows.get(key);
    if (!w || now - w.start >= windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      this.sweep(now, windowMs);
      return 0;
    }
    w.count += 1;
    return w.count > limit ? Math.ceil((w.start + windowMs - now) / 1000) : 0;
  }

  /** Seconds to wait if the key is already over the limit (without counting a hit). */
  blocked(key: string, limit: number, windowMs: number, now = Date.now()): number {
    const w = this.windows.get(key);
    if (!w || now - w.start >= windowMs || w.count < limit) return 0;
    return Math.ceil((w.start + windowMs - now) / 1000);
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private sweep(now: number, windowMs: number): void {
    if (this.windows.size < 10_000) return;
    for (const [k, w] of this.windows) if (now - w.start >= windowMs) this.windows.delete(k);
  }
}
