import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { StartupError } from '../common/errors/startup-error';

const VERSION = 'v1';

/**
 * AES-256-GCM envelope for secrets at rest (SSH private keys, passwords): `v1:` + base64(iv | tag |
 * ciphertext). The additional data binds a ciphertext to its purpose, so one cannot be swapped for another.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the master key must be 32 bytes');
  }

  seal(plaintext: string, aad: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    c.setAAD(Buffer.from(aad));
    const ct = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
    return `${VERSION}:${Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64')}`;
  }

  open(sealed: string, aad: string): string {
    const [v, b64] = sealed.split(':');
    if (v !== VERSION || !b64) throw new Error('unknown secret envelope');
    const raw = Buffer.from(b64, 'base64');
    const d = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    d.setAAD(Buffer.from(aad));
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
  }
}

export function parseMasterKey(value: string): Buffer | undefined {
  const v = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(v)) return Buffer.from(v, 'hex');
  const b = Buffer.from(v, 'base64');
  return b.length === 32 ? b : undefined;
}

/**
 * LVS_MASTER_KEY (32 bytes, base64 or hex) when set. Without it: refused in production against an
 * external database (where a key in a local file would be lost with the container), otherwise
 * generated once and kept at DATA_DIR/master.key (mode 0600).
 */
export async function loadMasterKey(config: AppConfig): Promise<{ key: Buffer; source: string }> {
  if (config.masterKey !== undefined) {
    const key = parseMasterKey(config.masterKey);
    if (!key) throw new StartupError('LVS_MASTER_KEY is not 32 bytes in base64 or hex', 'generate one with: openssl rand -base64 32');
    return { key, source: 'LVS_MASTER_KEY' };
  }
  if (config.env === 'production' && config.database.url) {
    throw new StartupError(
      'LVS_MASTER_KEY is required in production with an external DATABASE_URL',
      'set it to 32 random bytes: openssl rand -base64 32 (and keep it safe: credentials cannot be read without it)',
    );
  }
  const file = join(config.dataDir, 'master.key');
  try {
    const key = parseMasterKey(await readFile(file, 'utf8'));
    if (!key) throw new StartupError(`${file} does not hold a 32-byte key`, 'restore it from backup, or set LVS_MASTER_KEY');
    return { key, source: file };
  } catch (e) {
    if (e instanceof StartupError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new StartupError(`cannot read ${file}: ${(e as Error).message}`, 'fix its permissions, or set LVS_MASTER_KEY');
  }
  const key = randomBytes(32);
  await writeFile(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' }).catch((e: NodeJS.ErrnoException) => {
    throw new StartupError(`cannot create ${file} (${e.code})`, 'make DATA_DIR writable, or set LVS_MASTER_KEY');
  });
  await chmod(file, 0o600);
  return { key, source: `${file} (generated)` };
}

export const SECRET_BOX = Symbol('SECRET_BOX');
