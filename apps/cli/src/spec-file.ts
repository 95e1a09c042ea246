import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ClusterSpec, ClusterSpecSchema, validateClusterSpec } from '@lvs/domain';
import { renderDirectorConfig, specSha256 } from '@lvs/keepalived';
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
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
 * Reads a spec in YAML or JSON (JSON is YAML 1.2, so one parser gives line numbers for both; plain
 * JSON is read with JSON.parse, see plainJson). Syntax errors are exit 3 with the line and column.
 */
export async function readSpecFile(io: CliIo, file: string): Promise<SpecFile> {
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw new CliError(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, ExitCode.Invalid);
  }
  const name = file === '-' ? '<stdin>' : file;
  // The YAML document: for any text that is not plain JSON, and for line numbers (locate). Parsed
  // once, when first needed.
  let parsed: { doc: Document; lc: LineCounter } | undefined;
  const yaml = () => {
    if (!parsed) {
      const lc = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true }), lc };
    }
    return parsed;
  };
  const at = (offset: number) => {
    const p = yaml().lc.linePos(offset);
    return `${name}:${p.line}:${p.col}`;
  };
  const json = plainJson(text);
  if (!json && yaml().doc.errors.length) {
    throw new CliError(
      `${name} is not valid YAML or JSON`,
      ExitCode.Invalid,
      yaml().doc.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`),
    );
  }
  const locate = (path: string): string | undefined => {
    const parts = path
      .replace(/^body\./, '')
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .filter((p) => p !== '');
    let node: Node | null | undefined = yaml().doc.contents as Node | null;
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
  return { name, text, raw: json ? json.value : yaml().doc.toJS({ maxAliasCount: 100 }), locate };
}

/**
 * A spec file that is plain JSON (what `lvsctl export -o json` writes) read with JSON.parse, at a
 * tenth of the YAML parser's CPU: JSON is YAML 1.2, so the value is the one YAML gives — except for
 * a key given twice in one object, which YAML refuses (uniqueKeys) and JSON.parse resolves to the
 * last. Such a text, and anything JSON.parse refuses, is undefined here and goes the YAML way.
 */
export function plainJson(text: string): { value: unknown } | undefined {
  if (!/^\s*[[{]/.test(text)) return undefined;
  let members = 0;
  let value: unknown;
  try {
    value = JSON.parse(text, function (this: unknown, _key: string, v: unknown) {
      if (!Array.isArray(this)) members += 1;
      return v;
    });
  } catch {
    return undefined;
  }
  // The members the text names: in valid JSON every string token is matched whole from the left,
  // and those followed by a colon are keys. The reviver's last call is for the root ({"": value}).
  let keys = 0;
  for (const m of text.matchAll(/"(?:[^"\\]|\\.)*"(\s*:)?/g)) if (m[1] !== undefined) keys += 1;
  return keys === members - 1 ? { value } : undefined;
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
  // jitless: zod otherwise compiles a parser per object schema (new Function) on its first parse,
  // which costs lvsctl, parsing one document per run, twice the parse itself (about 4 ms).
  const parsed = ClusterSpecSchema.safeParse(file.raw, { jitless: true });
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
