import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ALLOW_SCOPED } from '../../common/auth/allow-scoped.decorator';
import type { Principal } from '../../common/auth/principal';
import { IS_PUBLIC } from '../../common/auth/public.decorator';
import { RateLimiter } from '../../common/auth/rate-limiter';
import { REQUIRED_ROLE, roleAtLeast, type Role } from '../../common/auth/roles';
import { SESSION_ONLY } from '../../common/auth/session-only.decorator';
import { currentContext } from '../../common/request-context';
import { AuditService } from '../audit/audit.service';
import { TokensService, type TokenCheck } from '../tokens/tokens.service';
import { AuthError, AuthErrorCode } from './auth.errors';
import { AuthService } from './auth.service';

export const SESSION_COOKIE = 'lvs_session';
export const CSRF_COOKIE = 'lvs_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** Failed Bearer tokens per source address per minute before 429. */
export const TOKEN_FAILURE_LIMIT = { limit: 20, windowMs: 60_000 };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type AuthedRequest = Request & { principal?: Principal; csrfToken?: string };

/**
 * The one global guard: default-deny. A route is reachable only if it is @Public() or declares
 * @RequireRole(); the caller is a Bearer token or a session cookie (with CSRF on writes).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly tokens: TokensService,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true; // websockets authenticate in their gateway
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const need = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    if (!need) {
      throw new AuthError(AuthErrorCode.NoRoleDeclared, 'This route declares no required role and is closed (default-deny).');
    }

    const principal = await this.identify(req);
    req.principal = principal;
    const ctx = currentContext();
    if (ctx) ctx.principal = principal;

    if (!roleAtLeast(principal.role, need)) {
      await this.deny('auth.forbidden', `${principal.role} may not ${req.method} ${req.route?.path ?? req.path} (needs ${need})`);
      throw new AuthError(AuthErrorCode.Forbidden, `This needs the ${need} role; you are ${principal.role}.`);
    }
    if (principal.kind === 'token' && this.reflector.getAllAndOverride<boolean>(SESSION_ONLY, targets)) {
      await this.deny(
        'auth.session_required',
        `token ${principal.tokenName ?? ''} tried ${req.method} ${req.route?.path ?? req.path}, which needs a signed-in session`,
      );
      throw new AuthError(AuthErrorCode.SessionRequired, 'This needs a signed-in session; API tokens cannot call it.');
    }
    if (principal.clusterId) {
      const target = typeof req.params?.clusterId === 'string' ? req.params.clusterId : undefined;
      const allowed =
        target === undefined ? this.reflector.getAllAndOverride<boolean>(ALLOW_SCOPED, targets) === true : target === principal.clusterId;
      if (!allowed) {
        await this.deny('auth.out_of_scope', `token scoped to cluster ${principal.clusterId} tried ${req.method} ${req.path}`);
        throw new AuthError(AuthErrorCode.OutOfScope, 'This token is scoped to another cluster.');
      }
    }
    return true;
  }

  private async identify(req: AuthedRequest): Promise<Principal> {
    const header = req.headers.authorization;
    const ip = req.ip ?? 'unknown';
    if (header !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
      const wait = this.limiter.blocked(`token-fail:${ip}`, TOKEN_FAILURE_LIMIT.limit, TOKEN_FAILURE_LIMIT.windowMs);
      if (wait > 0) {
        throw new AuthError(AuthErrorCode.RateLimited, `Too many invalid tokens from this address; retry in ${wait} s.`, [], {
          retryAfter: wait,
        });
      }
      const check: TokenCheck = m ? await this.tokens.authenticate(m[1], ip) : { ok: false, reason: 'malformed' };
      if (!check.ok) {
        this.limiter.hit(`token-fail:${ip}`, TOKEN_FAILURE_LIMIT.limit, TOKEN_FAILURE_LIMIT.windowMs);
        await this.audit.record({
          action: 'auth.token_rejected',
          targetType: 'token',
          targetId: check.tokenId,
          outcome: 'denied',
          detail: `${check.reason} token`,
        });
        const why = {
          malformed: 'is malformed',
          unknown: 'is not valid',
          revoked: 'was revoked',
          expired: 'has expired',
          user_disabled: 'belongs to a disabled user',
        }[check.reason];
        throw new AuthError(AuthErrorCode.InvalidToken, `The Bearer token ${why}.`);
      }
      const ctx = currentContext();
      if (ctx) ctx.principal = check.principal;
      if (check.newAddress) {
        await this.audit.record({
          action: 'auth.token_new_address',
          targetType: 'token',
          targetId: check.principal.tokenId,
          detail: `token used from a new address ${ip}`,
        });
        if (ctx) ctx.audited = false; // the request's own action is still to be recorded
      }
      return check.principal;
    }
    const cookie = req.cookies?.[SESSION_COOKIE] as string | undefined;
    if (cookie) {
      const s = await this.auth.authenticateSession(cookie);
      if (s) {
        if (!SAFE_METHODS.has(req.method)) {
          const sent = req.headers[CSRF_HEADER];
          if (typeof sent !== 'string' || sent !== s.csrfToken) {
            const ctx = currentContext();
            if (ctx) ctx.principal = s.principal;
            await this.deny('auth.csrf_rejected', `missing or wrong ${CSRF_HEADER} on ${req.method} ${req.path}`);
            throw new AuthError(
              AuthErrorCode.CsrfRejected,
              `Cookie-authenticated writes need the ${CSRF_HEADER} header from sign-in (or /auth/me).`,
            );
          }
        }
        req.csrfToken = s.csrfToken;
        return s.principal;
      }
    }
    throw new AuthError(AuthErrorCode.Unauthenticated, 'Sign in, or send an API token as "Authorization: Bearer lvs_…".');
  }

  private async deny(action: string, detail: string): Promise<void> {
    await this.audit.record({ action, outcome: 'denied', detail });
  }
}
