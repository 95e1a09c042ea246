import { directorPathIssues } from '@lvs/domain';
import { writeRuntimeFiles } from '../runtime/runtime-files';
import type { Clock } from '../../infra/clock';
import type { SshConnection } from '../../infra/ssh/ssh-connection';
import { sha256, StepFailed, StepRunner, trim } from './push-steps';
import type { PushOutcome, PushStepName, PushTarget, StepRecord } from './push-types';

export { sha256 };
import { COMMIT_EXIT, COMMIT_SCRIPT, type CommitStage, parseCommitOutput } from './reload-script';

export { PUSH_STEPS, type IpvsadmStepName, type PushOutcome, type PushStepName, type PushTarget, type StepRecord } from './push-types';

/** keepalived -t exit codes (keepalived(8)): 0 good; 3 cannot run, 4 errors, 5 scripts without script security. */
export function explainConfigTest(code: number | null): string {
  switch (code) {
    case 3:
      return 'keepalived cannot run with this configuration (exit 3)';
    case 4:
      return 'the configuration has errors (exit 4)';
    case 5:
      return 'scripts are configured without script security (exit 5)';
    default:
      return `keepalived --config-test failed (exit ${code})`;
  }
}

/** A commit stage failed (`stage` undefined: the director never answered, so what it holds is unknown). */
class CommitFailed extends StepFailed {
  constructor(
    readonly stage: CommitStage | undefined,
    message: string,
    output?: string,
  ) {
    super(message, output);
  }
}

/**
 * Pushes one keepalived.conf to one director over an open connection. prepare: read → upload beside
 * → config-test. commit: backup → atomic mv → reload → verify in one remote command
 * (reload-script.ts); any failure after the swap restores the backup and reloads again the same way,
 * so the director ends on exactly its previous file.
 */
export class DirectorPush extends StepRunner {
  constructor(
    conn: SshConnection,
    private readonly target: PushTarget,
    onStep: (s: StepRecord) => void = () => undefined,
    /** How long verify waits for keepalived to re-read the file after the signal. */
    private readonly reloadTimeoutMs = 20_000,
    clock?: Clock,
  ) {
    super(conn, onStep, target.configPath, clock);
  }

  async prepare(newText: string): Promise<PushOutcome | null> {
    const path = this.target.configPath;
    this.newText = newText;
    let failedStep: PushStepName = 'read';
    try {
      this.before = await this.step('read', async () => {
        // The topology write already refused such paths; a revision frozen before that rule (or
        // a changed DIRECTOR_CONFIG_DIRS) must still not make the console read or replace them.
        const bad = directorPathIssues(this.target, this.target.configDirs);
        if (bad.length) throw new StepFailed(`refusing to touch this director: ${bad.map((b) => `${b.field} ${b.message}`).join('; ')}`);
        const b = await this.conn.readFile(path);
        return { value: b, output: b ? `current sha256 ${sha256(b)}` : 'no current file' };
      });
      failedStep = 'upload';
      await this.step('upload', async () => {
        await this.conn.writeFile(this.tmp, newText, 0o644);
        return { value: undefined, output: `${newText.length} bytes to ${this.tmp}` };
      });
      failedStep = 'config-test';
      await this.step('config-test', async () => {
        const r = await this.conn.exec(['keepalived', '--config-test', '-f', this.tmp], { timeoutMs: 30_000 });
        if (r.code !== 0) {
          await this.abandon();
          throw new StepFailed(explainConfigTest(r.code), r.stderr || r.stdout);
        }
        return { value: undefined, output: r.stderr || r.stdout || 'configuration is valid' };
      });
      return null;
    } catch (e) {
      return this.outcome(false, this.beforeSha256, { failedStep, error: (e as Error).message });
    }
  }

