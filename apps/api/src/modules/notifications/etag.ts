import { etagOf } from '../clusters/etag';
import { NotificationsError, NotificationsErrorCode } from './notifications.errors';

/** As the topology's: 412 (notifications.stale) when `If-Match` is given and names no current version; absent = unconditional. */
export function checkIfMatch(ifMatch: string | undefined, version: number, what: string): void {
  if (ifMatch === undefined) return;
  const ok = ifMatch.split(',').some((raw) => {
    const t = raw.trim();
    return t === '*' || t === `W/"${version}"` || t === `"${version}"`;
  });
  if (ok) return;
  throw new NotificationsError(
    NotificationsErrorCode.Stale,
    `The ${what} changed since you read it (now ${etagOf(version)}); read it again and retry.`,
    [{ path: 'headers.if-match', message: `is stale; current ETag is ${etagOf(version)}` }],
  );
}
