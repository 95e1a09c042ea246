import type { EntityManager } from 'typeorm';
import type { EventSeverity } from './events.kinds';

/** What an emitter hands to `EventsService.record`. */
export interface NewEvent {
  /** null: an event of the console itself (e.g. the audit chain), not of one cluster. */
  clusterId: string | null;
  /** One of `EventKind` (events.kinds.ts). */
  kind: string;
  severity: EventSeverity;
  /** What the event is about, stable across its occurrences (`VI_1`, `10.0.0.1:80/TCP>10.0.0.11:80`, a director name): groups a subject's story. */
  subject?: string;
  /** One human line. */
  summary: string;
  /** The evidence, kind-specific (docs/timeline.md); secrets must not be put here. */
  data: Record<string, unknown>;
  /** When it happened (default: now). */
  at?: Date;
}

/** An event as stored in `cluster_events`. */
export interface StoredEvent {
  id: string;
  clusterId: string | null;
  kind: string;
  severity: EventSeverity;
  subject: string | null;
  summary: string;
  data: Record<string, unknown>;
  at: Date;
}

/**
 * Runs for every recorded event IN THE SAME TRANSACTION as its insert (`manager`): what a sink
 * writes commits with the event or not at all, and a sink that throws rolls the event back.
 */
export interface EventSink {
  onEvent(event: StoredEvent, manager: EntityManager): Promise<void>;
}
