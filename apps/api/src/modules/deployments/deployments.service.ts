import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { ClusterSpec, Director } from '@lvs/domain';
import { reloadHazards } from '@lvs/keepalived';
import { QueryFailedError } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { LiveService } from '../../infra/realtime/live.service';
import { AuditService } from '../audit/audit.service';
import { CLUSTER_SPEC_PORT, type ClusterSpecPort } from './cluster-spec.port';
import { DeploymentEntity, DeploymentTargetEntity, type ConfigRevisionEntity } from './deployment.entities';
import type { DeploymentDto, DeploymentPageDto } from './deployment.dto';
import { DirectorConnector } from './director-connector';
import { DirectorPush, type PushOutcome, sha256, type StepRecord } from './director-push';
import type { StepRunner } from './push-steps';
import { DeploymentsError, DeploymentsErrorCode } from './deployments.errors';
import { DeploymentsRepository } from './deployments.repository';
import { deployedPathFor, IpvsadmPush, rulesPathFor } from './ipvsadm-push';
import { actorName, RevisionsService } from './revisions.service';
import { executionGroups, rollingOrder } from './rolling-order';

/** A director after phase 1: its push ready to commit, or the error that finished it. */
interface Prepared {
  t: DeploymentTargetEntity;
  steps: StepRecord[];
  /** The pending step writes (await before finishing the target). */
  chain: () => Promise<void>;
  push?: StepRunner;
  error?: string;
}

export interface StartOptions {
  revision?: number;
  message: string;
  parallel: boolean;
  stopOnFailure: boolean;
  idempotencyKey?: string;
}

