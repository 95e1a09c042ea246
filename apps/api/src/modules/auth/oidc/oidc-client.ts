import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { claimAt, type OidcConfig } from './oidc-config';
import { OidcError, OidcErrorCode } from './oidc.errors';

/** Seconds any one request to the provider may take (discovery, token, userinfo). */
const PROVIDER_TIMEOUT_S = 10;
/** Discovery is re-read after this long (keys rotate through the JWKS, which openid-client re-fetches itself). */
const DISCOVERY_TTL_MS = 3_600_000;

export interface FlowChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface ProviderIdentity {
  issuer: string;
  subject: string;
  /** ID token claims, completed from the userinfo endpoint for claims the ID token does not carry. */
  claims: Record<string, unknown>;
}

/**
 * The OpenID provider behind one seam (STYLE rule 7): discovery (cached), the authorization URL,
 * the code exchange with every check openid-client makes (state, PKCE, nonce, ID token signature,
 * issuer, audience, expiry), userinfo, and the RP-initiated logout URL.
 */
@Injectable()
export class OidcClient {
  private readonly logger = new Logger(OidcClient.name);
  private discovered: { at: number; config: Promise<oidc.Configuration> } | undefined;

  constructor(@Inject(APP_CONFIG) private readonly app: AppConfig) {}

  get settings(): OidcConfig {
    const c = this.app.sso.oidc;
    if (!c) throw new OidcError(OidcErrorCode.NotConfigured, 'Single sign-on is not configured on this console (OIDC_ISSUER).');
    return c;
  }

  private configuration(): Promise<oidc.Configuration> {
    const s = this.settings;
    if (!this.discovered || Date.now() - this.discovered.at > DISCOVERY_TTL_MS) {
      const auth =
        s.clientSecret === undefined
          ? oidc.None()
          : s.clientAuth === 'client_secret_post'
            ? oidc.ClientSecretPost(s.clientSecret)
            : oidc.ClientSecretBasic(s.clientSecret);
      const config = oidc
        .discovery(s.issuer, s.clientId, s.clientSecret === undefined ? undefined : { client_secret: s.clientSecret }, auth, {
          timeout: PROVIDER_TIMEOUT_S,
          execute: s.insecure ? [oidc.allowInsecureRequests] : [],
        })
        .catch((e: unknown) => {
          this.discovered = undefined; // try again on the next sign-in
          this.logger.warn(`OpenID discovery of ${s.issuer.href} failed: ${describe(e)}`);
          throw new OidcError(
            OidcErrorCode.ProviderUnavailable,
            `The discovery document of the sign-in provider ${s.name} (${s.issuer.href}) could not be read or used: ${describe(e)}.`,
          );
        });
      this.discovered = { at: Date.now(), config };
    }
    return this.discovered.config;
  }

  /** Where to send the browser: the provider's authorization endpoint with PKCE (S256), state and nonce. */
  async authorizationUrl(checks: FlowChecks): Promise<URL> {
    const config = await this.configuration();
    const s = this.settings;
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: s.redirectUrl.href,
      scope: s.scopes,
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
  }

  /**
   * Exchanges the code of the callback's query string. The redirect_uri sent is OIDC_REDIRECT_URL,
   * whatever host or proxy the request came through, so it matches what was registered.
   */
  async exchange(callbackQuery: URLSearchParams, checks: FlowChecks): Promise<ProviderIdentity> {
    const config = await this.configuration();
    const current = new URL(this.settings.redirectUrl.href);
    current.search = callbackQuery.toString();
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
    } catch (e) {
      throw classify(e, this.settings.name);
    }
    const claims = tokens.claims();
    if (!claims) throw new OidcError(OidcErrorCode.IdTokenInvalid, 'The provider sent no ID token.');
    const all: Record<string, unknown> = { ...claims };
    const s = this.settings;
    // Many providers put groups and profile claims only in userinfo (OpenID Connect Core 5.4).
    const missing = [s.roleClaim, s.usernameClaim].some((c) => claimAt(all, c) === undefined);
    if (missing && config.serverMetadata().userinfo_endpoint) {
      try {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
        for (const [k, v] of Object.entries(info)) if (all[k] === undefined) all[k] = v;
      } catch (e) {
        throw classify(e, s.name);
      }
    }
    return { issuer: claims.iss, subject: claims.sub, claims: all };
  }

  /** The provider's end_session_endpoint URL to send the browser to after sign-out, or null when it has none (or cannot be reached). */
  async endSessionUrl(postLogoutRedirect: string): Promise<string | null> {
    try {
      const config = await this.configuration();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(config, { client_id: this.settings.clientId, post_logout_redirect_uri: postLogoutRedirect }).href;
    } catch {
      return null;
    }
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) {
    const cause = e.cause instanceof Error ? `: ${e.cause.message}` : '';
    return `${e.message}${cause}`.slice(0, 300);
  }
  return String(e).slice(0, 300);
}

/** openid-client's errors as the console's: what the provider refused, what failed a check, what did not answer. */
function classify(e: unknown, provider: string): InstanceType<typeof OidcError> {
  if (e instanceof OidcError) return e;
  if (e instanceof oidc.AuthorizationResponseError) {
    return new OidcError(
      OidcErrorCode.ProviderError,
      `${provider} refused the sign-in: ${e.error}${e.error_description ? ` (${e.error_description})` : ''}.`,
      [],
      { providerError: e.error },
    );
  }
  if (e instanceof oidc.ResponseBodyError) {
    // invalid_grant: the code was used already, expired, or was issued for another client or verifier.
    return new OidcError(
      OidcErrorCode.CodeRejected,
      `${provider} refused the authorization code: ${e.error}${e.error_description ? ` (${e.error_description})` : ''}.`,
      [],
      { providerError: e.error },
    );
  }
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string' && /TIMEOUT|ECONNREFUSED|ENOTFOUND|ECONNRESET|UND_ERR|ABORT/i.test(`${code} ${describe(e)}`)) {
    return new OidcError(OidcErrorCode.ProviderUnavailable, `${provider} did not answer: ${describe(e)}.`);
  }
  if (e instanceof TypeError && /fetch failed/i.test(e.message))
    return new OidcError(OidcErrorCode.ProviderUnavailable, `${provider} did not answer: ${describe(e)}.`);
  if (e instanceof DOMException && (e.name === 'TimeoutError' || e.name === 'AbortError'))
    return new OidcError(OidcErrorCode.ProviderUnavailable, `${provider} did not answer in ${PROVIDER_TIMEOUT_S} s.`);
  if (typeof code === 'string' && /state/i.test(describe(e)))
    return new OidcError(OidcErrorCode.StateMismatch, `The sign-in response does not belong to this browser's sign-in (${describe(e)}).`);
  // Anything else openid-client raises is a failed check of the response or the ID token (signature, iss, aud, nonce, exp).
  return new OidcError(OidcErrorCode.IdTokenInvalid, `The provider's answer failed a check: ${describe(e)}.`);
}
