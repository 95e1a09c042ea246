import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type ClusterLiveState, type ClusterLiveSummary, encodeLiveDelta, healthCounts } from '@lvs/domain';
import { CommonError, CommonErrorCode } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../infra/clock';
import { EventLoopDelay } from '../../infra/process/event-loop-delay';
import { LiveJoins } from '../../infra/realtime/live-joins';
import { LiveService } from '../../infra/realtime/live.service';
import { CLUSTER_SPEC_PORT, type ClusterSpecPort } from '../clusters/spec/cluster-spec.port';
import { EventsService } from '../events/events.service';
import { DirectorPoller } from './director-poller';
import { liveEvents } from './live-events';
import { buildLiveState, summarizeLiveState, summaryChanged } from './live-state';
import { renderPrometheus } from './prometheus';
import { RadarService } from './radar.service';
import { TelemetryRollups } from './telemetry-rollups';
import { type StreamListener, TelemetryStreams } from './telemetry-streams';
import { factsOf, newWatch, type Watch } from './telemetry-watch';
import type { MetricsQueryDto, MetricsSeriesDto } from './telemetry.dto';
import { TelemetryLeases } from './telemetry.leases';
import { TelemetryRepository } from './telemetry.repository';

/** Server-side event between replicas: "send me the state of this cluster if you poll it". */
const STATE_REQUEST = 'telemetry:state';
/** The same for the cluster's summary (the overview). */
const SUMMARY_REQUEST = 'telemetry:summary';
/** How long checker verdicts from the notify FIFOs are gathered into one delta. */
const CHECKER_COALESCE_MS = 20;

/**
 * Polls every director of every cluster once a tick (DirectorPoller: one exec over its pooled SSH
 * connection; TelemetryStreams: its notify FIFOs between ticks), joins what they report with the
 * topology (live-state.ts), and pushes the changes to the cluster's `/live` room: a snapshot to each
 * client that joins, then deltas of changed fields, one per tick at most. Each tick's counters go
 * to the minute rollups (TelemetryRollups). The read side — state, summary, Prometheus text,
 * history — is answered here, from whichever replica polls the cluster.
 */
