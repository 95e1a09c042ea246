/** The types a director's push shares with its step runner (push-steps.ts) and its callers. */
import type { RuntimeFile } from '@lvs/keepalived';

/** The steps of one director's push, in order (docs/deployment-pipeline.md). */
export const PUSH_STEPS = ['connect', 'read', 'upload', 'config-test', 'backup', 'swap', 'reload', 'verify'] as const;
export type PushStepName =
  | (typeof PUSH_STEPS)[number]
  | 'reconnect'
  | 'restore'
  | 'restore-reload'
  | 'restore-verify'
  | 'drain-wait'
  | 'runtime-files'
  | IpvsadmStepName;
/** The steps only a cluster in `ipvsadm` mode has (ipvsadm-push.ts): the table reconciled with the rules, and back. */
export type IpvsadmStepName = 'reconcile' | 'restore-reconcile';

export interface StepRecord {
  name: PushStepName;
  status: 'ok' | 'failed' | 'skipped';
  startedAt: string;
  ms: number;
  /** Trimmed command output or an explanation; never secrets. */
  output?: string;
  /** 'interim': the first of a two-stage deployment (absent: the revision itself). */
  stage?: 'interim';
}

export interface PushTarget {
  configPath: string;
  reloadMethod: 'systemctl' | 'sighup';
  pidFile: string;
  /** Where configPath may be (DIRECTOR_CONFIG_DIRS): checked again here, before anything is read or written. */
  configDirs: readonly string[];
  /** The console's track files with the values this push gives them (runtime-controls.ts): written before the swap — keepalived exits on a reload that names a missing directory. */
  runtimeFiles?: readonly RuntimeFile[];
}

/**
 * One director's push, as a deployment drives it (push-factory.ts picks the strategy: keepalived.conf
 * with a reload, or ipvsadm rules reconciled). Two phases, so every director can be prepared at once
 * and committed in rolling order: `prepare` changes nothing the director runs; `commit` does (and
 * restores on failure); `abandon` removes a prepared upload that will not be committed.
 */
export interface PushStrategy {
  /** Returns null when the director is ready to commit, or the failed outcome (nothing changed). */
  prepare(newText: string): Promise<PushOutcome | null>;
  commit(): Promise<PushOutcome>;
  abandon(): Promise<void>;
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
