import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { RateLimiter } from '../../common/auth/rate-limiter';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../infra/clock';
import { Crypto } from '../../infra/crypto';
import { AuditService } from '../audit/audit.service';
import { UsersRepository } from '../users/users.repository';
import type { LoginDto, MeDto } from './auth.dto';
import { AuthError, AuthErrorCode } from './auth.errors';
import { SessionEntity } from './session.entity';
import { SessionsRepository } from './sessions.repository';

/** Consecutive failures before an account locks, and for how long. */
export const LOCKOUT = { after: 5, minutes: 15 };
/** Login attempts per source address per minute, whatever the user name. */
export const LOGIN_IP_LIMIT = { limit: 20, windowMs: 60_000 };

@Injectable()
export class AuthService {
  // A fixed argon2id hash to verify against when the user does not exist, so timing does not tell.
  private dummyHash: Promise<string>;

  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly crypto: Crypto,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.dummyHash = crypto.hashPassword(crypto.randomToken());
  }

  /** Returns the cookie value (shown to the browser only) and the CSRF token. */
  async login(dto: LoginDto, ip: string, userAgent: string): Promise<{ cookie: string; csrfToken: string; me: MeDto }> {
    const wait = this.limiter.hit(`login:${ip}`, LOGIN_IP_LIMIT.limit, LOGIN_IP_LIMIT.windowMs);
    if (wait > 0) {
      await this.audit.record({ action: 'auth.rate_limited', targetType: 'user', targetId: dto.username, outcome: 'denied', detail: `too many login attempts from ${ip}` });
      throw new AuthError(AuthErrorCode.RateLimited, `Too many sign-in attempts from this address; retry in ${wait} s.`, [], { retryAfter: wait });
    }
    const now = this.clock.now();
    const user = await this.users.findByUsername(dto.username);
    if (user?.lockedUntil && user.lockedUntil > now) {
      const retryAfter = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000);
      await this.audit.record({ action: 'auth.login_locked', targetType: 'user', targetId: user.id, outcome: 'denied', detail: 'sign-in attempt while locked out' });
      throw new AuthError(AuthErrorCode.LockedOut, `This account is locked after repeated failed sign-ins; retry in ${Math.ceil(retryAfter / 60)} min.`, [], { retryAfter });
    }
    const ok = await this.crypto.verifyPassword(user?.passwordHash ?? (await this.dummyHash), dto.password);
    if (!user || !ok || user.disabled) {
      let detail = user?.disabled ? 'account disabled' : 'wrong user name or password';
      if (user && !user.disabled) {
        const failures = await this.users.countFailure(user.id, LOCKOUT.after, new Date(now.getTime() + LOCKOUT.minutes * 60_000));
        if (failures === LOCKOUT.after) {
          await this.audit.record({ action: 'auth.lockout', targetType: 'user', targetId: user.id, outcome: 'denied', detail: `locked for ${LOCKOUT.minutes} min after ${failures} failed sign-ins` });
          detail += `; account locked for ${LOCKOUT.minutes} min`;
        }
      }
      await this.audit.record({ action: 'auth.login_failed', targetType: 'user', targetId: user?.id ?? dto.username, outcome: 'failure', detail });
      throw new AuthError(AuthErrorCode.InvalidCredentials, 'Wrong user name or password.');
    }
    await this.users.recordLogin(user.id, now);
    const cookie = this.crypto.randomToken(32);
    const s = new SessionEntity();
    s.id = this.crypto.sha256Hex(cookie);
    s.userId = user.id;
    s.csrfToken = this.crypto.randomToken(24);
    s.ip = ip;
    s.userAgent = userAgent.slice(0, 512);
    s.expiresAt = new Date(now.getTime() + this.config.session.ttlHours * 3_600_000);
    await this.sessions.save(s);
    await this.sessions.removeExpired(now);
    const principal: Principal = { kind: 'user', userId: user.id, username: user.username, role: user.role, sessionId: s.id };
    await this.audit.record({ action: 'auth.login', targetType: 'user', targetId: user.id, outcome: 'success' });
    return { cookie, csrfToken: s.csrfToken, me: this.me(principal, s.csrfToken) };
  }

  async logout(p: Principal): Promise<void> {
    if (p.sessionId) await this.sessions.remove(p.sessionId);
    await this.audit.record({ action: 'auth.logout', targetType: 'user', targetId: p.userId });
  }

  /** The principal and CSRF token of a session cookie, or undefined when unknown, expired or the user is disabled. */
  async authenticateSession(cookie: string): Promise<{ principal: Principal; csrfToken: string } | undefined> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(cookie)) return undefined;
    const s = await this.sessions.findWithUser(this.crypto.sha256Hex(cookie));
    if (!s || !s.user || s.user.disabled || s.expiresAt <= this.clock.now()) return undefined;
    return {
      principal: { kind: 'user', userId: s.userId, username: s.user.username, role: s.user.role, sessionId: s.id },
      csrfToken: s.csrfToken,
    };
  }

  me(p: Principal, csrfToken: string | null): MeDto {
    return {
      user: { id: p.userId, username: p.username, role: p.role },
      via: p.kind === 'token' ? 'token' : 'session',
      token: p.kind === 'token' ? { id: p.tokenId!, name: p.tokenName!, clusterId: p.clusterId ?? null } : null,
      csrfToken,
    };
  }
}
