import type { Principal } from '../../common/auth/principal';

/** How a caller is named in the records it starts (deployments' requestedBy), as audit events name it. */
export function actorOf(p: Principal): string {
  return p.kind === 'token' ? `${p.username} (token ${p.tokenName})` : p.username;
}
