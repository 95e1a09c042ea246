/**
 * An audit event's before/after as diff lines an auditor can read: one `path: value` line per leaf
 * (`members[0].priority: 150`), prefixed like a unified diff — `-` only before, `+` only after,
 * two spaces when unchanged — so DiffView colours them. Keys keep the order the event has them,
 * before's first; arrays compare by index.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Node = Json | undefined;

const isObject = (v: Node): v is { [k: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);
const isContainer = (v: Node): v is Json[] | { [k: string]: Json } => Array.isArray(v) || isObject(v);

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const k = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
  return path ? `${path}.${k}` : k;
}

function entries(v: Json[] | { [k: string]: Json }): [string | number, Json][] {
  return Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
}

/** `path: value` for every leaf; empty objects and arrays are leaves (`{}`, `[]`). */
export function flatten(v: Json, path = ''): string[] {
  if (isContainer(v) && entries(v).length > 0) return entries(v).flatMap(([k, x]) => flatten(x, childPath(path, k)));
  const text = JSON.stringify(v);
  return [path ? `${path}: ${text}` : text];
}

function walk(before: Node, after: Node, path: string, out: string[]): void {
  if (before === undefined && after === undefined) return;
  const bothArrays = Array.isArray(before) && Array.isArray(after);
  if (
    (bothArrays || (isObject(before) && isObject(after))) &&
    (entries(before as Json[]).length > 0 || entries(after as Json[]).length > 0)
  ) {
    const b = new Map(entries(before as Json[]));
    const a = new Map(entries(after as Json[]));
    for (const k of new Set([...b.keys(), ...a.keys()])) walk(b.get(k), a.get(k), childPath(path, k), out);
    return;
  }
  if (before !== undefined && after !== undefined && JSON.stringify(before) === JSON.stringify(after)) {
    out.push(...flatten(after, path).map((l) => `  ${l}`));
    return;
  }
  if (before !== undefined) out.push(...flatten(before, path).map((l) => `- ${l}`));
  if (after !== undefined) out.push(...flatten(after, path).map((l) => `+ ${l}`));
}

/**
 * The lines of an event's change. `null` at the top means "not recorded" (the API stores no
 * before for a creation, no after for a deletion), so those sides add no lines.
 */
export function jsonDiffLines(before: unknown, after: unknown): string[] {
  const out: string[] = [];
  walk(before === null ? undefined : (before as Node), after === null ? undefined : (after as Node), '', out);
  return out;
}
