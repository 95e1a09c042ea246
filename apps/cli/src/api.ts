import { createApiClient, type LvsApi } from '@lvs/api-client';
import { checkConfigMode, configPath, readConfig } from './config';
import { debugLog, debugOn } from './debug';
import { CliError, ExitCode } from './exit-codes';
import type { CliIo } from './io';

export interface GlobalOptions {
  server?: string;
  token?: string;
  context?: string;
}

export interface Connection {
  server: string;
  token?: string;
  api: LvsApi;
}

/**
 * Where to connect and with which token: flags, then LVS_SERVER/LVS_TOKEN, then the context named
 * by --context (or the file's current context). The token is never printed, not even in errors.
 */
export function connect(io: CliIo, g: GlobalOptions, opts: { needToken?: boolean } = {}): Connection {
  const path = configPath(io.env);
  const cfg = readConfig(path);
  const ctxName = g.context ?? io.env.LVSCTL_CONTEXT ?? cfg.currentContext;
  const ctx = ctxName ? cfg.contexts[ctxName] : undefined;
  if (g.context && !ctx)
    throw new CliError(`No context ${g.context} in ${path} (lvsctl login --context ${g.context} creates it).`, ExitCode.Invalid);
  const server = g.server ?? io.env.LVS_SERVER ?? ctx?.server;
  if (!server) throw new CliError('No server: pass --server URL, set LVS_SERVER, or run lvsctl login.', ExitCode.Invalid);
  let token = g.token ?? io.env.LVS_TOKEN;
  if (token === undefined && ctx?.token) {
    checkConfigMode(path);
    token = ctx.token;
  }
  if (opts.needToken !== false && !token)
    throw new CliError('No token: pass --token, set LVS_TOKEN, or run lvsctl login.', ExitCode.Unauthorised);
  let origin: string;
  try {
    origin = new URL(server).origin;
  } catch {
    throw new CliError(`--server ${JSON.stringify(server)} is not a URL (e.g. https://lvs.example.net).`, ExitCode.Invalid);
  }
  return { server: origin, token, api: createApiClient(origin, { token, fetch: guardedFetch(io, origin) }) };
}

/**
 * A refused connection or a DNS failure says which server, instead of fetch's bare "fetch failed".
 * With LVSCTL_DEBUG=http each request is one line on stderr: method, path, status, milliseconds.
 */
function guardedFetch(io: CliIo, origin: string): typeof fetch {
  const trace = debugOn(io, 'http');
  return async (input, init) => {
    const t0 = performance.now();
    try {
      const r = await fetch(input, init);
      if (trace) {
        const req = input instanceof Request ? input : new Request(input, init);
        const u = new URL(req.url);
        debugLog(io, 'http', `${req.method} ${u.pathname}${u.search} ${r.status} ${(performance.now() - t0).toFixed(0)}ms`);
      }
      return r;
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new CliError(`Cannot reach ${origin}: ${cause?.code ?? cause?.message ?? (e as Error).message}`, ExitCode.Other);
    }
  };
}

interface ProblemLike {
  title?: string;
  detail?: string;
  status?: number;
  errors?: { path: string; message: string }[];
}

/**
 * Turns a refused request into the exit code a pipeline branches on: 401/403 → 5, 400/422 → 3
 * with each `errors[].path` of the problem, anything else → 1. `locate` maps a path of the request
 * body back to where it stands in the user's file.
 */
export function problemError(response: Response, error: unknown, what: string, locate?: (path: string) => string | undefined): CliError {
  const p = (error && typeof error === 'object' ? error : {}) as ProblemLike;
  const status = response.status;
  const message = `${what}: ${status} ${p.title ?? response.statusText}${p.detail ? ` — ${p.detail}` : ''}`;
  const details = (p.errors ?? []).map((e) => {
    const where = locate?.(e.path);
    return `${where ? `${where}: ` : ''}${e.path}: ${e.message}`;
  });
  if (status === 401 || status === 403) return new CliError(message, ExitCode.Unauthorised, details);
  if (status === 400 || status === 422) return new CliError(message, ExitCode.Invalid, details);
  if (status === 412) {
    return new CliError(
      `${what}: the cluster changed since it was read (412 Precondition Failed): someone else applied in between. Nothing was written; run lvsctl diff again and re-apply.`,
      ExitCode.Other,
      details,
    );
  }
  return new CliError(message, ExitCode.Other, details);
}

/** `data` of a successful call, or the CliError of the refusal. */
export function must<T>(
  r: { data?: T; error?: unknown; response: Response },
  what: string,
  locate?: (path: string) => string | undefined,
): T {
  if (r.error !== undefined || !r.response.ok) throw problemError(r.response, r.error, what, locate);
  return r.data as T;
}

export interface ClusterRef {
  id: string;
  name: string;
  version: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cluster by name (or id): `null` when there is none of that name and `optional` is set. */
export async function findCluster(api: LvsApi, nameOrId: string, optional = false): Promise<ClusterRef | null> {
  if (UUID.test(nameOrId)) {
    const r = await api.GET('/api/v1/clusters/{clusterId}', { params: { path: { clusterId: nameOrId } } });
    if (r.response.status === 404 && optional) return null;
    const c = must(r, `cluster ${nameOrId}`);
    return { id: c.id, name: c.name, version: c.version };
  }
  const r = await api.GET('/api/v1/clusters', { params: { query: { q: nameOrId, limit: 200 } } });
  const page = must(r, 'list clusters');
  const c = page.items.find((x) => x.name === nameOrId);
  if (!c) {
    if (optional) return null;
    throw new CliError(`No cluster named ${nameOrId} (lvsctl get clusters lists them).`, ExitCode.Other);
  }
  return { id: c.id, name: c.name, version: c.version };
}

export async function mustFindCluster(api: LvsApi, nameOrId: string): Promise<ClusterRef> {
  return (await findCluster(api, nameOrId)) as ClusterRef;
}
