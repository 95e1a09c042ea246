import { posix } from 'node:path';
import { DEFAULT_DIRECTOR_CONFIG_DIRS, isPathUnder, normalisedPathProblem } from '@lvs/domain';
import { diffIpvsTables, type IpvsCommand, type IpvsService, ipvsTableDifferences, parseIpvsSave } from '@lvs/ipvs';
import type { Clock } from '../../infra/clock';
import type { SshConnection } from '../../infra/ssh/ssh-connection';
import { shellCommand } from '../../infra/ssh/shell';
import { sha256, StepFailed, StepRunner } from './push-steps';
import type { PushOutcome, PushStepName, StepRecord } from './push-types';

/** Where a cluster in `ipvsadm` mode keeps its rules on a director: beside keepalived.conf. */
export function rulesPathFor(configPath: string): string {
  return posix.join(posix.dirname(configPath), 'ipvsadm.rules');
}

/** The file a director holds for a cluster in this mode (deploy, plan, drift, restart check). */
export function deployedPathFor(mode: string | undefined, configPath: string): string {
  return mode === 'ipvsadm' ? rulesPathFor(configPath) : configPath;
}

/** What `ipvsadm-save -n` runs (the script is `ipvsadm -S $NUMERIC`), without needing bash. */
export const IPVSADM_SAVE = ['ipvsadm', '-S', '-n'];

function count(t: IpvsService[]): string {
  return `${t.length} service(s), ${t.reduce((n, s) => n + s.realServers.length, 0)} real server(s)`;
}

/**
 * Pushes an `ipvsadm` rules file to one director and makes its IPVS table equal to it, never
 * clearing the table: read (file + live table) → upload beside → config-test (the file parses) →
 * backup → atomic mv → reconcile (only the -A/-E/-a/-e/-d/-D the difference needs, in one exec) →
 * verify (`ipvsadm-save -n` equals the rules as sets). A failure after the swap puts the previous
 * file back and reconciles the table back to what it was before the push (restore, restore-reconcile,
 * restore-verify).
 */
export class IpvsadmPush extends StepRunner {
  constructor(
    conn: SshConnection,
    rulesPath: string,
    onStep: (s: StepRecord) => void = () => undefined,
    /** Where the rules may be (DIRECTOR_CONFIG_DIRS): checked before anything is read or written. */
    private readonly configDirs: readonly string[] = DEFAULT_DIRECTOR_CONFIG_DIRS,
    clock?: Clock,
  ) {
    super(conn, onStep, rulesPath, clock);
  }

  private async liveTable(): Promise<IpvsService[]> {
    const r = await this.conn.exec(IPVSADM_SAVE, { timeoutMs: 30_000 });
    if (r.code !== 0) throw new StepFailed(`ipvsadm-save -n failed (exit ${r.code ?? r.signal})`, r.stderr || r.stdout);
    try {
      return parseIpvsSave(r.stdout);
    } catch (e) {
      throw new StepFailed(`cannot read the live IPVS table: ${(e as Error).message}`, r.stdout);
    }
  }

  /**
   * Applies the commands in one exec: each ipvsadm call with every argument shell-quoted, joined
   * with && so the first refusal stops the rest (the caller then reconciles back).
   */
  private async apply(commands: IpvsCommand[]): Promise<string> {
    const listing = commands.map((c) => `ipvsadm ${c.args.join(' ')}`).join('\n');
    if (!commands.length) return 'the table already matches: no command';
    const script = commands.map((c) => shellCommand(['ipvsadm', ...c.args])).join(' && ');
    const r = await this.conn.exec(['sh', '-c', script], { timeoutMs: 60_000 });
    if (r.code !== 0)
      throw new StepFailed(
        `ipvsadm refused a command (exit ${r.code ?? r.signal})`,
        [r.stderr || r.stdout, `commands:\n${listing}`].filter(Boolean).join('\n'),
      );
    return `${commands.length} command(s):\n${listing}`;
  }

  private async reconcileTo(want: IpvsService[]): Promise<string> {
    return this.apply(diffIpvsTables(await this.liveTable(), want));
  }

  private async verifyTable(want: IpvsService[]): Promise<string> {
    const now = await this.liveTable();
    const differences = ipvsTableDifferences(now, want);
    if (differences.length)
      throw new StepFailed(
        `the IPVS table differs from the rules in ${differences.length} line(s) (- live, + rules)`,
        differences.join('\n'),
      );
    return `ipvsadm-save -n equals the rules: ${count(want)}`;
  }

