/** RFC 9457 problem details as the API sends them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors: { path: string; message: string }[];
  requestId?: string;
}

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
}

function csrfToken(): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith('lvs_csrf='))
    ?.slice('lvs_csrf='.length);
}

/** Calls the API through the same-origin proxy; throws ApiError with the problem document on 4xx/5xx. */
export async function api<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ data: T; headers: Headers }> {
  const h: Record<string, string> = { accept: 'application/json', ...headers };
  if (body !== undefined) h['content-type'] = 'application/json';
  if (method !== 'GET') {
    const csrf = csrfToken();
    if (csrf) h['x-csrf-token'] = decodeURIComponent(csrf);
  }
  const res = await fetch(`/api/v1${path}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  const text = await res.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const p = (parsed ?? {}) as Partial<Problem>;
    throw new ApiError({ type: p.type ?? 'about:blank', title: p.title ?? res.statusText, status: res.status, detail: p.detail ?? res.statusText, code: p.code ?? `http.${res.status}`, errors: p.errors ?? [], requestId: p.requestId });
  }
  return { data: parsed as T, headers: res.headers };
}

export interface Me {
  user: { id: string; username: string; role: 'viewer' | 'operator' | 'admin' };
  via: 'session' | 'token';
  csrfToken: string | null;
}

export const canOperate = (me: Me | null) => me?.user.role === 'operator' || me?.user.role === 'admin';
