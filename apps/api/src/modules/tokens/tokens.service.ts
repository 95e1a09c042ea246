import { Injectable } from '@nestjs/common';
import { CredentialEvents } from '../../common/auth/credential-events';
import type { Principal } from '../../common/auth/principal';
import { roleAtLeast } from '../../common/auth/roles';
import { Clock } from '../../infra/clock';
import { Crypto } from '../../infra/crypto';
import { AuditService } from '../audit/audit.service';
import { ApiTokenEntity } from './api-token.entity';
import type { TokenCreateDto, TokenCreatedDto, TokenDto, TokenListDto } from './token.dto';
import { TokensError, TokensErrorCode } from './tokens.errors';
import { VerifiedTokens } from './verified-tokens';
import { TokensRepository } from './tokens.repository';

export const TOKEN_PREFIX = 'lvs_';
const TOKEN_SHAPE = /^lvs_[A-Za-z0-9]{8}[A-Za-z0-9]{40}$/;

export type TokenCheck =
  | { ok: true; principal: Principal; newAddress: boolean }
  | { ok: false; reason: 'malformed' | 'unknown' | 'revoked' | 'expired' | 'user_disabled'; tokenId?: string };

@Injectable()
export class TokensService {
  constructor(
    private readonly tokens: TokensRepository,
    private readonly crypto: Crypto,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly verified: VerifiedTokens,
    private readonly credentials: CredentialEvents,
  ) {}

  async create(creator: Principal, dto: TokenCreateDto): Promise<TokenCreatedDto> {
    if (!roleAtLeast(creator.role, dto.role)) {
      throw new TokensError(TokensErrorCode.RoleTooHigh, `A ${creator.role} cannot create a ${dto.role} token.`, [
        { path: 'body.role', message: `must not be above your own role (${creator.role})` },
      ]);
    }
    const clusterId = dto.clusterId ?? null;
    const prefix = TOKEN_PREFIX + this.crypto.randomBase62(8);
    const secret = prefix + this.crypto.randomBase62(40);
    const t = new ApiTokenEntity();
    t.name = dto.name;
    t.prefix = prefix;
    t.secretHash = this.crypto.sha256Hex(secret);
    t.role = dto.role;
    t.clusterId = clusterId;
    t.createdBy = creator.userId;
    t.expiresAt = dto.expiresInDays ? new Date(this.clock.now().getTime() + dto.expiresInDays * 86_400_000) : null;
    return this.tokens.transaction(async (m) => {
      if (clusterId && !(await this.tokens.clusterExists(clusterId, m))) {
        throw new TokensError(TokensErrorCode.UnknownCluster, `No cluster with id ${clusterId}.`, [
          { path: 'body.clusterId', message: 'no such cluster' },
        ]);
      }
      await this.tokens.save(t, m);
      await this.audit.record({ action: 'token.create', targetType: 'token', targetId: t.id, after: this.map(t) }, m);
      return { token: this.map(t), secret };
    });
  }

  async list(p: Principal): Promise<TokenListDto> {
    const items = (await this.tokens.list(p.role === 'admin' ? undefined : p.userId)).map((t) => this.map(t));
    return { items, total: items.length };
  }

  async revoke(p: Principal, id: string): Promise<void> {
    await this.tokens.transaction(async (m) => {
      const t = await this.tokens.findById(id, p.role === 'admin' ? undefined : p.userId, m);
      if (!t) throw new TokensError(TokensErrorCode.NotFound, `No token with id ${id}.`);
      if (t.revokedAt) return;
      const before = this.map(t);
      t.revokedAt = this.clock.now();
      await this.tokens.save(t, m);
      await this.audit.record({ action: 'token.revoke', targetType: 'token', targetId: t.id, before, after: this.map(t) }, m);
    });
    // Once committed: the next request with that token is looked up again (and refused), and its /live sockets close.
    this.verified.forget();
    this.credentials.emit({ kind: 'token', tokenId: id, reason: 'revoked' });
  }

  /** Checks a presented Bearer token; never throws for a bad token (the guard decides and audits). */
  async authenticate(presented: string, ip: string): Promise<TokenCheck> {
    if (!TOKEN_SHAPE.test(presented)) return { ok: false, reason: 'malformed' };
    const digest = this.crypto.sha256Hex(presented);
    const now = this.clock.now();
    let t = this.verified.get(digest, now.getTime());
    if (!t) {
      const found = await this.tokens.findByPrefix(presented.slice(0, TOKEN_PREFIX.length + 8));
      if (!found || !this.crypto.sameDigest(found.secretHash, digest)) return { ok: false, reason: 'unknown' };
      t = found;
      this.verified.set(digest, t, now.getTime());
    }
    if (t.revokedAt) return { ok: false, reason: 'revoked', tokenId: t.id };
    if (t.expiresAt && t.expiresAt <= now) return { ok: false, reason: 'expired', tokenId: t.id };
    if (!t.creator || t.creator.disabled) return { ok: false, reason: 'user_disabled', tokenId: t.id };
    const newAddress = t.lastUsedIp !== null && t.lastUsedIp !== ip;
    // Avoid a write per request: refresh last use at most once a minute or when the address changes.
    if (newAddress || !t.lastUsedAt || now.getTime() - t.lastUsedAt.getTime() > 60_000 || t.lastUsedIp === null) {
      await this.tokens.touch(t.id, now, ip);
      t.lastUsedAt = now;
      t.lastUsedIp = ip;
    }
    // A token never carries more than its creator has now.
    const role = roleAtLeast(t.creator.role, t.role) ? t.role : t.creator.role;
    return {
      ok: true,
      newAddress,
      principal: {
        kind: 'token',
        userId: t.createdBy,
        username: t.creator.username,
        role,
        tokenId: t.id,
        tokenName: t.name,
        clusterId: t.clusterId,
      },
    };
  }

  private map(t: ApiTokenEntity): TokenDto {
    const now = this.clock.now();
    return {
      id: t.id,
      name: t.name,
      prefix: t.prefix,
      role: t.role,
      clusterId: t.clusterId,
      createdBy: t.createdBy,
      createdAt: (t.createdAt ?? now).toISOString(),
      expiresAt: t.expiresAt?.toISOString() ?? null,
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      lastUsedIp: t.lastUsedIp ?? null,
      revokedAt: t.revokedAt?.toISOString() ?? null,
      status: t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt <= now ? 'expired' : 'active',
    };
  }
}
