import type { ClusterSpec } from '@lvs/domain';
import { interimStage, RUNTIME_TRACK_PREFIX, runtimeControlsFor, runtimeFiles } from '@lvs/keepalived';
import type { Clock } from '../../infra/clock';
import type { LiveService } from '../../infra/realtime/live.service';
import type { DirectorConnector } from '../../infra/ssh/director-connector';
import type { AuditService } from '../audit/audit.service';
import { deploymentFinished, deploymentRolledBack } from '../events/event-builders';
import type { EventsService } from '../events/events.service';
import type { FleetGate } from '../fleet/fleet-gate.port';
import type { ClusterDeployStateEntity, DeploymentEntity, DeploymentTargetEntity } from './deployment.entities';
import type { DrainedRealServer } from './drain-wait';
import type { PushFactory } from './push-factory';
import type { PushStrategy } from './push-types';
import { runtimeAgent } from '../runtime/runtime-agent';
import { renderAll, renderedVersions } from './revisions.service';
import { executionGroups, rollingOrder } from './rolling-order';
import { type TargetRecords, TargetRun } from './target-run';

/** The records a deployment's run reads and writes: DeploymentsRepository (an in-memory one in the unit suite). */
export interface DeploymentRecords extends TargetRecords {
  findDeployment(clusterId: string, id: string): Promise<DeploymentEntity | null>;
  targets(deploymentId: string): Promise<DeploymentTargetEntity[]>;
  state(clusterId: string): Promise<ClusterDeployStateEntity | null>;
  directorsInMaintenance(clusterId: string): Promise<Set<string>>;
  updateDeployment(id: string, patch: Partial<DeploymentEntity>): Promise<void>;
  saveState(s: Partial<ClusterDeployStateEntity> & { clusterId: string }): Promise<void>;
}

/** Everything the runner touches outside itself, each behind the narrowest seam. */
export interface RunnerDeps {
  records: DeploymentRecords;
  connector: Pick<DirectorConnector, 'connect'>;
  pushes: PushFactory;
  audit: Pick<AuditService, 'record'>;
  live: Pick<LiveService, 'emit'>;
  events: Pick<EventsService, 'emit'>;
  clock: Clock;
  fleet?: Pick<FleetGate, 'recordOver'>;
}

export interface RunOptions {
  /** Deploy an interim stage first when one reload would not apply the revision cleanly (drained real servers, moving VIPs). */
  drainFirst: boolean;
  /** How long the drain stage waits for their connections to end. */
  drainTimeoutMs: number;
}
export const DEFAULT_RUN: RunOptions = { drainFirst: true, drainTimeoutMs: 60_000 };

/** What one rolling pass pushes: the interim stage (see interimStage), or the revision. */
interface Stage {
  label?: 'interim';
  /** The spec the stage renders (its real servers' admin states go to the runtime files). */
  spec: ClusterSpec;
  texts: Record<string, string>;
  drained?: DrainedRealServer[];
}

/** Each director's rendered text. */
const textsOf = (rendered: Record<string, { text: string }>): Record<string, string> =>
  Object.fromEntries(Object.entries(rendered).map(([k, v]) => [k, v.text]));

/**
 * Runs one recorded deployment to its end (docs/deployment-pipeline.md): every director connected
 * and prepared at once (read, upload beside, config-test: nothing it runs changes), then committed in
 * rolling order — BACKUPs first, MASTER last, in parallel groups when asked — stopping at the first
 * failure unless told otherwise; a drain-first deployment does that twice (the interim stage, then
 * the revision). Each director's progress is a TargetRun; the deployment's own record, its audit
 * events and its `/live` status are written here.
 */
export class DeploymentRunner {
  constructor(private readonly deps: RunnerDeps) {}

