import { staleIfMatch } from '../../common/http/etag';
import { NotificationsError, NotificationsErrorCode } from './notifications.errors';

/** As the topology's: 412 (notifications.stale) when `If-Match` is given and names no current version; absent = unconditional. */
export function checkIfMatch(ifMatch: string | undefined, version: number, what: string): void {
  const stale = staleIfMatch(ifMatch, version, what);
  if (stale) throw new NotificationsError(NotificationsErrorCode.Stale, stale.detail, stale.errors);
}
