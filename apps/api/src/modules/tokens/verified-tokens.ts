import { Injectable } from '@nestjs/common';
import type { ApiTokenEntity } from './api-token.entity';

const TTL_MS = 2000;
const MAX = 10_000;

/**
 * Tokens verified in the last two seconds, by digest: at hundreds of requests a second the lookup
 * (a query joining the creator) was most of a small read's time. Anything that changes what a token
 * may do in this process — revoking it, changing or removing its creator — forgets the cache at
 * once; on another replica it takes effect within the TTL.
 */
@Injectable()
export class VerifiedTokens {
  private readonly entries = new Map<string, { token: ApiTokenEntity; until: number }>();

  get(digest: string, now: number): ApiTokenEntity | undefined {
    const e = this.entries.get(digest);
    return e && e.until > now ? e.token : undefined;
  }

  set(digest: string, token: ApiTokenEntity, now: number): void {
    if (this.entries.size >= MAX) this.entries.clear();
    this.entries.set(digest, { token, until: now + TTL_MS });
  }

  forget(): void {
    this.entries.clear();
  }
}
