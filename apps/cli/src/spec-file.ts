import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ClusterSpec, ClusterSpecSchema, validateClusterSpec } from '@lvs/domain';
import { renderDirectorConfig, specSha256 } from '@lvs/keepalived';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { CliError, ExitCode } from './exit-codes';
import type { CliIo } from './io';

/** A finding in a spec file, with where it stands (`file:line:col`) when the path exists in it. */
export interface Finding {
  path: string;
  message: string;
  where?: string;
}

export interface SpecFile {
  /** As the user named it (`-` for standard input). */
  name: string;
  text: string;
  /** The parsed document, before zod filled in defaults. */
  raw: unknown;
  /** `file:line:col` of a spec path (`virtualServices.0.port`, or with `[0]`), or of its nearest existing parent. */
  locate(path: string): string | undefined;
}

/**
 * Reads a spec in YAML or JSON (JSON is YAML 1.2, so one parser gives line numbers for both).
 * Syntax errors are exit 3 with the line and column.
 */
export async function readSpecFile(io: CliIo, file: string): Promise<SpecFile> {
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw new CliError(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, ExitCode.Invalid);
  }
  const name = file === '-' ? '<stdin>' : file;
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const p = lc.linePos(offset);
    return `${name}:${p.line}:${p.col}`;
  };
  if (doc.errors.length) {
    throw new CliError(
      `${name} is not valid YAML or JSON`,
      ExitCode.Invalid,
      doc.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`),
    );
  }
  const locate = (path: string): string | undefined => {
    const parts = path
      .replace(/^body\./, '')
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .filter((p) => p !== '');
    let node: Node | null | undefined = doc.contents as Node | null;
    let offset = node?.range?.[0];
    for (const part of parts) {
      if (isMap(node)) {
        const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === part);
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value as Node | null;
      } else if (isSeq(node) && /^\d+$/.test(part)) {
        const item = node.items[Number(part)] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return offset === undefined ? undefined : at(offset);
  };
  return { name, text, raw: doc.toJS({ maxAliasCount: 100 }), locate };
}

export interface CheckedSpec {
  spec?: ClusterSpec;
  errors: Finding[];
  warnings: Finding[];
}

/**
 * Everything that can be checked with no server: the schema (zod, with defaults filled in), the
 * cluster-wide rules of libs/domain, and that every director renders with libs/keepalived.
 */
export function checkSpec(file: SpecFile): CheckedSpec {
  const parsed = ClusterSpecSchema.safeParse(file.raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => {
      const path = i.path.map(String).join('.');
      return { path: path || '(document)', message: i.message, where: file.locate(path) };
    });
    return { errors, warnings: [] };
  }
  const spec = parsed.data;
  const v = validateClusterSpec(spec);
  const withWhere = (x: { path: string; message: string }) => ({ ...x, where: file.locate(x.path) });
  const errors = v.errors.map(withWhere);
  const warnings = v.warnings.map(withWhere);
  if (!errors.length) {
    const sha = specSha256(spec);
    for (const [i, d] of spec.directors.entries()) {
      try {
        renderDirector(spec, d.name, undefined, sha);
      } catch (e) {
        errors.push({
          path: `directors.${i}`,
          message: `${d.name} does not render: ${(e as Error).message}`,
          where: file.locate(`directors.${i}`),
        });
      }
    }
  }
  return { spec, errors, warnings };
}

export function formatFinding(f: Finding): string {
  return `${f.where ? `${f.where}: ` : ''}${f.path}: ${f.message}`;
}

/** A checked spec, or exit 3 with every finding. */
export function mustCheck(file: SpecFile): { spec: ClusterSpec; warnings: Finding[] } {
  const r = checkSpec(file);
  if (r.errors.length || !r.spec)
    throw new CliError(`${file.name}: ${r.errors.length} error(s)`, ExitCode.Invalid, r.errors.map(formatFinding));
  return { spec: r.spec, warnings: r.warnings };
}

/**
 * The text the API pushes to a director for this spec: the same options as the API's renderAll
 * (revision and spec sha256 in the header, the console's notify FIFOs beside the config), so a
 * local diff shows what a deployment would write. `sha` is specSha256(spec), for callers that
 * render several directors of one spec (it is computed here when not given).
 */
export function renderDirector(spec: ClusterSpec, director: string, revision?: number, sha?: string): string {
  return renderDirectorConfig(spec, director, { revision, specSha256: sha });
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
