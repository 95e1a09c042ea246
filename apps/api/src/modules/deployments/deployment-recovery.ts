import { Logger } from '@nestjs/common';
import type { Clock } from '../../infra/clock';
import type { LiveService } from '../../infra/realtime/live.service';
import type { DirectorConnector } from '../../infra/ssh/director-connector';
import type { AuditService } from '../audit/audit.service';
import type { DeploymentEntity, DeploymentTargetEntity } from './deployment.entities';
import { deployedPathFor } from './ipvsadm-push';
import { sha256 } from './push-steps';
import type { StepRecord } from './push-types';

export const RESTARTED = 'interrupted by an API restart';
export const DATABASE_LOST = 'interrupted: the database was unavailable';

/** The records recovery reads and writes: DeploymentsRepository (an in-memory one in the unit suite). */
export interface RecoveryRecords {
  active(): Promise<DeploymentEntity[]>;
  findDeployment(clusterId: string, id: string): Promise<DeploymentEntity | null>;
  targets(deploymentId: string): Promise<DeploymentTargetEntity[]>;
  updateDeployment(id: string, patch: Partial<DeploymentEntity>): Promise<void>;
  updateTarget(id: string, patch: Partial<DeploymentTargetEntity>): Promise<void>;
}

export interface RecoveryDeps {
  records: RecoveryRecords;
  connector: Pick<DirectorConnector, 'connect'>;
  audit: Pick<AuditService, 'record'>;
  live: Pick<LiveService, 'emit'>;
  clock: Clock;
}

/**
 * A deployment cut short — by an API restart, or by the database going away under its runner — is
 * marked `interrupted` (never left "running"), and each of its unfinished directors is checked:
 * which file does it hold now — the new one, the previous one, or neither? An upload of ours left
 * beside the file is removed.
 */
export class DeploymentRecovery {
  private readonly logger = new Logger(DeploymentRecovery.name);
  private readonly checks = new Set<Promise<void>>();
  private stopped = false;

  constructor(private readonly deps: RecoveryDeps) {}

  /** On boot: every deployment still pending or running was cut short by the restart. */
  async recoverAll(): Promise<void> {
    for (const d of await this.deps.records.active()) await this.interrupt(d, RESTARTED);
  }

  /**
   * The runner could not record its crash (the database itself is gone: killed, restarting): once it
   * answers again, the deployment is marked interrupted and its directors checked, as after an API
   * restart — without one. Every 2 s for half an hour; later, the next start does it.
   */
  interruptWhenDatabaseReturns(clusterId: string, id: string, attempt = 0): void {
    if (this.stopped || attempt > 900) return;
    const retry = setTimeout(() => {
      this.deps.records
        .findDeployment(clusterId, id)
        .then(async (d) => {
          if (d && (d.status === 'pending' || d.status === 'running')) await this.interrupt(d, DATABASE_LOST);
        })
        .catch(() => this.interruptWhenDatabaseReturns(clusterId, id, attempt + 1));
    }, 2000);
    retry.unref();
  }

  /** Waits for the director checks started so far (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.checks]);
  }

  stop(): void {
    this.stopped = true;
  }

  async interrupt(d: DeploymentEntity, why: string): Promise<void> {
    const { records, audit, live, clock } = this.deps;
    await records.updateDeployment(d.id, { status: 'interrupted', finishedAt: clock.now(), error: why });
    await audit.record({
      action: 'deployment.interrupted',
      targetType: 'cluster',
      targetId: d.clusterId,
      outcome: 'failure',
      detail: `deployment ${d.id} was running when ${why === RESTARTED ? 'the API stopped' : 'the database became unavailable'}`,
    });
    live.emit(d.clusterId, 'deployment.status', { clusterId: d.clusterId, deploymentId: d.id, status: 'interrupted', error: why });
    const check = this.checkDirectors(d, why)
      .catch((e: Error) => this.logger.warn(`post-interruption check of ${d.id} failed: ${e.message}`))
      .finally(() => this.checks.delete(check));
    this.checks.add(check);
  }

  private async checkDirectors(d: DeploymentEntity, why: string): Promise<void> {
    const { records, connector, clock } = this.deps;
    const full = await records.findDeployment(d.clusterId, d.id);
    if (!full?.revision) return;
    const directors = new Map(full.revision.spec.directors.map((x) => [x.name, x]));
    const mode = full.revision.spec.mode;
    for (const t of await records.targets(d.id)) {
      if (t.status !== 'running' && t.status !== 'pending') continue;
      const director = directors.get(t.director);
      const started = clock.nowMs();
      let output: string;
      let after: string | null = null;
      try {
        const conn = await connector.connect(d.clusterId, director!);
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
        ms: clock.nowMs() - started,
        output: `${why === RESTARTED ? 'after restart' : 'after the database returned'}: ${output}`,
      };
      await records.updateTarget(t.id, {
        status: 'failed',
        afterSha256: after,
        error: `${why}; director ${output}`,
        steps: [...t.steps, step],
        finishedAt: clock.now(),
      });
    }
  }
}
