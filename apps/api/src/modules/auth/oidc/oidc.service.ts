import { Inject, Injectable } from '@nestjs/common';
import { randomNonce, randomPKCECodeVerifier, randomState } from 'openid-client';
import { QueryFailedError } from 'typeorm';
import { CredentialEvents } from '../../../common/auth/credential-events';
import type { Principal } from '../../../common/auth/principal';
import { RateLimiter } from '../../../common/auth/rate-limiter';
import { currentContext } from '../../../common/request-context';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { Clock } from '../../../infra/clock';
import { Crypto } from '../../../infra/crypto';
import { SECRET_BOX, type SecretBox } from '../../../infra/secret-box';
import { AuditService } from '../../audit/audit.service';
import { VerifiedTokens } from '../../tokens/verified-tokens';
import { UserEntity } from '../../users/user.entity';
import { UsersRepository } from '../../users/users.repository';
import type { MeDto } from '../auth.dto';
import { AuthError, AuthErrorCode } from '../auth.errors';
import { AuthService } from '../auth.service';
import { OidcClient, type ProviderIdentity } from './oidc-client';
import { claimAt, claimValues, mapRole } from './oidc-config';
import { FLOW_COOKIE_PREFIX, FLOW_TTL_MS, flowCookieName, openFlow, sealFlow } from './oidc-flow';
import type { OidcLogoutDto, ProvidersDto } from './oidc.dto';
import { OidcError, OidcErrorCode } from './oidc.errors';

export const OIDC_LOGIN_PATH = '/api/v1/auth/oidc/login';
/**
 * Callbacks per source address per minute: each one with a flow cookie (which anyone can get from
 * /oidc/login) makes the console call the provider's token endpoint, so they are counted like
 * password sign-ins, with room for an office behind one address signing in at nine.
 */
export const OIDC_CALLBACK_LIMIT = { limit: 60, windowMs: 60_000 };
/** Not a hash any password verifies against: the account of a provider's user has no password. */
const NO_PASSWORD = '!oidc';

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  me: MeDto;
  returnTo: string;
}

/**
 * Sign-in through an OpenID provider: authorization code + PKCE, state and nonce; the user is
 * found by (issuer, sub), created at the first sign-in, and given the role its claim maps to at
 * every sign-in.
 */
