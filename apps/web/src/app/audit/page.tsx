'use client';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useSession } from '../../components/session';
import { api, ApiError } from '../../lib/api';

interface AuditEvent { id: string; at: string; actor: { type: string; name: string | null }; ip: string | null; action: string; target: { type: string; id: string | null } | null; outcome: string; detail: string | null }

export default function AuditPage() {
  const { me } = useSession();
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [page, setPage] = useState<{ items: AuditEvent[]; total: number; nextCursor: string | null } | null>(null);
  const [verify, setVerify] = useState<{ valid: boolean; checked: number; firstBroken: { id: string; reason: string } | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  const load = useCallback(async () => {
    try {
      setPage((await api<{ items: AuditEvent[]; total: number; nextCursor: string | null }>('GET', `/audit?limit=100&${query}`)).data);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? `${e.problem.detail}` : String(e));
    }
  }, [query]);
  useEffect(() => {
    if (me) void load();
  }, [me, load]);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setFilters(Object.fromEntries(['actor', 'action', 'outcome', 'from', 'to', 'q'].map((k) => [k, String(f.get(k) ?? '')])));
  }

  if (!me) return <p>Sign in to read the audit log.</p>;
  return (
    <>
      <h1>Audit log</h1>
      <form className="panel row" onSubmit={submit} aria-label="Filters">
        <div><label htmlFor="actor">Actor</label><input id="actor" name="actor" /></div>
        <div><label htmlFor="action">Action (or prefix ending in .)</label><input id="action" name="action" placeholder="auth." /></div>
        <div><label htmlFor="outcome">Outcome</label><select id="outcome" name="outcome"><option value="">any</option><option>success</option><option>failure</option><option>denied</option></select></div>
        <div><label htmlFor="from">From</label><input id="from" name="from" type="datetime-local" /></div>
        <div><label htmlFor="q">Text</label><input id="q" name="q" /></div>
        <div style={{ alignSelf: 'flex-end' }}><button type="submit" className="primary">Filter</button></div>
      </form>
      <p className="row">
        <a className="button" href={`/api/v1/audit?format=csv&${query}`}>Export CSV</a>
        <a className="button" href={`/api/v1/audit?format=jsonl&${query}`}>Export JSON lines</a>
        <button type="button" onClick={async () => setVerify((await api<typeof verify>('GET', '/audit/verify')).data)}>Verify hash chain</button>
        {verify && (verify.valid ? <span className="badge ok">chain intact ({verify.checked} events)</span> : <span className="badge bad">broken at event {verify.firstBroken?.id}: {verify.firstBroken?.reason}</span>)}
      </p>
      {error && <p className="field-error">{error}</p>}
      {page && (
        <div className="panel">
          <p className="muted">{page.total} events</p>
          <table>
            <thead><tr><th scope="col">When</th><th scope="col">Actor</th><th scope="col">From</th><th scope="col">Action</th><th scope="col">Target</th><th scope="col">Outcome</th><th scope="col">Detail</th></tr></thead>
            <tbody>
              {page.items.map((e) => (
                <tr key={e.id}>
                  <td>{new Date(e.at).toLocaleString()}</td>
                  <td>{e.actor.name ?? e.actor.type}</td>
                  <td>{e.ip}</td>
                  <td><code>{e.action}</code></td>
                  <td>{e.target ? `${e.target.type} ${e.target.id ?? ''}` : ''}</td>
                  <td><span className={`badge ${e.outcome === 'success' ? 'ok' : e.outcome === 'denied' ? 'warn' : 'bad'}`}>{e.outcome}</span></td>
                  <td>{e.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
