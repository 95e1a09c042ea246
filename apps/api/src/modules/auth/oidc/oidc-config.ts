import { z } from 'zod';
import { ROLES, type Role } from '../../../common/auth/roles';

/** One entry of OIDC_ROLE_MAP: a value of the role claim (`*` = anyone signed in) and the role it grants. */
export interface RoleRule {
  value: string;
  role: Role;
}

export interface OidcConfig {
  issuer: URL;
  clientId: string;
  /** Secret: never logged. Unset = a public client (PKCE alone, token endpoint auth `none`). */
  clientSecret: string | undefined;
  /** How the console authenticates at the token endpoint: the secret in HTTP Basic or in the form body, or none (a public client). */
  clientAuth: 'client_secret_basic' | 'client_secret_post' | 'none';
  redirectUrl: URL;
  /** The claim whose values pick the role (a string or an array of strings, e.g. `groups`). */
  roleClaim: string;
  roleMap: RoleRule[];
  /** The claim that names a new user (falls back to `email`, then `sub`). */
  usernameClaim: string;
  scopes: string;
  /** What the sign-in button says: "Sign in with <name>". */
  name: string;
  /** Plain-HTTP issuer, allowed only on loopback (a provider started beside the API, in tests or development). */
  insecure: boolean;
}

export interface LocalLoginConfig {
  /** `on`: everyone may sign in with a password; `break-glass-only`: only the users in `breakGlassUsers`. */
  mode: 'on' | 'break-glass-only';
  /** Lower-cased user names (user names are unique without regard to case). */
  breakGlassUsers: string[];
}

export interface SsoConfig {
  oidc: OidcConfig | undefined;
  localLogin: LocalLoginConfig;
}

/** The environment variables of single sign-on; spread into the API's EnvSchema. */
export const SSO_ENV = {
  OIDC_ISSUER: z.string().optional(),
  OIDC_CLIENT_ID: z.string().max(256).optional(),
  OIDC_CLIENT_SECRET: z.string().max(1024).optional(),
  OIDC_CLIENT_AUTH: z
    .enum(['client_secret_basic', 'client_secret_post'], { error: 'must be client_secret_basic or client_secret_post' })
    .optional(),
  OIDC_REDIRECT_URL: z.string().optional(),
  OIDC_ROLE_CLAIM: z
    .string()
    .regex(/^[A-Za-z0-9_:./-]{1,128}$/, 'must be a claim name (letters, digits, _ : . / -)')
    .default('groups'),
  OIDC_ROLE_MAP: z.string().optional(),
  OIDC_USERNAME_CLAIM: z
    .string()
    .regex(/^[A-Za-z0-9_:./-]{1,128}$/, 'must be a claim name (letters, digits, _ : . / -)')
    .default('preferred_username'),
  OIDC_SCOPES: z
    .string()
    .default('openid profile email')
    .refine((v) => v.split(/\s+/).includes('openid'), 'must include openid'),
  OIDC_PROVIDER_NAME: z.string().max(64).optional(),
  LOCAL_LOGIN: z.enum(['on', 'break-glass-only'], { error: 'must be on or break-glass-only' }).default('on'),
  BREAK_GLASS_USERS: z.string().default(''),
};

/** Exported for the docs and tests: the single sign-on variables as one schema. */
export const SsoEnvSchema = z.object(SSO_ENV);
type SsoEnv = z.output<typeof SsoEnvSchema>;

/** Parses `lvs-admins=admin,lvs-ops=operator,*=viewer`; the problem names the bad entry. */
export function parseRoleMap(text: string): { rules: RoleRule[] } | { error: string } {
  const rules: RoleRule[] = [];
  for (const entry of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const at = entry.lastIndexOf('=');
    const value = at > 0 ? entry.slice(0, at).trim() : '';
    const role = at > 0 ? entry.slice(at + 1).trim() : '';
    if (!value || !(ROLES as readonly string[]).includes(role)) {
      return { error: `"${entry}" is not claim-value=role (role one of ${ROLES.join(', ')}; * for anyone)` };
    }
    rules.push({ value, role: role as Role });
  }
  if (rules.length === 0) return { error: 'must map at least one claim value to a role (e.g. lvs-admins=admin,*=viewer)' };
  return { rules };
}

const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

/**
 * The role a user gets from the values of the role claim: the highest role of every rule that
 * matches one of them (`*` matches anyone). Undefined when no rule matches: no sign-in.
 */
export function mapRole(claim: unknown, rules: RoleRule[]): { role: Role; matched: string[] } | undefined {
  const values = claimValues(claim);
  let best: Role | undefined;
  const matched: string[] = [];
  for (const r of rules) {
    if (r.value !== '*' && !values.includes(r.value)) continue;
    matched.push(r.value);
    if (best === undefined || RANK[r.role] > RANK[best]) best = r.role;
  }
  return best === undefined ? undefined : { role: best, matched };
}

/**
 * A claim by name: the top-level claim of that exact name (namespaced claims such as
 * `https://example.com/groups` hold dots), else a dotted path into nested claims, as Keycloak
 * puts roles in `realm_access.roles` or `resource_access.<client>.roles`.
 */
