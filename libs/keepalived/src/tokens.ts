/**
 * The last line of defence against config injection. The domain schemas refuse unsafe values first
 * (libs/domain primitives.ts); these checks make the renderers safe even for a spec that skipped
 * the schema, so no value can ever add or close a block or start a new directive.
 */

/** Raised for a value that would break out of its token. */
export class UnsafeValueError extends Error {
  override readonly name = 'UnsafeValueError';
}

/** What a bare word may hold: no whitespace, braces, quotes, comment characters (`#`, `!`) or line breaks. */
const BARE = /^[A-Za-z0-9_.:@/+=,[\]-]+$/;

/** A bare word (names, addresses, interface names, enum values). */
export function word(v: string): string {
  if (typeof v !== 'string' || !BARE.test(v)) throw new UnsafeValueError(`unsafe keepalived token ${JSON.stringify(v)}`);
  return v;
}

/** A whole number within [min, max]; anything else (a string, NaN, 1.5, -1) is refused. */
export function num(v: number, min = 0, max = 4294967295): string {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    throw new UnsafeValueError(`unsafe keepalived number ${JSON.stringify(v)}`);
  return String(v);
}

/** A decimal number within [min, max] with at most `places` decimals, in plain notation (never 1e-6). */
export function decimal(v: number, places: number, min = 0, max = 4294967295): string {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    throw new UnsafeValueError(`unsafe keepalived number ${JSON.stringify(v)}`);
  const s = v.toFixed(places);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * A double-quoted string (scripts with arguments, url paths). keepalived's quoting has escapes
 * (keepalived.conf(5) "Quoted strings"), but its comment stripper and its script splitter treat
 * `"`, `'` and `\` differently, so rather than escape we refuse them — as the domain does — along
 * with line breaks, tabs, braces and comment characters.
 */
export function quoted(v: string): string {
  if (typeof v !== 'string' || v.length === 0 || /["'\\\n\r\t\v\f{}#!]/.test(v))
    throw new UnsafeValueError(`unsafe keepalived string ${JSON.stringify(v)}`);
  return `"${v}"`;
}

/**
 * An argument of a verbatim (`extra`) line: bare when it is a bare word, else double-quoted
 * (keepalived reads a quoted string as one word, whitespace, `#` and `!` included). A double
 * quote, a brace or a line break could end the word or open/close a block: refused.
 */
export function extraArg(v: string): string {
  if (typeof v !== 'string' || /["{}\n\r]/.test(v)) throw new UnsafeValueError(`unsafe keepalived argument ${JSON.stringify(v)}`);
  return BARE.test(v) ? v : `"${v}"`;
}