  async run(id: string, clusterId: string, opts: RunOptions): Promise<void> {
    const { records, live, clock } = this.deps;
    const d = await records.findDeployment(clusterId, id);
    if (!d?.revision) return;
    const revision = d.revision;
    const spec: ClusterSpec = revision.spec;
    const directors = new Map(spec.directors.map((x) => [x.name, x]));
    const targets = await records.targets(id);
    const masterOf = new Map(rollingOrder(spec).map((o) => [o.name, o.masterOf]));
    const deployed = (await records.state(clusterId))?.lastRevision?.spec ?? null;
    await records.updateDeployment(id, { status: 'running', startedAt: clock.now() });
    live.emit(clusterId, 'deployment.status', { clusterId, deploymentId: id, status: 'running' });

    const { stages, noInterim } = this.stages(deployed, spec, revision.number, revision.rendered, opts);
    const maintenance = await records.directorsInMaintenance(clusterId);

    const ctx = { clusterId, deploymentId: id, records, live, clock };
    const runs = await Promise.all(targets.map((t) => this.open(clusterId, new TargetRun(ctx, t, directors.get(t.director)!))));
    if (noInterim) for (const r of runs) if (!r.error) r.noInterim(noInterim);
    const byDirector = new Map(runs.map((r) => [r.name, r]));
    let failed = runs.some((r) => r.error);
    let firstError: string | null = runs.find((r) => r.error)?.error ?? null;
    const groups = executionGroups(
      targets.map((t) => Object.assign(t, { masterOf: masterOf.get(t.director) ?? 0 })),
      d.parallel,
    );
    const pending: Promise<void>[] = [];
    for (const [n, stage] of stages.entries()) {
      const last = n === stages.length - 1;
      const active = () => runs.filter((r) => r.active);
      if (failed && d.stopOnFailure) break;
      // Phase 1, every director at once: read, upload beside, config-test. Nothing a director runs
      // changes, so a config any of them refuses stops the deployment before any swap.
      const prepared = await Promise.all(
        active().map((r) =>
          r.prepare(stage.label, this.pushFor(d.clusterId, r, stage, spec.mode, maintenance.has(r.name)), stage.texts[r.name]),
        ),
      );
      const bad = prepared.find((e) => e !== null);
      if (bad) {
        failed = true;
        firstError ??= bad;
      }
      // Phase 2, in rolling order: backup, swap, reload, verify (restore on failure).
      for (const group of groups) {
        const results = await Promise.all(
          group.map(async (t) => {
            const r = byDirector.get(t.director)!;
            if (!r.push || r.finished) return null; // failed earlier, already finished
            if (failed && d.stopOnFailure) {
              await r.abandon();
              return null;
            }
            const { error, status } = await r.commit(last, pending);
            if (status === 'rolled_back')
              this.deps.events.emit(deploymentRolledBack(clusterId, { deploymentId: id, director: r.name, error }));
            return error;
          }),
        );
        const err = results.find((x) => x !== null);
        if (err) {
          failed = true;
          firstError ??= err;
        }
      }
      if (stage.drained && !(failed && d.stopOnFailure)) {
        await Promise.all(active().map((r) => r.drainWait(stage.drained!, opts.drainTimeoutMs)));
      }
    }
    // Whoever was not finished: skipped (untouched), or holding the drain stage only.
    for (const r of runs) if (r.active) r.finishUnattempted(pending);
    await Promise.all(pending);
    await this.finish(d, failed, firstError);
    // The runtime agent of each director the revision gave track files is opened now, in the
    // background, so the first drain "now" is one round trip on an open channel (runtime-agent.ts).
    const final = stages[stages.length - 1];
    for (const r of runs)
      if (r.conn && !r.error && final.texts[r.name]?.includes(RUNTIME_TRACK_PREFIX))
        void Promise.resolve(r.conn)
          .then((conn) => runtimeAgent(conn, runtimeControlsFor(r.director.configPath).dir))
          .catch(() => undefined); // the first drain opens it then (or falls back to an exec)
  }

