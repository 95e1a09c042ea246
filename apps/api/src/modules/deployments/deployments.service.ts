import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import type { ClusterSpec, Director } from '@lvs/domain';
import { interimStage, planHazards, RUNTIME_TRACK_PREFIX, runtimeControlsFor, runtimeFiles } from '@lvs/keepalived';
import { QueryFailedError } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../infra/clock';
import { LiveService } from '../../infra/realtime/live.service';
import { AuditService } from '../audit/audit.service';
import { deploymentFinished, deploymentRolledBack } from '../events/event-builders';
import { EventsService } from '../events/events.service';
import { FLEET_GATE, type FleetGate } from '../fleet/fleet-gate.port';
import { CLUSTER_SPEC_PORT, type ClusterSpecPort } from './cluster-spec.port';
import { DeploymentEntity, DeploymentTargetEntity, type ConfigRevisionEntity } from './deployment.entities';
import type { DeploymentDto, DeploymentPageDto } from './deployment.dto';
import { DirectorConnector } from '../../infra/ssh/director-connector';
import { DirectorPush, type PushOutcome, sha256, type StepRecord } from './director-push';
import type { StepRunner } from './push-steps';
import { DeploymentsError, DeploymentsErrorCode } from './deployments.errors';
import { DeploymentsRepository } from './deployments.repository';
import { deployedPathFor, IpvsadmPush, rulesPathFor } from './ipvsadm-push';
import { actorName, renderAll, RevisionsService } from './revisions.service';
import { type DrainedRealServer, waitDrained } from './drain-wait';
import type { SshConnection } from '../../infra/ssh/ssh-connection';
import { executionGroups, rollingOrder } from './rolling-order';

/** One director through a deployment's stages. */
interface TargetRun {
  t: DeploymentTargetEntity;
  director: Director;
  steps: StepRecord[];
  /** Records a step (tagged with the current stage) and streams it. */
  onStep: (s: StepRecord) => void;
  /** The pending step writes (await before finishing the target). */
  chain: () => Promise<void>;
  conn?: SshConnection;
  /** The stage being pushed (undefined: the revision itself). */
  stage?: 'interim';
  /** The push prepared in the current stage, until committed or abandoned. */
  push?: StepRunner;
  stagesDone: number;
  beforeSha256?: string;
  afterSha256?: string;
  /** Set when the target's record is final. */
  finished?: boolean;
  error?: string;
}

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

export interface RunOptions {
  /** Deploy an interim stage first when one reload would not apply the revision cleanly (drained real servers, moving VIPs). */
  drainFirst: boolean;
  /** How long the drain stage waits for their connections to end. */
  drainTimeoutMs: number;
}
const DEFAULT_RUN: RunOptions = { drainFirst: true, drainTimeoutMs: 60_000 };

export interface StartOptions {
  revision?: number;
  message: string;
  parallel: boolean;
  stopOnFailure: boolean;
  idempotencyKey?: string;
  /** Default true: real servers the revision removes are drained first (see RunOptions). */
  drainFirst?: boolean;
  drainTimeoutSeconds?: number;
}

/** What makes two deployment requests the same one: the request as validated (defaults applied), key left out. */
function requestFingerprint(opts: StartOptions): string {
  const { revision, message, parallel, stopOnFailure, drainFirst, drainTimeoutSeconds } = opts;
  return sha256(JSON.stringify([revision ?? null, message, parallel, stopOnFailure, drainFirst ?? null, drainTimeoutSeconds ?? null]));
}

/**
 * A record write that runs in the background and is awaited later (Promise.all at the end of the
 * run): marked handled now, so that a database outage meanwhile is not an unhandled rejection —
 * which ends a Node process — while the awaiting still sees the error.
 */
function handled<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

function isUniqueViolation(e: unknown, index: string): boolean {
  return (
    e instanceof QueryFailedError &&
    (e as QueryFailedError & { code?: string; constraint?: string }).code === '23505' &&
    String((e as { constraint?: string }).constraint ?? e.message).includes(index)
  );
}

/**
 * Deployments: freeze (or pick) a revision, then push it director by director — BACKUPs first,
 * MASTER last, stop at the first failure unless told otherwise — with every step recorded and
 * streamed to `/live`. One deployment at a time per cluster, enforced by a unique index.
 */
