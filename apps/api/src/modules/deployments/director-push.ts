import { createHash } from 'node:crypto';
import type { SshConnection } from '../../infra/ssh/ssh-connection';
import { StepFailed, StepRunner } from './push-steps';

/** The steps of one director's push, in order (DESIGN.md section 5). */
export const PUSH_STEPS = ['connect', 'read', 'upload', 'config-test', 'backup', 'swap', 'reload', 'verify'] as const;
export type PushStepName = (typeof PUSH_STEPS)[number] | 'restore' | 'restore-reload' | 'restore-verify' | IpvsadmStepName;
/** The steps only a cluster in `ipvsadm` mode has (ipvsadm-push.ts): the table reconciled with the rules, and back. */
export type IpvsadmStepName = 'reconcile' | 'restore-reconcile';

export interface StepRecord {
  name: PushStepName;
  status: 'ok' | 'failed' | 'skipped';
  startedAt: string;
  ms: number;
  /** Trimmed command output or an explanation; never secrets. */
  output?: string;
}

export interface PushTarget {
  configPath: string;
  reloadMethod: 'systemctl' | 'sighup';
  pidFile: string;
}

export interface PushOutcome {
  ok: boolean;
  /** sha256 of the file before the push ('' when there was none). */
  beforeSha256: string;
  /** sha256 of the file on the director at the end (the new one on success, the old one after a rollback). */
  finalSha256: string;
  /** True when a step after the swap failed and the previous file was put back. */
  rolledBack: boolean;
  failedStep?: PushStepName;
  error?: string;
  steps: StepRecord[];
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}


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


/**
 * Pushes one keepalived.conf to one director over an open connection:
 * read → upload beside → config-test → backup → atomic mv → reload → verify; any failure after the
 * swap restores the backup and reloads again, so the director ends on exactly its previous file.
 */
export class DirectorPush extends StepRunner {
  constructor(
    conn: SshConnection,
    private readonly target: PushTarget,
    onStep: (s: StepRecord) => void = () => undefined,
    private readonly verifyDelayMs = 300,
  ) {
    super(conn, onStep);
  }

  /**
   * SIGHUP to the pid in the pid file, in one exec (each exec costs a remote shell start). The path
   * is passed as $1, never spliced into the script.
   */
  private async reload(): Promise<string> {
    if (this.target.reloadMethod === 'systemctl') return this.run(['systemctl', 'reload', 'keepalived'], 'systemctl reload keepalived');
    const out = await this.run(['sh', '-c', 'p=$(cat -- "$1" 2>/dev/null) && [ -n "$p" ] || { echo "no keepalived pid in $1 (is keepalived running?)" >&2; exit 3; }; kill -HUP "$p" && echo "SIGHUP sent to keepalived pid $p"', 'sh', this.target.pidFile], 'reload');
    return out.trim();
  }

  /** keepalived still alive after the reload, and the file on disk is the one expected. */
  private async verify(expectedSha: string): Promise<string> {
    await new Promise((r) => setTimeout(r, this.verifyDelayMs));
    if (this.target.reloadMethod === 'systemctl') await this.run(['systemctl', 'is-active', '--quiet', 'keepalived'], 'keepalived is not active after the reload');
    else {
      await this.run(['sh', '-c', 'p=$(cat -- "$1" 2>/dev/null) && [ -n "$p" ] && kill -0 "$p" || { echo "keepalived is not running after the reload" >&2; exit 3; }', 'sh', this.target.pidFile], 'verify');
    }
    const now = await this.conn.readFile(this.target.configPath);
    const got = now ? sha256(now) : '';
    if (got !== expectedSha) throw new StepFailed(`the file on the director has sha256 ${got.slice(0, 12)}…, expected ${expectedSha.slice(0, 12)}…`);
    return `keepalived running; ${this.target.configPath} sha256 ${expectedSha.slice(0, 12)}…`;
  }

  async push(newText: string): Promise<PushOutcome> {
    const path = this.target.configPath;
    const tmp = `${path}.lvs-new`;
    const backup = `${path}.lvs-backup`;
    const newSha = sha256(newText);
    let before: Buffer | null = null;
    let swapped = false;
    let failedStep: PushStepName | undefined;
    try {
      failedStep = 'read';
      before = await this.step('read', async () => {
        const b = await this.conn.readFile(path);
        return { value: b, output: b ? `current sha256 ${sha256(b)}` : 'no current file' };
      });
      failedStep = 'upload';
      await this.step('upload', async () => {
        await this.conn.writeFile(tmp, newText, 0o644);
        return { value: undefined, output: `${newText.length} bytes to ${tmp}` };
      });
      failedStep = 'config-test';
      await this.step('config-test', async () => {
        const r = await this.conn.exec(['keepalived', '--config-test', '-f', tmp], { timeoutMs: 30_000 });
        if (r.code !== 0) {
          await this.conn.exec(['rm', '-f', '--', tmp]).catch(() => undefined);
          throw new StepFailed(explainConfigTest(r.code), r.stderr || r.stdout);
        }
        return { value: undefined, output: r.stderr || r.stdout || 'configuration is valid' };
      });
      failedStep = 'backup';
      await this.step('backup', async () => {
        if (!before) return { value: undefined, output: 'nothing to back up (no current file)' };
        await this.run(['cp', '-p', '--', path, backup], 'backup');
        return { value: undefined, output: `${backup}` };
      });
      failedStep = 'swap';
      await this.step('swap', async () => {
        // rename(2) within one directory: readers see the old file or the new one, never half of either.
        await this.run(['mv', '-f', '--', tmp, path], 'atomic swap');
        swapped = true;
        return { value: undefined, output: `${tmp} → ${path}` };
      });
      failedStep = 'reload';
      await this.step('reload', async () => ({ value: undefined, output: await this.reload() }));
      failedStep = 'verify';
      await this.step('verify', async () => ({ value: undefined, output: await this.verify(newSha) }));
      return { ok: true, beforeSha256: before ? sha256(before) : '', finalSha256: newSha, rolledBack: false, steps: this.steps };
    } catch (e) {
      const error = (e as Error).message;
      if (!swapped) {
        return { ok: false, beforeSha256: before ? sha256(before) : '', finalSha256: before ? sha256(before) : '', rolledBack: false, failedStep, error, steps: this.steps };
      }
      const finalSha = await this.restore(before).catch(() => 'unknown');
      return { ok: false, beforeSha256: before ? sha256(before) : '', finalSha256: finalSha, rolledBack: true, failedStep, error, steps: this.steps };
    }
  }

  /** Puts the previous file back, reloads, and checks the file is byte-identical to before. */
  private async restore(before: Buffer | null): Promise<string> {
    const path = this.target.configPath;
    const expected = before ? sha256(before) : '';
    await this.step('restore', async () => {
      if (before) await this.run(['mv', '-f', '--', `${path}.lvs-backup`, path], 'restoring the backup');
      else await this.run(['rm', '-f', '--', path], 'removing the new file');
      return { value: undefined, output: before ? `restored ${path} from backup` : `removed ${path} (there was none before)` };
    });
    if (before) {
      await this.step('restore-reload', async () => ({ value: undefined, output: await this.reload() })).catch(() => undefined);
      await this.step('restore-verify', async () => ({ value: undefined, output: await this.verify(expected) })).catch(() => undefined);
    }
    const now = await this.conn.readFile(path);
    return now ? sha256(now) : '';
  }
}
