import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { RateLimiter } from '../../common/auth/rate-limiter';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../infra/clock';
import { Crypto } from '../../infra/crypto';
import { AuditService } from '../audit/audit.service';
import type { UserEntity } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { CredentialEvents } from '../../common/auth/credential-events';
import { CommonError, CommonErrorCode } from '../../common/errors/app-error';
import { VerifiedTokens } from '../tokens/verified-tokens';
import { LoginThrottlesRepository } from '../users/login-throttles.repository';
import { passwordIssue } from '../users/user.dto';
import type { LoginDto, MeDto, PasswordChangeDto } from './auth.dto';
import { AuthError, AuthErrorCode } from './auth.errors';
import { SessionEntity } from './session.entity';
import { SessionsRepository } from './sessions.repository';

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
    private readonly throttles: LoginThrottlesRepository,
    private readonly credentials: CredentialEvents,
    private readonly verified: VerifiedTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.dummyHash = crypto.hashPassword(crypto.randomToken());
  }

  /** Returns the cookie value (shown to the browser only) and the CSRF token. */
  async login(dto: LoginDto, ip: string, userAgent: string): Promise<{ cookie: string; csrfToken: string; me: MeDto }> {
    const wait = this.limiter.hit(`login:${ip}`, LOGIN_IP_LIMIT.limit, LOGIN_IP_LIMIT.windowMs);
    if (wait > 0) {
      await this.audit.record({
        action: 'auth.rate_limited',
        targetType: 'user',
        targetId: dto.username,
        outcome: 'denied',
        detail: `too many login attempts from ${ip}`,
      });
      throw new AuthError(AuthErrorCode.RateLimited, `Too many sign-in attempts from this address; retry in ${wait} s.`, [], {
        retryAfter: wait,
      });
    }
    const now = this.clock.now();
    // The delay is per (name as typed, address) and looked at before the user is: an unknown name
    // and a real one give the same answers, and one address's guesses never slow another's sign-in.
    const until = await this.throttles.blockedUntil(dto.username, ip, now);
    if (until) {
      const retryAfter = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
      await this.audit.record({
        action: 'auth.login_throttled',
        targetType: 'user',
        targetId: dto.username,
        outcome: 'denied',
        detail: `sign-in attempt within the ${retryAfter} s delay after failed sign-ins from this address`,
      });
      throw new AuthError(
        AuthErrorCode.RateLimited,
        `Too many failed sign-ins for this user name from this address; retry in ${retryAfter} s.`,
        [],
        { retryAfter },
      );
    }
    // LOCAL_LOGIN=break-glass-only: decided on the name as typed, before any lookup, so it tells nothing about who exists.
    const local = this.config.sso.localLogin;
    if (local.mode === 'break-glass-only' && !local.breakGlassUsers.includes(dto.username.toLowerCase())) {
      await this.audit.record({
        action: 'auth.local_login_refused',
        targetType: 'user',
        targetId: dto.username,
        outcome: 'denied',
        detail: 'password sign-in is off (LOCAL_LOGIN=break-glass-only) and this name is not a break-glass user',
      });
      throw new AuthError(
        AuthErrorCode.LocalLoginDisabled,
        'Password sign-in is switched off on this console: sign in with single sign-on.',
      );
    }
    const user = await this.users.findByUsername(dto.username);
    // A user from the OpenID provider has no usable password: verified against the dummy hash, so it fails in the same time.
    const usable = user && (user.authSource ?? 'local') === 'local' ? user.passwordHash : undefined;
    const ok = await this.crypto.verifyPassword(usable ?? (await this.dummyHash), dto.password);
    if (!user || !usable || !ok || user.disabled) {
      const { failures, delaySeconds } = await this.throttles.recordFailure(dto.username, ip, now);
      let detail = user?.disabled && ok ? 'account disabled' : 'wrong user name or password';
      if (delaySeconds > 0) detail += `; failure ${failures} from this address, next try in ${delaySeconds} s`;
      await this.audit.record({
        action: 'auth.login_failed',
        targetType: 'user',
        targetId: user?.id ?? dto.username,
        outcome: 'failure',
        detail,
      });
      throw new AuthError(
        AuthErrorCode.InvalidCredentials,
        'Wrong user name or password.',
        [],
        delaySeconds > 0 ? { retryAfter: delaySeconds } : {},
      );
    }
    await this.throttles.clear(dto.username, ip);
    await this.throttles.removeStale(now);
    const signedIn = await this.startSession(user, ip, userAgent);
    await this.audit.record({ action: 'auth.login', targetType: 'user', targetId: user.id, outcome: 'success' });
    return signedIn;
  }

  /** A new session for a user who has proved who they are (password or single sign-on). */
  async startSession(user: UserEntity, ip: string, userAgent: string): Promise<{ cookie: string; csrfToken: string; me: MeDto }> {
    const now = this.clock.now();
    await this.users.recordLogin(user.id, now);
    const { cookie, session } = await this.newSession(user.id, ip, userAgent, now);
    await this.sessions.removeExpired(now);
    const principal: Principal = { kind: 'user', userId: user.id, username: user.username, role: user.role, sessionId: session.id };
    return { cookie, csrfToken: session.csrfToken, me: this.me(principal, session.csrfToken) };
  }

  private async newSession(
    userId: string,
    ip: string,
    userAgent: string,
    now: Date,
    m?: EntityManager,
  ): Promise<{ cookie: string; session: SessionEntity }> {
    const cookie = this.crypto.randomToken(32);
    const s = new SessionEntity();
    s.id = this.crypto.sha256Hex(cookie);
    s.userId = userId;
    s.csrfToken = this.crypto.randomToken(24);
    s.ip = ip;
    s.userAgent = userAgent.slice(0, 512);
    s.expiresAt = new Date(now.getTime() + this.config.session.ttlHours * 3_600_000);
    await this.sessions.save(s, m);
    return { cookie, session: s };
  }

  async logout(p: Principal): Promise<void> {
    if (p.sessionId) await this.sessions.remove(p.sessionId);
    await this.audit.record({ action: 'auth.logout', targetType: 'user', targetId: p.userId });
    if (p.sessionId) this.credentials.emit({ kind: 'sessions', sessionIds: [p.sessionId], reason: 'logout' });
  }

  /**
   * Self-service password change: needs the current password (a hijacked session alone cannot
   * take the account over). Every other session of the user ends; the caller's own stays signed in.
   */
  async changePassword(p: Principal, dto: PasswordChangeDto, ip: string): Promise<void> {
    const now = this.clock.now();
    const until = await this.throttles.blockedUntil(p.username, ip, now);
    if (until) {
      const retryAfter = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
      throw new AuthError(AuthErrorCode.RateLimited, `Too many wrong current passwords from this address; retry in ${retryAfter} s.`, [], {
        retryAfter,
      });
    }
    const user = await this.users.findById(p.userId);
    if (!user || user.disabled) throw new AuthError(AuthErrorCode.Unauthenticated, 'Sign in again.');
    if (!(await this.crypto.verifyPassword(user.passwordHash, dto.currentPassword))) {
      // Counted like a failed sign-in: the current-password check must not be a faster oracle.
      const { delaySeconds } = await this.throttles.recordFailure(p.username, ip, now);
      await this.audit.record({
        action: 'auth.password_change_failed',
        targetType: 'user',
        targetId: user.id,
        outcome: 'failure',
        detail: 'wrong current password',
      });
      throw new AuthError(
        AuthErrorCode.WrongPassword,
        'The current password is wrong.',
        [{ path: 'body.currentPassword', message: 'is not your current password' }],
        delaySeconds > 0 ? { retryAfter: delaySeconds } : {},
      );
    }
    const why =
      passwordIssue(dto.newPassword, user.username) ??
      (dto.newPassword === dto.currentPassword ? 'must differ from the current password' : undefined);
    if (why)
      throw new CommonError(CommonErrorCode.Validation, `The request body is invalid: body.newPassword ${why}.`, [
        { path: 'body.newPassword', message: why },
      ]);
    const hash = await this.crypto.hashPassword(dto.newPassword);
    await this.users.transaction(async (m) => {
      user.passwordHash = hash;
      await this.users.save(user, m);
      const ended = await this.users.endSessions(user.id, m, p.sessionId);
      await this.audit.record(
        { action: 'auth.password_change', targetType: 'user', targetId: user.id, detail: `other sessions ended: ${ended.length}` },
        m,
      );
    });
    this.verified.forget();
    this.credentials.emit({ kind: 'user', userId: user.id, reason: 'password', keepSessionId: p.sessionId });
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