@Injectable()
export class OidcService {
  constructor(
    private readonly client: OidcClient,
    private readonly users: UsersRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly crypto: Crypto,
    private readonly verified: VerifiedTokens,
    private readonly credentials: CredentialEvents,
    private readonly limiter: RateLimiter,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  providers(): ProvidersDto {
    const { oidc, localLogin } = this.config.sso;
    const breakGlassOnly = localLogin.mode === 'break-glass-only';
    return {
      password: { enabled: !breakGlassOnly, breakGlassOnly },
      oidc: oidc ? { name: oidc.name, loginUrl: OIDC_LOGIN_PATH } : null,
    };
  }

  /** The provider's authorization URL and the sealed flow cookie (its name and value) that the callback must bring back. */
  async begin(returnTo: string | undefined): Promise<{ redirect: string; cookieName: string; flowCookie: string }> {
    const flow = {
      state: randomState(),
      nonce: randomNonce(),
      codeVerifier: randomPKCECodeVerifier(),
      returnTo: returnTo ?? '/',
      expiresAt: this.clock.now().getTime() + FLOW_TTL_MS,
    };
    const url = await this.client.authorizationUrl(flow);
    return { redirect: url.href, cookieName: this.flowCookieFor(flow.state), flowCookie: sealFlow(this.box, flow) };
  }

  /** The name of the flow cookie of the sign-in whose state is `state`. */
  flowCookieFor(state: string): string {
    return flowCookieName(this.crypto.sha256Hex(state));
  }

  /** Checks the callback against the flow cookie, exchanges the code, provisions the user and starts a session. */
  async finish(query: URLSearchParams, cookies: Record<string, string>, ip: string, userAgent: string): Promise<SignedIn> {
    const wait = this.limiter.hit(`oidc-callback:${ip}`, OIDC_CALLBACK_LIMIT.limit, OIDC_CALLBACK_LIMIT.windowMs);
    if (wait > 0) {
      await this.audit.record({ action: 'auth.rate_limited', outcome: 'denied', detail: `too many single sign-on callbacks from ${ip}` });
      throw new AuthError(AuthErrorCode.RateLimited, `Too many sign-ins from this address; retry in ${wait} s.`, [], { retryAfter: wait });
    }
    try {
      return await this.signIn(query, cookies, ip, userAgent);
    } catch (e) {
      if (e instanceof OidcError) {
        await this.audit.record({
          action: 'auth.oidc_login_failed',
          targetType: 'user',
          outcome: e.reason === OidcErrorCode.ProviderUnavailable ? 'failure' : 'denied',
          detail: `${e.code}: ${e.message}`.slice(0, 1000),
        });
      }
      throw e;
    }
  }

  private async signIn(query: URLSearchParams, cookies: Record<string, string>, ip: string, userAgent: string): Promise<SignedIn> {
    const state = query.get('state') ?? '';
    const sealed = cookies[this.flowCookieFor(state)];
    if (sealed === undefined && Object.keys(cookies).some((k) => k.startsWith(FLOW_COOKIE_PREFIX))) {
      throw new OidcError(OidcErrorCode.StateMismatch, "The sign-in response's state does not match any sign-in this browser started.");
    }
    const flow = openFlow(this.box, sealed, this.clock.now().getTime());
    if (!flow)
      throw new OidcError(
        OidcErrorCode.FlowExpired,
        'This sign-in was not started in this browser, or took longer than 10 minutes: start it again.',
      );
    // The cookie's name is only a digest: the sealed state itself must be the callback's.
    if (!this.crypto.sameDigest(this.crypto.sha256Hex(state), this.crypto.sha256Hex(flow.state))) {
      throw new OidcError(OidcErrorCode.StateMismatch, "The sign-in response's state does not match the sign-in this browser started.");
    }
    const identity = await this.client.exchange(query, flow);
    const settings = this.client.settings;
    const claim = claimAt(identity.claims, settings.roleClaim);
    const mapped = mapRole(claim, settings.roleMap);
    const values = claimValues(claim);
    if (!mapped) {
      await this.endSessionsOfUnmapped(identity);
      throw new OidcError(
        OidcErrorCode.NoRole,
        `Your ${settings.name} account has no ${settings.roleClaim} value this console maps to a role (got ${values.length ? values.map((v) => JSON.stringify(v)).join(', ') : 'none'}).`,
      );
    }
    const user = await this.provision(identity, mapped.role, values);
    const principal: Principal = { kind: 'user', userId: user.id, username: user.username, role: user.role };
    const ctx = currentContext();
    if (ctx) ctx.principal = principal;
    const signedIn = await this.auth.startSession(user, ip, userAgent);
    await this.audit.record({
      action: 'auth.oidc_login',
      targetType: 'user',
      targetId: user.id,
      after: { role: user.role, [settings.roleClaim]: values, matched: mapped.matched, issuer: identity.issuer, subject: identity.subject },
      detail: `signed in through ${settings.name} as ${user.role} (${settings.roleClaim}: ${mapped.matched.join(', ')})`,
    });
    return { ...signedIn, returnTo: flow.returnTo };
  }

  /**
   * The provider no longer gives a known user any role: the sessions they still hold end too (the
   * rights were taken away at the provider; without this they would last until the session expires).
   */
  private async endSessionsOfUnmapped(identity: ProviderIdentity): Promise<void> {
    const known = await this.users.findByOidcIdentity(identity.issuer, identity.subject);
    if (!known) return;
    const ended = await this.users.transaction((m) => this.users.endSessions(known.id, m));
    if (ended.length === 0) return;
    await this.audit.record({
      action: 'user.oidc_sessions_ended',
      targetType: 'user',
      targetId: known.id,
      detail: `the provider's claim maps to no role any more; sessions ended: ${ended.length}`,
    });
    this.verified.forget();
    this.credentials.emit({ kind: 'user', userId: known.id, reason: 'role' });
  }

  /** The user of (issuer, sub): created at the first sign-in; the role set from the claim at every one. */
  private async provision(identity: ProviderIdentity, role: UserEntity['role'], values: string[]): Promise<UserEntity> {
    const changes: string[] = [];
    let user: UserEntity;
    try {
      user = await this.users.transaction(async (m) => {
        const found = await this.users.findByOidcIdentity(identity.issuer, identity.subject, m);
        if (found) {
          if (found.disabled)
            throw new OidcError(OidcErrorCode.AccountDisabled, `The account ${found.username} is disabled on this console.`);
          if (found.role !== role) {
            const before = { role: found.role };
            found.role = role;
            await this.users.save(found, m);
            // The old rights end with the old role: the user's other sessions sign in again.
            const ended = await this.users.endSessions(found.id, m);
            await this.audit.record(
              {
                action: 'user.oidc_role_change',
                targetType: 'user',
                targetId: found.id,
                before,
                after: { role, claim: values },
                detail: `role from the provider's claim; other sessions ended: ${ended.length}`,
              },
              m,
            );
            changes.push(found.id);
          }
          return found;
        }
        const username = this.usernameFor(identity);
        if (await this.users.findByUsername(username, m)) {
          throw new OidcError(
            OidcErrorCode.UsernameTaken,
            `A user named "${username}" exists on this console already and is not this ${this.client.settings.name} account; an admin can rename or remove it.`,
          );
        }
        const u = new UserEntity();
        u.username = username;
        u.role = role;
        u.passwordHash = NO_PASSWORD;
        u.authSource = 'oidc';
        u.oidcIssuer = identity.issuer;
        u.oidcSubject = identity.subject;
        await this.users.save(u, m);
        await this.audit.record(
          {
            action: 'user.oidc_create',
            targetType: 'user',
            targetId: u.id,
            after: { username, role, authSource: 'oidc', issuer: identity.issuer, subject: identity.subject, claim: values },
          },
          m,
        );
        return u;
      });
    } catch (e) {
      // Two first sign-ins at once: the other one created the user (uq_users_oidc_identity); use it.
      if (e instanceof QueryFailedError && (e as { code?: string }).code === '23505') {
        const again = await this.users.findByOidcIdentity(identity.issuer, identity.subject);
        if (again) return again;
      }
      throw e;
    }
    if (changes.length > 0) {
      this.verified.forget();
      for (const id of changes) this.credentials.emit({ kind: 'user', userId: id, reason: 'role' });
    }
    return user;
  }

  /** A user name from the configured claim (then email, then sub), in the characters user names allow. */
  private usernameFor(identity: ProviderIdentity): string {
    const c = identity.claims;
    const raw =
      [claimAt(c, this.client.settings.usernameClaim), c.email, identity.subject].find(
        (v): v is string => typeof v === 'string' && v.trim() !== '',
      ) ?? '';
    const cleaned = raw
      .trim()
      .replace(/[^A-Za-z0-9_.@-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 64);
    return cleaned || `sso-${this.crypto.sha256Hex(identity.subject).slice(0, 12)}`;
  }

  /**
   * Ends the console session; for a user of the provider, also the URL of the provider's
   * end_session_endpoint (RP-initiated logout) the browser should go to next.
   */
  async logout(p: Principal): Promise<OidcLogoutDto> {
    const user = await this.users.findById(p.userId);
    let endSessionUrl: string | null = null;
    if (user?.authSource === 'oidc' && this.config.sso.oidc) {
      endSessionUrl = await this.client.endSessionUrl(new URL('/login', this.config.sso.oidc.redirectUrl).href);
    }
    await this.auth.logout(p);
    return { endSessionUrl };
  }
}
