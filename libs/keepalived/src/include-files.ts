import { forEachTopLevel, type Statement } from './config-tree';

/**
 * `include` lines resolved against files given by path as written (an import carries them beside
 * each director's keepalived.conf), plus the limits that keep an import from expanding without
 * bound: keepalived's own reader follows includes up to a depth only, so a fan-out of files that
 * all include `conf.d/*.conf` grows exponentially, and a file including itself loops.
 */

type GlobToken =
  { kind: 'char'; c: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'set'; negate: boolean; ranges: [string, string][] };

/** Pattern tokens per path segment (`/` is never matched by `*`, `?` or `[…]`, as glob(3) with pathnames). */
function compileGlob(pattern: string): GlobToken[][] {
  const segments: GlobToken[][] = [[]];
  let seg = segments[0];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '/') {
      seg = [];
      segments.push(seg);
    } else if (c === '*') {
      // Consecutive stars match what one does; collapsing them keeps the matcher's work at (name × pattern).
      if (seg[seg.length - 1]?.kind !== 'star') seg.push({ kind: 'star' });
    } else if (c === '?') {
      seg.push({ kind: 'any' });
    } else if (c === '\\' && i + 1 < pattern.length) {
      seg.push({ kind: 'char', c: pattern[++i] });
    } else if (c === '[') {
      const set = readSet(pattern, i);
      if (set) {
        seg.push(set.token);
        i = set.end;
      } else seg.push({ kind: 'char', c }); // an unclosed '[' is a literal, as fnmatch(3) reads it
    } else seg.push({ kind: 'char', c });
  }
  return segments;
}

/** A bracket expression at `start` (`[abc]`, `[a-z]`, `[!x]`, `[^x]`, `[]]`); undefined when it never closes. */
function readSet(p: string, start: number): { token: GlobToken; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (p[i] === '!' || p[i] === '^') {
    negate = true;
    i++;
  }
  const ranges: [string, string][] = [];
  let first = true;
  for (; i < p.length; i++) {
    let c = p[i];
    if (c === ']' && !first) return { token: { kind: 'set', negate, ranges }, end: i };
    first = false;
    if (c === '\\' && i + 1 < p.length) c = p[++i];
    if (p[i + 1] === '-' && i + 2 < p.length && p[i + 2] !== ']') {
      let hi = p[i + 2];
      i += 2;
      if (hi === '\\' && i + 1 < p.length) hi = p[++i];
      ranges.push([c, hi]);
    } else ranges.push([c, c]);
  }
  return undefined;
}

function matchOne(t: GlobToken, c: string): boolean {
  switch (t.kind) {
    case 'char':
      return t.c === c;
    case 'any':
      return true;
    case 'set':
      return t.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== t.negate;
    default:
      return false;
  }
}

/**
 * One segment against its tokens. Every token but `*` consumes exactly one character, so on a
 * mismatch only the last `*` needs to take one more character: at most (name × pattern) steps,
 * never the exponential backtracking a `.*`-per-star RegExp does on a near miss.
 */
function matchSegment(tokens: GlobToken[], s: string): boolean {
  // glob(3) without GLOB_PERIOD: a leading '.' is matched only by a literal '.'.
  if (s.startsWith('.') && tokens[0]?.kind !== 'char') return false;
  let ti = 0;
  let si = 0;
  let starTi = -1;
  let starSi = 0;
  while (si < s.length) {
    const t = tokens[ti];
    if (t?.kind === 'star') {
      starTi = ti++;
      starSi = si;
    } else if (t && matchOne(t, s[si])) {
      ti++;
      si++;
    } else if (starTi >= 0) {
      ti = starTi + 1;
      si = ++starSi;
    } else return false;
  }
  while (tokens[ti]?.kind === 'star') ti++;
  return ti === tokens.length;
}

/** Whether `name` matches the glob(3) `pattern` (`*`, `?`, `[…]`, `[!…]`, `\` escapes); linear in name × pattern. */
export function globMatch(pattern: string, name: string): boolean {
  return globMatcher(pattern)(name);
}

function globMatcher(pattern: string): (name: string) => boolean {
  const segments = compileGlob(pattern);
  return (name) => {
    const parts = name.split('/');
    return parts.length === segments.length && parts.every((part, i) => matchSegment(segments[i], part));
  };
}

