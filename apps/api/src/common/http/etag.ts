import { ApiHeader } from '@nestjs/swagger';
import type { Response } from 'express';

/**
 * ETags come from version columns: `W/"<version>"`. A cluster's version covers its whole topology
 * (and is the ETag of its spec); each director, instance, sync group, virtual service and real
 * server has its own, and so do notification channels and rules. `If-Match` accepts `*`, the weak
 * or the strong form, or a list of them.
 */
export const etagOf = (version: number): string => `W/"${version}"`;

/** Whether an If-Match / If-None-Match header names this version. */
export function etagMatches(header: string, version: number): boolean {
  return header.split(',').some((raw) => {
    const t = raw.trim();
    return t === '*' || t === `W/"${version}"` || t === `"${version}"`;
  });
}

/**
 * A write's `If-Match`: nothing when absent (unconditional) or current; otherwise the problem's
 * detail and field error, for the module's own 412 error (each module names its `*.stale` code).
 */
export function staleIfMatch(
  ifMatch: string | undefined,
  version: number,
  what: string,
): { detail: string; errors: { path: string; message: string }[] } | undefined {
  if (ifMatch === undefined || etagMatches(ifMatch, version)) return undefined;
  const current = etagOf(version);
  return {
    detail: `The ${what} changed since you read it (now ${current}); read it again and retry.`,
    errors: [{ path: 'headers.if-match', message: `is stale; current ETag is ${current}` }],
  };
}

export function notModified(ifNoneMatch: string | undefined, version: number): boolean {
  return ifNoneMatch !== undefined && etagMatches(ifNoneMatch, version);
}

/** Documents the optional `If-Match` request header of a write. */
export const IfMatchHeader = (what: string) =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: `ETag of the ${what} from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional.`,
    schema: { type: 'string', examples: ['W/"3"'] },
  });

export function setEtag(res: Response, version: number): void {
  res.setHeader('ETag', etagOf(version));
}