  /**
   * Two stages (docs/deployment-pipeline.md) when one reload would not apply the revision cleanly:
   * real servers it removes while they serve are first kept drained (and their connections waited
   * for), and VIPs it moves between instances are first carried by neither; then the revision.
   */
  private stages(
    deployed: ClusterSpec | null,
    spec: ClusterSpec,
    revision: number,
    rendered: Record<string, { text: string; keepalivedVersion?: string | null }>,
    opts: RunOptions,
  ): { stages: Stage[]; noInterim?: string } {
    const stages: Stage[] = [];
    const interim = opts.drainFirst ? interimStage(deployed, spec) : null;
    let noInterim: string | undefined;
    if (interim) {
      try {
        // each director's interim text for the keepalived release its revision was rendered for
        const texts = textsOf(renderAll(interim.spec, revision, renderedVersions(rendered)).rendered);
        stages.push({ label: 'interim', spec: interim.spec, texts, drained: interim.drained.length ? interim.drained : undefined });
      } catch (e) {
        // e.g. draining a service's last real servers leaves it below its quorum: keepalived refuses that config
        const what = [
          ...interim.drained.map((x) => `draining ${x.realServer}`),
          ...interim.heldVips.map((v) => `moving ${v.vip} from ${v.from} to ${v.to}`),
        ].join(', ');
        noInterim = `no interim stage (${what}): ${(e as Error).message}`;
      }
    }
    stages.push({ spec, texts: textsOf(rendered) });
    return { stages, noInterim };
  }

  /** Connects one director's run; its capabilities are recorded over the new connection. */
  private async open(clusterId: string, r: TargetRun): Promise<TargetRun> {
    await r.open(() => this.deps.connector.connect(clusterId, r.director));
    if (r.conn) this.deps.fleet?.recordOver(clusterId, r.director, r.conn); // capabilities at every deployment
    return r;
  }

  private pushFor(clusterId: string, r: TargetRun, stage: Stage, mode: ClusterSpec['mode'], inMaintenance: boolean): PushStrategy {
    const text = stage.texts[r.name];
    return this.deps.pushes.create(
      r.conn!,
      {
        mode,
        director: r.director,
        // A director that drops the connection mid-commit is reached again for the restore.
        reconnect: () => this.deps.connector.connect(clusterId, r.director),
        // Only when the text names them (a revision frozen before runtime controls does not).
        runtimeFiles: text?.includes(RUNTIME_TRACK_PREFIX)
          ? runtimeFiles(stage.spec, r.director.name, runtimeControlsFor(r.director.configPath), inMaintenance)
          : undefined,
      },
      r.onStep,
    );
  }

  /** The deployment's final record, the deployed state, its audit event and its timeline event. */
  private async finish(d: DeploymentEntity, failed: boolean, firstError: string | null): Promise<void> {
    const { records, audit, events, live, clock } = this.deps;
    const { id, clusterId } = d;
    const revision = d.revision!;
    const status = failed ? 'failed' : 'succeeded';
    await records.updateDeployment(id, { status, finishedAt: clock.now(), error: firstError });
    if (!failed)
      await records.saveState({
        clusterId,
        lastRevisionId: revision.id,
        lastDeploymentId: id,
        drift: false,
        driftDetail: null,
        driftCheckedAt: clock.now(),
      });
    else await records.saveState({ clusterId, lastDeploymentId: id });
    await audit.record({
      action: 'deployment.finish',
      targetType: 'cluster',
      targetId: clusterId,
      outcome: failed ? 'failure' : 'success',
      detail: failed ? (firstError ?? undefined) : undefined,
      after: { deploymentId: id, revision: revision.number, status },
    });
    events.emit(deploymentFinished(clusterId, { deploymentId: id, revision: revision.number, status, error: firstError }));
    live.emit(clusterId, 'deployment.status', { clusterId, deploymentId: id, status, error: firstError ?? undefined });
  }
}
