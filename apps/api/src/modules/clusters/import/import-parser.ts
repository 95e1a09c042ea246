import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable, type OnModuleDestroy, Optional } from '@nestjs/common';
import type { ClusterSpec } from '@lvs/domain';
import type { ImportFile, ImportWarning, IncludeLimits } from '@lvs/keepalived';
import { ImportParseError, ImportParseErrorCode } from './import.errors';

export interface ImportParseInput {
  name: string;
  files: ImportFile[];
  limits?: Partial<IncludeLimits>;
}

/** What the worker posts: the imported spec, or why the files make no cluster (with the limit, when one was broken). */
export type ImportParseOutcome =
  | { ok: true; spec: ClusterSpec; warnings: ImportWarning[] }
  | { ok: false; message: string; warnings: ImportWarning[]; limit?: string; file?: string; director?: string };

export interface ImportParserLimits {
  /** Parsing is stopped (the worker terminated) after this long. */
  timeoutMs: number;
  /** The worker's V8 old-generation heap; past it V8 stops the worker, not the API. */
  maxOldGenerationSizeMb: number;
  /** Imports parsed at once; each is a worker with its own heap. */
  concurrency: number;
  /** Imports waiting for a worker; past this they are refused with 503. */
  queue: number;
}

/**
 * A 4 MB keepalived.conf takes seconds of CPU and hundreds of MB to parse: the default caps leave
 * room for the largest import the body limit admits (checked by the import integration test).
 */
export const IMPORT_PARSER_LIMITS: ImportParserLimits = { timeoutMs: 30_000, maxOldGenerationSizeMb: 768, concurrency: 2, queue: 8 };

/** Provide this token to override IMPORT_PARSER_LIMITS. */
export const IMPORT_PARSER_LIMITS_TOKEN = Symbol('IMPORT_PARSER_LIMITS');

/**
 * The worker's entry: the compiled .js beside this file in the built API; from the TypeScript
 * sources (vitest) the same entry compiled on the fly (import-parser.dev.ts).
 */
async function workerEntry(): Promise<string> {
  if (!__filename.endsWith('.ts')) return join(__dirname, 'import-parser.worker.js');
  const { devWorkerEntry } = await import('./import-parser.dev');
  return devWorkerEntry(join(__dirname, 'import-parser.worker.ts'));
}

/**
 * Parses imports off the event loop: each import runs importCluster in its own worker thread with
 * a heap cap and a time limit, so a huge or hostile import can neither stall the API (health
 * checks, other requests) nor exhaust its heap. A worker past a limit is terminated and the
 * import answered with a 422.
 */
@Injectable()
export class ImportParser implements OnModuleDestroy {
  private running = 0;
  /** Workers parsing now: stopped when the API shuts down, so a long parse never holds the process. */
  private readonly workers = new Set<Worker>();
  private readonly waiting: (() => void)[] = [];

  private readonly limits: ImportParserLimits;

  constructor(@Optional() @Inject(IMPORT_PARSER_LIMITS_TOKEN) limits?: Partial<ImportParserLimits>) {
    this.limits = { ...IMPORT_PARSER_LIMITS, ...limits };
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  async parse(input: ImportParseInput): Promise<ImportParseOutcome> {
    await this.slot();
    try {
      return await this.run(input);
    } finally {
      // A waiting import takes over the slot (running stays the same); else it is freed.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  private async slot(): Promise<void> {
    if (this.running < this.limits.concurrency) {
      this.running++;
      return;
    }
    if (this.waiting.length >= this.limits.queue)
      throw new ImportParseError(
        ImportParseErrorCode.Busy,
        `${this.running} imports are being parsed and ${this.waiting.length} are waiting; try again shortly.`,
        [],
        { retryAfter: 5 },
      );
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private async run(input: ImportParseInput): Promise<ImportParseOutcome> {
    const file = await workerEntry();
    return new Promise((resolve, reject) => {
      const worker = new Worker(file, {
        workerData: input,
        resourceLimits: { maxOldGenerationSizeMb: this.limits.maxOldGenerationSizeMb },
        // The worker inherits no stdin and writes nothing we read.
        stdout: false,
        stderr: false,
      });
      this.workers.add(worker);
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.workers.delete(worker);
        fn();
        void worker.terminate();
      };
      const timer = setTimeout(
        () =>
          settle(() =>
            reject(
              new ImportParseError(
                ImportParseErrorCode.TooSlow,
                `Parsing the import took longer than ${this.limits.timeoutMs / 1000} s and was stopped; import fewer or smaller files.`,
                [{ path: 'body.directors', message: `parsing took longer than ${this.limits.timeoutMs} ms` }],
              ),
            ),
          ),
        this.limits.timeoutMs,
      );
      worker.once('message', (m: ImportParseOutcome) => settle(() => resolve(m)));
      worker.once('error', (e: Error & { code?: string }) =>
        settle(() =>
          reject(
            e.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new ImportParseError(
                  ImportParseErrorCode.OutOfMemory,
                  `Parsing the import needed more than ${this.limits.maxOldGenerationSizeMb} MB and was stopped; import fewer or smaller files.`,
                  [{ path: 'body.directors', message: `parsing needed more than ${this.limits.maxOldGenerationSizeMb} MB` }],
                )
              : e,
          ),
        ),
      );
      worker.once('exit', (code) => settle(() => reject(new Error(`the import parser exited with code ${code} without an answer`))));
    });
  }
}
