import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2's Algorithm is an ambient const enum (not importable under isolatedModules): 2 = Argon2id.
const ARGON2ID = 2;

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Randomness and hashing behind one seam (STYLE rule 7). */
@Injectable()
export class Crypto {
  /** argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum). */
  hashPassword(password: string): Promise<string> {
    return hash(password, { algorithm: ARGON2ID });
  }

  async verifyPassword(hashed: string, password: string): Promise<boolean> {
    try {
      return await verify(hashed, password);
    } catch {
      return false;
    }
  }

  sha256Hex(value: string): string {
    return createHash('sha256').update(value).digest('hex');
  }

  /** Equal-time comparison of two hex digests. */
  sameDigest(a: string, b: string): boolean {
    const x = Buffer.from(a, 'hex');
    const y = Buffer.from(b, 'hex');
    return x.length === y.length && timingSafeEqual(x, y);
  }

  randomToken(bytes = 32): string {
    return randomBytes(bytes).toString('base64url');
  }

  /** Unbiased base62 string (tokens people copy: no - or _). */
  randomBase62(length: number): string {
    let out = '';
    while (out.length < length) {
      for (const b of randomBytes(length * 2)) {
        if (b < 248 && out.length < length) out += BASE62[b % 62];
      }
    }
    return out;
  }
}
