import { createHash } from 'node:crypto';
import { Clock } from '../../infra/clock';
import type { SshConnection } from '../../infra/ssh/ssh-connection';
import type { PushOutcome, PushStepName, PushStrategy, StepRecord } from './push-types';

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A step's command failed; `output` is what it printed. */
export class StepFailed extends Error {
  constructor(
    message: string,
    readonly output?: string,
  ) {
    super(message);
  }
}

export function trim(s: string, max = 2000): string {
  const t = s.trim();
  return t.length > max ? `${t.slice(0, max)}… (${t.length - max} more characters)` : t;
}

/**
 * What every per-director push shares (DirectorPush for keepalived.conf, IpvsadmPush for rules):
 * named steps recorded with their timing and trimmed output, reported as they end, and commands
 * that fail their step on a non-zero exit.
 *
 * A push has two phases so a deployment can prepare every director at once and commit them in
 * rolling order: `prepare` (read, upload beside, config-test) changes nothing the director runs;
 * `commit` (backup, swap, reload or reconcile, verify, and the restore on failure) does. `abandon`
 * removes a prepared upload that will not be committed.
 */
export abstract class StepRunner implements PushStrategy {
  readonly steps: StepRecord[] = [];
  /** The file on the director as `prepare` read it (null: there was none). */
  protected before: Buffer | null = null;
  /** What `prepare` uploaded. */
  protected newText = '';

  /** Opens a new connection to the same director (the pool's); set by the factory. */
  private reconnect?: () => Promise<SshConnection>;

  protected constructor(
    /** Replaced only by `reconnectForRestore` when the director dropped the connection mid-commit. */
    protected conn: SshConnection,
    private readonly onStep: (s: StepRecord) => void,
    /** The file this push replaces on the director. */
    protected readonly path: string,
    /** Times the steps (the real clock unless a test passes another). */
    protected readonly clock: Clock = new Clock(),
  ) {}

  /** Returns null when the director is ready to commit, or the failed outcome (nothing changed). */
  abstract prepare(newText: string): Promise<PushOutcome | null>;
  abstract commit(): Promise<PushOutcome>;

  /** Where the new file is uploaded, beside the one it replaces. */
  protected get tmp(): string {
    return `${this.path}.lvs-new`;
  }

  protected get beforeSha256(): string {
    return this.before ? sha256(this.before) : '';
  }

  protected outcome(ok: boolean, finalSha256: string, extra: Partial<PushOutcome> = {}): PushOutcome {
    return { ok, beforeSha256: this.beforeSha256, finalSha256, rolledBack: false, steps: this.steps, ...extra };
  }

  /** How to reach the director again if it drops the connection during a commit (see reconnectForRestore). */
  reconnectWith(open: () => Promise<SshConnection>): this {
    this.reconnect = open;
    return this;
  }

  /**
   * Before a restore: when the director dropped the connection during the commit (the swap may have
   * happened, and no later command can run on that connection), a new one is opened — as its own
   * recorded step — so the previous file still goes back. Without a way to reconnect, or when the
   * connection is still up, nothing happens; a failed reconnect is recorded and the restore then fails.
   */
  protected async reconnectForRestore(): Promise<void> {
    const open = this.reconnect;
    if (!this.conn.closed || !open) return;
    await this.step('reconnect', async () => {
      this.conn = await open();
      return {
        value: undefined,
        output: 'the director dropped the connection during the commit: connected again to put the previous file back',
      };
    }).catch(() => undefined);
  }

  /** Removes a prepared upload that will not be committed. */
  async abandon(): Promise<void> {
    await this.conn.exec(['rm', '-f', '--', this.tmp]).catch(() => undefined);
  }

  async push(newText: string): Promise<PushOutcome> {
    return (await this.prepare(newText)) ?? this.commit();
  }

  protected async step<T>(name: PushStepName, fn: () => Promise<{ value: T; output?: string }>): Promise<T> {
    const startedAt = this.clock.now();
    try {
      const { value, output } = await fn();
      this.record({
        name,
        status: 'ok',
        startedAt: startedAt.toISOString(),
        ms: this.clock.nowMs() - startedAt.getTime(),
        output: output ? trim(output) : undefined,
      });
      return value;
    } catch (e) {
      const output = e instanceof StepFailed ? e.output : undefined;
      this.record({
        name,
        status: 'failed',
        startedAt: startedAt.toISOString(),
        ms: this.clock.nowMs() - startedAt.getTime(),
        output: trim([(e as Error).message, output].filter(Boolean).join('\n')),
      });
      throw e;
    }
  }

  protected record(s: StepRecord): void {
    this.steps.push(s);
    this.onStep(s);
  }

  protected async run(argv: string[], what: string, timeoutMs = 30_000): Promise<string> {
    const r = await this.conn.exec(argv, { timeoutMs });
    if (r.code !== 0) throw new StepFailed(`${what} failed (exit ${r.code ?? r.signal})`, r.stderr || r.stdout);
    return [r.stdout, r.stderr].filter(Boolean).join('\n');
  }
}
