import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';

/** Sampling interval of the monitor: its timer fires this often, so every sample is at least this long. */
const RESOLUTION_MS = 10;

/**
 * How late this process's event loop runs, over the last completed window (60 s by default), for
 * /metrics. perf_hooks' monitor records the interval between its own timer's runs, so the
 * resolution is subtracted: what is left is the delay a callback waits beyond its due time.
 * Reading does not reset anything (two scrapers see the same figures); the window turns on its own.
 */
export class EventLoopDelay {
  private readonly h: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private last: { p99: number; max: number } | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(windowMs = 60_000) {
    this.h.enable();
    this.timer = setInterval(() => {
      this.last = this.current();
      this.h.reset();
    }, windowMs);
    this.timer.unref();
  }

  /** Seconds: p99 and max of the last full window (of the current one until a window has passed). */
  read(): { p99: number; max: number } {
    return this.last ?? this.current();
  }

  stop(): void {
    clearInterval(this.timer);
    this.h.disable();
  }

  private current(): { p99: number; max: number } {
    if (!this.h.count) return { p99: 0, max: 0 };
    const lag = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS) / 1000;
    return { p99: lag(this.h.percentile(99)), max: lag(this.h.max) };
  }
}
