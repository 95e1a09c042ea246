import { describe, expect, it } from 'vitest';
import { auditPageQuery, auditQuery, auditSearch, DEFAULT_LIMIT, filtersFromSearch, localToIso } from './audit-query';

describe('audit query', () => {
  it("reads a datetime-local value as the viewer's local time and sends an ISO instant", () => {
    const local = '2026-11-29T21:39:05';
    expect(localToIso(local)).toBe(new Date(2026, 10, 29, 21, 39, 5).toISOString());
    expect(localToIso('2026-11-29T21:39')).toBe(new Date(2026, 10, 29, 21, 39).toISOString());
    expect(localToIso('yesterday')).toBe('yesterday');
  });
  it('leaves out empty filters and keeps the order of the form', () => {
    expect(auditQuery({})).toBe('');
    expect(auditQuery({ actor: '', action: 'deployment.', outcome: '', q: ' lb1 ' })).toBe('action=deployment.&q=lb1');
    const to = '2026-11-29T21:40';
    expect(auditQuery({ to, actor: 'admin' })).toBe(`actor=admin&to=${encodeURIComponent(localToIso(to))}`);
  });
  it('adds the page size and, past the first page, the cursor', () => {
    expect(auditPageQuery({}, 100)).toBe('limit=100');
    expect(auditPageQuery({ action: 'auth.' }, 25)).toBe('action=auth.&limit=25');
    expect(auditPageQuery({ action: 'auth.' }, 25, '812')).toBe('action=auth.&limit=25&before=812');
    expect(auditPageQuery({ action: 'auth.' }, 25, null)).toBe('action=auth.&limit=25');
  });
});

describe('the audit page address', () => {
  it('round-trips filters and page size through the URL, times as ISO instants there and local in the form', () => {
    const f = { action: 'deployment.', to: '2026-11-29T21:39:05', q: 'lb 1' };
    const search = auditSearch(f, 25);
    expect(search).toBe(`?action=deployment.&to=${encodeURIComponent(new Date('2026-11-29T21:39:05').toISOString())}&q=lb+1&limit=25`);
    expect(filtersFromSearch(search)).toEqual({ filters: f, limit: 25 });
  });

  it('leaves the default page size and empty filters out, and ignores a bad limit', () => {
    expect(auditSearch({ actor: ' ' }, DEFAULT_LIMIT)).toBe('');
    expect(filtersFromSearch('?limit=abc&outcome=denied')).toEqual({ filters: { outcome: 'denied' }, limit: DEFAULT_LIMIT });
  });
});