@Injectable()
export class DeploymentsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeploymentsService.name);
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly repo: DeploymentsRepository,
    private readonly revisions: RevisionsService,
    private readonly connector: DirectorConnector,
    private readonly audit: AuditService,
    private readonly live: LiveService,
    private readonly events: EventsService,
    @Inject(CLUSTER_SPEC_PORT) private readonly specs: ClusterSpecPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    @Optional() @Inject(FLEET_GATE) private readonly fleet?: FleetGate,
  ) {}

  async start(clusterId: string, opts: StartOptions): Promise<{ deployment: DeploymentDto; replayed: boolean }> {
    const fingerprint = opts.idempotencyKey ? requestFingerprint(opts) : undefined;
    if (opts.idempotencyKey) {
      const seen = await this.repo.findByIdempotencyKey(clusterId, opts.idempotencyKey);
      if (seen) return { deployment: await this.replay(clusterId, seen, fingerprint!), replayed: true };
    }
    // a scheduler or keyword a director cannot run, or VRRP lint errors: 422 before anything is recorded
    await this.fleet?.assertDeployable(clusterId, opts.revision);
    let deployment: DeploymentEntity;
    try {
      deployment = await this.repo.transaction(async (m) => {
        const revision = opts.revision
          ? await this.revisions.mustFind(clusterId, opts.revision, m)
          : await this.revisions.freeze(clusterId, opts.message, m);
        // a credential outside its binding: 422 before anything is recorded or connected
        await this.connector.assertBound(revision.spec.directors);
        return this.createRecord(clusterId, revision, opts, m);
      });
    } catch (e) {
      if (isUniqueViolation(e, 'uq_deployments_active')) {
        throw new DeploymentsError(
          DeploymentsErrorCode.AlreadyRunning,
          'A deployment of this cluster is already running; wait for it to finish.',
        );
      }
      if (opts.idempotencyKey && isUniqueViolation(e, 'uq_deployments_idempotency')) {
        const seen = await this.repo.findByIdempotencyKey(clusterId, opts.idempotencyKey);
        if (seen) return { deployment: await this.replay(clusterId, seen, fingerprint!), replayed: true };
      }
      throw e;
    }
    this.launch(deployment.id, clusterId, opts);
    return { deployment: await this.get(clusterId, deployment.id), replayed: false };
  }

  /**
   * The deployment an Idempotency-Key already started, when the request is the same one; the key
   * with a different request is a client bug that a silent replay would hide (a 422, as the IETF
   * Idempotency-Key draft answers). Deployments recorded before fingerprints replay as before.
   */
  private async replay(clusterId: string, seen: DeploymentEntity, fingerprint: string): Promise<DeploymentDto> {
    if (seen.idempotencyFingerprint !== null && seen.idempotencyFingerprint !== fingerprint)
      throw new DeploymentsError(
        DeploymentsErrorCode.IdempotencyKeyReused,
        `Idempotency-Key ${seen.idempotencyKey} was used for another request (deployment ${seen.id}); send a new key for a different request.`,
        [{ path: 'headers.idempotency-key', message: 'was already used with a different request body' }],
        { deploymentId: seen.id },
      );
    return this.get(clusterId, seen.id);
  }

  /** Rollback = restore the topology of revision `number` and deploy it as a new revision. */
  async rollback(clusterId: string, number: number, opts: Omit<StartOptions, 'revision' | 'message'>): Promise<DeploymentDto> {
    let deployment: DeploymentEntity;
    try {
      deployment = await this.repo.transaction(async (m) => {
        const old = await this.revisions.mustFind(clusterId, number, m);
        await this.specs.replaceSpec(clusterId, old.spec, m);
        const revision = await this.revisions.freeze(clusterId, `Rollback to revision ${number}`, m, old.spec);
        await this.connector.assertBound(revision.spec.directors);
        await this.audit.record(
          { action: 'revision.rollback', targetType: 'cluster', targetId: clusterId, after: { to: number, newRevision: revision.number } },
          m,
        );
        return this.createRecord(clusterId, revision, { ...opts, message: '' }, m);
      });
    } catch (e) {
      if (isUniqueViolation(e, 'uq_deployments_active'))
        throw new DeploymentsError(
          DeploymentsErrorCode.AlreadyRunning,
          'A deployment of this cluster is already running; wait for it to finish.',
        );
      throw e;
    }
    this.launch(deployment.id, clusterId, opts);
    return this.get(clusterId, deployment.id);
  }

  private async createRecord(
    clusterId: string,
    revision: ConfigRevisionEntity,
    opts: StartOptions,
    m: Parameters<DeploymentsRepository['saveDeployment']>[1],
  ): Promise<DeploymentEntity> {
    const d = new DeploymentEntity();
    d.clusterId = clusterId;
    d.revisionId = revision.id;
    d.status = 'pending';
    d.parallel = opts.parallel;
    d.stopOnFailure = opts.stopOnFailure;
    d.idempotencyKey = opts.idempotencyKey ?? null;
    d.idempotencyFingerprint = opts.idempotencyKey ? requestFingerprint(opts) : null;
    d.requestedBy = actorName();
    d.startedAt = null;
    d.finishedAt = null;
    d.error = null;
    await this.repo.saveDeployment(d, m);
    const order = rollingOrder(revision.spec);
    await this.repo.saveTargets(
      order.map((o, i) =>
        Object.assign(new DeploymentTargetEntity(), {
          deploymentId: d.id,
          director: o.name,
          position: i,
          status: 'pending',
          steps: [],
          beforeSha256: null,
          afterSha256: null,
          error: null,
          startedAt: null,
          finishedAt: null,
        }),
      ),
      m,
    );
    // What one reload may not apply cleanly (the plan showed it): kept with the start, for the record.
    const hazards = planHazards((await this.repo.state(clusterId, m))?.lastRevision?.spec ?? null, revision.spec).map((h) => h.message);
    await this.audit.record(
      {
        action: 'deployment.start',
        targetType: 'cluster',
        targetId: clusterId,
        after: {
          deploymentId: d.id,
          revision: revision.number,
          order: order.map((o) => o.name),
          parallel: d.parallel,
          stopOnFailure: d.stopOnFailure,
          ...(hazards.length ? { hazards } : {}),
        },
      },
      m,
    );
    return d;
  }

  private launch(id: string, clusterId: string, opts: Pick<StartOptions, 'drainFirst' | 'drainTimeoutSeconds'>): void {
    const run: RunOptions = {
      drainFirst: opts.drainFirst ?? DEFAULT_RUN.drainFirst,
      drainTimeoutMs: opts.drainTimeoutSeconds !== undefined ? opts.drainTimeoutSeconds * 1000 : DEFAULT_RUN.drainTimeoutMs,
    };
    const p = this.run(id, clusterId, run)
      .catch(async (e: Error) => {
        this.logger.error({ err: e, deploymentId: id }, 'deployment runner crashed');
        // Never leave it "running": the record says it failed and why.
        const recorded = await this.repo
          .updateDeployment(id, { status: 'failed', finishedAt: this.clock.now(), error: `the deployment runner stopped: ${e.message}` })
          .then(
            () => true,
            () => false,
          );
        this.live.emit(clusterId, 'deployment.status', { clusterId, deploymentId: id, status: 'failed', error: e.message });
        // The database itself is gone (killed, restarting): once it answers again, the deployment is
        // marked interrupted and its directors checked, as after an API restart — without one.
        if (!recorded) this.interruptWhenDatabaseReturns(clusterId, id);
      })
      .finally(() => this.running.delete(id));
    this.running.set(id, p);
  }

  private interruptWhenDatabaseReturns(clusterId: string, id: string, attempt = 0): void {
    if (this.stopped || attempt > 900) return; // every 2 s for half an hour; later, the next start does it
    const retry = setTimeout(() => {
      this.repo
        .findDeployment(clusterId, id)
        .then(async (d) => {
          if (d && (d.status === 'pending' || d.status === 'running')) await this.interrupt(d, 'interrupted: the database was unavailable');
        })
        .catch(() => this.interruptWhenDatabaseReturns(clusterId, id, attempt + 1));
    }, 2000);
    retry.unref();
  }

  /** Waits for a running deployment (tests, shutdown). */
  async settle(id: string): Promise<void> {
    await this.running.get(id);
  }

  private async run(id: string, clusterId: string, opts: RunOptions): Promise<void> {
    const d = await this.repo.findDeployment(clusterId, id);
    if (!d?.revision) return;
    const revision = d.revision;
    const spec: ClusterSpec = revision.spec;
    const directors = new Map(spec.directors.map((x) => [x.name, x]));
    const targets = await this.repo.targets(id);
    const masterOf = new Map(rollingOrder(spec).map((o) => [o.name, o.masterOf]));
    const deployed = (await this.repo.state(clusterId))?.lastRevision?.spec ?? null;
    await this.repo.updateDeployment(id, { status: 'running', startedAt: this.clock.now() });
    this.live.emit(clusterId, 'deployment.status', { clusterId, deploymentId: id, status: 'running' });

    // Two stages (docs/deployment-pipeline.md) when one reload would not apply the revision cleanly: real
    // servers it removes while they serve are first kept drained (and their connections waited
    // for), and VIPs it moves between instances are first carried by neither; then the revision.
    const stages: Stage[] = [];
    const interim = opts.drainFirst ? interimStage(deployed, spec) : null;
    let noInterim: string | undefined;
    if (interim) {
      try {
        const texts = textsOf(renderAll(interim.spec, revision.number).rendered);
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
    stages.push({ spec, texts: textsOf(revision.rendered) });
    const maintenance = await this.repo.directorsInMaintenance(clusterId);

    const runs = await Promise.all(targets.map((t) => this.open(clusterId, id, t, directors.get(t.director)!)));
    if (noInterim)
      for (const r of runs)
        if (!r.error)
          r.onStep({ name: 'drain-wait', status: 'skipped', startedAt: this.clock.now().toISOString(), ms: 0, output: noInterim });
    const byDirector = new Map(runs.map((r) => [r.t.director, r]));
    let failed = runs.some((r) => r.error);
    let firstError: string | null = runs.find((r) => r.error)?.error ?? null;
    const groups = executionGroups(
      targets.map((t) => Object.assign(t, { masterOf: masterOf.get(t.director) ?? 0 })),
      d.parallel,
    );
    const records: Promise<void>[] = [];
    for (const [n, stage] of stages.entries()) {
      const last = n === stages.length - 1;
      const active = () => runs.filter((r) => !r.error && !r.finished);
      if (failed && d.stopOnFailure) break;
      // Phase 1, every director at once: read, upload beside, config-test. Nothing a director runs
      // changes, so a config any of them refuses stops the deployment before any swap.
      const prepared = await Promise.all(
        active().map((r) => this.prepareStage(clusterId, id, r, stage, spec.mode, maintenance.has(r.t.director))),
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
              await r.push.abandon();
              r.push = undefined;
              return null;
            }
            return this.commitStage(clusterId, id, r, last, records);
          }),
        );
        const err = results.find((x) => x !== null);
        if (err) {
          failed = true;
          firstError ??= err;
        }
      }
      if (stage.drained && !(failed && d.stopOnFailure)) {
        await Promise.all(active().map((r) => this.drainWait(r, stage.drained!, opts.drainTimeoutMs)));
      }
    }
    // Whoever was not finished: skipped (untouched), or holding the drain stage only.
    for (const r of runs) {
      if (r.error || r.finished) continue;
      const why = r.stagesDone
        ? 'holds the interim stage (real servers the revision removes drained, moving VIPs on no instance); the revision was not attempted: an earlier director failed'
        : 'not attempted: an earlier director failed (stop on failure)';
      records.push(
        handled(
          r
            .chain()
            .then(() =>
              this.finishTarget(
                clusterId,
                id,
                r.t,
                r.stagesDone ? 'failed' : 'skipped',
                r.beforeSha256 ?? null,
                r.afterSha256 ?? null,
                why,
                r.steps,
              ),
            ),
        ),
      );
    }
    await Promise.all(records);
    const status = failed ? 'failed' : 'succeeded';
    await this.repo.updateDeployment(id, { status, finishedAt: this.clock.now(), error: firstError });
    if (!failed)
      await this.repo.saveState({
        clusterId,
        lastRevisionId: revision.id,
        lastDeploymentId: id,
        drift: false,
        driftDetail: null,
        driftCheckedAt: this.clock.now(),
      });
    else await this.repo.saveState({ clusterId, lastDeploymentId: id });
    await this.audit.record({
      action: 'deployment.finish',
      targetType: 'cluster',
      targetId: clusterId,
      outcome: failed ? 'failure' : 'success',
      detail: failed ? (firstError ?? undefined) : undefined,
      after: { deploymentId: id, revision: revision.number, status },
    });
    this.events.emit(deploymentFinished(clusterId, { deploymentId: id, revision: revision.number, status, error: firstError }));
    this.live.emit(clusterId, 'deployment.status', { clusterId, deploymentId: id, status, error: firstError ?? undefined });
  }

  /**
   * Opens one director's run: its step recorder and its pooled connection. A director that cannot
   * be reached is finished as failed here (it was not changed).
   */
  private async open(clusterId: string, deploymentId: string, t: DeploymentTargetEntity, director: Director): Promise<TargetRun> {
    const steps: StepRecord[] = [];
    // The target's writes are chained (and not waited for here) so a late one never overwrites the
    // final record; finishing the target waits for the chain. Steps that end while a write is in
    // flight are written together by the next one (a commit reports four at once).
    let chain: Promise<void> = this.repo.updateTarget(t.id, { status: 'running', startedAt: this.clock.now() }).catch(() => undefined);
    let queued = false;
    const run: TargetRun = { t, director, steps, chain: () => chain, stagesDone: 0, onStep: () => undefined };
    run.onStep = (rec: StepRecord) => {
      const s = run.stage ? { ...rec, stage: run.stage } : rec;
      steps.push(s);
      this.live.emit(clusterId, 'deployment.step', {
        clusterId,
        deploymentId,
        director: t.director,
        step: s.name,
        status: s.status,
        ms: s.ms,
        output: s.output,
        stage: s.stage,
      });
      if (queued) return;
      queued = true;
      chain = chain
        .then(() => {
          queued = false;
          return this.repo.updateTarget(t.id, { steps: [...steps] });
        })
        .catch(() => undefined);
    };
    this.live.emit(clusterId, 'deployment.status', {
      clusterId,
      deploymentId,
      status: 'running',
      director: t.director,
      targetStatus: 'running',
    });
    const started = this.clock.nowMs();
    try {
      run.conn = await this.connector.connect(clusterId, director);
      run.onStep({
        name: 'connect',
        status: 'ok',
        startedAt: new Date(started).toISOString(),
        ms: this.clock.nowMs() - started,
        output: `${director.sshUser}@${director.address}:${director.sshPort}`,
      });
      this.fleet?.recordOver(clusterId, director, run.conn); // capabilities at every deployment
    } catch (e) {
      const msg = (e as Error).message;
      run.onStep({
        name: 'connect',
        status: 'failed',
        startedAt: new Date(started).toISOString(),
        ms: this.clock.nowMs() - started,
        output: msg,
      });
      await chain;
      run.error = `${t.director}: ${msg}`;
      await this.finishTarget(clusterId, deploymentId, t, 'failed', null, null, run.error, steps);
    }
    return run;
  }

  /** Phase 1 of a stage for one director; returns null when it is ready to commit, or the error (the target is then finished). */
  private async prepareStage(
    clusterId: string,
    deploymentId: string,
    r: TargetRun,
    stage: Stage,
    mode: ClusterSpec['mode'],
    inMaintenance: boolean,
  ): Promise<string | null> {
    const { director, t } = r;
    r.stage = stage.label;
    // ipvsadm mode: the rules file beside keepalived.conf, and the live IPVS table reconciled with it.
    const push =
      mode === 'ipvsadm'
        ? new IpvsadmPush(r.conn!, rulesPathFor(director.configPath), r.onStep, this.config.director.configDirs)
        : new DirectorPush(
            r.conn!,
            {
              configPath: director.configPath,
              reloadMethod: director.reloadMethod,
              pidFile: director.pidFile,
              configDirs: this.config.director.configDirs,
              // Only when the text names them (a revision frozen before runtime controls does not).
              runtimeFiles: stage.texts[t.director]?.includes(RUNTIME_TRACK_PREFIX)
                ? runtimeFiles(stage.spec, director.name, runtimeControlsFor(director.configPath), inMaintenance)
                : undefined,
            },
            r.onStep,
            this.config.deploy.reloadTimeoutMs,
          );
    const outcome = await push.prepare(stage.texts[t.director]);
    if (!outcome) {
      r.push = push;
      return null;
    }
    await r.chain();
    r.error = this.explain(t, outcome);
    r.finished = true;
    await this.finishTarget(
      clusterId,
      deploymentId,
      t,
      'failed',
      r.beforeSha256 ?? outcome.beforeSha256,
      outcome.finalSha256,
      r.error,
      r.steps,
    );
    return r.error;
  }

  /**
   * Phase 2 of a stage for one prepared director; returns null on success or the error text as soon
   * as the director is done. The last stage's (or a failure's) record is written in the background
   * (`records`, awaited before the deployment finishes) so the next group does not wait on the database.
   */
  private async commitStage(
    clusterId: string,
    deploymentId: string,
    r: TargetRun,
    last: boolean,
    records: Promise<void>[],
  ): Promise<string | null> {
    const outcome = await r.push!.commit();
    r.push = undefined;
    r.beforeSha256 ??= outcome.beforeSha256;
    r.afterSha256 = outcome.finalSha256;
    if (outcome.ok) r.stagesDone++;
    const why = outcome.ok ? null : this.explain(r.t, outcome);
    if (outcome.ok && !last) return null;
    r.finished = true;
    const status = outcome.ok ? 'succeeded' : outcome.rolledBack ? 'rolled_back' : 'failed';
    if (status === 'rolled_back') this.events.emit(deploymentRolledBack(clusterId, { deploymentId, director: r.t.director, error: why }));
    records.push(
      handled(
        r
          .chain()
          .then(() => this.finishTarget(clusterId, deploymentId, r.t, status, r.beforeSha256 ?? null, outcome.finalSha256, why, r.steps)),
      ),
    );
    return why;
  }

  /** Between the stages of a drain-first deployment: one recorded step per director. */
  private async drainWait(r: TargetRun, drained: DrainedRealServer[], timeoutMs: number): Promise<void> {
    const started = this.clock.nowMs();
    const output = await waitDrained(r.conn!, drained, timeoutMs).catch((e: Error) => `did not wait: ${e.message}`);
    r.onStep({ name: 'drain-wait', status: 'ok', startedAt: new Date(started).toISOString(), ms: this.clock.nowMs() - started, output });
  }

  private explain(t: DeploymentTargetEntity, outcome: PushOutcome): string {
    return `${t.director}: ${outcome.failedStep} failed: ${outcome.error}${outcome.rolledBack ? ` (rolled back: the previous file is restored${outcome.finalSha256 === outcome.beforeSha256 ? ' and verified' : ', but its sha256 differs — check the director'})` : ' (the director was not changed)'}`;
  }

  private async finishTarget(
    clusterId: string,
    deploymentId: string,
    t: DeploymentTargetEntity,
    status: DeploymentTargetEntity['status'],
    before: string | null,
    after: string | null,
    error: string | null,
    steps?: StepRecord[],
  ): Promise<void> {
    await this.repo.updateTarget(t.id, {
      status,
      beforeSha256: before,
      afterSha256: after,
      error,
      finishedAt: this.clock.now(),
      ...(steps ? { steps } : {}),
    });
    this.live.emit(clusterId, 'deployment.status', {
      clusterId,
      deploymentId,
      status: 'running',
      director: t.director,
      targetStatus: status,
      error: error ?? undefined,
    });
  }

  async get(clusterId: string, id: string): Promise<DeploymentDto> {
    const d = await this.repo.findDeployment(clusterId, id);
    if (!d) throw new DeploymentsError(DeploymentsErrorCode.DeploymentNotFound, `Cluster ${clusterId} has no deployment ${id}.`);
    return this.map(d, await this.repo.targets(id));
  }

  async list(clusterId: string, limit: number, offset: number): Promise<DeploymentPageDto> {
    const [items, total] = await this.repo.pageDeployments(clusterId, limit, offset);
    return { items: await Promise.all(items.map(async (d) => this.map(d, await this.repo.targets(d.id)))), total };
  }

  /**
   * A deployment cut short by an API restart is marked `interrupted` (never left "running"), and each
   * of its directors is checked: which file does it hold now — the new one, the previous one, or neither?
   */
  async onApplicationBootstrap(): Promise<void> {
    for (const d of await this.repo.active()) await this.interrupt(d, 'interrupted by an API restart');
  }

  private async interrupt(d: DeploymentEntity, why: string): Promise<void> {
    await this.repo.updateDeployment(d.id, { status: 'interrupted', finishedAt: this.clock.now(), error: why });
    await this.audit.record({
      action: 'deployment.interrupted',
      targetType: 'cluster',
      targetId: d.clusterId,
      outcome: 'failure',
      detail: `deployment ${d.id} was running when ${why === 'interrupted by an API restart' ? 'the API stopped' : 'the database became unavailable'}`,
    });
    this.live.emit(d.clusterId, 'deployment.status', { clusterId: d.clusterId, deploymentId: d.id, status: 'interrupted', error: why });
    void this.checkInterrupted(d, why).catch((e: Error) => this.logger.warn(`post-interruption check of ${d.id} failed: ${e.message}`));
  }

  private async checkInterrupted(d: DeploymentEntity, why: string): Promise<void> {
    const full = await this.repo.findDeployment(d.clusterId, d.id);
    if (!full?.revision) return;
    const directors = new Map(full.revision.spec.directors.map((x) => [x.name, x]));
    const mode = full.revision.spec.mode;
    for (const t of await this.repo.targets(d.id)) {
      if (t.status !== 'running' && t.status !== 'pending') continue;
      const director = directors.get(t.director);
      const started = this.clock.nowMs();
      let output: string;
      let after: string | null = null;
      try {
        const conn = await this.connector.connect(d.clusterId, director!);
        const path = deployedPathFor(mode, director!.configPath);
        const live = await conn.readFile(path);
        after = live ? sha256(live) : '';
        const expected = full.revision.rendered[t.director]?.sha256;
        // the file before the deployment: as finished, or as its read step saw it
        const before = t.beforeSha256 ?? /sha256 ([0-9a-f]{64})/.exec(t.steps.find((x) => x.name === 'read')?.output ?? '')?.[1];
        output =
          after === expected
            ? 'holds the new revision'
            : before === undefined
              ? `holds sha256 ${after.slice(0, 12)}…, not the new revision (its file was not read before the restart)`
              : after === before
                ? 'holds its previous file'
                : `holds neither the new nor the previous file (sha256 ${after.slice(0, 12)}…): check it`;
        // our own upload beside the file, never swapped in: removed
        if (await conn.readFile(`${path}.lvs-new`)) {
          const rm = await conn.exec(['rm', '-f', '--', `${path}.lvs-new`]);
          output += rm.code === 0 ? `; its unused upload ${path}.lvs-new was removed` : `; a leftover ${path}.lvs-new could not be removed`;
        }
      } catch (e) {
        output = `could not check: ${(e as Error).message}`;
      }
      const step: StepRecord = {
        name: 'verify',
        status: 'skipped',
        startedAt: new Date(started).toISOString(),
        ms: this.clock.nowMs() - started,
        output: `${why === 'interrupted by an API restart' ? 'after restart' : 'after the database returned'}: ${output}`,
      };
      await this.repo.updateTarget(t.id, {
        status: 'failed',
        afterSha256: after,
        error: `${why}; director ${output}`,
        steps: [...t.steps, step],
        finishedAt: this.clock.now(),
      });
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    // Let running pushes reach a safe end (each ends restored or done) before the process exits.
    await Promise.race([Promise.all(this.running.values()), new Promise((r) => setTimeout(r, 10_000))]);
  }

  private map(d: DeploymentEntity, targets: DeploymentTargetEntity[]): DeploymentDto {
    return {
      id: d.id,
      clusterId: d.clusterId,
      revision: d.revision?.number ?? 0,
      status: d.status,
      parallel: d.parallel,
      stopOnFailure: d.stopOnFailure,
      requestedBy: d.requestedBy,
      createdAt: d.createdAt.toISOString(),
      startedAt: d.startedAt?.toISOString() ?? null,
      finishedAt: d.finishedAt?.toISOString() ?? null,
      error: d.error,
      targets: targets.map((t) => ({
        director: t.director,
        position: t.position,
        status: t.status,
        steps: t.steps,
        beforeSha256: t.beforeSha256,
        afterSha256: t.afterSha256,
        error: t.error,
        startedAt: t.startedAt?.toISOString() ?? null,
        finishedAt: t.finishedAt?.toISOString() ?? null,
      })),
    };
  }
}
