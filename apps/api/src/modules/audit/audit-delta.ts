import { redactSecrets } from '../../common/redact';

/** At most this many objects on each side of an event: a 20k-server apply stays a small event; the rest is counted. */
export const DELTA_OBJECT_LIMIT = 200;

export interface ObjectDelta {
  /** Natural key → the object as it was (changed and deleted objects). */
  before: Record<string, unknown>;
  /** Natural key → the object as it is now (created and changed objects). */
  after: Record<string, unknown>;
  /** Objects of the change left out past the limit. */
  omitted: number;
}

/**
 * The objects a write touched, before and after, keyed by natural key, with secrets redacted (an
 * auditor sees that `authPass` is set, never its value). `before`/`after` look an object up by key.
 */
export function objectDelta(
  keys: { created: readonly string[]; changed: readonly string[]; deleted: readonly string[] },
  before: (key: string) => unknown,
  after: (key: string) => unknown,
  limit = DELTA_OBJECT_LIMIT,
): ObjectDelta {
  const out: ObjectDelta = { before: {}, after: {}, omitted: 0 };
  let taken = 0;
  const take = (key: string, sides: ('before' | 'after')[]) => {
    if (taken >= limit) {
      out.omitted += 1;
      return;
    }
    taken += 1;
    for (const side of sides) {
      const v = side === 'before' ? before(key) : after(key);
      if (v !== undefined) out[side][key] = redactSecrets(v);
    }
  };
  for (const k of keys.changed) take(k, ['before', 'after']);
  for (const k of keys.created) take(k, ['after']);
  for (const k of keys.deleted) take(k, ['before']);
  return out;
}

/** Adds the delta's side to an event's own summary (an object) without losing either. */
export function withObjects(
  summary: unknown,
  objects: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const base =
    summary !== null && typeof summary === 'object' && !Array.isArray(summary)
      ? (summary as Record<string, unknown>)
      : summary === undefined
        ? {}
        : { value: summary };
  return { ...base, objects, ...extra };
}
