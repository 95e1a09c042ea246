import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { Clock } from '../../infra/clock';
import { AuditService } from '../audit/audit.service';
import { DeploymentsErrorCode } from '../deployments/deployments.errors';
import { DeploymentsService } from '../deployments/deployments.service';
import { actorName } from '../../common/request-context';
import { DeploymentConfirmationEntity } from './confirmation.entity';
import type { ConfirmationCreateDto, ConfirmationDto, ConfirmationPageDto } from './confirmation.dto';
import { ConfirmationsError, ConfirmationsErrorCode } from './confirmations.errors';
import { ConfirmationsRepository } from './confirmations.repository';

/** How often due confirmations are looked for (CONFIRMATION_TICK_MS; 0 turns the timer off). */
const TICK_MS = Number(process.env.CONFIRMATION_TICK_MS ?? 1000);

/**
 * Confirmed deployments: a deployment to be confirmed within a window, else rolled back to the
 * revision deployed before it (as Junos `commit confirmed`). The timer is the row's deadline in the
 * database, looked for every second by every replica (one takes it: SKIP LOCKED), so a restart or a
 * second replica changes nothing.
 */
@Injectable()
export class ConfirmationsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ConfirmationsService.name);
  private timer?: NodeJS.Timeout;
  private ticking = false;

  constructor(
    private readonly repo: ConfirmationsRepository,
    private readonly deployments: DeploymentsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (TICK_MS > 0) this.timer = setInterval(() => void this.tick(), TICK_MS);
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async create(clusterId: string, body: ConfirmationCreateDto): Promise<ConfirmationDto> {
    const dep = await this.repo.deployment(clusterId, body.deploymentId);
    if (!dep)
      throw new ConfirmationsError(
        ConfirmationsErrorCode.DeploymentNotFound,
        `Cluster ${clusterId} has no deployment ${body.deploymentId}.`,
        [{ path: 'body.deploymentId', message: 'no such deployment of this cluster' }],
      );
    const revertTo = await this.repo.deployedBefore(clusterId, dep.createdAt);
    if (revertTo === null) {
      throw new ConfirmationsError(
        ConfirmationsErrorCode.NothingToRevertTo,
        'No deployment of this cluster succeeded before this one: there is nothing to roll back to, so it cannot be confirmed-or-rolled-back.',
        [{ path: 'body.deploymentId', message: 'no earlier successful deployment to roll back to' }],
      );
    }
    const c = Object.assign(new DeploymentConfirmationEntity(), {
      clusterId,
      deploymentId: body.deploymentId,
      revertTo,
      deadline: new Date(this.clock.now().getTime() + body.withinSeconds * 1000),
      status: 'pending' as const,
      requestedBy: actorName(),
      resolvedBy: null,
      resolvedAt: null,
      rollbackDeploymentId: null,
      error: null,
    });
    try {
      await this.repo.save(c);
    } catch (e) {
      if (e instanceof QueryFailedError && (e as QueryFailedError & { code?: string }).code === '23505') {
        throw new ConfirmationsError(
          ConfirmationsErrorCode.AlreadyPending,
          'A confirmation of this cluster is already pending: confirm it first (lvsctl confirm CLUSTER).',
        );
      }
      throw e;
    }
    await this.audit.record({
      action: 'deployment.confirmation_requested',
      targetType: 'cluster',
      targetId: clusterId,
      after: { deploymentId: c.deploymentId, revertTo, deadline: c.deadline.toISOString() },
    });
    return this.map(c);
  }

  async confirm(clusterId: string): Promise<ConfirmationDto> {
    const c = await this.repo.pending(clusterId);
    if (!c)
      throw new ConfirmationsError(
        ConfirmationsErrorCode.NonePending,
        `Cluster ${clusterId} has no confirmation pending (it was confirmed, or its deadline passed and it was rolled back).`,
      );
    c.status = 'confirmed';
    c.resolvedBy = actorName();
    c.resolvedAt = this.clock.now();
    await this.repo.save(c);
    await this.audit.record({
      action: 'deployment.confirmed',
      targetType: 'cluster',
      targetId: clusterId,
      after: { deploymentId: c.deploymentId },
    });
    return this.map(c);
  }

  /** Every confirmation of the cluster, newest first (an empty page for a cluster that never had one). */
  async list(clusterId: string, limit: number, offset: number): Promise<ConfirmationPageDto> {
    const { items, total } = await this.repo.page(clusterId, limit, offset);
    return { items: items.map((c) => this.map(c)), total };
  }

  async current(clusterId: string): Promise<ConfirmationDto> {
    const c = await this.repo.latest(clusterId);
    if (!c) throw new ConfirmationsError(ConfirmationsErrorCode.NonePending, `Cluster ${clusterId} has no confirmation.`);
    return this.map(c);
  }

  /** Rolls back every confirmation whose deadline passed; a deployment still running postpones it to the next tick. */
  async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      for (;;) {
        let postponed = false;
        const took = await this.repo.takeDue(this.clock.now(), async (c, m) => {
          try {
            const d = await this.deployments.rollback(c.clusterId, c.revertTo, {
              parallel: false,
              stopOnFailure: true,
              requestedBy: 'system', // the deadline passed: no caller
            });
            Object.assign(c, { status: 'rolled_back', rollbackDeploymentId: d.id, resolvedBy: 'system', resolvedAt: this.clock.now() });
            await this.audit.record({
              action: 'deployment.confirmation_expired',
              targetType: 'cluster',
              targetId: c.clusterId,
              outcome: 'failure',
              detail: `not confirmed by ${c.deadline.toISOString()}: rolling back to revision ${c.revertTo}`,
              after: { deploymentId: c.deploymentId, rollbackDeploymentId: d.id },
            });
          } catch (e) {
            if ((e as { reason?: string }).reason === DeploymentsErrorCode.AlreadyRunning) {
              postponed = true; // the deployment under confirmation (or another) still runs: next tick
              return;
            }
            Object.assign(c, { status: 'failed', error: (e as Error).message, resolvedBy: 'system', resolvedAt: this.clock.now() });
            await this.audit.record({
              action: 'deployment.confirmation_expired',
              targetType: 'cluster',
              targetId: c.clusterId,
              outcome: 'failure',
              detail: `not confirmed, and the rollback to revision ${c.revertTo} could not start: ${(e as Error).message}`,
            });
          }
          await this.repo.save(c, m);
        });
        if (!took || postponed) break;
      }
    } catch (e) {
      this.logger.error(`confirmation timer: ${(e as Error).message}`, (e as Error).stack);
    } finally {
      this.ticking = false;
    }
  }

  private map(c: DeploymentConfirmationEntity): ConfirmationDto {
    return {
      id: c.id,
      clusterId: c.clusterId,
      deploymentId: c.deploymentId,
      revertTo: c.revertTo,
      deadline: c.deadline.toISOString(),
      status: c.status,
      requestedBy: c.requestedBy,
      resolvedBy: c.resolvedBy,
      resolvedAt: c.resolvedAt?.toISOString() ?? null,
      rollbackDeploymentId: c.rollbackDeploymentId,
      error: c.error,
      createdAt: c.createdAt.toISOString(),
    };
  }
}
