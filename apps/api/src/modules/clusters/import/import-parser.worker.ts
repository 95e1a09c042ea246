/**
 * Runs in a worker thread (see ImportParser): parses one import's files and posts the outcome.
 * Errors the files cause are posted as outcomes; anything else is thrown and reaches the parent's
 * 'error' handler as a bug.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ImportError, importCluster } from '@lvs/keepalived';
import type { ImportParseInput, ImportParseOutcome } from './import-parser';

const input = workerData as ImportParseInput;
let outcome: ImportParseOutcome;
try {
  const r = importCluster(input.name, input.files, { limits: input.limits });
  outcome = { ok: true, spec: r.spec, warnings: r.warnings };
} catch (e) {
  if (!(e instanceof ImportError)) throw e;
  const l = e as ImportError & { limit?: string; file?: string; director?: string };
  outcome = {
    ok: false,
    message: e.message,
    warnings: e.warnings,
    ...(l.limit !== undefined && { limit: l.limit, file: l.file, director: l.director }),
  };
}
parentPort!.postMessage(outcome);
