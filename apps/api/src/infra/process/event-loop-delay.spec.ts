import { afterEach, describe, expect, it } from 'vitest';
import { EventLoopDelay } from './event-loop-delay';

describe('EventLoopDelay: how late the event loop ran, beyond its due time', () => {
  let d: EventLoopDelay | undefined;
  afterEach(() => d?.stop());
  const spin = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };
  const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('a 300 ms block of the loop shows as a delay of at least 250 ms; a later window without it no longer shows it', async () => {
    d = new EventLoopDelay(400);
    await tick(50);
    spin(300);
    await tick(50);
    // The block itself, less the monitor's 10 ms resolution (a busy machine only adds to it).
    const blocked = d.read().max;
    expect(blocked).toBeGreaterThanOrEqual(0.25);
    // Windows turn by themselves: two later, the block is gone from what is read.
    await tick(900);
    expect(d.read().max).toBeLessThan(blocked);
  });
});
