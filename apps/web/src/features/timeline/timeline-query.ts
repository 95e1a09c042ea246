/**
 * The timeline's filters as they stand in the page's address (`?kind=vrrp.&severity=warning,critical&from=…`):
 * the same names and values as `GET /clusters/:id/events` takes, so a shared link opens the same view
 * and the API call is the address's query. Times are ISO-8601 instants in the address (any viewer's
 * zone reads them the same); the form shows them as local `datetime-local` values.
 */
export interface TimelineFilters {
  /** A kind or a prefix ending in "." (docs/timeline.md), or several separated by commas. */
  kind?: string;
  severity?: Severity[];
  from?: string;
  to?: string;
}

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The kinds of docs/timeline.md, grouped as an operator looks for them; each group's value is the API's prefix. */
export const KIND_GROUPS: { value: string; label: string }[] = [
  { value: 'vrrp.', label: 'VRRP transitions, MASTER lost' },
  { value: 'split_brain.', label: 'Split brain (radar)' },
  { value: 'real_server.', label: 'Real-server health' },
  { value: 'service.', label: 'Service quorum' },
  { value: 'deployment.', label: 'Deployments' },
  { value: 'drift.', label: 'Drift' },
  { value: 'topology.', label: 'Topology edits' },
  { value: 'host_key.', label: 'Host keys' },
  { value: 'lint.', label: 'Lint findings' },
];

const isSeverity = (s: string): s is Severity => (SEVERITIES as readonly string[]).includes(s);

/** The filters in an address's query; unknown severities are dropped (the API would refuse them). */
export function filtersFromParams(p: URLSearchParams): TimelineFilters {
  const f: TimelineFilters = {};
  const kind = p.get('kind')?.trim();
  if (kind) f.kind = kind;
  const sev = (p.get('severity') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(isSeverity);
  if (sev.length) f.severity = sev;
  for (const k of ['from', 'to'] as const) {
    const v = p.get(k)?.trim();
    if (v) f[k] = v;
  }
  return f;
}

/** The query string of these filters (empty ones left out): the page's address and the API call share it. */
export function filtersToQuery(f: TimelineFilters): string {
  const p = new URLSearchParams();
  if (f.kind) p.set('kind', f.kind);
  if (f.severity?.length) p.set('severity', f.severity.join(','));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  // Commas are the API's list separator: keep them readable in a shared link.
  return p.toString().replace(/%2C/g, ',');
}

/** The query of one page of events: the filters, the page size and, past the first page, the cursor. */
export function pageQuery(f: TimelineFilters, limit: number, cursor?: string | null): string {
  const p = new URLSearchParams(filtersToQuery(f));
  p.set('limit', String(limit));
  if (cursor) p.set('cursor', cursor);
  return p.toString();
}

/** Where an event happened, from its evidence: a director, a virtual service, a real server (docs/timeline.md's `data`). */
export function eventWhere(e: { subject: string | null; data: Record<string, unknown> }): string[] {
  const d = e.data;
  const parts: string[] = [];
  const str = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : undefined);
  const director = str('director') ?? str('observedOn');
  if (director) parts.push(`director ${director}`);
  if (str('instance')) parts.push(`instance ${str('instance')}`);
  if (str('service')) parts.push(`service ${str('service')}`);
  if (str('realServer')) parts.push(`real server ${str('realServer')}`);
  if (Array.isArray(d.directors) && d.directors.every((x) => typeof x === 'string') && d.directors.length)
    parts.push(`directors ${(d.directors as string[]).join(', ')}`);
  // A deployment's events have its id as the subject: the short form is enough to tell two apart.
  if (str('deploymentId')) parts.push(`deployment ${str('deploymentId')!.slice(0, 8)}`);
  // A topology edit names its target as the audit does (`director` and its id): the cluster itself needs no id here.
  if (str('targetType'))
    parts.push(str('targetType') === 'cluster' ? 'the cluster' : `${str('targetType')} ${(str('targetId') ?? '').slice(0, 8)}`.trim());
  if (!parts.length && e.subject) parts.push(e.subject);
  return parts;
}

/** The shortest span the chart shows (a lone event, or a burst within a minute, still has traffic around it). */
export const MIN_SPAN_MS = 10 * 60_000;

/**
 * The span the timeline's chart shows (ms): the filter's from/to where set; else from the oldest
 * event loaded (with a margin, so its mark is not on the edge) and up to `now`. A span shorter
 * than MIN_SPAN_MS is widened on an open side (back in time first).
 */
export function timelineSpan(ats: readonly string[], bounds: { from?: string; to?: string }, now: number): { from: number; to: number } {
  const times = ats.map((a) => Date.parse(a)).filter(Number.isFinite);
  let to = bounds.to ? Date.parse(bounds.to) : Math.max(now, ...times);
  let from = bounds.from ? Date.parse(bounds.from) : times.length ? Math.min(...times) : to - MIN_SPAN_MS;
  if (!bounds.from && times.length) from -= Math.max(60_000, (to - from) * 0.03);
  if (to - from < MIN_SPAN_MS) {
    if (!bounds.from) from = to - MIN_SPAN_MS;
    else if (!bounds.to) to = from + MIN_SPAN_MS;
  }
  return { from, to };
}
