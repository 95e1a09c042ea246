import type { SecretBox } from '../../../infra/secret-box';
import type { FlowChecks } from './oidc-client';

/**
 * The cookies carrying a sign-in's state, nonce and PKCE verifier between /oidc/login and
 * /oidc/callback: one per sign-in, named by a digest of its state, so sign-ins started in several
 * tabs at once do not overwrite each other.
 */
export const FLOW_COOKIE_PREFIX = 'lvs_oidc_flow_';

/** The flow cookie's name for a state, from the state's sha256 (hex). */
export function flowCookieName(stateSha256Hex: string): string {
  return `${FLOW_COOKIE_PREFIX}${stateSha256Hex.slice(0, 16)}`;
}
/** Only the two sign-in routes ever receive it. */
export const FLOW_COOKIE_PATH = '/api/v1/auth/oidc';
/** How long a started sign-in may take at the provider. */
export const FLOW_TTL_MS = 10 * 60_000;

const AAD = 'oidc-flow';

export interface Flow extends FlowChecks {
  returnTo: string;
  expiresAt: number;
}

/**
 * The flow lives in the browser, sealed (AES-256-GCM under the master key, so any replica can read it
 * and nobody can read or forge it): no server-side table, and nothing to clean up when a sign-in is
 * abandoned. Replaying the callback is refused by the provider (a code is single-use), and the cookie
 * is cleared by the first callback.
 */
export function sealFlow(box: SecretBox, flow: Flow): string {
  return box.seal(JSON.stringify(flow), AAD);
}

/** The flow of a cookie, or undefined when it is missing, was tampered with, or has expired. */
export function openFlow(box: SecretBox, sealed: string | undefined, now: number): Flow | undefined {
  if (!sealed || sealed.length > 4096) return undefined;
  let flow: Partial<Flow>;
  try {
    flow = JSON.parse(box.open(sealed, AAD)) as Partial<Flow>;
  } catch {
    return undefined;
  }
  const ok =
    typeof flow.state === 'string' &&
    typeof flow.nonce === 'string' &&
    typeof flow.codeVerifier === 'string' &&
    typeof flow.returnTo === 'string' &&
    typeof flow.expiresAt === 'number' &&
    flow.expiresAt > now;
  return ok ? (flow as Flow) : undefined;
}

/**
 * Where a sign-in may return to: a path on this console (one leading `/`, not `//` or `/\`, which
 * browsers read as another host), never a URL.
 */
export function isSafeReturnTo(v: string): boolean {
  return v.length <= 512 && /^\/(?![/\\])[\x21-\x7e]*$/.test(v);
}