function isUniqueViolation(e: unknown, index: string): boolean {
  return e instanceof QueryFailedError && (e as QueryFailedError & { code?: string; constraint?: string }).code === '23505' && String((e as { constraint?: string }).constraint ?? e.message).includes(index);
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

  constructor(
    private readonly repo: DeploymentsRepository,
    private readonly revisions: RevisionsService,
    private readonly connector: DirectorConnector,
    private readonly audit: AuditService,
    private readonly live: LiveService,
    @Inject(CLUSTER_SPEC_PORT) private readonly specs: ClusterSpecPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(clusterId: string, opts: StartOptions): Promise<{ deployment: DeploymentDto; replayed: boolean }> {
    if (opts.idempotencyKey) {
      const seen = await this.repo.findByIdempotencyKey(clusterId, opts.idempotencyKey);
      if (seen) return { deployment: await this.get(clusterId, seen.id), replayed: true };
    }
    let deployment: DeploymentEntity;
    try {
      deployment = await this.repo.transaction(async (m) => {
        const revision = opts.revision ? await this.revisions.mustFind(clusterId, opts.revision, m) : await this.revisions.freeze(clusterId, opts.message, m);
        return this.createRecord(clusterId, revision, opts, m);
      });
    } catch (e) {
      if (isUniqueViolation(e, 'uq_deployments_active')) {
        throw new DeploymentsError(DeploymentsErrorCode.AlreadyRunning, 'A deployment of this cluster is already running; wait for it to finish.');
      }
      if (opts.idempotencyKey && isUniqueViolation(e, 'uq_deployments_idempotency')) {
        const seen = await this.repo.findByIdempotencyKey(clusterId, opts.idempotencyKey);
        if (seen) return { deployment: await this.get(clusterId, seen.id), replayed: true };
      }
      throw e;
    }
    this.launch(deployment.id, clusterId);
    return { deployment: await this.get(clusterId, deployment.id), replayed: false };
  }

  /** Rollback = restore the topology of revision `number` and deploy it as a new revision. */
  async rollback(clusterId: string, number: number, opts: Omit<StartOptions, 'revision' | 'message'>): Promise<DeploymentDto> {
    let deployment: DeploymentEntity;
    try {
      deployment = await this.repo.transaction(async (m) => {
        const old = await this.revisions.mustFind(clusterId, number, m);
        await this.specs.replaceSpec(clusterId, old.spec, m);
        const revision = await this.revisions.freeze(clusterId, `Rollback to revision ${number}`, m, old.spec);
        await this.audit.record({ action: 'revision.rollback', targetType: 'cluster', targetId: clusterId, after: { to: number, newRevision: revision.number } }, m);
        return this.createRecord(clusterId, revision, { ...opts, message: '' }, m);
      });
    } catch (e) {
      if (isUniqueViolation(e, 'uq_deployments_active')) throw new DeploymentsError(DeploymentsErrorCode.AlreadyRunning, 'A deployment of this cluster is already running; wait for it to finish.');
      throw e;
    }
    this.launch(deployment.id, clusterId);
    return this.get(clusterId, deployment.id);
  }

  private async createRecord(clusterId: string, revision: ConfigRevisionEntity, opts: StartOptions, m: Parameters<DeploymentsRepository['saveDeployment']>[1]): Promise<DeploymentEntity> {
    const d = new DeploymentEntity();
    d.clusterId = clusterId;
    d.revisionId = revision.id;
    d.status = 'pending';
    d.parallel = opts.parallel;
    d.stopOnFailure = opts.stopOnFailure;
    d.idempotencyKey = opts.idempotencyKey ?? null;
    d.requestedBy = actorName();
    d.startedAt = null;
    d.finishedAt = null;
    d.error = null;
    await this.repo.saveDeployment(d, m);
    const order = rollingOrder(revision.spec);
    await this.repo.saveTargets(
      order.map((o, i) => Object.assign(new DeploymentTargetEntity(), { deploymentId: d.id, director: o.name, position: i, status: 'pending', steps: [], beforeSha256: null, afterSha256: null, error: null, startedAt: null, finishedAt: null })),
      m,
    );
    // What one reload may not apply cleanly (the plan showed it): kept with the start, for the record.
    const hazards = reloadHazards((await this.repo.state(clusterId, m))?.lastRevision?.spec ?? null, revision.spec).map((h) => h.message);
    await this.audit.record({ action: 'deployment.start', targetType: 'cluster', targetId: clusterId, after: { deploymentId: d.id, revision: revision.number, order: order.map((o) => o.name), parallel: d.parallel, stopOnFailure: d.stopOnFailure, ...(hazards.length ? { hazards } : {}) } }, m);
    return d;
  }

  private launch(id: string, clusterId: string): void {
    const p = this.run(id, clusterId)
      .catch((e: Error) => this.logger.error({ err: e, deploymentId: id }, 'deployment runner crashed'))
      .finally(() => this.running.delete(id));
    this.running.set(id, p);
  }

  /** Waits for a running deployment (tests, shutdown). */
  async settle(id: string): Promise<void> {
    await this.running.get(id);
  }

  private async run(id: string, clusterId: string): Promise<void> {
    const d = await this.repo.findDeployment(clusterId, id);
    if (!d?.revision) return;
    const revision = d.revision;
    const spec: ClusterSpec = revision.spec;
    const directors = new Map(spec.directors.map((x) => [x.name, x]));
    const targets = await this.repo.targets(id);
    const masterOf = new Map(rollingOrder(spec).map((o) => [o.name, o.masterOf]));
    await this.repo.updateDeployment(id, { status: 'running', startedAt: new Date() });
    this.live.emit(clusterId, 'deployment.status', { clusterId, deploymentId: id, status: 'running' });

    // Phase 1, every director at once: connect, read, upload beside, config-test. Nothing a director
    // runs changes, so a config any of them refuses stops the deployment before any swap.
    const prepared = await Promise.all(targets.map((t) => this.prepareOne(clusterId, id, t, directors.get(t.director)!, revision.rendered[t.director].text, spec.mode)));
    const byDirector = new Map(prepared.map((p) => [p.t.director, p]));
    let failed = false;
    let firstError: string | null = null;
    for (const p of prepared) {
      if (p.error) {
        failed = true;
        firstError ??= p.error;
      }
    }
    // Phase 2, in rolling order: backup, swap, reload, verify (restore on failure).
    const groups = executionGroups(targets.map((t) => Object.assign(t, { masterOf: masterOf.get(t.director) ?? 0 })), d.parallel);
    const records: Promise<void>[] = [];
    for (const group of groups) {
      const results = await Promise.all(
        group.map(async (t) => {
          const p = byDirector.get(t.director)!;
          if (!p.push) return null; // failed in phase 1 and already finished
          if (failed && d.stopOnFailure) {
            await p.push.abandon();
            await p.chain();
            await this.finishTarget(clusterId, id, t, 'skipped', null, null, 'not attempted: an earlier director failed (stop on failure)', p.steps);
            return null;
          }
          return this.commitOne(clusterId, id, t, p, records);
        }),
      );
      const bad = results.find((r) => r !== null);
      if (bad) {
        failed = true;
        firstError ??= bad;
      }
    }
    await Promise.all(records);
    const status = failed ? 'failed' : 'succeeded';
    await this.repo.updateDeployment(id, { status, finishedAt: new Date(), error: firstError });
    if (!failed) await this.repo.saveState({ clusterId, lastRevisionId: revision.id, lastDeploymentId: id, drift: false, driftDetail: null, driftCheckedAt: new Date() });
    else await this.repo.saveState({ clusterId, lastDeploymentId: id });
    await this.audit.record({ action: 'deployment.finish', targetType: 'cluster', targetId: clusterId, outcome: failed ? 'failure' : 'success', detail: failed ? firstError ?? undefined : undefined, after: { deploymentId: id, revision: revision.number, status } });
    this.live.emit(clusterId, 'deployment.status', { clusterId, deploymentId: id, status, error: firstError ?? undefined });
  }

  /**
   * Phase 1 for one director: connect and prepare. Returns the prepared push, or the error (the
   * target is then finished as failed; the director was not changed).
   */
  private async prepareOne(clusterId: string, deploymentId: string, t: DeploymentTargetEntity, director: Director, text: string, mode: ClusterSpec['mode']): Promise<Prepared> {
    const steps: StepRecord[] = [];
    // The target's writes are chained (and not waited for here) so a late one never overwrites the
    // final record; finishing the target waits for the chain. Steps that end while a write is in
    // flight are written together by the next one (a commit reports four at once).
    let chain: Promise<void> = this.repo.updateTarget(t.id, { status: 'running', startedAt: new Date() }).catch(() => undefined);
    let queued = false;
    const onStep = (s: StepRecord) => {
      steps.push(s);
      this.live.emit(clusterId, 'deployment.step', { clusterId, deploymentId, director: t.director, step: s.name, status: s.status, ms: s.ms, output: s.output });
      if (queued) return;
      queued = true;
      chain = chain
        .then(() => {
          queued = false;
          return this.repo.updateTarget(t.id, { steps: [...steps] });
        })
        .catch(() => undefined);
    };
    const prepared: Prepared = { t, steps, chain: () => chain };
    this.live.emit(clusterId, 'deployment.status', { clusterId, deploymentId, status: 'running', director: t.director, targetStatus: 'running' });
    const started = Date.now();
    let conn;
    try {
      conn = await this.connector.connect(clusterId, director);
      onStep({ name: 'connect', status: 'ok', startedAt: new Date(started).toISOString(), ms: Date.now() - started, output: `${director.sshUser}@${director.address}:${director.sshPort}` });
    } catch (e) {
      const msg = (e as Error).message;
      onStep({ name: 'connect', status: 'failed', startedAt: new Date(started).toISOString(), ms: Date.now() - started, output: msg });
      await chain;
      prepared.error = `${t.director}: ${msg}`;
      await this.finishTarget(clusterId, deploymentId, t, 'failed', null, null, prepared.error, steps);
      return prepared;
    }
    // ipvsadm mode: the rules file beside keepalived.conf, and the live IPVS table reconciled with it.
    const push =
      mode === 'ipvsadm'
        ? new IpvsadmPush(conn, rulesPathFor(director.configPath), onStep)
        : new DirectorPush(conn, { configPath: director.configPath, reloadMethod: director.reloadMethod, pidFile: director.pidFile }, onStep, this.config.deploy.reloadTimeoutMs);
    const outcome = await push.prepare(text);
    if (!outcome) return Object.assign(prepared, { push });
    await chain;
    prepared.error = this.explain(t, outcome);
    await this.finishTarget(clusterId, deploymentId, t, 'failed', outcome.beforeSha256, outcome.finalSha256, prepared.error, steps);
    return prepared;
  }

  /**
   * Phase 2 for one prepared director; returns null on success or the error text as soon as the
   * director is done. Its record is written in the background (`records`, awaited before the
   * deployment finishes) so the next group does not wait on the database.
   */
  private async commitOne(clusterId: string, deploymentId: string, t: DeploymentTargetEntity, p: Prepared, records: Promise<void>[]): Promise<string | null> {
    const outcome = await p.push!.commit();
    const why = outcome.ok ? null : this.explain(t, outcome);
    const status = outcome.ok ? 'succeeded' : outcome.rolledBack ? 'rolled_back' : 'failed';
    records.push(p.chain().then(() => this.finishTarget(clusterId, deploymentId, t, status, outcome.beforeSha256, outcome.finalSha256, why, p.steps)));
    return why;
  }

  private explain(t: DeploymentTargetEntity, outcome: PushOutcome): string {
    return `${t.director}: ${outcome.failedStep} failed: ${outcome.error}${outcome.rolledBack ? ` (rolled back: the previous file is restored${outcome.finalSha256 === outcome.beforeSha256 ? ' and verified' : ', but its sha256 differs — check the director'})` : ' (the director was not changed)'}`;
  }

  private async finishTarget(clusterId: string, deploymentId: string, t: DeploymentTargetEntity, status: DeploymentTargetEntity['status'], before: string | null, after: string | null, error: string | null, steps?: StepRecord[]): Promise<void> {
    await this.repo.updateTarget(t.id, { status, beforeSha256: before, afterSha256: after, error, finishedAt: new Date(), ...(steps ? { steps } : {}) });
    this.live.emit(clusterId, 'deployment.status', { clusterId, deploymentId, status: 'running', director: t.director, targetStatus: status, error: error ?? undefined });
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
    for (const d of await this.repo.active()) {
      await this.repo.updateDeployment(d.id, { status: 'interrupted', finishedAt: new Date(), error: 'interrupted by an API restart' });
      await this.audit.record({ action: 'deployment.interrupted', targetType: 'cluster', targetId: d.clusterId, outcome: 'failure', detail: `deployment ${d.id} was running when the API stopped` });
      void this.checkInterrupted(d).catch((e: Error) => this.logger.warn(`post-restart check of ${d.id} failed: ${e.message}`));
    }
  }

  private async checkInterrupted(d: DeploymentEntity): Promise<void> {
    const full = await this.repo.findDeployment(d.clusterId, d.id);
    if (!full?.revision) return;
    const directors = new Map(full.revision.spec.directors.map((x) => [x.name, x]));
    const mode = full.revision.spec.mode;
    for (const t of await this.repo.targets(d.id)) {
      if (t.status !== 'running' && t.status !== 'pending') continue;
      const director = directors.get(t.director);
      const started = Date.now();
      let output: string;
      let after: string | null = null;
      try {
        const conn = await this.connector.connect(d.clusterId, director!);
        const path = deployedPathFor(mode, director!.configPath);
        const live = await conn.readFile(path);
        after = live ? sha256(live) : '';
        const expected = full.revision.rendered[t.director]?.sha256;
        output = after === expected ? 'holds the new revision' : after === t.beforeSha256 ? 'holds its previous file' : `holds neither the new nor the previous file (sha256 ${after.slice(0, 12)}…): check it`;
        if (await conn.readFile(`${path}.lvs-new`)) output += `; a leftover ${path}.lvs-new exists`;
      } catch (e) {
        output = `could not check: ${(e as Error).message}`;
      }
      const step: StepRecord = { name: 'verify', status: 'skipped', startedAt: new Date(started).toISOString(), ms: Date.now() - started, output: `after restart: ${output}` };
      await this.repo.updateTarget(t.id, { status: 'failed', afterSha256: after, error: `interrupted by an API restart; director ${output}`, steps: [...t.steps, step], finishedAt: new Date() });
    }
  }

  async onModuleDestroy(): Promise<void> {
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
