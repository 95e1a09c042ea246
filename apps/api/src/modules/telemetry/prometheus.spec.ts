import { describe, expect, it } from 'vitest';
import { renderPrometheus } from './prometheus';

describe("renderPrometheus: the console's own process", () => {
  it('exposes the event-loop delay of the last minute (p99 and max, seconds) beside RSS and CPU', () => {
    const text = renderPrometheus([], {
      tickMs: 1000,
      uptimeSeconds: 5,
      rssBytes: 123,
      heapUsedBytes: 45,
      cpuSeconds: 1.5,
      eventLoopDelay: { p99: 0.0123, max: 0.25 },
    });
    expect(text).toContain('# TYPE process_event_loop_delay_p99_seconds gauge\n');
    expect(text).toMatch(/^process_event_loop_delay_p99_seconds\{\} 0\.0123$/m);
    expect(text).toMatch(/^process_event_loop_delay_max_seconds\{\} 0\.25$/m);
    expect(text).toMatch(/^process_resident_memory_bytes\{\} 123$/m);
  });
});
