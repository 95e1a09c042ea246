'use client';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useSession } from '../../../components/session';
import { errorText } from '../../../lib/api';
import { auditQuery as auditPages, verifyQuery } from '../api/queries';
import { AuditEventRow } from '../audit-event-row';
import { auditQuery, auditSearch, DEFAULT_LIMIT, FILTER_KEYS, filtersFromSearch, type AuditFilters } from '../audit-query';

const PAGE_SIZES = [10, 25, 50, 100, 200];

/**
 * The audit log with its filters in the address (a link opens the same view). `scope`: a cluster's
 * Audit tab, the events whose target or detail names the cluster (its id as the text filter: the
 * API has no cluster filter over every target type).
 */
export function AuditLog({ scope }: { scope?: { clusterId: string } }) {
  const { me } = useSession();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [limit, setLimit] = useState(DEFAULT_LIMIT);
  // The filters live in the address too (a link opens the same view); read once, then the form is
  // drawn again with them as its defaults.
  const [fromUrl, setFromUrl] = useState(false);
  const [formKey, setFormKey] = useState(0); // a new form (its defaults) after reading the address or a Clear
  useEffect(() => {
    const { filters: f, limit: l } = filtersFromSearch(window.location.search);
    setFilters(f);
    setLimit(l);
    setFromUrl(true);
    setFormKey((k) => k + 1);
  }, []);
  const show = (f: AuditFilters, l: number) => {
    setFilters(f);
    setLimit(l);
    window.history.replaceState(null, '', `${window.location.pathname}${auditSearch(f, l)}`);
  };
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const scopeId = scope?.clusterId;
  const scoped = useMemo<AuditFilters>(() => (scopeId ? { ...filters, q: scopeId } : filters), [filters, scopeId]);
  const query = auditQuery(scoped);
  const list = useInfiniteQuery({ ...auditPages(scoped, limit), enabled: !!me && fromUrl });
  const verify = useQuery({ ...verifyQuery(), enabled: false });
  const page = useMemo(() => {
    const pages = list.data?.pages;
    if (!pages?.length) return null;
    const last = pages[pages.length - 1];
    return { items: pages.flatMap((p) => p.items), total: last.total, nextCursor: last.nextCursor };
  }, [list.data]);
  // A new filter starts with every row folded.
  useEffect(() => setExpanded(new Set()), [scoped, limit]);
  const failure = list.error ?? verify.error;
  const error = failure ? errorText(failure) : null;
  const loadingMore = list.isFetchingNextPage;
  const loadMore = () => list.fetchNextPage();

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    show(Object.fromEntries(FILTER_KEYS.map((k) => [k, String(f.get(k) ?? '')])), Number(f.get('limit')) || DEFAULT_LIMIT);
  }

  function toggle(id: string) {
    setExpanded((s) => {
      const n = new Set(s);
      if (!n.delete(id)) n.add(id);
      return n;
    });
  }

  if (!me) return null;
  return (
    <>
      {!scope && <h1>Audit log</h1>}
      <form
        key={formKey}
        className="panel row audit-filters"
        onSubmit={submit}
        onReset={() => {
          show({}, DEFAULT_LIMIT);
          setFormKey((k) => k + 1);
        }}
        aria-label="Filters"
      >
        <div>
          <label htmlFor="actor">Actor</label>
          <input id="actor" name="actor" defaultValue={filters.actor} />
        </div>
        <div>
          <label htmlFor="action">Action (or prefix ending in .)</label>
          <input id="action" name="action" placeholder="auth." defaultValue={filters.action} />
        </div>
        <div>
          <label htmlFor="outcome">Outcome</label>
          <select id="outcome" name="outcome" defaultValue={filters.outcome ?? ''}>
            <option value="">any</option>
            <option>success</option>
            <option>failure</option>
            <option>denied</option>
          </select>
        </div>
        <div>
          <label htmlFor="from">From</label>
          <input id="from" name="from" type="datetime-local" step={1} aria-describedby="time-note" defaultValue={filters.from} />
        </div>
        <div>
          <label htmlFor="to">To</label>
          <input id="to" name="to" type="datetime-local" step={1} aria-describedby="time-note" defaultValue={filters.to} />
        </div>
        {!scope && (
          <div>
            <label htmlFor="q">Text</label>
            <input id="q" name="q" defaultValue={filters.q} />
          </div>
        )}
        <div>
          <label htmlFor="limit">Per page</label>
          <select id="limit" name="limit" defaultValue={String(limit)}>
            {PAGE_SIZES.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </div>
        <div className="row" style={{ alignSelf: 'flex-end' }}>
          <button type="submit" className="primary">
            Filter
          </button>
          <button type="reset">Clear</button>
        </div>
        <p id="time-note" className="muted small audit-time-note">
          Times are your local time; From is inclusive, To exclusive.
        </p>
      </form>
      <p className="row">
        <a className="button" href={`/api/v1/audit?format=csv${query ? `&${query}` : ''}`}>
          Export CSV
        </a>
        <a className="button" href={`/api/v1/audit?format=jsonl${query ? `&${query}` : ''}`}>
          Export JSON lines
        </a>
        {!scope && (
          <button type="button" disabled={verify.isFetching} onClick={() => void verify.refetch()}>
            Verify hash chain
          </button>
        )}
        {verify.data &&
          (verify.data.valid ? (
            <span className="badge ok">chain intact ({verify.data.checked} events)</span>
          ) : (
            <span className="badge bad">
              broken at event {verify.data.firstBroken?.id}: {verify.data.firstBroken?.reason}
            </span>
          ))}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {page && (
        <div className="panel">
          <p className="muted" aria-live="polite" data-testid="audit-count">
            {page.items.length < page.total ? `Showing ${page.items.length} of ${page.total} events` : `${page.total} events`}
          </p>
          {page.items.length === 0 ? (
            <p className="empty">No events match these filters.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="sr-only">Details</span>
                  </th>
                  <th scope="col">When</th>
                  <th scope="col">Actor</th>
                  <th scope="col">From</th>
                  <th scope="col">Action</th>
                  <th scope="col">Target</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Detail</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((e) => (
                  <AuditEventRow key={e.id} event={e} expanded={expanded.has(e.id)} onToggle={() => toggle(e.id)} />
                ))}
              </tbody>
            </table>
          )}
          {page.nextCursor && page.items.length < page.total && (
            <p className="row">
              <button type="button" disabled={loadingMore} onClick={() => void loadMore()}>
                {loadingMore ? 'Loading…' : 'Load more'}
              </button>
            </p>
          )}
        </div>
      )}
    </>
  );
}
