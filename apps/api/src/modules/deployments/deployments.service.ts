import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { planHazards } from '@lvs/keepalived';
import { QueryFailedError } from 'typeorm';
import { Clock } from '../../infra/clock';
import { LiveService } from '../../infra/realtime/live.service';
import { DirectorConnector } from '../../infra/ssh/director-connector';
import { AuditService } from '../audit/audit.service';
import { FLEET_GATE, type FleetGate } from '../fleet/fleet-gate.port';
import { CLUSTER_SPEC_PORT, type ClusterSpecPort } from '../clusters/spec/cluster-spec.port';
import { DeploymentEntity, DeploymentTargetEntity, type ConfigRevisionEntity } from './deployment.entities';
import type { DeploymentDto, DeploymentPageDto } from './deployment.dto';
import { DeploymentRecovery } from './deployment-recovery';
import { DEFAULT_RUN, DeploymentRunner, type RunOptions } from './deployment-runner';
import { DeploymentsError, DeploymentsErrorCode } from './deployments.errors';
import { DeploymentsRepository } from './deployments.repository';
import { sha256 } from './push-steps';
import { RevisionsService } from './revisions.service';
import { rollingOrder } from './rolling-order';

export type { RunOptions } from './deployment-runner';

export interface StartOptions {
  /** Who asked (recorded as the deployment's requestedBy): the caller's name, or 'system'. */
  requestedBy: string;
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

  constructor(
    private readonly repo: DeploymentsRepository,
    private readonly revisions: RevisionsService,
    private readonly connector: DirectorConnector,
    private readonly audit: AuditService,
    private readonly live: LiveService,
    @Inject(CLUSTER_SPEC_PORT) private readonly specs: ClusterSpecPort,
    private readonly clock: Clock,
    private readonly runner: DeploymentRunner,
    private readonly recovery: DeploymentRecovery,
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
    d.requestedBy = opts.requestedBy;
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
    const p = this.runner
      .run(id, clusterId, run)
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
        if (!recorded) this.recovery.interruptWhenDatabaseReturns(clusterId, id);
      })
      .finally(() => this.running.delete(id));
    this.running.set(id, p);
  }

  /** Waits for a running deployment (tests, shutdown). */
  async settle(id: string): Promise<void> {
    await this.running.get(id);
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

  /** On boot: deployments an API restart cut short are marked interrupted and their directors checked (deployment-recovery.ts). */
  async onApplicationBootstrap(): Promise<void> {
    await this.recovery.recoverAll();
  }

  async onModuleDestroy(): Promise<void> {
    this.recovery.stop();
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
