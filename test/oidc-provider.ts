import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';
import { freePort } from './global-setup';

export interface TestAccount {
  groups: string[];
  /** Keycloak-style nested roles, released as `realm_access.roles` (with the groups scope). */
  realmRoles?: string[];
  email?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who may sign in, and their groups (change them between sign-ins to see the role follow). */
  accounts: Map<string, TestAccount>;
  /** Lifetime of the next authorization codes, in seconds (60 unless a test shortens it). */
  codeTtlSeconds: number;
  /** The OpenID Connect environment of a console that uses this provider. */
  env(redirectUrl: string, roleMap?: string): Record<string, string>;
  close(): Promise<void>;
}

/** The console's client at the test provider. */
export const TEST_OIDC_CLIENT = { id: 'lvs-console', secret: 'test-client-secret-0123456789abcdef' };

/** The OpenID Connect environment of a console that signs in at `issuer` (groups → roles). */
export function oidcEnv(
  issuer: string,
  redirectUrl: string,
  roleMap = 'lvs-admins=admin,lvs-ops=operator,lvs-viewers=viewer',
): Record<string, string> {
  return {
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: TEST_OIDC_CLIENT.id,
    OIDC_CLIENT_SECRET: TEST_OIDC_CLIENT.secret,
    OIDC_REDIRECT_URL: redirectUrl,
    OIDC_ROLE_CLAIM: 'groups',
    OIDC_ROLE_MAP: roleMap,
    OIDC_SCOPES: 'openid profile email groups',
    OIDC_PROVIDER_NAME: 'Test IdP',
  };
}

/**
 * A real OpenID provider (`oidc-provider`, in this process) on a loopback port: discovery, JWKS,
 * authorization code + PKCE (required), userinfo with a `groups` claim, RP-initiated logout, and
 * its development login and consent pages (any password; the login is the account id).
 */
export async function startOidcProvider(opts: {
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  port?: number;
}): Promise<TestOidcProvider> {
  const port = opts.port ?? (await freePort());
  const issuer = testIssuer(port);
  const { id: clientId, secret: clientSecret } = TEST_OIDC_CLIENT;
  const accounts = new Map<string, TestAccount>();
  const state = { codeTtlSeconds: 60 };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: opts.redirectUris,
        post_logout_redirect_uris: opts.postLogoutRedirectUris ?? [],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      // The same console as a client that sends its secret in the form, and as a public client (PKCE alone).
      {
        client_id: `${clientId}-post`,
        client_secret: clientSecret,
        redirect_uris: opts.redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
      {
        client_id: `${clientId}-public`,
        redirect_uris: opts.redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'none',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['preferred_username', 'name'], email: ['email'], groups: ['groups', 'realm_access'] },
    findAccount: async (_ctx, id) => {
      const a = accounts.get(id);
      if (!a) return undefined;
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          preferred_username: id,
          name: id,
          email: a.email ?? `${id}@example.test`,
          groups: [...a.groups],
          realm_access: { roles: [...(a.realmRoles ?? [])] },
        }),
      };
    },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    ttl: { AuthorizationCode: () => state.codeTtlSeconds, Session: 3600, Grant: 3600, Interaction: 600, AccessToken: 600, IdToken: 600 },
    cookies: { keys: ['test-oidc-provider-cookie-key'] },
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    get codeTtlSeconds() {
      return state.codeTtlSeconds;
    },
    set codeTtlSeconds(v: number) {
      state.codeTtlSeconds = v;
    },
    env: (redirectUrl, roleMap) => oidcEnv(issuer, redirectUrl, roleMap),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function testIssuer(port: number): string {
  return `http://127.0.0.1:${port}`;
}

/** Cookies by name for one origin at a time (enough for two loopback servers whose cookie names differ). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\b/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  delete(name: string): void {
    this.cookies.delete(name);
  }

  names(): string[] {
    return [...this.cookies.keys()];
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** One GET or form POST without following redirects, cookies from and into `jar`. */
export async function step(url: string, jar: CookieJar, form?: Record<string, string>): Promise<Response> {
  const res = await fetch(url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: { accept: 'text/html', cookie: jar.header(), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  jar.take(res);
  return res;
}

/**
 * Walks the provider's pages as a person would — the login form (account id, any password), then
 * the consent form — from the authorization URL until the provider redirects to `redirectPrefix`,
 * and returns that URL (the callback with code, state and iss). Bounded: at most 12 steps.
 */
export async function authorizeAt(authUrl: string, login: string, redirectPrefix: string, jar = new CookieJar()): Promise<string> {
  let url = authUrl;
  let form: Record<string, string> | undefined;
  for (let i = 0; i < 12; i++) {
    const res = await step(url, jar, form);
    form = undefined;
    const location = res.headers.get('location');
    if (location) {
      const next = new URL(location, url).href;
      if (next.startsWith(redirectPrefix)) return next;
      url = next;
      continue;
    }
    const html = await res.text();
    if (res.status !== 200) throw new Error(`the provider answered ${res.status} at ${url}: ${html.slice(0, 300)}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`no interaction form at ${url}: ${html.slice(0, 300)}`);
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    form = prompt === 'login' ? { prompt, login, password: 'any-password' } : { prompt };
  }
  throw new Error(`the provider did not redirect to ${redirectPrefix} within 12 steps`);
}
