/**
 * Checks every request part makes around its schema: values PostgreSQL would refuse with an error
 * (a 500) rather than a validation message. One walk per part, iterative and linear (each node
 * keeps a link to its parent, the path is built only for the value found), so a deeply nested
 * body can neither overflow the stack nor cost depth² work.
 */

/** PostgreSQL `integer` (int4): revision numbers, versions, limits and offsets are stored or compared as one. */
export const INT4_MIN = -2147483648;
export const INT4_MAX = 2147483647;

interface Node {
  v: unknown;
  key: string | undefined;
  parent: Node | undefined;
}

function pathOf(n: Node): string[] {
  const path: string[] = [];
  for (let at: Node | undefined = n; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** Depth-first over every value; `visit` answers true to stop at a node. Dates are leaves. */
function walk(value: unknown, visit: (n: Node) => boolean, keys?: (key: string) => boolean): string[] | undefined {
  const stack: Node[] = [{ v: value, key: undefined, parent: undefined }];
  while (stack.length) {
    const n = stack.pop()!;
    if (visit(n)) return pathOf(n);
    const v = n.v;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: String(i), parent: n });
    } else if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      const entries = Object.entries(v);
      for (const [k] of entries) if (keys?.(k)) return [...pathOf(n), k];
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ v: entries[i][1], key: entries[i][0], parent: n });
    }
  }
  return undefined;
}

/** A key as it appears in a field path; a NUL is shown escaped so the path itself stays printable. */
const shown = (k: string) => k.replace(/\0/g, '\\u0000');

/**
 * The path to the first string (value or object key) holding U+0000: PostgreSQL text and jsonb
 * cannot store it ("invalid byte sequence" / "unsupported Unicode escape sequence").
 */
export function findNul(value: unknown): string[] | undefined {
  const path = walk(
    value,
    (n) => typeof n.v === 'string' && n.v.includes('\0'),
    (k) => k.includes('\0'),
  );
  return path?.map(shown);
}

/** The path to the first integer outside PostgreSQL's `integer` range, with the rule it breaks. */
export function findOutOfRangeInteger(value: unknown): { path: string[]; message: string } | undefined {
  let message = '';
  const path = walk(value, (n) => {
    if (typeof n.v !== 'number') return false;
    if (n.v > INT4_MAX) message = `must be at most ${INT4_MAX}`;
    else if (n.v < INT4_MIN) message = `must be at least ${INT4_MIN}`;
    return message !== '';
  });
  return path && { path, message };
}
