import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../infra/clock';
import { ClusterEventEntity } from './cluster-event.entity';
import type { ClusterEventDto, EventsPageDto, EventsQuery } from './events.dto';
import { EventsError, EventsErrorCode } from './events.errors';
import { type EventCursor, type EventFilter, EventsRepository } from './events.repository';
import type { EventSink, NewEvent, StoredEvent } from './events.types';

const PRUNE_EVERY_MS = 3_600_000;
const SUMMARY_MAX = 2000;
const SUBJECT_MAX = 300;

export function encodeCursor(c: EventCursor): string {
  return Buffer.from(`${c.at.toISOString()}|${c.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(s: string): EventCursor | undefined {
  const [at, id, ...rest] = Buffer.from(s, 'base64url').toString('utf8').split('|');
  if (rest.length || !at || !id || !/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? undefined : { at: d, id };
}

/**
 * The timeline. `record` stores an event and hands it to every registered sink in the same
 * transaction (notifications write their outbox rows there), so the event and what it causes
 * commit together. Emitters that must not fail because of the timeline (telemetry) use `emit`.
 */
@Injectable()
export class EventsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EventsService.name);
  private readonly sinks: EventSink[] = [];
  private readonly retentionDays: number;
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repo: EventsRepository,
    private readonly clock: Clock,
  ) {
    this.retentionDays = config.events.retentionDays;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.prune(), PRUNE_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Adds a sink; it runs for every later event, in the event's transaction, in registration order. */
  registerSink(sink: EventSink): void {
    this.sinks.push(sink);
  }

  /**
   * Stores one event in `manager`'s transaction (or its own) and runs every sink there. A sink that
   * throws fails the call, and the event is not stored (nor, in the caller's transaction, anything else).
   */
  async record(event: NewEvent, manager?: EntityManager): Promise<StoredEvent> {
    return this.repo.inTransaction(async (m) => {
      const row = new ClusterEventEntity();
      row.clusterId = event.clusterId;
      row.kind = event.kind;
      row.severity = event.severity;
      row.subject = event.subject ? event.subject.slice(0, SUBJECT_MAX) : null;
      row.summary = event.summary.slice(0, SUMMARY_MAX);
      row.data = event.data;
      row.at = event.at ?? this.clock.now();
      const saved = await this.repo.insert(row, m);
      const stored = this.stored(saved);
      for (const sink of this.sinks) await sink.onEvent(stored, m);
      return stored;
    }, manager);
  }

  /** `record` for emitters the timeline must never break (telemetry, background runners): a failure is logged, not thrown. */
  emit(event: NewEvent): void {
    this.record(event).catch((e: Error) =>
      this.logger.warn(`could not record ${event.kind} event${event.clusterId ? ` of cluster ${event.clusterId}` : ''}: ${e.message}`),
    );
  }

  async list(clusterId: string | undefined, q: EventsQuery): Promise<EventsPageDto> {
    if (clusterId && !(await this.repo.clusterExists(clusterId)))
      throw new EventsError(EventsErrorCode.ClusterNotFound, `No cluster with id ${clusterId}.`);
    let after: EventCursor | undefined;
    if (q.cursor) {
      after = decodeCursor(q.cursor);
      if (!after)
        throw new EventsError(EventsErrorCode.BadCursor, 'The cursor is not one this API returned.', [
          { path: 'query.cursor', message: 'must be the nextCursor of a previous page' },
        ]);
    }
    const f: EventFilter = { clusterId, kinds: q.kind, severities: q.severity, from: q.from, to: q.to };
    const { items, total } = await this.repo.page(f, q.limit, after);
    const last = items[items.length - 1];
    return {
      items: items.map((e) => this.map(e)),
      total,
      nextCursor: items.length === q.limit && last ? encodeCursor({ at: last.at, id: last.id }) : null,
    };
  }

  /** Drops events older than the retention; returns how many. */
  async prune(): Promise<number> {
    try {
      const n = await this.repo.prune(new Date(this.clock.now().getTime() - this.retentionDays * 86_400_000));
      if (n) this.logger.log(`dropped ${n} timeline events older than ${this.retentionDays} days`);
      return n;
    } catch (e) {
      this.logger.warn(`could not prune the timeline: ${(e as Error).message}`);
      return 0;
    }
  }

  private stored(e: ClusterEventEntity): StoredEvent {
    return {
      id: e.id,
      clusterId: e.clusterId,
      kind: e.kind,
      severity: e.severity,
      subject: e.subject,
      summary: e.summary,
      data: e.data,
      at: e.at,
    };
  }

  private map(e: ClusterEventEntity): ClusterEventDto {
    return {
      id: e.id,
      clusterId: e.clusterId,
      kind: e.kind,
      severity: e.severity,
      subject: e.subject,
      summary: e.summary,
      data: e.data,
      at: e.at.toISOString(),
    };
  }
}