export function claimAt(claims: Record<string, unknown>, name: string): unknown {
  if (claims[name] !== undefined) return claims[name];
  let v: unknown = claims;
  for (const part of name.split('.')) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** A claim as a list of strings: an array of strings, or one string (one value: group names may hold spaces). */
export function claimValues(claim: unknown): string[] {
  if (typeof claim === 'string') return [claim];
  if (Array.isArray(claim)) return claim.filter((v): v is string => typeof v === 'string');
  return [];
}

function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

function absoluteUrl(v: string): URL | undefined {
  try {
    const u = new URL(v);
    return /^https?:$/.test(u.protocol) && !u.username && !u.password && !u.hash ? u : undefined;
  } catch {
    return undefined;
  }
}

/** Cross-checks the single sign-on variables; `problems` are lines `NAME: message` like the rest of the config's. */
export function ssoConfig(e: SsoEnv): { sso: SsoConfig; problems: string[] } {
  const problems: string[] = [];
  const breakGlassUsers = e.BREAK_GLASS_USERS.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const u of breakGlassUsers) {
    if (!/^[A-Za-z0-9_.@-]{1,64}$/.test(u)) problems.push(`BREAK_GLASS_USERS: "${u}" is not a user name (1-64 letters, digits, _ . @ -)`);
  }
  const localLogin: LocalLoginConfig = { mode: e.LOCAL_LOGIN, breakGlassUsers: breakGlassUsers.map((u) => u.toLowerCase()) };
  let oidc: OidcConfig | undefined;
  if (e.OIDC_ISSUER === undefined) {
    for (const k of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_CLIENT_AUTH', 'OIDC_REDIRECT_URL', 'OIDC_ROLE_MAP'] as const) {
      if (e[k] !== undefined) problems.push(`${k}: is set but OIDC_ISSUER is not (set both, or neither)`);
    }
  } else {
    const issuer = absoluteUrl(e.OIDC_ISSUER);
    if (!issuer || issuer.search)
      problems.push(
        `OIDC_ISSUER: must be the provider's issuer URL, e.g. https://login.example.com/realms/it (got ${JSON.stringify(e.OIDC_ISSUER)})`,
      );
    else if (issuer.protocol === 'http:' && !isLoopback(issuer.hostname))
      problems.push(`OIDC_ISSUER: must be https:// (plain http only on loopback) (got ${JSON.stringify(e.OIDC_ISSUER)})`);
    if (!e.OIDC_CLIENT_ID) problems.push('OIDC_CLIENT_ID: is required with OIDC_ISSUER');
    if (e.OIDC_CLIENT_AUTH !== undefined && e.OIDC_CLIENT_SECRET === undefined)
      problems.push('OIDC_CLIENT_AUTH: needs OIDC_CLIENT_SECRET (without a secret the console is a public client)');
    const redirect = e.OIDC_REDIRECT_URL === undefined ? undefined : absoluteUrl(e.OIDC_REDIRECT_URL);
    if (!redirect || redirect.search) {
      problems.push(
        `OIDC_REDIRECT_URL: must be the console's absolute callback URL, e.g. https://lvs.example.com/api/v1/auth/oidc/callback${e.OIDC_REDIRECT_URL === undefined ? ' (required with OIDC_ISSUER)' : ` (got ${JSON.stringify(e.OIDC_REDIRECT_URL)})`}`,
      );
    }
    const map =
      e.OIDC_ROLE_MAP === undefined
        ? { error: 'is required with OIDC_ISSUER (e.g. lvs-admins=admin,lvs-ops=operator,*=viewer)' }
        : parseRoleMap(e.OIDC_ROLE_MAP);
    if ('error' in map) problems.push(`OIDC_ROLE_MAP: ${map.error}`);
    if (issuer && redirect && e.OIDC_CLIENT_ID && !('error' in map) && problems.length === 0) {
      oidc = {
        issuer,
        clientId: e.OIDC_CLIENT_ID,
        clientSecret: e.OIDC_CLIENT_SECRET,
        clientAuth: e.OIDC_CLIENT_SECRET === undefined ? 'none' : (e.OIDC_CLIENT_AUTH ?? 'client_secret_basic'),
        redirectUrl: redirect,
        roleClaim: e.OIDC_ROLE_CLAIM,
        roleMap: map.rules,
        usernameClaim: e.OIDC_USERNAME_CLAIM,
        scopes: e.OIDC_SCOPES.split(/\s+/).filter(Boolean).join(' '),
        name: e.OIDC_PROVIDER_NAME ?? issuer.hostname,
        insecure: issuer.protocol === 'http:',
      };
    }
  }
  if (localLogin.mode === 'break-glass-only') {
    if (e.OIDC_ISSUER === undefined)
      problems.push(
        'LOCAL_LOGIN: break-glass-only needs single sign-on (OIDC_ISSUER …), or nobody but the break-glass users could sign in',
      );
    if (breakGlassUsers.length === 0)
      problems.push(
        'BREAK_GLASS_USERS: must name at least one local user with LOCAL_LOGIN=break-glass-only (the way in when the provider is down)',
      );
  }
  return { sso: { oidc, localLogin }, problems };
}
