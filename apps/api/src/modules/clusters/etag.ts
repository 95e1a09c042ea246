import { staleIfMatch } from '../../common/http/etag';
import { TopologyError, TopologyErrorCode } from './spec/topology.errors';

/** Throws 412 (topology.stale) when `If-Match` is given and names no current version; absent = unconditional. */
export function checkIfMatch(ifMatch: string | undefined, version: number, what: string): void {
  const stale = staleIfMatch(ifMatch, version, what);
  if (stale) throw new TopologyError(TopologyErrorCode.Stale, stale.detail, stale.errors);
}
