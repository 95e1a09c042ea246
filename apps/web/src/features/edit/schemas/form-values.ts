import { ApiError } from '../../../lib/api';

/**
 * A form's values and errors, without React: drafts hold what the inputs hold (strings, booleans,
 * lists of rows); errors are keyed by the body path that zod and the API both use.
 */
export type Draft = Record<string, unknown>;
/** Messages by path; the key `''` (or a path no field shows) goes to the form's top alert. */
export type FieldErrors = Record<string, string>;

export function getIn(obj: unknown, path: string): unknown {
  let v: unknown = obj;
  for (const k of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** An updated copy; numeric segments index arrays. */
export function setIn<T>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const src = (obj ?? {}) as Record<string, unknown>;
  const copy: Record<string, unknown> = Array.isArray(src) ? ([...src] as unknown as Record<string, unknown>) : { ...src };
  copy[head] = rest.length ? setIn(src[head], rest.join('.'), value) : value;
  return copy as T;
}

/** The text of a number input as the API wants it: blank = absent, anything else a number (NaN is refused by the schema). */
export const num = (v: unknown): number | undefined => (typeof v === 'string' && v.trim() === '' ? undefined : Number(v));
/** Blank text = absent. */
export const opt = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
export const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
export const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/**
 * The API's problem+json as field errors: `body.x.y` → `x.y` (the form's own fields); anything else
 * (`headers.if-match`, `spec.vrrpInstances.0…`, a problem without errors) is the form's, at the top.
 */
export function problemErrors(e: unknown): FieldErrors {
  if (!(e instanceof ApiError)) return { '': String(e) };
  const out: FieldErrors = {};
  let other = e.problem.errors.length === 0;
  for (const x of e.problem.errors) {
    if (x.path === 'body' || x.path.startsWith('body.')) {
      const p = x.path === 'body' ? '' : x.path.slice(5);
      out[p] = out[p] ? `${out[p]}; ${x.message}` : x.message;
    } else {
      other = true;
      if (x.path.startsWith('spec.')) out[`spec:${x.path.slice(5)}`] = x.message;
    }
  }
  if (other) out[''] = e.problem.detail;
  return out;
}
