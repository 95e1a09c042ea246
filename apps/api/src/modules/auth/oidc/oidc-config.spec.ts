import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../config/app-config';
import { isSafeReturnTo } from './oidc-flow';
import { claimAt, mapRole, parseRoleMap } from './oidc-config';

const OIDC = {
  OIDC_ISSUER: 'https://login.example.com/realms/it',
  OIDC_CLIENT_ID: 'lvs-console',
  OIDC_CLIENT_SECRET: 'very-secret-value',
  OIDC_REDIRECT_URL: 'https://lvs.example.com/api/v1/auth/oidc/callback',
  OIDC_ROLE_MAP: 'lvs-admins=admin,lvs-ops=operator,*=viewer',
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('single sign-on configuration', () => {
  it('is off by default, with password sign-in for everyone', () => {
    expect(loadConfig({}).sso).toEqual({ oidc: undefined, localLogin: { mode: 'on', breakGlassUsers: [] } });
  });

  it('reads a complete provider configuration', () => {
    const { oidc, localLogin } = loadConfig({ ...OIDC, LOCAL_LOGIN: 'break-glass-only', BREAK_GLASS_USERS: 'Admin, root-ops' }).sso;
    expect(oidc).toMatchObject({
      clientId: 'lvs-console',
      clientSecret: 'very-secret-value',
      clientAuth: 'client_secret_basic',
      roleClaim: 'groups',
      usernameClaim: 'preferred_username',
      scopes: 'openid profile email',
      name: 'login.example.com',
      insecure: false,
    });
    expect(oidc!.issuer.href).toBe('https://login.example.com/realms/it');
    expect(oidc!.roleMap).toEqual([
      { value: 'lvs-admins', role: 'admin' },
      { value: 'lvs-ops', role: 'operator' },
      { value: '*', role: 'viewer' },
    ]);
    expect(localLogin).toEqual({ mode: 'break-glass-only', breakGlassUsers: ['admin', 'root-ops'] });
  });

  it('names every bad or missing variable, never the client secret', () => {
    const p = problems({
      OIDC_ISSUER: 'http://login.example.com',
      OIDC_CLIENT_SECRET: 'very-secret-value',
      OIDC_REDIRECT_URL: '/relative',
      OIDC_ROLE_MAP: 'lvs-admins=root',
    });
    expect(p.find((l) => l.startsWith('OIDC_ISSUER'))).toContain('https://');
    expect(p.find((l) => l.startsWith('OIDC_CLIENT_ID'))).toContain('required');
    expect(p.find((l) => l.startsWith('OIDC_REDIRECT_URL'))).toContain('absolute');
    expect(p.find((l) => l.startsWith('OIDC_ROLE_MAP'))).toContain('"lvs-admins=root"');
    expect(p.join('\n')).not.toContain('very-secret-value');
    expect(problems({ ...OIDC, OIDC_ROLE_MAP: '' })).toEqual([expect.stringMatching(/^OIDC_ROLE_MAP: is required/)]);
    expect(problems({ OIDC_CLIENT_ID: 'x' })).toEqual(['OIDC_CLIENT_ID: is set but OIDC_ISSUER is not (set both, or neither)']);
    // plain http is fine on loopback only (a provider beside the API)
    expect(loadConfig({ ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:8080' }).sso.oidc?.insecure).toBe(true);
    expect(problems({ ...OIDC, OIDC_CLIENT_SECRET: '', OIDC_CLIENT_AUTH: 'client_secret_post' })).toEqual([
      expect.stringMatching(/^OIDC_CLIENT_AUTH: needs OIDC_CLIENT_SECRET/),
    ]);
    expect(problems({ ...OIDC, OIDC_CLIENT_AUTH: 'private_key_jwt' })).toEqual([
      expect.stringMatching(/^OIDC_CLIENT_AUTH: must be client_secret_basic or client_secret_post/),
    ]);
    expect(loadConfig({ ...OIDC, OIDC_CLIENT_SECRET: '' }).sso.oidc?.clientAuth).toBe('none');
    expect(loadConfig({ ...OIDC, OIDC_CLIENT_AUTH: 'client_secret_post' }).sso.oidc?.clientAuth).toBe('client_secret_post');
    expect(problems({ ...OIDC, OIDC_SCOPES: 'profile email' })).toEqual([expect.stringMatching(/^OIDC_SCOPES: must include openid/)]);
  });

  it('refuses break-glass-only without a provider or without break-glass users (nobody could sign in)', () => {
    expect(problems({ LOCAL_LOGIN: 'break-glass-only', BREAK_GLASS_USERS: 'admin' })).toEqual([
      expect.stringMatching(/^LOCAL_LOGIN: break-glass-only needs single sign-on/),
    ]);
    expect(problems({ ...OIDC, LOCAL_LOGIN: 'break-glass-only' })).toEqual([
      expect.stringMatching(/^BREAK_GLASS_USERS: must name at least one/),
    ]);
    expect(problems({ ...OIDC, LOCAL_LOGIN: 'off' })).toEqual([expect.stringMatching(/^LOCAL_LOGIN: must be on or break-glass-only/)]);
    expect(problems({ ...OIDC, LOCAL_LOGIN: 'break-glass-only', BREAK_GLASS_USERS: 'admin,bad name' })).toEqual([
      expect.stringMatching(/^BREAK_GLASS_USERS: "bad name" is not a user name/),
    ]);
  });
});

describe('role mapping from the claim', () => {
  const rules = (parseRoleMap('lvs-admins=admin,lvs-ops=operator,LVS Viewers=viewer') as { rules: Parameters<typeof mapRole>[1] }).rules;

  it('gives the highest role of every matching value, and nothing when none matches', () => {
    expect(mapRole(['lvs-ops', 'lvs-admins'], rules)).toEqual({ role: 'admin', matched: ['lvs-admins', 'lvs-ops'] });
    expect(mapRole(['LVS Viewers'], rules)).toEqual({ role: 'viewer', matched: ['LVS Viewers'] });
    expect(mapRole('lvs-ops', rules)).toEqual({ role: 'operator', matched: ['lvs-ops'] });
    expect(mapRole(['marketing'], rules)).toBeUndefined();
    expect(mapRole(undefined, rules)).toBeUndefined();
    expect(mapRole([42, { x: 1 }], rules)).toBeUndefined();
  });

  it('maps anyone with *, below any better match', () => {
    const withDefault = (parseRoleMap('*=viewer, ops=operator') as { rules: Parameters<typeof mapRole>[1] }).rules;
    expect(mapRole([], withDefault)).toEqual({ role: 'viewer', matched: ['*'] });
    expect(mapRole(['ops'], withDefault)?.role).toBe('operator');
  });

  it('names a bad entry', () => {
    expect(parseRoleMap('admins')).toEqual({ error: expect.stringContaining('"admins" is not claim-value=role') });
    expect(parseRoleMap(' , ')).toEqual({ error: expect.stringContaining('at least one') });
    // the last = splits, so a claim value may hold one (not a comma: entries are comma-separated)
    expect(parseRoleMap('cn=lvs-admins=admin')).toEqual({ rules: [{ value: 'cn=lvs-admins', role: 'admin' }] });
  });
});

describe('claimAt', () => {
  it('reads a top-level claim by its exact name, else a dotted path into nested claims', () => {
    const claims = {
      groups: ['a'],
      'https://example.com/groups': ['ns'],
      realm_access: { roles: ['lvs-admins'] },
      resource_access: { 'lvs-console': { roles: ['ops'] } },
    };
    expect(claimAt(claims, 'groups')).toEqual(['a']);
    expect(claimAt(claims, 'https://example.com/groups')).toEqual(['ns']);
    expect(claimAt(claims, 'realm_access.roles')).toEqual(['lvs-admins']);
    expect(claimAt(claims, 'resource_access.lvs-console.roles')).toEqual(['ops']);
    expect(claimAt(claims, 'realm_access.missing.roles')).toBeUndefined();
    expect(claimAt(claims, 'groups.0')).toBeUndefined();
  });
});

describe('returnTo', () => {
  it('is a path on the console, never another host', () => {
    for (const ok of ['/', '/clusters/5?tab=history', '/audit#top']) expect(isSafeReturnTo(ok), ok).toBe(true);
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'clusters', '/a b', `/${'x'.repeat(600)}`])
      expect(isSafeReturnTo(bad), bad).toBe(false);
  });
});
