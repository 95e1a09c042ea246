import { createHash } from 'node:crypto';
import type { ClusterSpec } from '@lvs/domain';
import { canonical } from './canonical';

/** sha256 of the spec's canonical JSON (sorted keys, no undefined): equal specs hash equal. */
export function specSha256(spec: ClusterSpec): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(spec)))
    .digest('hex');
}
