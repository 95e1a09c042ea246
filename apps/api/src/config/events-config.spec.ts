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

describe('AUDIT_VERIFY_MINUTES', () => {
  it('defaults to hourly; 0 turns the walk off; refuses what is out of range, naming the variable', () => {
    expect(loadConfig({}).events.auditVerifyMinutes).toBe(60);
    expect(loadConfig({ AUDIT_VERIFY_MINUTES: '0' }).events.auditVerifyMinutes).toBe(0);
    for (const bad of ['-1', '10081', '2.5', 'hourly']) {
      try {
        loadConfig({ AUDIT_VERIFY_MINUTES: bad });
        expect.fail(`${bad} should be refused`);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        expect((e as ConfigError).problems.join('\n')).toMatch(/^AUDIT_VERIFY_MINUTES/m);
      }
    }
  });
});

describe('FLEET_LINT_SWEEP_SECONDS', () => {
  it('defaults to 300 s; 0 turns the sweep off; refuses what is out of range, naming the variable', () => {
    expect(loadConfig({}).events.lintSweepSeconds).toBe(300);
    expect(loadConfig({ FLEET_LINT_SWEEP_SECONDS: '0' }).events.lintSweepSeconds).toBe(0);
    expect(loadConfig({ FLEET_LINT_SWEEP_SECONDS: '10' }).events.lintSweepSeconds).toBe(10);
    for (const bad of ['-1', '5', '86401', '2.5', 'often']) {
      try {
        loadConfig({ FLEET_LINT_SWEEP_SECONDS: bad });
        expect.fail(`${bad} should be refused`);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        expect((e as ConfigError).problems.join('\n')).toMatch(/^FLEET_LINT_SWEEP_SECONDS/m);
      }
    }
  });
});
