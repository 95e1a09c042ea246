/**
 * Checks every request part makes before its schema: values PostgreSQL would refuse with an error
 * (a 500) rather than a validation message. One walk per part, iterative so a deeply nested body
 * cannot overflow the stack.
 */

/** PostgreSQL `integer` (int4): revision numbers, versions, limits and offsets are stored or compared as one. */
export const INT4_MIN = -2147483648;
export const INT4_MAX = 2147483647;

/** A key as it appears in a field path; a NUL is shown escaped so the path itself stays printable. */
const shown = (k: string) => k.replace(/\0/g, '\\u0000');

/**
 * The path to the first string (value or object key) holding U+0000: PostgreSQL text and jsonb
 * cannot store it ("invalid byte sequence" / "unsupported Unicode escape sequence").
 */
export function findNul(value: unknown): string[] | undefined {
  const stack: { v: unknown; path: string[] }[] = [{ v: value, path: [] }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\0')) return path;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, String(i)] });
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (const [k] of entries) if (k.includes('\0')) return [...path, shown(k)];
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ v: entries[i][1], path: [...path, entries[i][0]] });
    }
  }
  return undefined;
}

/** The path to the first integer outside PostgreSQL's `integer` range, with the rule it breaks. */
export function findOutOfRangeInteger(value: unknown): { path: string[]; message: string } | undefined {
  const stack: { v: unknown; path: string[] }[] = [{ v: value, path: [] }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'number') {
      if (v > INT4_MAX) return { path, message: `must be at most ${INT4_MAX}` };
      if (v < INT4_MIN) return { path, message: `must be at least ${INT4_MIN}` };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, String(i)] });
    } else if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ v: entries[i][1], path: [...path, entries[i][0]] });
    }
  }
  return undefined;
}
