import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import {
  type ClusterLiveState,
  type ClusterLiveSummary,
  type ClusterSpec,
  type Director,
  type DeploymentStatus,
  encodeLiveDelta,
  healthCounts,
} from '@lvs/domain';
import { CommonError, CommonErrorCode } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../infra/clock';
import { LiveJoins } from '../../infra/realtime/live-joins';
import { LiveService } from '../../infra/realtime/live.service';
import { EventsService } from '../events/events.service';
import { liveEvents } from './live-events';
import { RadarService } from './radar.service';
import type { SshConnection, SshTarget } from '../../infra/ssh/ssh-connection';
import { DirectorConnector } from '../../infra/ssh/director-connector';
import { SshPool } from '../../infra/ssh/ssh-pool';
import { CLUSTER_SPEC_PORT, type ClusterSpecPort } from '../deployments/cluster-spec.port';
import { parseNotifyLine } from '@lvs/ipvs';
import { consoleNotifyFifos } from '@lvs/keepalived';
import {
  buildLiveState,
  type DeployFacts,
  type DirectorResult,
  type NotifiedState,
  summarizeLiveState,
  summaryChanged,
} from './live-state';
import { parseProbe, probeScript } from './probe';
import { EventLoopDelay } from '../../infra/process/event-loop-delay';
import { renderPrometheus } from './prometheus';
import { MinuteRollup } from './rollup';
import { metricsRange, type MetricsQueryDto, type MetricsSeriesDto } from './telemetry.dto';
import { TelemetryLeases } from './telemetry.leases';
import { type DeployFactsRow, TelemetryRepository } from './telemetry.repository';

interface Watch {
  version: number;
  spec: ClusterSpec;
  results: Map<string, DirectorResult>;
  state?: ClusterLiveState;
  inflight: Set<string>;
  /** From the notify FIFOs: director → instance → VRRP state. */
  notified: Map<string, Map<string, NotifiedState>>;
  /** From the notify FIFOs: director → `service>real server` → checker verdict. */
  checkers: Map<string, Map<string, { up: boolean; at: number }>>;
  publishSoon?: NodeJS.Timeout;
  rollup: MinuteRollup;
  /** Drift and last deployment, read once a tick. */
  facts: DeployFacts;
  /** The last summary sent to the cluster's summary room. */
  summary?: ClusterLiveSummary;
}

interface EventStream {
  open: boolean;
  retryAt: number;
  close?: () => void;
}

/** Reads both notify FIFOs of a director on one channel; a missing FIFO (config not pushed yet) is skipped. */
const FIFO_READER = 'for f in "$@"; do [ -p "$f" ] && cat "$f" & done; wait';
const STREAM_RETRY_MS = 5000;
const PRUNE_EVERY_MS = 3_600_000;
/** Server-side event between replicas: "send me the state of this cluster if you poll it". */
const STATE_REQUEST = 'telemetry:state';
/** The same for the cluster's summary (the overview). */
const SUMMARY_REQUEST = 'telemetry:summary';

/** How long a director's SSH target (credential, pinned key) is reused before it is read again. */
const TARGET_TTL_MS = 10_000;

/**
 * Polls every director of every cluster once a tick over its pooled SSH connection (one exec: see
 * probe.ts), joins what they report with the topology (live-state.ts), and pushes the changes to
 * the cluster's `/live` room: a snapshot to each client that joins, then deltas of changed fields,
 * one per tick at most. A director that does not answer within the probe timeout turns unreachable
 * with the reason, and its connection is dropped so the next tick reconnects.
 */
/** A cluster's drift flag and last deployment, as the summaries carry them. */
function factsOf(r: DeployFactsRow): DeployFacts {
  return {
    drift: r.drift_checked_at
      ? {
          drifted: !!r.drift,
          directors: (r.drift_detail ?? []).filter((d) => d.drifted === true && d.name).map((d) => d.name!),
          checkedAt: new Date(r.drift_checked_at).toISOString(),
        }
      : null,
    lastDeployment:
      r.revision !== null && r.status && r.created_at
        ? { revision: r.revision, status: r.status as DeploymentStatus, createdAt: new Date(r.created_at).toISOString() }
        : null,
  };
}

