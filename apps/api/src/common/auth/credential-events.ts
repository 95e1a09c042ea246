import { Injectable } from '@nestjs/common';

/**
 * Something that ends or narrows what a credential may do: a session signed out or ended, a token
 * revoked, a user whose password, role or enabled state changed (or who was deleted). Emitted after
 * the change committed; /live drops the sockets that rode on it at once in this process (other
 * replicas notice at their next periodic re-check).
 */
export type CredentialChange =
  | { kind: 'sessions'; sessionIds: string[]; reason: 'logout' | 'ended' }
  | { kind: 'token'; tokenId: string; reason: 'revoked' }
  | { kind: 'user'; userId: string; reason: 'password' | 'disabled' | 'role' | 'deleted'; keepSessionId?: string };

type Listener = (change: CredentialChange) => void;

@Injectable()
export class CredentialEvents {
  private readonly listeners: Listener[] = [];

  on(listener: Listener): void {
    this.listeners.push(listener);
  }

  emit(change: CredentialChange): void {
    for (const l of this.listeners) l(change);
  }
}
