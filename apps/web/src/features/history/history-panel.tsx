'use client';
import { useCallback, useEffect, useState } from 'react';
import { DiffView } from '../../components/diff-view';
import { api, ApiError } from '../../lib/api';
import { defaultPair, diffStats, diffStatsLabel, pageRange } from './history-model';

interface Revision { number: number; specSha256: string; author: string; message: string; createdAt: string; directors: { name: string; sha256: string }[] }
interface RevisionDiff { from: number; to: number; specChanged: boolean; directors: { name: string; diff: string }[] }

const PAGE_SIZE = 20;

export interface HistoryPanelProps {
  clusterId: string;
  /** The user has the operator role (rollback deploys). */
  canOperate: boolean;
  /** A deployment of this cluster is running: the API refuses a second one (409). */
  deploying: boolean;
  /** Called once a rollback has started, so the page reloads its topology and deployments. */
  onRolledBack: () => void;
}

const message = (e: unknown) => (e instanceof ApiError ? e.problem.detail : String(e));

/**
 * The cluster's configuration history: revisions newest first, paged; any two compared per
 * director (and whether the topology itself changed); rollback to any earlier revision.
 */
export function HistoryPanel({ clusterId, canOperate, deploying, onRolledBack }: HistoryPanelProps) {
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ items: Revision[]; total: number } | null>(null);
  const [newest, setNewest] = useState<Revision | null>(null);
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const [diff, setDiff] = useState<RevisionDiff | null>(null);
  const [busy, setBusy] = useState<'diff' | 'rollback' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  // A deployment starting or ending creates a revision (deploy, rollback): refetch on either edge.
  useEffect(() => {
    let stale = false;
    void (async () => {
      try {
        const r = (await api<{ items: Revision[]; total: number }>('GET', `/clusters/${clusterId}/revisions?limit=${PAGE_SIZE}&offset=${offset}`)).data;
        if (stale) return;
        setPage(r);
        if (offset === 0) {
          setNewest(r.items[0] ?? null);
          setPair((p) => p ?? defaultPair(r.items));
        }
      } catch (e) {
        if (!stale) setError(message(e));
      }
    })();
    return () => {
      stale = true;
    };
  }, [clusterId, offset, deploying, reloads]);

  const compare = useCallback(async () => {
    if (!pair) return;
    setBusy('diff');
    setError(null);
    try {
      setDiff((await api<RevisionDiff>('GET', `/clusters/${clusterId}/diff?from=${pair.from}&to=${pair.to}`)).data);
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(null);
    }
  }, [clusterId, pair]);

  async function rollback(r: Revision) {
    const next = newest ? `#${newest.number + 1}` : 'a new revision';
    const ok = window.confirm(
      `Roll back to revision #${r.number}?\n\n` +
        `The cluster's topology is replaced by the one frozen in #${r.number} (${r.author}, ${new Date(r.createdAt).toLocaleString()}${r.message ? `: “${r.message}”` : ''}); ` +
        `edits since the newest revision that were never deployed are lost. It is saved as ${next} and deployed now to ${r.directors.map((d) => d.name).join(', ') || 'every director'}: ` +
        `BACKUP directors first, the MASTER last; a director that fails gets its previous file back.`,
    );
    if (!ok) return;
    setBusy('rollback');
    setError(null);
    try {
      await api('POST', `/clusters/${clusterId}/revisions/${r.number}/rollback`, {});
      setOffset(0);
      setReloads((n) => n + 1);
      onRolledBack();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(null);
    }
  }

  const blocked = !canOperate ? 'Needs the operator role' : deploying ? 'A deployment is running' : undefined;
  const samePair = pair !== null && pair.from === pair.to;

  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading" style={{ marginTop: 0 }}>History</h2>
      {error && <p className="field-error" role="alert">{error}</p>}
      {!page ? (
        <p className="muted">Loading revisions…</p>
      ) : page.total === 0 ? (
        <p className="muted">No revisions yet: a deployment freezes the topology into revision 1.</p>
      ) : (
        <>
          <p className="muted small">
            Pick a revision in <strong>From</strong> and one in <strong>To</strong> (on any page) to compare them.
            {blocked && <> Rollback is unavailable: <span id="rollback-blocked">{blocked}</span>.</>}
          </p>
          <table className="history-table">
            <thead>
              <tr>
                <th scope="col">From</th><th scope="col">To</th><th scope="col">Revision</th><th scope="col">When</th><th scope="col">Author</th><th scope="col">Message</th><th scope="col">Spec sha256</th><th scope="col"><span className="sr-only">Rollback</span></th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((r) => (
                <tr key={r.number} aria-current={r.number === newest?.number ? 'true' : undefined}>
                  <td><input type="radio" name="history-from" aria-label={`From #${r.number}`} checked={pair?.from === r.number} onChange={() => setPair((p) => ({ from: r.number, to: p?.to ?? r.number }))} /></td>
                  <td><input type="radio" name="history-to" aria-label={`To #${r.number}`} checked={pair?.to === r.number} onChange={() => setPair((p) => ({ from: p?.from ?? r.number, to: r.number }))} /></td>
                  <td>#{r.number}{r.number === newest?.number && <> <span className="badge ok">newest</span></>}</td>
                  <td><time dateTime={r.createdAt}>{new Date(r.createdAt).toLocaleString()}</time></td>
                  <td>{r.author}</td>
                  <td>{r.message || <span className="muted">—</span>}</td>
                  <td><code title={r.specSha256}>{r.specSha256.slice(0, 12)}</code></td>
                  <td>
                    {r.number !== newest?.number && (
                      <button type="button" disabled={!!blocked || busy !== null} title={blocked} aria-describedby={blocked ? 'rollback-blocked' : undefined} onClick={() => void rollback(r)}>
                        {busy === 'rollback' ? 'Rolling back…' : `Roll back to #${r.number}`}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row history-pager">
            <button type="button" disabled={offset === 0} onClick={() => setOffset((o) => Math.max(0, o - PAGE_SIZE))}>Newer</button>
            <button type="button" disabled={offset + page.items.length >= page.total} onClick={() => setOffset((o) => o + PAGE_SIZE)}>Older</button>
            <span className="muted" aria-live="polite">{pageRange(offset, page.items.length, page.total)}</span>
            <span className="history-compare">
              <button type="button" className="primary" disabled={!pair || samePair || busy !== null} title={samePair ? 'Pick two different revisions' : undefined} onClick={() => void compare()}>
                {pair ? `Compare #${pair.from} → #${pair.to}` : 'Compare'}
              </button>
            </span>
          </div>
        </>
      )}
      {diff && (
        <div data-testid="revision-diff">
          <h3>
            #{diff.from} → #{diff.to}{' '}
            {diff.specChanged ? <span className="badge warn">topology changed</span> : <span className="badge ok">same topology</span>}
          </h3>
          {!diff.specChanged && <p className="muted small">The rendered files differ only where they name their revision.</p>}
          {diff.directors.map((d) => (
            <div key={d.name}>
              <h4>{d.name} <span className="muted small">{diffStatsLabel(diffStats(d.diff))}</span></h4>
              <DiffView text={d.diff} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