const GLOB_CHARS = /[*?[]/;

/** The keys of `files` an include path names: the exact key, else every key its glob matches, sorted as glob(3) returns them. */
export function includeTargets(files: Record<string, string> | undefined, path: string): string[] {
  if (!files) return [];
  if (Object.hasOwn(files, path)) return [path];
  if (!GLOB_CHARS.test(path)) return [];
  const matches = globMatcher(path);
  return Object.keys(files).filter(matches).sort();
}

/**
 * The text an `include` line names, from files given by path as written: an exact key, or every key
 * a glob (`*`, `?`, `[…]`, `[!…]`) matches, sorted and concatenated as keepalived reads them.
 * Undefined when nothing matches (the import then warns that the include was not followed).
 */
export function resolveIncludeFrom(files: Record<string, string> | undefined, path: string): string | undefined {
  const hits = includeTargets(files, path);
  return hits.length ? hits.map((k) => files![k]).join('\n') : undefined;
}

/** What one import may expand to, all directors together (checked before anything is expanded). */
export interface IncludeLimits {
  /** Characters of every director's config with its includes spliced in. */
  maxExpandedChars: number;
  /** Included files spliced in (an include a glob expands to 40 files counts 40; a file included twice counts twice). */
  maxIncludes: number;
  /** Files given with one director. */
  maxFiles: number;
  /** Include nesting: a file included by the config is at depth 1. */
  maxDepth: number;
  /** keepalived statements (keyword lines) after expansion. */
  maxStatements: number;
}

export const DEFAULT_INCLUDE_LIMITS: IncludeLimits = {
  maxExpandedChars: 8_000_000,
  maxIncludes: 1_000,
  maxFiles: 1_000,
  maxDepth: 16,
  maxStatements: 500_000,
};

/** The limit an import broke: `cycle` for a file that includes itself, directly or through others. */
export interface IncludeViolation {
  limit: keyof IncludeLimits | 'cycle';
  /** The file where it happens: an include key, or undefined for the director's own config. */
  file?: string;
  message: string;
}

interface FileFacts {
  chars: number;
  statements: number;
  /** The include paths it names, in order (nested in blocks too). */
  includes: string[];
}

/** One pass over a text without following includes: its statements and the paths it includes. */
function factsOf(text: string): FileFacts {
  const includes: string[] = [];
  let statements = 0;
  const count = (st: Statement): void => {
    statements++;
    for (const b of st.block ?? []) count(b);
  };
  forEachTopLevel(text, { resolveInclude: (p) => void includes.push(p) }, count);
  return { chars: text.length, statements, includes };
}

interface Expansion {
  chars: number;
  statements: number;
  includes: number;
  depth: number;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Measures what a director's config expands to without expanding it: each file is read once, and
 * each file's expansion is the sum of what its includes expand to (memoised), so an exponential
 * fan-out is measured in linear time. Reports the first limit broken, naming the file; a cycle is
 * reported with its path. `used` accumulates across the directors of one import.
 */
export class IncludeBudget {
  private readonly used: Expansion = { chars: 0, statements: 0, includes: 0, depth: 0 };

  constructor(private readonly limits: IncludeLimits = DEFAULT_INCLUDE_LIMITS) {}

  check(config: string, files: Record<string, string> | undefined): IncludeViolation | undefined {
    const keys = files ? Object.keys(files) : [];
    if (keys.length > this.limits.maxFiles)
      return { limit: 'maxFiles', message: `${fmt(keys.length)} include files are given; at most ${fmt(this.limits.maxFiles)} (maxFiles)` };
    const facts = new Map<string, FileFacts>();
    const memo = new Map<string, Expansion>();
    const onPath: string[] = [];
    let violation: IncludeViolation | undefined;

    const expand = (file: string | undefined, f: FileFacts): Expansion => {
      const e: Expansion = { chars: f.chars, statements: f.statements, includes: 0, depth: 0 };
      for (const path of f.includes) {
        for (const target of includeTargets(files, path)) {
          if (violation) return e;
          const sub = expandKey(target);
          e.chars += sub.chars;
          e.statements += sub.statements;
          e.includes += 1 + sub.includes;
          e.depth = Math.max(e.depth, 1 + sub.depth);
        }
      }
      violation ??= this.over(e, file ?? 'the config', file);
      return e;
    };
    const expandKey = (key: string): Expansion => {
      const known = memo.get(key);
      if (known) return known;
      const at = onPath.indexOf(key);
      if (at >= 0) {
        const cycle = [...onPath.slice(at), key].join(' → ');
        violation = { limit: 'cycle', file: key, message: `${key} includes itself (${cycle}); keepalived would loop` };
        return { chars: 0, statements: 0, includes: 0, depth: 0 };
      }
      let f = facts.get(key);
      if (!f) facts.set(key, (f = factsOf(files![key])));
      onPath.push(key);
      const e = expand(key, f);
      onPath.pop();
      memo.set(key, e);
      return e;
    };

    const total = expand(undefined, factsOf(config));
    if (violation) return violation;
    this.used.chars += total.chars;
    this.used.statements += total.statements;
    this.used.includes += total.includes;
    this.used.depth = Math.max(this.used.depth, total.depth);
    return this.over(this.used, 'the import (all directors together)', undefined);
  }

  private over(e: Expansion, name: string, file: string | undefined): IncludeViolation | undefined {
    const L = this.limits;
    const v = (limit: keyof IncludeLimits, message: string): IncludeViolation =>
      file === undefined ? { limit, message } : { limit, file, message };
    if (e.depth > L.maxDepth) return v('maxDepth', `${name} nests includes ${fmt(e.depth)} deep; at most ${fmt(L.maxDepth)} (maxDepth)`);
    if (e.includes > L.maxIncludes)
      return v('maxIncludes', `${name} splices in ${fmt(e.includes)} included files; at most ${fmt(L.maxIncludes)} (maxIncludes)`);
    if (e.chars > L.maxExpandedChars)
      return v(
        'maxExpandedChars',
        `${name} expands to ${fmt(e.chars)} characters with its includes; at most ${fmt(L.maxExpandedChars)} (maxExpandedChars)`,
      );
    if (e.statements > L.maxStatements)
      return v(
        'maxStatements',
        `${name} expands to ${fmt(e.statements)} statements with its includes; at most ${fmt(L.maxStatements)} (maxStatements)`,
      );
    return undefined;
  }
}
