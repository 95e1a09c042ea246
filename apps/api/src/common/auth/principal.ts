import type { Role } from './roles';

/** Who is calling: a signed-in user (session cookie) or an API token (Bearer). */
export interface Principal {
  kind: 'user' | 'token';
  userId: string;
  username: string;
  role: Role;
  /** Set for tokens. */
  tokenId?: string;
  tokenName?: string;
  /** A token scoped to one cluster may touch that cluster only. */
  clusterId?: string | null;
  /** Set for sessions: the CSRF token the web must echo in X-CSRF-Token on writes. */
  sessionId?: string;
}