  /**
   * Runs COMMIT_SCRIPT moving `from` onto the config path and records its stages as steps named by
   * `names` (a stage without a name is not recorded). Returns the sha256 the director ends with, or
   * throws StepFailed with `stage` set to the stage that failed (undefined: the command never
   * reported back, so what the director holds is unknown).
   */
  private async runCommit(from: string, backup: string, names: Partial<Record<CommitStage, PushStepName>>): Promise<string> {
    const t = this.target;
    const started = this.clock.nowMs();
    const polls = String(Math.max(1, Math.ceil(this.reloadTimeoutMs / 10)));
    let r;
    try {
      r = await this.conn.exec(['sh', '-c', COMMIT_SCRIPT, 'lvs-commit', t.configPath, from, backup, t.reloadMethod, t.pidFile, polls], {
        timeoutMs: this.reloadTimeoutMs + 30_000,
      });
    } catch (e) {
      const name = names.swap ?? 'swap';
      this.record({
        name,
        status: 'failed',
        startedAt: new Date(started).toISOString(),
        ms: this.clock.nowMs() - started,
        output: trim(`no answer from the director: ${(e as Error).message}`),
      });
      throw new CommitFailed(undefined, (e as Error).message);
    }
    const report = parseCommitOutput(r.stdout);
    const failed = r.code === 0 ? undefined : (COMMIT_EXIT[r.code ?? -1] ?? 'verify');
    const outputs: Record<CommitStage, string> = {
      backup: backup ? backup : 'nothing to back up (no current file)',
      swap: `${from} → ${t.configPath}`,
      reload:
        t.reloadMethod === 'systemctl'
          ? `systemctl reload keepalived (pids ${report.pids})`
          : `SIGHUP sent to keepalived pid ${report.pids.split(' ')[0]} (watching pids ${report.pids})`,
      verify: report.unobserved
        ? `keepalived alive after a 300 ms settle (its /proc/PID/io is not readable here, so the re-read was not observed); ${t.configPath} sha256 ${report.sha256?.slice(0, 12)}…`
        : `every keepalived process (${report.pids}) re-read the file and is alive; ${t.configPath} sha256 ${report.sha256?.slice(0, 12)}…`,
    };
    let at = started;
    for (const stage of ['backup', 'swap', 'reload', 'verify'] as const) {
      const name = names[stage];
      const ms = report.stageMs[stage] ?? (stage === failed ? Math.max(0, this.clock.nowMs() - at) : undefined);
      if (ms === undefined) break;
      if (name) {
        const ok = stage !== failed;
        this.record({
          name,
          status: ok ? 'ok' : 'failed',
          startedAt: new Date(at).toISOString(),
          ms,
          output: trim(
            ok ? outputs[stage] : [`${stage} failed (exit ${r.code ?? r.signal})`, r.stderr || r.stdout].filter(Boolean).join('\n'),
          ),
        });
      }
      at += ms;
      if (stage === failed) break;
    }
    if (failed)
      throw new CommitFailed(
        failed,
        `${failed} failed (exit ${r.code ?? r.signal}): ${(r.stderr || r.stdout).trim().split('\n').pop()}`,
        r.stderr,
      );
    if (!report.sha256) throw new CommitFailed('verify', 'the director did not report the sha256 of the file');
    return report.sha256;
  }

  async commit(): Promise<PushOutcome> {
    const path = this.target.configPath;
    const newSha = sha256(this.newText);
    try {
      const files = this.target.runtimeFiles;
      if (files?.length) {
        try {
          await this.step('runtime-files', async () => ({ value: undefined, output: (await writeRuntimeFiles(this.conn, files)).output }));
        } catch (e) {
          await this.abandon();
          return this.outcome(false, this.beforeSha256, { failedStep: 'runtime-files', error: (e as Error).message });
        }
      }
      const got = await this.runCommit(this.tmp, this.before ? `${path}.lvs-backup` : '', {
        backup: 'backup',
        swap: 'swap',
        reload: 'reload',
        verify: 'verify',
      });
      if (got !== newSha)
        throw new CommitFailed('verify', `the file on the director has sha256 ${got.slice(0, 12)}…, expected ${newSha.slice(0, 12)}…`);
      return this.outcome(true, newSha);
    } catch (e) {
      const stage = e instanceof CommitFailed ? e.stage : undefined;
      const error = (e as Error).message;
      // Before the mv nothing changed (the upload is removed); after it, or when the director never
      // answered, put the previous file back.
      if (stage === 'backup' || stage === 'swap') {
        await this.abandon();
        return this.outcome(false, this.beforeSha256, { failedStep: stage, error });
      }
      await this.reconnectForRestore();
      const finalSha = await this.restore().catch(() => 'unknown');
      return this.outcome(false, finalSha, { rolledBack: true, failedStep: stage ?? 'swap', error });
    }
  }

  /** Puts the previous file back, reloads, and checks the file is byte-identical to before. */
  private async restore(): Promise<string> {
    const path = this.target.configPath;
    if (!this.before) {
      await this.step('restore', async () => {
        await this.run(['rm', '-f', '--', path], 'removing the new file');
        return { value: undefined, output: `removed ${path} (there was none before)` };
      });
      return '';
    }
    try {
      return await this.runCommit(`${path}.lvs-backup`, '', { swap: 'restore', reload: 'restore-reload', verify: 'restore-verify' });
    } catch {
      // The reload of the old file failed too: say which file the director holds now.
      const now = await this.conn.readFile(path);
      return now ? sha256(now) : '';
    }
  }
}
