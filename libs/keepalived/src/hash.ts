import { createHash } from 'node:crypto';
import type { ClusterSpec } from '@lvs/domain';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** sha256 of the spec's canonical JSON (sorted keys, no undefined): equal specs hash equal. */
export function specSha256(spec: ClusterSpec): string {
  return createHash('sha256').update(JSON.stringify(canonical(spec))).digest('hex');
}