@Injectable()
export class TelemetryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(TelemetryService.name);
  private readonly loopDelay = new EventLoopDelay();
  private readonly watches = new Map<string, Watch>();
  private readonly targets = new Map<string, { target: SshTarget; at: number }>();
  private readonly streams = new Map<string, EventStream>();
  private timer?: NodeJS.Timeout;
  private ticking = false;
  private prunedAt = 0;
  private readonly retentionDays: number;
  private readonly scaleOut: boolean;
  /** Clusters this replica polls (all of them without SCALE_OUT). */
  private owned = new Set<string>();
  private stopped = false;
  readonly tickMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repo: TelemetryRepository,
    @Inject(CLUSTER_SPEC_PORT) private readonly specs: ClusterSpecPort,
    private readonly connector: DirectorConnector,
    private readonly pool: SshPool,
    private readonly live: LiveService,
    private readonly events: EventsService,
    private readonly radar: RadarService,
    private readonly joins: LiveJoins,
    private readonly leases: TelemetryLeases,
    private readonly clock: Clock,
  ) {
    this.scaleOut = config.scaleOut;
    this.tickMs = config.telemetry.tickMs;
    this.retentionDays = config.telemetry.retentionDays;
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
    for (const w of this.watches.values()) if (w.publishSoon) clearTimeout(w.publishSoon);
    for (const s of this.streams.values()) s.close?.();
    // The minute in progress is kept: whoever polls next adds to the same row.
    for (const [clusterId, w] of this.watches) await this.flushRollups(clusterId, w, this.clock.nowMs(), true);
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
          probes.push(this.probe(clusterId, d, w).finally(() => w.inflight.delete(d.name)));
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
        await this.flushRollups(clusterId, w, now);
      }
      if (now - this.prunedAt > PRUNE_EVERY_MS) {
        this.prunedAt = now;
        const n = await this.repo.pruneRollups(this.retentionDays);
        if (n) this.logger.log(`dropped ${n} metric rollups older than ${this.retentionDays} days`);
      }
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
        await this.flushRollups(id, w, this.clock.nowMs(), true);
        w.results.clear();
        w.notified.clear();
        w.checkers.clear();
        w.state = undefined;
        w.summary = undefined;
      }
      this.closeStreams(id);
      this.radar.forget(id);
    }
    for (const id of next) if (!this.owned.has(id)) this.logger.log(`polling cluster ${id}`);
    this.owned = next;
  }

  private closeStreams(clusterId: string): void {
    for (const [key, st] of this.streams) {
      if (!key.startsWith(`${clusterId}/`)) continue;
      st.close?.();
      this.streams.delete(key);
    }
  }

  /** Recomputes a cluster's state and sends what changed (the whole state the first time). */
  private publish(clusterId: string, w: Watch): void {
    if (w.publishSoon) {
      clearTimeout(w.publishSoon);
      w.publishSoon = undefined;
    }
    const next = buildLiveState(clusterId, w.spec, w.results, {
      now: this.clock.nowMs(),
      tickMs: this.tickMs,
      previous: w.state,
      notified: w.notified,
      checkers: w.checkers,
    });
    const prev = w.state;
    for (const e of liveEvents(clusterId, w.spec, w.state, next)) this.events.emit(e);
    w.state = next;
    this.radar.observe(clusterId, w.spec, next);
    // Clients that joined before the first tick had no snapshot: the first state goes whole.
    if (!prev) this.live.emit(clusterId, 'state.snapshot', { clusterId, at: next.at, state: next });
    else {
      const delta = encodeLiveDelta(prev, next);
      if (delta) this.live.emit(clusterId, 'state.delta', delta);
    }
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
   * keepalived's notify FIFOs, read over one long-lived channel per director: a VRRP transition or
   * a checker's verdict reaches /live within milliseconds instead of at the next tick (several
   * lines arriving together are sent as one delta).
   */
  private ensureEventStream(clusterId: string, d: Director, w: Watch, conn: SshConnection): void {
    const key = `${clusterId}/${d.name}`;
    const s = this.streams.get(key) ?? { open: false, retryAt: 0 };
    this.streams.set(key, s);
    if (s.open || this.clock.nowMs() < s.retryAt || this.stopped) return;
    s.open = true;
    const fifos = consoleNotifyFifos(d.configPath);
    const onLine = (line: string) => {
      const e = parseNotifyLine(line);
      if (!e || !this.watches.has(clusterId)) return;
      const at = this.clock.nowMs();
      if (e.kind === 'vrrp' && e.type === 'INSTANCE') {
        const m = w.notified.get(d.name) ?? new Map<string, NotifiedState>();
        m.set(e.name, { state: e.state, at });
        w.notified.set(d.name, m);
      } else if (e.kind === 'rs') {
        const m = w.checkers.get(d.name) ?? new Map<string, { up: boolean; at: number }>();
        m.set(`${e.service}/${e.protocol}>${e.realServer}`, { up: e.up, at });
        w.checkers.set(d.name, m);
      } else return;
      w.publishSoon ??= setTimeout(() => this.publish(clusterId, w), 20);
    };
    const onEnd = () => {
      s.open = false;
      s.close = undefined;
      s.retryAt = this.clock.nowMs() + STREAM_RETRY_MS;
    };
    conn.stream(['sh', '-c', FIFO_READER, 'sh', fifos.vrrp, fifos.lvs], onLine, onEnd).then((close) => {
      s.close = close;
      if (this.stopped) close();
    }, onEnd);
  }

  private async flushRollups(clusterId: string, w: Watch, now: number, all = false): Promise<void> {
    const rows = w.rollup.drain(now, all);
    try {
      await this.repo.addRollups(clusterId, rows);
    } catch (e) {
      // The cluster was deleted meanwhile (its rows go with it), or the database is away: a minute of history is lost, not the console.
      this.logger.warn(`could not store ${rows.length} metric rollups of cluster ${clusterId}: ${(e as Error).message}`);
    }
  }

  async history(clusterId: string, q: MetricsQueryDto): Promise<MetricsSeriesDto> {
    if (!(await this.repo.exists(clusterId))) throw new CommonError(CommonErrorCode.NotFound, `No cluster with id ${clusterId}.`);
    const { from, to } = metricsRange(q);
    const { rows, total } = await this.repo.series({
      clusterId,
      from,
      to,
      stepSeconds: q.step,
      by: q.by,
      service: q.service,
      realServer: q.realServer,
      limit: q.limit,
      offset: q.offset,
    });
    const series: MetricsSeriesDto['series'] = [];
    for (const r of rows) {
      let s = series[series.length - 1];
      if (!s || s.service !== r.service || (q.by === 'realServer' && s.realServer !== r.real_server)) {
        s = { service: r.service, ...(q.by === 'realServer' && { realServer: r.real_server }), points: [] };
        series.push(s);
      }
      s.points.push({
        t: new Date(r.t).toISOString(),
        conns: r.conns,
        inPkts: r.in_pkts,
        outPkts: r.out_pkts,
        inBytes: r.in_bytes,
        outBytes: r.out_bytes,
        activeConnsMax: r.active_conns_max,
      });
    }
    return { from: from.toISOString(), to: to.toISOString(), step: q.step, total, series };
  }

  private async refreshTopologies(): Promise<void> {
    const rows = await this.repo.clusterVersions();
    const seen = new Set(rows.map((r) => r.id));
    for (const id of this.watches.keys()) {
      if (seen.has(id)) continue;
      this.watches.delete(id);
      this.closeStreams(id);
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
        for (const d of got.spec.directors) this.targets.delete(`${r.id}/${d.name}`);
      } else
        this.watches.set(r.id, {
          version: r.version,
          spec: got.spec,
          results: new Map(),
          inflight: new Set(),
          notified: new Map(),
          checkers: new Map(),
          rollup: new MinuteRollup(),
          facts: { drift: null, lastDeployment: null },
        });
    }
  }

  private async target(clusterId: string, d: Director): Promise<SshTarget> {
    const key = `${clusterId}/${d.name}`;
    const hit = this.targets.get(key);
    // A director waiting for its host key to be accepted is read again each tick, so the
    // acceptance shows on the next tick rather than after the TTL.
    if (hit && hit.target.pinnedFingerprint && this.clock.nowMs() - hit.at < TARGET_TTL_MS) return hit.target;
    const target = await this.connector.target(clusterId, d);
    this.targets.set(key, { target, at: this.clock.nowMs() });
    return target;
  }

  private async probe(clusterId: string, d: Director, w: Watch): Promise<void> {
    const timeoutMs = Math.max(3000, this.tickMs * 3);
    let target: SshTarget | undefined;
    try {
      target = await this.target(clusterId, d);
      if (!target.pinnedFingerprint) {
        w.results.set(d.name, { ok: false, reason: 'host key not accepted yet (accept it on the cluster page)', at: this.clock.nowMs() });
        return;
      }
      const conn = await this.pool.get(target, { timeoutMs });
      // Stamped when it was asked, not when it answered: a notify-FIFO event that arrives while the
      // probe is in flight is newer than what the probe read, and must not be overruled by it.
      const asked = this.clock.nowMs();
      const r = await conn.exec(['sh', '-c', probeScript(d.pidFile)], { timeoutMs });
      w.results.set(d.name, { ok: true, obs: parseProbe(r.stdout, asked) });
      this.ensureEventStream(clusterId, d, w, conn);
      this.radar.watchConfig(clusterId, d, conn);
    } catch (e) {
      const message = (e as Error).message;
      const timedOut = /did not finish within/.test(message);
      // A silent peer keeps its TCP connection open: drop it so the next tick reconnects (or fails fast).
      if (target && timedOut) this.pool.evict(target);
      w.results.set(d.name, { ok: false, reason: timedOut ? `no answer within ${timeoutMs} ms` : message, at: this.clock.nowMs() });
    }
  }
}
