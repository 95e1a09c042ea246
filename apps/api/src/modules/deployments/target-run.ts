import type { Director } from '@lvs/domain';
import type { Clock } from '../../infra/clock';
import type { LiveService } from '../../infra/realtime/live.service';
import type { SshConnection } from '../../infra/ssh/ssh-connection';
import type { DeploymentTargetEntity } from './deployment.entities';
import { type DrainedRealServer, waitDrained } from './drain-wait';
import type { PushOutcome, PushStrategy, StepRecord } from './push-types';

export type TargetStatus = DeploymentTargetEntity['status'];

/** The one record write a target makes (DeploymentsRepository.updateTarget). */
export interface TargetRecords {
  updateTarget(id: string, patch: Partial<DeploymentTargetEntity>): Promise<void>;
}

/** What every target of one deployment shares. */
export interface TargetContext {
  clusterId: string;
  deploymentId: string;
  records: TargetRecords;
  live: Pick<LiveService, 'emit'>;
  clock: Clock;
}

/**
 * A record write that runs in the background and is awaited later (Promise.all at the end of the
 * run): marked handled now, so that a database outage meanwhile is not an unhandled rejection —
 * which ends a Node process — while the awaiting still sees the error.
 */
export function handled<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** The target's error text for a failed push: which step, why, and what the director holds now. */
export function explain(director: string, outcome: PushOutcome): string {
  return `${director}: ${outcome.failedStep} failed: ${outcome.error}${outcome.rolledBack ? ` (${rollbackNote(outcome)})` : ' (the director was not changed)'}`;
}

function rollbackNote(outcome: PushOutcome): string {
  if (outcome.finalSha256 === outcome.beforeSha256) return 'rolled back: the previous file is restored and verified';
  if (outcome.finalSha256 === 'unknown')
    return 'rollback not confirmed: the director could not be reached to restore the previous file — check it';
  return 'rolled back: the previous file is restored, but its sha256 differs — check the director';
}

const HOLDS_INTERIM =
  'holds the interim stage (real servers the revision removes drained, moving VIPs on no instance); the revision was not attempted: an earlier director failed';
const NOT_ATTEMPTED = 'not attempted: an earlier director failed (stop on failure)';

/**
 * One director through a deployment's stages (deployment-runner.ts drives them): it owns the
 * target's transitions — pending → running → succeeded | rolled_back | failed | skipped — and every
 * write of its record, each streamed to `/live`.
 *
 * Step writes are chained (and not waited for by the pushes) so a late one never overwrites the
 * final record; finishing waits for the chain. Steps that end while a write is in flight are written
 * together by the next one (a commit reports four at once).
 */
export class TargetRun {
  readonly steps: StepRecord[] = [];
  conn?: SshConnection;
  /** The stage being pushed (undefined: the revision itself). */
  stage?: 'interim';
  /** The push prepared in the current stage, until committed or abandoned. */
  push?: PushStrategy;
  stagesDone = 0;
  beforeSha256?: string;
  afterSha256?: string;
  /** Set when the target's record is final. */
  finished = false;
  /** Set when the target failed (connect, prepare): it takes no further part. */
  error?: string;
  private writes: Promise<void> = Promise.resolve();
  private queued = false;

  constructor(
    private readonly ctx: TargetContext,
    readonly t: DeploymentTargetEntity,
    readonly director: Director,
  ) {}

  get name(): string {
    return this.t.director;
  }

  /** Neither failed nor finished: the next stage pushes to it. */
  get active(): boolean {
    return !this.error && !this.finished;
  }

  /** The pending step writes (awaited before the target's record is finished). */
  chain(): Promise<void> {
    return this.writes;
  }

  /**
   * Marks the target running and connects. A director that cannot be reached is finished as failed
   * here (it was not changed).
   */
  async open(connect: () => Promise<SshConnection>): Promise<void> {
    const { clock, records, live, clusterId, deploymentId } = this.ctx;
    this.writes = records.updateTarget(this.t.id, { status: 'running', startedAt: clock.now() }).catch(() => undefined);
    live.emit(clusterId, 'deployment.status', { clusterId, deploymentId, status: 'running', director: this.name, targetStatus: 'running' });
    const started = clock.nowMs();
    try {
      this.conn = await connect();
      this.onStep({
        name: 'connect',
        status: 'ok',
        startedAt: new Date(started).toISOString(),
        ms: clock.nowMs() - started,
        output: `${this.director.sshUser}@${this.director.address}:${this.director.sshPort}`,
      });
    } catch (e) {
      const msg = (e as Error).message;
      this.onStep({
        name: 'connect',
        status: 'failed',
        startedAt: new Date(started).toISOString(),
        ms: clock.nowMs() - started,
        output: msg,
      });
      this.error = `${this.name}: ${msg}`;
      await this.finish('failed', null, null, this.error);
    }
  }

