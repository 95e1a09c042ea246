/** The audit page's filters as the form holds them (datetime-local values are local wall-clock time). */
export interface AuditFilters {
  actor?: string;
  action?: string;
  outcome?: string;
  from?: string;
  to?: string;
  q?: string;
}

export const FILTER_KEYS = ['actor', 'action', 'outcome', 'from', 'to', 'q'] as const;

/**
 * A `datetime-local` value ("2026-11-29T21:39" or with seconds) as an ISO-8601 instant. The input
 * carries no zone: it is the viewer's local time, so convert here rather than let the API read it
 * in the server's zone. Anything unparseable is returned as typed, for the API to refuse with a 400.
 */
export function localToIso(value: string): string {
  const t = new Date(value);
  return Number.isNaN(t.getTime()) ? value : t.toISOString();
}

/** The API query for the filters, empty ones left out — the same string for the page and the exports. */
export function auditQuery(f: AuditFilters): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = f[k]?.trim();
    if (v) p.set(k, k === 'from' || k === 'to' ? localToIso(v) : v);
  }
  return p.toString();
}

/** The query of one page: the filters, the page size and, past the first page, the cursor. */
export function auditPageQuery(f: AuditFilters, limit: number, before?: string | null): string {
  const base = auditQuery(f);
  const extra = new URLSearchParams({ limit: String(limit) });
  if (before) extra.set('before', before);
  return base ? `${base}&${extra}` : String(extra);
}
