import { Injectable } from '@nestjs/common';
import { clusterRoom, type LiveServerEvents } from '@lvs/domain';
import { LiveGateway } from './live.gateway';

/** Emits typed events to everyone watching a cluster. */
@Injectable()
export class LiveService {
  constructor(private readonly gateway: LiveGateway) {}

  emit<E extends keyof LiveServerEvents>(clusterId: string, event: E, ...payload: Parameters<LiveServerEvents[E]>): void {
    // The namespace exists once the HTTP server is up; before that (start-up) nobody listens.
    this.gateway.server?.to(clusterRoom(clusterId)).emit(event, ...payload);
  }
}
