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

/** An ISO instant as a `datetime-local` value in the viewer's zone (seconds kept); anything else as given. */
export function isoToLocal(value: string): string {
  const t = new Date(value);
  if (Number.isNaN(t.getTime())) return value;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())}T${p(t.getHours())}:${p(t.getMinutes())}:${p(t.getSeconds())}`;
}

/**
 * The page's address for these filters (`?action=deployment.&to=<ISO>&limit=25`): shareable, and
 * read back by `filtersFromSearch` — an auditor's link opens the same view in any time zone.
 */
export function auditSearch(f: AuditFilters, limit: number): string {
  const q = auditQuery(f);
  const l = limit === DEFAULT_LIMIT ? '' : `limit=${limit}`;
  const s = [q, l].filter(Boolean).join('&');
  return s ? `?${s}` : '';
}

export const DEFAULT_LIMIT = 100;

/** The filters and page size in a page address (`location.search`), times back in local form. */
export function filtersFromSearch(search: string): { filters: AuditFilters; limit: number } {
  const p = new URLSearchParams(search);
  const filters: AuditFilters = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k);
    if (v) filters[k] = k === 'from' || k === 'to' ? isoToLocal(v) : v;
  }
  const limit = Number(p.get('limit'));
  return { filters, limit: Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_LIMIT };
}
