import { Injectable } from '@nestjs/common';

/**
 * The clock behind an injectable seam, so time-dependent rules (expiry, lockouts, step timings,
 * rollup buckets) are testable. Provided once, by the global ClockModule; unit tests pass a fake.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Milliseconds since the epoch, as Date.now(). */
  nowMs(): number {
    return Date.now();
  }
}
