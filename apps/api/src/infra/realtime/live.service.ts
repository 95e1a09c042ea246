import { Injectable } from '@nestjs/common';
import { type ClusterIncidents, clusterRoom, type ClusterLiveSummary, type LiveServerEvents, summaryRoom } from '@lvs/domain';
import { LiveGateway } from './live.gateway';

/** Emits typed events to everyone watching a cluster. */
@Injectable()
export class LiveService {
  constructor(private readonly gateway: LiveGateway) {}

  emit<E extends keyof LiveServerEvents>(clusterId: string, event: E, ...payload: Parameters<LiveServerEvents[E]>): void {
    // The namespace exists once the HTTP server is up; before that (start-up) nobody listens.
    this.gateway.server?.to(clusterRoom(clusterId)).emit(event, ...payload);
  }

  /** Sends a cluster's summary to its summary room (the overview), across replicas like `emit`. */
  emitSummary(summary: ClusterLiveSummary): void {
    this.gateway.server?.to(summaryRoom(summary.clusterId)).emit('cluster.summary', summary);
  }

  /** Sends a cluster's open incidents to its state and summary rooms (the cluster page and the overview). */
  emitIncidents(e: ClusterIncidents): void {
    this.gateway.server?.to(clusterRoom(e.clusterId)).to(summaryRoom(e.clusterId)).emit('incidents', e);
  }

  /**
   * Asks the other API replicas (SCALE_OUT, through the PostgreSQL adapter) and returns the first
   * answer that is not null; undefined when none answers within the timeout.
   */
  async askReplicas<T>(event: string, arg: string, timeoutMs = 2000): Promise<T | undefined> {
    const server = this.gateway.server as unknown as ReplicaBus | undefined;
    if (!server) return undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      const answers = await Promise.race([
        server.serverSideEmitWithAck(event, arg),
        new Promise<unknown[]>((resolve) => (timer = setTimeout(() => resolve([]), timeoutMs))),
      ]);
      return answers.find((a) => a !== null && a !== undefined) as T | undefined;
    } catch {
      return undefined; // no other replica, or one did not answer in the adapter's own timeout
    } finally {
      clearTimeout(timer);
    }
  }

  /** Answers other replicas' `askReplicas(event)` (null when this replica does not know). */
  answerReplicas(event: string, answer: (arg: string) => unknown): void {
    const server = this.gateway.server as unknown as ReplicaBus | undefined;
    server?.on(event, (arg: string, ack: (a: unknown) => void) => ack(answer(arg) ?? null));
  }
}

/** The server-side event API of a socket.io namespace (typed loosely: events between replicas, not clients). */
interface ReplicaBus {
  serverSideEmitWithAck(event: string, arg: string): Promise<unknown[]>;
  on(event: string, listener: (arg: string, ack: (a: unknown) => void) => void): void;
}