@Injectable()
export class TelemetryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(TelemetryService.name);
  private readonly loopDelay = new EventLoopDelay();
  private readonly watches = new Map<string, Watch>();
  private timer?: NodeJS.Timeout;
  private ticking = false;
  private readonly scaleOut: boolean;
  /** Clusters this replica polls (all of them without SCALE_OUT). */
  private owned = new Set<string>();
  private stopped = false;
  readonly tickMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repo: TelemetryRepository,
    @Inject(CLUSTER_SPEC_PORT) private readonly specs: ClusterSpecPort,
    private readonly poller: DirectorPoller,
    private readonly streams: TelemetryStreams,
    private readonly rollups: TelemetryRollups,
    private readonly live: LiveService,
    private readonly events: EventsService,
    private readonly radar: RadarService,
    private readonly joins: LiveJoins,
    private readonly leases: TelemetryLeases,
    private readonly clock: Clock,
  ) {
    this.scaleOut = config.scaleOut;
    this.tickMs = config.telemetry.tickMs;
  }

  onApplicationBootstrap(): void {
    this.joins.onJoin((clusterId, send, room) => {
      if (room === 'summary') void this.currentSummary(clusterId).then((s) => s && send('cluster.summary', s));
      else void this.currentState(clusterId).then((s) => s && send('state.snapshot', { clusterId, at: s.at, state: s }));
    });
    if (this.scaleOut) {
      this.live.answerReplicas(STATE_REQUEST, (clusterId) => this.state(clusterId));
      this.live.answerReplicas(SUMMARY_REQUEST, (clusterId) => this.summary(clusterId));
    }
    if (this.tickMs > 0) {
      this.timer = setInterval(() => void this.tick(), this.tickMs);
      this.timer.unref();
      setTimeout(() => void this.tick(), 0).unref(); // the first state without waiting a whole tick
      this.logger.log(`probing directors every ${this.tickMs} ms`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.loopDelay.stop();
    if (this.timer) clearInterval(this.timer);
    for (const w of this.watches.values()) {
      if (w.publishSoon) clearTimeout(w.publishSoon);
      if (w.publishNow) clearImmediate(w.publishNow);
    }
    this.streams.stop();
    // The minute in progress is kept: whoever polls next adds to the same row.
    for (const [clusterId, w] of this.watches) await this.rollups.flush(clusterId, w.rollup, this.clock.nowMs(), true);
  }

  /** The observed state of a cluster this replica polls (undefined before its first tick, or with telemetry off). */
  state(clusterId: string): ClusterLiveState | undefined {
    return this.owned.has(clusterId) ? this.watches.get(clusterId)?.state : undefined;
  }

  /** The summary of a cluster this replica polls. */
  summary(clusterId: string): ClusterLiveSummary | undefined {
    return this.owned.has(clusterId) ? this.watches.get(clusterId)?.summary : undefined;
  }

  private async currentSummary(clusterId: string): Promise<ClusterLiveSummary | undefined> {
    if (this.tickMs === 0) return this.unobservedSummary(clusterId);
    return (
      this.summary(clusterId) ?? (this.scaleOut ? await this.live.askReplicas<ClusterLiveSummary>(SUMMARY_REQUEST, clusterId) : undefined)
    );
  }

  /** With telemetry off nothing is observed: the overview still gets drift and the last deployment, from the database. */
  private async unobservedSummary(clusterId: string): Promise<ClusterLiveSummary | undefined> {
    const [row] = await this.repo.deployFacts([clusterId]).catch(() => []);
    if (!row) return undefined;
    return {
      clusterId,
      at: this.clock.now().toISOString(),
      directors: { reachable: 0, total: 0 },
      vips: {},
      realServers: healthCounts([]),
      ...factsOf(row),
      live: false,
    };
  }

  /** The state, from whichever replica polls the cluster. */
  private async currentState(clusterId: string): Promise<ClusterLiveState | undefined> {
    return this.state(clusterId) ?? (this.scaleOut ? await this.live.askReplicas<ClusterLiveState>(STATE_REQUEST, clusterId) : undefined);
  }

  async stateOrThrow(clusterId: string): Promise<ClusterLiveState> {
    const s = await this.currentState(clusterId);
    if (s) return s;
    if (!(await this.repo.exists(clusterId))) throw new CommonError(CommonErrorCode.NotFound, `No cluster with id ${clusterId}.`);
    throw new CommonError(
      CommonErrorCode.Unavailable,
      this.tickMs > 0 ? 'The cluster has not been probed yet; try again within a tick.' : 'Telemetry is off (TELEMETRY_TICK_MS=0).',
    );
  }

  /** Every cluster's state and the console's own numbers, in the Prometheus text format. */
  prometheus(): string {
    const mem = process.memoryUsage();
    const cpu = process.cpuUsage();
    const states = [...this.watches.values()].flatMap((w) => (w.state ? [{ name: w.spec.name, state: w.state }] : []));
    return renderPrometheus(states, {
      tickMs: this.tickMs,
      uptimeSeconds: Math.round(process.uptime()),
      rssBytes: mem.rss,
      heapUsedBytes: mem.heapUsed,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      eventLoopDelay: this.loopDelay.read(),
    });
  }

  /** One round: refresh topologies that changed, probe every director, publish what changed. */
  async tick(): Promise<void> {
    if (this.ticking || this.stopped) return;
    this.ticking = true;
    try {
      await this.refreshTopologies();
      await this.refreshLeases();
      const probes: Promise<void>[] = [];
      for (const [clusterId, w] of this.ownedWatches()) {
        for (const d of w.spec.directors) {
          if (w.inflight.has(d.name)) continue;
          w.inflight.add(d.name);
          probes.push(this.poller.probe(clusterId, d, w, this.streamOf(clusterId, w)).finally(() => w.inflight.delete(d.name)));
        }
      }
      // Publish with what answered within most of a tick; slower answers land in the next one.
      await Promise.race([Promise.allSettled(probes), new Promise((r) => setTimeout(r, Math.max(100, this.tickMs * 0.8)))]);
      if (this.stopped) return;
      await this.refreshFacts();
      const now = this.clock.nowMs();
      for (const [clusterId, w] of this.ownedWatches()) {
        this.publish(clusterId, w);
        if (w.state) w.rollup.add(w.state, now);
        await this.rollups.flush(clusterId, w.rollup, now);
      }
      await this.rollups.prune(now);
    } catch (e) {
      this.logger.warn(`telemetry tick failed: ${(e as Error).message}`);
    } finally {
      this.ticking = false;
    }
  }

  private ownedWatches(): [string, Watch][] {
    return [...this.watches].filter(([id]) => this.owned.has(id));
  }

  /** With SCALE_OUT, takes this replica's share of the clusters; a cluster given up is forgotten here (its new owner starts afresh). */
  private async refreshLeases(): Promise<void> {
    const ids = [...this.watches.keys()];
    const next = this.scaleOut ? await this.leases.refresh(ids) : new Set(ids);
    for (const id of this.owned) {
      if (next.has(id)) continue;
      const w = this.watches.get(id);
      if (w) {
        await this.rollups.flush(id, w.rollup, this.clock.nowMs(), true);
        w.results.clear();
        w.notified.clear();
        w.checkers.clear();
        w.state = undefined;
        w.summary = undefined;
      }
      this.streams.closeCluster(id);
      this.radar.forget(id);
    }
    for (const id of next) if (!this.owned.has(id)) this.logger.log(`polling cluster ${id}`);
    this.owned = next;
  }

  /**
   * Recomputes a cluster's state and sends what changed (the whole state the first time). The
   * delta goes out first: the timeline events, the radar and the summary are worked out after the
   * sockets have been written to, off the path from the state to the clients.
   */
  private publish(clusterId: string, w: Watch): void {
    if (w.publishSoon) {
      clearTimeout(w.publishSoon);
      w.publishSoon = undefined;
    }
    if (w.publishNow) {
      clearImmediate(w.publishNow);
      w.publishNow = undefined;
    }
    const next = buildLiveState(clusterId, w.spec, w.results, {
      now: this.clock.nowMs(),
      tickMs: this.tickMs,
      previous: w.state,
      notified: w.notified,
      checkers: w.checkers,
    });
    const prev = w.state;
    w.state = next;
    // Clients that joined before the first tick had no snapshot: the first state goes whole.
    if (!prev) this.live.emit(clusterId, 'state.snapshot', { clusterId, at: next.at, state: next });
    else {
      const delta = encodeLiveDelta(prev, next);
      if (delta) this.live.emit(clusterId, 'state.delta', delta);
    }
    for (const e of liveEvents(clusterId, w.spec, prev, next)) this.events.emit(e);
    this.radar.observe(clusterId, w.spec, next);
    // The overview's summary: a few hundred bytes, sent only when it changed (not each tick's counters).
    const summary = summarizeLiveState(next, w.facts);
    if (summaryChanged(w.summary, summary)) {
      w.summary = summary;
      this.live.emitSummary(summary);
    }
  }

  /** Drift and the last deployment of every cluster this replica polls, in one query. */
  private async refreshFacts(): Promise<void> {
    const owned = this.ownedWatches();
    try {
      const rows = await this.repo.deployFacts(owned.map(([id]) => id));
      for (const r of rows) {
        const w = this.watches.get(r.id);
        if (!w) continue;
        w.facts = factsOf(r);
      }
    } catch (e) {
      this.logger.warn(`could not read drift and deployments for the summaries: ${(e as Error).message}`);
    }
  }

  /**
   * What a director's notify-FIFO stream reports to: the cluster's Watch. A VRRP transition is
   * published at once (setImmediate: after the other lines of the same read are noted), since a
   * VIP owner is what an operator waits for after a failure; checker verdicts within 20 ms, so a
   * burst of them (a backend going down takes many real servers with it) is one delta.
   */
  private streamOf(clusterId: string, w: Watch): StreamListener {
    return {
      watched: () => this.watches.has(clusterId),
      changed: (kind) => {
        if (kind === 'vrrp') w.publishNow ??= setImmediate(() => this.publish(clusterId, w));
        else w.publishSoon ??= setTimeout(() => this.publish(clusterId, w), CHECKER_COALESCE_MS);
      },
    };
  }

  history(clusterId: string, q: MetricsQueryDto): Promise<MetricsSeriesDto> {
    return this.rollups.history(clusterId, q);
  }

  private async refreshTopologies(): Promise<void> {
    const rows = await this.repo.clusterVersions();
    const seen = new Set(rows.map((r) => r.id));
    for (const id of this.watches.keys()) {
      if (seen.has(id)) continue;
      this.watches.delete(id);
      this.streams.closeCluster(id);
      this.radar.forget(id);
    }
    for (const r of rows) {
      const w = this.watches.get(r.id);
      if (w && w.version === r.version) continue;
      const got = await this.specs.getSpec(r.id);
      if (!got) continue;
      if (w) {
        w.version = r.version;
        w.spec = got.spec;
        for (const name of w.results.keys()) if (!got.spec.directors.some((d) => d.name === name)) w.results.delete(name);
        this.poller.forgetTargets(r.id, got.spec.directors);
      } else this.watches.set(r.id, newWatch(r.version, got.spec));
    }
  }
}
