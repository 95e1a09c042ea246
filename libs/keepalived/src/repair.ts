import type { z } from 'zod';

export type IssuePath = ReadonlyArray<PropertyKey>;

function get(root: unknown, path: IssuePath): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function samePath(a: IssuePath, b: IssuePath): boolean {
  return a.length === b.length && a.every((k, i) => String(k) === String(b[i]));
}

/** Removes the value at `path` (an array element is spliced out, a property deleted); returns how to put it back. */
function remove(root: unknown, path: IssuePath): () => void {
  const parent = get(root, path.slice(0, -1)) as Record<PropertyKey, unknown> | unknown[];
  const key = path[path.length - 1];
  if (Array.isArray(parent)) {
    const i = Number(key);
    const [v] = parent.splice(i, 1);
    return () => parent.splice(i, 0, v);
  }
  const v = parent[key];
  delete parent[key];
  return () => {
    parent[key] = v;
  };
}

/**
 * Parses `input` with `schema`; where a value is refused, the smallest part that can go without
 * the object being refused for its absence (the value itself if optional, else the array element
 * or object holding it) is dropped and reported through `onDrop`, and parsing is tried again.
 * Used by import so that one bad real server does not cost the whole file, and nothing is
 * dropped silently. Returns undefined (after reporting) when the object as a whole cannot be kept.
 * `input` is modified.
 */
export function parseDroppingInvalid<S extends z.ZodType>(
  schema: S,
  input: unknown,
  onDrop: (dropped: IssuePath, issuePath: IssuePath, message: string) => void,
): z.output<S> | undefined {
  let r = schema.safeParse(input);
  for (let attempt = 0; attempt < 500 && !r.success; attempt++) {
    const issue = r.error.issues[0];
    let p: IssuePath = issue.path;
    while (p.length > 0 && get(input, p) === undefined) p = p.slice(0, -1);
    let dropped: IssuePath | undefined;
    while (p.length > 0) {
      const undo = remove(input, p);
      const next = schema.safeParse(input);
      // Dropping a required value only moves the complaint to its absence: drop its holder instead.
      if (next.success || !samePath(next.error.issues[0].path, p)) {
        dropped = p;
        r = next;
        break;
      }
      undo();
      p = p.slice(0, -1);
    }
    onDrop(dropped ?? [], issue.path, issue.message);
    if (!dropped) return undefined;
  }
  return r.success ? r.data : undefined;
}

/** `realServers.2.healthCheck` */
export function dotted(path: IssuePath): string {
  return path.map(String).join('.');
}