  /** Records a step (tagged with the current stage), streams it, and queues its write. */
  readonly onStep = (rec: StepRecord): void => {
    const { clusterId, deploymentId, live, records } = this.ctx;
    const s = this.stage ? { ...rec, stage: this.stage } : rec;
    this.steps.push(s);
    live.emit(clusterId, 'deployment.step', {
      clusterId,
      deploymentId,
      director: this.name,
      step: s.name,
      status: s.status,
      ms: s.ms,
      output: s.output,
      stage: s.stage,
    });
    if (this.queued) return;
    this.queued = true;
    this.writes = this.writes
      .then(() => {
        this.queued = false;
        return records.updateTarget(this.t.id, { steps: [...this.steps] });
      })
      .catch(() => undefined);
  };

  /** The interim stage could not be rendered: recorded on the target, the revision still follows. */
  noInterim(why: string): void {
    this.onStep({ name: 'drain-wait', status: 'skipped', startedAt: this.ctx.clock.now().toISOString(), ms: 0, output: why });
  }

  /** Phase 1 of a stage; returns null when it is ready to commit, or the error (the target is then finished). */
  async prepare(stage: 'interim' | undefined, push: PushStrategy, text: string): Promise<string | null> {
    this.stage = stage;
    const outcome = await push.prepare(text);
    if (!outcome) {
      this.push = push;
      return null;
    }
    this.error = explain(this.name, outcome);
    this.finished = true;
    await this.finish('failed', this.beforeSha256 ?? outcome.beforeSha256, outcome.finalSha256, this.error);
    return this.error;
  }

  /** A prepared stage that will not be committed (an earlier director failed): its upload removed. */
  async abandon(): Promise<void> {
    await this.push?.abandon();
    this.push = undefined;
  }

  /**
   * Phase 2 of a stage for the prepared director; `error` is null on success, known as soon as the
   * director is done. The last stage's (or a failure's) record is written in the background
   * (`records`, awaited before the deployment finishes) so the next group does not wait on the database.
   */
  async commit(last: boolean, records: Promise<void>[]): Promise<{ error: string | null; status?: TargetStatus }> {
    const outcome = await this.push!.commit();
    this.push = undefined;
    this.beforeSha256 ??= outcome.beforeSha256;
    this.afterSha256 = outcome.finalSha256;
    if (outcome.ok) this.stagesDone++;
    const error = outcome.ok ? null : explain(this.name, outcome);
    if (outcome.ok && !last) return { error };
    this.finished = true;
    const status: TargetStatus = outcome.ok ? 'succeeded' : outcome.rolledBack ? 'rolled_back' : 'failed';
    records.push(handled(this.finish(status, this.beforeSha256 ?? null, outcome.finalSha256, error)));
    return { error, status };
  }

  /** Between the stages of a drain-first deployment: one recorded step. */
  async drainWait(drained: DrainedRealServer[], timeoutMs: number): Promise<void> {
    const { clock } = this.ctx;
    const started = clock.nowMs();
    const output = await waitDrained(this.conn!, drained, timeoutMs, 1000, clock).catch((e: Error) => `did not wait: ${e.message}`);
    this.onStep({ name: 'drain-wait', status: 'ok', startedAt: new Date(started).toISOString(), ms: clock.nowMs() - started, output });
  }

  /** Not finished when the deployment ends: skipped (untouched), or failed holding the interim stage only. */
  finishUnattempted(records: Promise<void>[]): void {
    const interim = this.stagesDone > 0;
    records.push(
      handled(
        this.finish(
          interim ? 'failed' : 'skipped',
          this.beforeSha256 ?? null,
          this.afterSha256 ?? null,
          interim ? HOLDS_INTERIM : NOT_ATTEMPTED,
        ),
      ),
    );
  }

  /** The final record (after the pending step writes), streamed. */
  private async finish(status: TargetStatus, before: string | null, after: string | null, error: string | null): Promise<void> {
    const { clock, records, live, clusterId, deploymentId } = this.ctx;
    await this.writes;
    await records.updateTarget(this.t.id, {
      status,
      beforeSha256: before,
      afterSha256: after,
      error,
      finishedAt: clock.now(),
      steps: this.steps,
    });
    live.emit(clusterId, 'deployment.status', {
      clusterId,
      deploymentId,
      status: 'running',
      director: this.name,
      targetStatus: status,
      error: error ?? undefined,
    });
  }
}
