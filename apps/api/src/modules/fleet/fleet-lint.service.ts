import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, Optional } from '@nestjs/common';
import { type ClusterSpec, type FleetCluster, lintFleet } from '@lvs/domain';
import type { EntityManager, QueryRunner } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../infra/clock';
import { CLUSTER_SPEC_PORT, type ClusterSpecPort } from '../clusters/spec/cluster-spec.port';
import { lintFound, lintResolved } from '../events/event-builders';
import { EventKind } from '../events/events.kinds';
import { EventsService } from '../events/events.service';
import type { EventSink, StoredEvent } from '../events/events.types';
import type { FindingDto } from './fleet.dto';
import { FleetRepository, type LintState } from './fleet.repository';
import { lintChanges } from './lint-record';

/** A burst of topology writes (an import, a script) is linted once, this long after the last one committed. */
const AFTER_CHANGE_MS = 200;

export interface FleetLintResult {
  findings: FindingDto[];
  /** How many clusters were linted against each other, and which. */
  clusters: number;
  clusterIds: string[];
}

/**
 * VRRP lint across every cluster (libs/domain's rules fed with the stored specs and the recorded
 * capabilities), and its timeline: each lint of the stored topologies — GET /fleet/lint, GET
 * /clusters/:id/lint, a plan, a topology change (after it commits), and a sweep every
 * FLEET_LINT_SWEEP_SECONDS — records `lint.finding` for a finding not open before on its cluster
 * and `lint.resolved` for one that went, once across restarts and replicas (lint_findings_open,
 * written under one advisory lock, in the transaction of the events themselves).
 */
@Injectable()
export class FleetLintService implements OnApplicationBootstrap, OnModuleDestroy, EventSink {
  private readonly logger = new Logger(FleetLintService.name);
  private readonly sweepSeconds: number;
  private sweepTimer?: NodeJS.Timeout;
  private soonTimer?: NodeJS.Timeout;
  /** The recording lint in flight, and the one every request meanwhile waits for (it starts when that ends). */
  private running?: Promise<FleetLintResult>;
  private next?: Promise<FleetLintResult>;
  private stopped = false;
  /** Transactions that recorded a topology change and have not ended yet. */
  private readonly changed = new WeakSet<QueryRunner>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repo: FleetRepository,
    @Inject(CLUSTER_SPEC_PORT) private readonly specs: ClusterSpecPort,
    private readonly clock: Clock,
    @Optional() private readonly events?: EventsService,
  ) {
    this.sweepSeconds = config.events.lintSweepSeconds;
  }

  onApplicationBootstrap(): void {
    if (!this.events) return;
    this.events.registerSink(this);
    this.repo.onTransactionEnd(
      (qr) => {
        if (!this.changed.has(qr)) return;
        this.changed.delete(qr);
        this.soon();
      },
      (qr) => this.changed.delete(qr),
    );
    if (this.sweepSeconds > 0) {
      this.sweepTimer = setInterval(() => this.background(), this.sweepSeconds * 1000);
      this.sweepTimer.unref();
    }
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    if (this.soonTimer) clearTimeout(this.soonTimer);
  }

  /** The timeline's sink: a topology change marks its transaction; the lint runs once that commits. */
  onEvent(event: StoredEvent, manager: EntityManager): Promise<void> {
    if (event.kind === EventKind.TopologyChanged && manager.queryRunner) this.changed.add(manager.queryRunner);
    return Promise.resolve();
  }

  /** A recording lint shortly (coalescing a burst of requests into one). */
  soon(): void {
    if (this.soonTimer || this.stopped) return;
    this.soonTimer = setTimeout(() => {
      this.soonTimer = undefined;
      this.background();
    }, AFTER_CHANGE_MS);
    this.soonTimer.unref();
  }

  /** A recording lint nobody waits for: a failure (the database gone, the app closing) is logged. */
  private background(): void {
    if (this.stopped) return;
    this.recorded().catch((e: Error) => {
      if (!this.stopped) this.logger.warn(`fleet lint failed: ${e.message}`);
    });
  }

  /**
   * Lint across every cluster; with `focus`, that cluster's spec stands in for the stored one (a plan
   * of a revision) and only its findings are kept. A cross-cluster error blocks a deployment when
   * the other cluster has been deployed (its config runs on directors); its own errors always do.
   */
  async findings(focus?: { clusterId: string; name: string; spec: ClusterSpec }): Promise<FleetLintResult> {
    const [rows, caps] = await Promise.all([this.repo.clusters(), this.repo.all()]);
    const specs = await Promise.all(
      rows.map(async (r): Promise<FleetCluster | undefined> => {
        if (focus && r.id === focus.clusterId) return { id: r.id, name: focus.name, spec: focus.spec };
        const s = await this.specs.getSpec(r.id);
        return s ? { id: r.id, name: s.name, spec: s.spec } : undefined; // deleted meanwhile
      }),
    );
    const fleet = specs.filter((c): c is FleetCluster => c !== undefined);
    const deployed = new Set(rows.filter((r) => r.deployed).map((r) => r.id));
    const all = lintFleet(fleet, caps).filter((f) => !focus || f.clusterId === focus.clusterId);
    return {
      findings: all.map((f) => ({
        ...f,
        blocksDeployment:
          f.severity === 'error' && (!f.related || f.related.clusterId === f.clusterId || deployed.has(f.related.clusterId)),
      })),
      clusters: fleet.length,
      clusterIds: fleet.map((c) => c.id),
    };
  }

  /**
   * Lint of the stored topologies, recorded on the timeline; one at a time per replica: a request
   * meanwhile waits for the run in flight to end, then joins the next one (which sees what the
   * request may have been about). When recording fails (the database, the lock), the lint is still
   * answered and the failure logged.
   */
  recorded(): Promise<FleetLintResult> {
    if (!this.events) return this.findings();
    if (!this.running) {
      const run = this.record().finally(() => (this.running = undefined));
      this.running = run;
      return run;
    }
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.recorded();
      });
    return this.next;
  }

  private async record(): Promise<FleetLintResult> {
    try {
      return await this.repo.lintState(async (state) => {
        const r = await this.findings();
        await this.apply(state, r);
        return r;
      });
    } catch (e) {
      if (!this.stopped) this.logger.warn(`fleet lint not recorded on the timeline: ${(e as Error).message}`);
      return this.findings();
    }
  }

  private async apply(state: LintState, r: FleetLintResult): Promise<void> {
    const events = this.events!;
    const c = lintChanges(await state.open(), r.findings, new Set(r.clusterIds));
    const now = this.clock.now();
    for (const { key, finding } of c.found)
      if (await state.add(finding.clusterId, key, finding)) await events.record(lintFound(finding.clusterId, key, finding), state.manager);
    for (const { key, finding, before } of c.changed)
      if (await state.update(finding.clusterId, key, finding))
        await events.record(lintFound(finding.clusterId, key, finding, before.severity), state.manager);
    for (const { key, finding } of c.refreshed) await state.update(finding.clusterId, key, finding);
    for (const o of c.gone)
      if (await state.remove(o.clusterId, o.key))
        await events.record(lintResolved(o.clusterId, o.key, o.finding, o.openedAt, now), state.manager);
  }
}
