import { Injectable } from '@nestjs/common';
import type { LiveServerEvents } from '@lvs/domain';

/** Sends events to the one socket that just joined (its snapshot), not to the whole room. */
export type SendToJoiner = <E extends keyof LiveServerEvents>(event: E, ...payload: Parameters<LiveServerEvents[E]>) => void;
/** Which room of the cluster was joined: its full live state, or its summary (the overview). */
export type LiveRoomKind = 'state' | 'summary';
type JoinListener = (clusterId: string, send: SendToJoiner, room: LiveRoomKind) => void;

/** Features that greet a client joining a cluster room (telemetry sends its snapshot or summary) register here. */
@Injectable()
export class LiveJoins {
  private readonly listeners: JoinListener[] = [];

  onJoin(listener: JoinListener): void {
    this.listeners.push(listener);
  }

  joined(clusterId: string, send: SendToJoiner, room: LiveRoomKind = 'state'): void {
    for (const l of this.listeners) l(clusterId, send, room);
  }
}
