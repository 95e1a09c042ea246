import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/app-config';
import { StartupError } from '../common/errors/startup-error';
import { loadMasterKey, parseMasterKey, SecretBox } from './secret-box';

describe('SecretBox (AES-256-GCM)', () => {
  const box = new SecretBox(randomBytes(32));

  it('round-trips, and each seal is different (random IV)', () => {
    const a = box.seal('-----BEGIN OPENSSH PRIVATE KEY-----', 'ctx');
    expect(a).not.toBe(box.seal('-----BEGIN OPENSSH PRIVATE KEY-----', 'ctx'));
    expect(box.open(a, 'ctx')).toBe('-----BEGIN OPENSSH PRIVATE KEY-----');
  });

  it('refuses a tampered ciphertext, another context, or another key', () => {
    const s = box.seal('secret', 'ctx');
    const raw = Buffer.from(s.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => box.open(`v1:${raw.toString('base64')}`, 'ctx')).toThrow();
    expect(() => box.open(s, 'other')).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(s, 'ctx')).toThrow();
  });

  it('parses base64 and hex master keys of exactly 32 bytes', () => {
    expect(parseMasterKey(randomBytes(32).toString('base64'))?.length).toBe(32);
    expect(parseMasterKey(randomBytes(32).toString('hex'))?.length).toBe(32);
    expect(parseMasterKey(randomBytes(16).toString('base64'))).toBeUndefined();
  });

  it('refuses to start in production against an external database without LVS_MASTER_KEY', async () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db/x' });
    await expect(loadMasterKey(config)).rejects.toBeInstanceOf(StartupError);
    await expect(loadMasterKey({ ...config, masterKey: 'short' })).rejects.toThrow(/32 bytes/);
  });
});
