import { hostname, userInfo } from 'node:os';
import { createApiClient } from '@lvs/api-client';
import { connect, must } from '../api';
import { configPath, readConfig, writeConfig } from '../config';
import { CliError, ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import { render, type Format } from '../output';
import { opts } from './read';

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'user';
  }
}

export async function login(io: CliIo, ...args: unknown[]): Promise<void> {
  const o = opts<{ username?: string; passwordStdin?: boolean; contextName?: string; tokenName?: string; expiresInDays: string }>(args);
  const { server } = connect(io, o, { needToken: false });
  const username = o.username ?? io.env.LVS_USERNAME;
  if (!username) throw new CliError('lvsctl login needs --username (or LVS_USERNAME).', ExitCode.Invalid);
  const days = Number(o.expiresInDays);
  if (!Number.isInteger(days) || days < 1 || days > 3650)
    throw new CliError('--expires-in-days must be a whole number 1-3650', ExitCode.Invalid);
  let password: string | undefined;
  if (o.passwordStdin) password = (await io.readStdin()).replace(/\r?\n$/, '');
  else
    password =
      io.env.LVS_PASSWORD ?? (io.promptSecret ? await io.promptSecret(`Password for ${username}@${new URL(server).host}: `) : undefined);
  if (!password) throw new CliError('No password: use --password-stdin, LVS_PASSWORD, or run on a terminal.', ExitCode.Invalid);

  const anon = createApiClient(server);
  const signIn = await anon.POST('/api/v1/auth/login', { body: { username, password } });
  const me = must(signIn, 'sign in');
  // The session cookie and the CSRF token authorise the one write this session makes.
  const cookie = signIn.response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const session = { cookie, 'x-csrf-token': me.csrfToken ?? '' };
  try {
    const name = o.tokenName ?? `lvsctl ${safeUser()}@${hostname()}`;
    const made = must(
      await anon.POST('/api/v1/tokens', { body: { name, role: me.user.role, expiresInDays: days }, headers: session }),
      'create an API token',
    );
    const path = configPath(io.env);
    const cfg = readConfig(path);
    const ctxName = o.contextName ?? o.context ?? new URL(server).host;
    cfg.contexts[ctxName] = { server, token: made.secret, tokenId: made.token.id, user: me.user.username, expiresAt: made.token.expiresAt };
    cfg.currentContext = ctxName;
    writeConfig(path, cfg);
    io.err(
      `Signed in as ${me.user.username} (${me.user.role}); token "${name}" (${made.token.prefix}…, expires ${made.token.expiresAt ?? 'never'}) stored in context ${ctxName} of ${path}.\n`,
    );
  } finally {
    await anon.POST('/api/v1/auth/logout', { headers: session }).catch(() => undefined);
  }
}

export async function logout(io: CliIo, ...args: unknown[]): Promise<void> {
  const o = opts<object>(args);
  const path = configPath(io.env);
  const cfg = readConfig(path);
  const name = o.context ?? cfg.currentContext;
  const ctx = name ? cfg.contexts[name] : undefined;
  if (!name || !ctx?.token) throw new CliError('No context with a token to log out of.', ExitCode.Invalid);
  const { api } = connect(io, { ...o, context: name, server: ctx.server, token: ctx.token });
  if (ctx.tokenId) {
    const r = await api.DELETE('/api/v1/tokens/{tokenId}', { params: { path: { tokenId: ctx.tokenId } } });
    if (!r.response.ok && r.response.status !== 401) must(r, 'revoke the token');
  }
  cfg.contexts[name] = { ...ctx, token: undefined, tokenId: undefined, expiresAt: undefined };
  writeConfig(path, cfg);
  io.err(`Logged out of ${name}: the token is revoked and removed.\n`);
}

export async function getContexts(io: CliIo, ...args: unknown[]): Promise<void> {
  const o = opts<{ output: Format }>(args);
  const cfg = readConfig(configPath(io.env));
  const rows = Object.entries(cfg.contexts).map(([name, c]) => ({
    current: name === cfg.currentContext,
    name,
    server: c.server,
    user: c.user ?? null,
    token: c.token ? 'set' : 'unset',
    expiresAt: c.expiresAt ?? null,
  }));
  io.out(
    render(o.output, rows, rows, [
      { header: 'CURRENT', value: (r) => (r.current ? '*' : '') },
      { header: 'NAME', value: (r) => r.name },
      { header: 'SERVER', value: (r) => r.server },
      { header: 'USER', value: (r) => r.user },
      { header: 'TOKEN', value: (r) => r.token },
      { header: 'EXPIRES', value: (r) => r.expiresAt },
    ]),
  );
}

export async function useContext(io: CliIo, name: string): Promise<void> {
  const path = configPath(io.env);
  const cfg = readConfig(path);
  if (!cfg.contexts[name]) throw new CliError(`No context ${name} in ${path}`, ExitCode.Invalid);
  cfg.currentContext = name;
  writeConfig(path, cfg);
  io.err(`Switched to context ${name}.\n`);
}
