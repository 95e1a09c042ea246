import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies defaults on an empty environment', () => {
    const c = loadConfig({});
    expect(c.api.port).toBe(3001);
    expect(c.web.port).toBe(3000);
    expect(c.database.url).toBeUndefined();
    expect(c.dataDir.endsWith('.data')).toBe(true);
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ API_PORT: '70000', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.find((p) => p.startsWith('API_PORT'))).toContain('between 1 and 65535');
      expect(problems.find((p) => p.startsWith('LOG_LEVEL'))).toContain('"loud"');
      // the value of a secret is never echoed
      expect(problems.find((p) => p.startsWith('DATABASE_URL'))).not.toContain('mysql');
    }
  });

  it('reads DRIFT_SCAN_SECONDS through the validated config (it was read from process.env at import time)', () => {
    expect(loadConfig({}).deploy.driftScanSeconds).toBe(300);
    expect(loadConfig({ DRIFT_SCAN_SECONDS: '0' }).deploy.driftScanSeconds).toBe(0);
    expect(loadConfig({ DRIFT_SCAN_SECONDS: '60' }).deploy.driftScanSeconds).toBe(60);
    expect(() => loadConfig({ DRIFT_SCAN_SECONDS: '5' })).toThrow(/DRIFT_SCAN_SECONDS: must be 0 \(off\) or 10-86400 seconds/);
    expect(() => loadConfig({ DRIFT_SCAN_SECONDS: 'hourly' })).toThrow(/DRIFT_SCAN_SECONDS: must be a number of seconds/);
  });

  it('reads RUNTIME_VERIFY_TIMEOUT_MS through the validated config (it was read from process.env at import time)', () => {
    expect(loadConfig({}).deploy.runtimeVerifyTimeoutMs).toBe(10_000);
    expect(loadConfig({ RUNTIME_VERIFY_TIMEOUT_MS: '2000' }).deploy.runtimeVerifyTimeoutMs).toBe(2000);
    expect(() => loadConfig({ RUNTIME_VERIFY_TIMEOUT_MS: '100' })).toThrow(/RUNTIME_VERIFY_TIMEOUT_MS: must be 500-120000 ms/);
  });

  it('reads TRUST_PROXY, ALLOWED_ORIGINS and LIVE_RECHECK_SECONDS, naming a bad entry', () => {
    const c = loadConfig({});
    expect(c.http).toEqual({ trustProxy: { kind: 'list', entries: ['loopback'] }, allowedOrigins: [] });
    expect(c.live.recheckSeconds).toBe(30);
    expect(loadConfig({ TRUST_PROXY: 'none', ALLOWED_ORIGINS: 'https://lvs.example.com, http://10.0.0.5:3000' }).http).toEqual({
      trustProxy: { kind: 'none' },
      allowedOrigins: ['https://lvs.example.com', 'http://10.0.0.5:3000'],
    });
    expect(() =>
      loadConfig({ TRUST_PROXY: '10.0.0.0/40', ALLOWED_ORIGINS: 'https://lvs.example.com/path', LIVE_RECHECK_SECONDS: '0' }),
    ).toThrow(
      /TRUST_PROXY: "10\.0\.0\.0\/40"[\s\S]*ALLOWED_ORIGINS: "https:\/\/lvs\.example\.com\/path" is not an origin[\s\S]*LIVE_RECHECK_SECONDS: must be 1-3600/,
    );
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ API_PORT: '' }).api.port).toBe(3001);
  });
});
