import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

describe('EVENTS_RETENTION_DAYS', () => {
  it('defaults to 90 days and takes 1-3650', () => {
    expect(loadConfig({}).events.retentionDays).toBe(90);
    expect(loadConfig({ EVENTS_RETENTION_DAYS: '7' }).events.retentionDays).toBe(7);
  });

  it('refuses what is not a whole number of days in range, naming the variable', () => {
    for (const bad of ['0', '3651', '1.5', 'soon']) {
      try {
        loadConfig({ EVENTS_RETENTION_DAYS: bad });
        expect.fail(`${bad} should be refused`);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        expect((e as ConfigError).problems.join('\n')).toMatch(/^EVENTS_RETENTION_DAYS/m);
      }
    }
  });
});
