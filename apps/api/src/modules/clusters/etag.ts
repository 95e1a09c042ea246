import { TopologyError, TopologyErrorCode } from './spec/topology.errors';

/**
 * ETags come from version columns: `W/"<version>"`. A cluster's version covers its whole topology
 * (and is the ETag of its spec); each director, instance, sync group, virtual service and real
 * server has its own. `If-Match` accepts `*`, the weak or the strong form, or a list of them.
 */
export const etagOf = (version: number): string => `W/"${version}"`;

function matches(header: string, version: number): boolean {
  return header.split(',').some((raw) => {
    const t = raw.trim();
    return t === '*' || t === `W/"${version}"` || t === `"${version}"`;
  });
}

/** Throws 412 when `If-Match` is given and names no current version; absent = unconditional. */
export function checkIfMatch(ifMatch: string | undefined, version: number, what: string): void {
  if (ifMatch === undefined || matches(ifMatch, version)) return;
  const current = etagOf(version);
  throw new TopologyError(TopologyErrorCode.Stale, `The ${what} changed since you read it (now ${current}); read it again and retry.`, [
    { path: 'headers.if-match', message: `is stale; current ETag is ${current}` },
  ]);
}

export function notModified(ifNoneMatch: string | undefined, version: number): boolean {
  return ifNoneMatch !== undefined && matches(ifNoneMatch, version);
}
