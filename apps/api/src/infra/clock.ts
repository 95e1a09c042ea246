import { Injectable } from '@nestjs/common';

/** The clock behind an injectable seam, so time-dependent rules (expiry, lockouts) are testable. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
