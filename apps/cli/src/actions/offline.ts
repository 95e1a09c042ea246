import { ClusterSpecSchema } from '@lvs/domain';
import { z } from 'zod';
import { CliError, ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import { toJson } from '../output';
import { checkSpec, formatFinding, readSpecFile } from '../spec-file';
import { opts } from './read';

export const SCHEMA_ID = 'https://lvs-console.dev/schemas/cluster-spec.v1.json';

/**
 * The JSON Schema of a spec file, from the same zod schema the API validates with. `io: 'input'`:
 * fields with defaults are optional in a file, as the API accepts them.
 */
export function specJsonSchema(): Record<string, unknown> {
  const s = z.toJSONSchema(ClusterSpecSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...s,
    $id: SCHEMA_ID,
    title: 'LVS Console cluster spec (lvs-console/v1)',
    description: 'The document of GET/PUT /api/v1/clusters/{id}/spec, lvsctl export/apply.',
  };
}

export async function schema(io: CliIo): Promise<void> {
  io.out(toJson(specJsonSchema()));
}

export async function validate(io: CliIo, ...args: unknown[]): Promise<void> {
  const o = opts<{ file: string; json?: boolean }>(args);
  const file = await readSpecFile(io, o.file);
  const r = checkSpec(file);
  if (o.json) {
    io.out(
      toJson({
        valid: r.errors.length === 0,
        errors: r.errors,
        warnings: r.warnings,
        directors: r.spec?.directors.map((d) => d.name) ?? [],
      }),
    );
  } else {
    for (const w of r.warnings) io.err(`warning: ${formatFinding(w)}\n`);
    if (!r.errors.length)
      io.out(
        `${file.name}: valid (cluster ${r.spec!.name}, ${r.spec!.directors.length} director(s) rendered, ${r.warnings.length} warning(s))\n`,
      );
  }
  if (r.errors.length)
    throw new CliError(`${file.name}: ${r.errors.length} error(s)`, ExitCode.Invalid, o.json ? [] : r.errors.map(formatFinding));
}
