import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { type Answer, api, client, data } from '../../../lib/api';
import { type AuditFilters, auditPageQuery } from '../audit-query';

export type AuditPage = Answer<'/api/v1/audit'>;

export const auditKeys = {
  all: ['audit'] as const,
  list: (f: AuditFilters, limit: number) => [...auditKeys.all, 'list', f, limit] as const,
  verify: () => [...auditKeys.all, 'verify'] as const,
};

/**
 * The filtered log, page after page ("Load more" follows nextCursor). The query string is
 * audit-query's (the same one the CSV and JSON-lines exports use), so the path is sent as built.
 */
export const auditQuery = (f: AuditFilters, limit: number) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(f, limit),
    queryFn: async ({ pageParam }) => (await api<AuditPage>('GET', `/audit?${auditPageQuery(f, limit, pageParam)}`)).data,
    initialPageParam: null as string | null,
    getNextPageParam: (last, pages) =>
      last.nextCursor && pages.reduce((n, p) => n + p.items.length, 0) < last.total ? last.nextCursor : undefined,
  });

/** Verifying the hash chain reads the whole log: only when asked. */
export const verifyQuery = () =>
  queryOptions({ queryKey: auditKeys.verify(), queryFn: () => data(client().GET('/api/v1/audit/verify')), staleTime: 0 });
