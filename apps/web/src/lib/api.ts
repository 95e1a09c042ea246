import { createApiClient, type LvsApi, type paths } from '@lvs/api-client';

/**
 * Every HTTP call of the dashboard goes through `@lvs/api-client` (openapi-fetch over the API's own
 * OpenAPI document), so a changed response shape breaks `tsc`, not the browser. One middleware adds
 * the CSRF header to writes, and turns every problem+json (or any non-2xx) into an ApiError thrown
 * from the call: callers and TanStack Query see either the typed data or that error.
 */

/** RFC 9457 problem details as the API sends them (the schema's problem response). */
export type Problem = paths['/api/v1/auth/me']['get'] extends { responses: { 401: { content: { 'application/problem+json': infer P } } } }
  ? P
  : never;

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.problem.status;
  }
  /** Field errors by path without the `body.` prefix, for forms. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries(this.problem.errors.map((e) => [e.path.replace(/^body\./, ''), e.message]));
  }
  /** The detail followed by each field's rule, for a line of text. */
  describe(): string {
    const { detail, errors } = this.problem;
    return errors.length
      ? `${detail} (${errors.map((x) => `${x.path.replace(/^(body|query|params)\./, '')}: ${x.message}`).join('; ')})`
      : detail;
  }
}

/** A line for any error: the problem's detail (with its fields) or the message. */
export const errorText = (e: unknown): string => (e instanceof ApiError ? e.describe() : e instanceof Error ? e.message : String(e));

function csrfToken(): string | undefined {
  const c = document.cookie
    .split('; ')
    .find((x) => x.startsWith('lvs_csrf='))
    ?.slice('lvs_csrf='.length);
  return c ? decodeURIComponent(c) : undefined;
}

async function toProblem(res: Response): Promise<Problem> {
  const text = await res.clone().text();
  let p: Partial<Problem> = {};
  try {
    p = text ? (JSON.parse(text) as Partial<Problem>) : {};
  } catch {
    /* not JSON: a proxy's page */
  }
  return {
    type: p.type ?? 'about:blank',
    title: p.title ?? res.statusText,
    status: res.status,
    detail: p.detail ?? (res.statusText || `HTTP ${res.status}`),
    code: p.code ?? `http.${res.status}`,
    errors: p.errors ?? [],
    requestId: p.requestId ?? res.headers.get('x-request-id') ?? undefined,
  };
}

let instance: LvsApi | undefined;

/** The typed client on this origin (the Next proxy forwards /api/v1 to the API). */
export function client(): LvsApi {
  if (instance) return instance;
  const c = createApiClient(typeof window === 'undefined' ? 'http://127.0.0.1' : window.location.origin, {
    fetch: (r: Request) => fetch(r, { credentials: 'same-origin' }),
  } as { fetch: typeof fetch });
  c.use({
    onRequest({ request }) {
      request.headers.set('accept', 'application/json');
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        const csrf = csrfToken();
        if (csrf) request.headers.set('x-csrf-token', csrf);
      }
      return request;
    },
    async onResponse({ response }) {
      if (!response.ok) throw new ApiError(await toProblem(response));
      return response;
    },
  });
  instance = c;
  return c;
}

/**
 * The data of a call that succeeded (the middleware threw otherwise). A 204 has no body: undefined.
 * `withHeaders` keeps the response for an ETag.
 */
export async function data<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  return (await call).data as T;
}
export async function withHeaders<T>(call: Promise<{ data?: T; response: Response }>): Promise<{ data: T; headers: Headers }> {
  const r = await call;
  return { data: r.data as T, headers: r.response.headers };
}

/** The JSON of a path's 200/201 answer, for naming response types from the schema. */
type Ok<Op> = Op extends { responses: infer R }
  ? R extends { 200: { content: { 'application/json': infer J } } }
    ? J
    : R extends { 201: { content: { 'application/json': infer J } } }
      ? J
      : never
  : never;
export type Answer<P extends keyof paths, M extends 'get' | 'post' | 'put' | 'patch' | 'delete' = 'get'> = Ok<paths[P][M]>;

export type Me = Answer<'/api/v1/auth/me'>;
export type Role = Me['user']['role'];
export const canOperate = (me: Me | null | undefined) => me?.user.role === 'operator' || me?.user.role === 'admin';

/**
 * For the few calls whose path is built at run time (the editors reach any topology resource by
 * kind; see features/edit/api/resources.ts): the same client, middleware and error conversion,
 * with the path untyped. Everything else names its path and gets the schema's types.
 */
export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ data: T; headers: Headers }> {
  const untyped = client() as unknown as Record<
    string,
    (p: string, init: { body?: unknown; headers?: Record<string, string> }) => Promise<{ data?: T; response: Response }>
  >;
  const [pathname, search] = path.split('?');
  return withHeaders(untyped[method](`/api/v1${pathname}${search ? `?${search}` : ''}`, { body, headers }));
}
