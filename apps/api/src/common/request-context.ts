import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from './auth/principal';

/** Per-request facts that services and the audit log need without threading them through every call. */
export interface RequestContext {
  requestId: string;
  ip: string;
  userAgent: string;
  method: string;
  path: string;
  principal?: Principal;
  /** Set once a service wrote the audit event for this request, so the interceptor does not write a generic one. */
  audited: boolean;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentContext(): RequestContext | undefined {
  return requestContext.getStore();
}

/** Who is acting, as revisions, deployments and runtime changes record it ('system' outside a request). */
export function actorName(): string {
  const p = currentContext()?.principal;
  if (!p) return 'system';
  return p.kind === 'token' ? `${p.username} (token ${p.tokenName})` : p.username;
}