  private beforeTable: IpvsService[] = [];
  private want: IpvsService[] = [];

  async prepare(newText: string): Promise<PushOutcome | null> {
    const path = this.path;
    this.newText = newText;
    let failedStep: PushStepName = 'read';
    try {
      this.before = await this.step('read', async () => {
        const why =
          normalisedPathProblem(path) ??
          (this.configDirs.some((d) => isPathUnder(path, d)) ? undefined : `must be under ${this.configDirs.join(' or ')}`);
        if (why) throw new StepFailed(`refusing to touch this director: ${path} ${why}`);
        const b = await this.conn.readFile(path);
        this.beforeTable = await this.liveTable();
        return {
          value: b,
          output: `${b ? `current ${path} sha256 ${sha256(b)}` : `no current ${path}`}; live table: ${count(this.beforeTable)}`,
        };
      });
      failedStep = 'upload';
      await this.step('upload', async () => {
        await this.conn.writeFile(this.tmp, newText, 0o644);
        return { value: undefined, output: `${newText.length} bytes to ${this.tmp}` };
      });
      failedStep = 'config-test';
      this.want = await this.step('config-test', async () => {
        try {
          const rules = parseIpvsSave(newText);
          return { value: rules, output: `the rules parse: ${count(rules)}` };
        } catch (e) {
          await this.abandon();
          throw new StepFailed(`the rules do not parse: ${(e as Error).message}`);
        }
      });
      return null;
    } catch (e) {
      return this.outcome(false, this.beforeSha256, { failedStep, error: (e as Error).message });
    }
  }

  async commit(): Promise<PushOutcome> {
    const path = this.path;
    const backup = `${path}.lvs-backup`;
    const newSha = sha256(this.newText);
    let swapped = false;
    let failedStep: PushStepName = 'backup';
    try {
      await this.step('backup', async () => {
        if (!this.before) return { value: undefined, output: 'nothing to back up (no current file)' };
        await this.run(['cp', '-p', '--', path, backup], 'backup');
        return { value: undefined, output: backup };
      });
      failedStep = 'swap';
      await this.step('swap', async () => {
        await this.run(['mv', '-f', '--', this.tmp, path], 'atomic swap');
        swapped = true;
        return { value: undefined, output: `${this.tmp} → ${path}` };
      });
      failedStep = 'reconcile';
      await this.step('reconcile', async () => ({ value: undefined, output: await this.reconcileTo(this.want) }));
      failedStep = 'verify';
      await this.step('verify', async () => {
        const out = await this.verifyTable(this.want);
        const now = await this.conn.readFile(path);
        const got = now ? sha256(now) : '';
        if (got !== newSha)
          throw new StepFailed(`the file on the director has sha256 ${got.slice(0, 12)}…, expected ${newSha.slice(0, 12)}…`);
        return { value: undefined, output: `${out}; ${path} sha256 ${newSha.slice(0, 12)}…` };
      });
      return this.outcome(true, newSha);
    } catch (e) {
      const error = (e as Error).message;
      if (!swapped) {
        await this.abandon();
        return this.outcome(false, this.beforeSha256, { failedStep, error });
      }
      await this.reconnectForRestore();
      const finalSha = await this.restore(this.before, this.beforeTable).catch(() => 'unknown');
      return this.outcome(false, finalSha, { rolledBack: true, failedStep, error });
    }
  }

  /** The previous file back, and the table back to what it was before this push (not cleared). */
  private async restore(before: Buffer | null, beforeTable: IpvsService[]): Promise<string> {
    const path = this.path;
    await this.step('restore', async () => {
      if (before) await this.run(['mv', '-f', '--', `${path}.lvs-backup`, path], 'restoring the backup');
      else await this.run(['rm', '-f', '--', path], 'removing the new file');
      return { value: undefined, output: before ? `restored ${path} from backup` : `removed ${path} (there was none before)` };
    }).catch(() => undefined);
    await this.step('restore-reconcile', async () => ({ value: undefined, output: await this.reconcileTo(beforeTable) })).catch(
      () => undefined,
    );
    // Not caught: a table that is not back as it was makes the outcome's final sha256 'unknown'.
    await this.step('restore-verify', async () => ({
      value: undefined,
      output: (await this.verifyTable(beforeTable)).replace('the rules', 'the table before the push'),
    }));
    const now = await this.conn.readFile(path);
    return now ? sha256(now) : '';
  }
}
