'use client';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { DiffView } from '../../../components/diff-view';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/toast';
import { errorText } from '../../../lib/api';
import { useCluster } from '../../clusters/components/cluster-frame';
import { deploymentsQuery, isRunning } from '../../deploy/api/queries';
import { diffQuery, type Revision, revisionsQuery } from '../api/queries';
import { useRollback } from '../api/mutations';
import { defaultPair, diffStats, diffStatsLabel, pageRange } from '../history-model';

const PAGE_SIZE = 20;
const num = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : null);

/** The per-director diffs of two revisions, with the "topology changed" verdict. */
function RevisionDiffView({ clusterId, from, to, testId }: { clusterId: string; from: number; to: number; testId: string }) {
  const q = useQuery(diffQuery(clusterId, from, to));
  if (q.error)
    return (
      <p className="field-error" role="alert">
        {errorText(q.error)}
      </p>
    );
  if (!q.data) return <div className="skeleton skeleton-block" role="status" aria-busy="true" aria-label="Reading the diff" />;
  const diff = q.data;
  return (
    <div data-testid={testId}>
      <h3>
        #{diff.from} → #{diff.to}{' '}
        {diff.specChanged ? <span className="badge warn">topology changed</span> : <span className="badge ok">same topology</span>}
      </h3>
      {!diff.specChanged && <p className="muted small">The rendered files differ only where they name their revision.</p>}
      {diff.directors.map((d) => (
        <div key={d.name}>
          <h4>
            {d.name} <span className="muted small">{diffStatsLabel(diffStats(d.diff))}</span>
          </h4>
          <DiffView text={d.diff} label={`${d.name}: #${diff.from} → #${diff.to}`} />
        </div>
      ))}
    </div>
  );
}

/**
 * History: revisions newest first, paged; any two compared per director; rollback to any earlier
 * one after a dialog showing what it changes. The address carries the page and the pair
 * (`?offset=20&from=3&to=7`), so a link opens the same comparison.
 */
export function HistoryTab() {
  const { clusterId, operate } = useCluster();
  const params = useSearchParams();
  const toast = useToast();
  // The page and the pair live in the address; kept as state too, so a click shows at once
  // (history.replaceState keeps Next's router in step without a navigation).
  const read = () => ({
    offset: num(params.get('offset')) ?? 0,
    from: num(params.get('from')),
    to: num(params.get('to')),
    compare: params.get('compare') === '1',
  });
  const [view, setView] = useState(read);
  const urlKey = params.toString();
  useEffect(() => {
    setView(read());
    // read() reads the params urlKey stands for: the key is the dependency
  }, [urlKey]);
  const setParams = (changes: Partial<typeof view>) => {
    const next = { ...view, ...changes };
    setView(next);
    const u = new URLSearchParams();
    if (next.offset) u.set('offset', String(next.offset));
    if (next.from !== null) u.set('from', String(next.from));
    if (next.to !== null) u.set('to', String(next.to));
    if (next.compare) u.set('compare', '1');
    const search = u.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
  };
  const offset = view.offset;
  const page = useQuery(revisionsQuery(clusterId, offset, PAGE_SIZE));
  const first = useQuery(revisionsQuery(clusterId, 0, PAGE_SIZE));
  const newest = first.data?.items[0] ?? null;
  const deployments = useQuery(deploymentsQuery(clusterId));
  const deploying = deployments.data?.items.some(isRunning) ?? false;
  const fallback = first.data ? defaultPair(first.data.items) : null;
  const pair = view.from !== null && view.to !== null ? { from: view.from, to: view.to } : fallback;
  const compared = view.compare && pair && pair.from !== pair.to ? pair : null;
  const [rollingTo, setRollingTo] = useState<Revision | null>(null);
  const rollback = useRollback(clusterId);
  const pick = (which: 'from' | 'to', n: number) =>
    setParams({ from: which === 'from' ? n : (pair?.from ?? n), to: which === 'to' ? n : (pair?.to ?? n), compare: false });

  const blocked = !operate ? 'Needs the operator role' : deploying ? 'A deployment is running' : undefined;
  const samePair = pair !== null && pair.from === pair.to;
  const error = page.error ?? first.error;

  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading" style={{ marginTop: 0 }}>
        History
      </h2>
      {error && (
        <p className="field-error" role="alert">
          {errorText(error)}
        </p>
      )}
      {!page.data ? (
        <div className="skeleton skeleton-block" role="status" aria-busy="true" aria-label="Loading revisions" />
      ) : page.data.total === 0 ? (
        <p className="muted">No revisions yet: a deployment freezes the topology into revision 1.</p>
      ) : (
        <>
          <p className="muted small">
            Pick a revision in <strong>From</strong> and one in <strong>To</strong> (on any page) to compare them.
            {blocked && (
              <>
                {' '}
                Rollback is unavailable: <span id="rollback-blocked">{blocked}</span>.
              </>
            )}
          </p>
          <table className="history-table">
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Revision</th>
                <th scope="col">When</th>
                <th scope="col">Author</th>
                <th scope="col">Message</th>
                <th scope="col">Spec sha256</th>
                <th scope="col">
                  <span className="sr-only">Rollback</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.data.items.map((r) => (
                <tr key={r.number} aria-current={r.number === newest?.number ? 'true' : undefined}>
                  <td>
                    <input
                      type="radio"
                      name="history-from"
                      aria-label={`From #${r.number}`}
                      checked={pair?.from === r.number}
                      onChange={() => pick('from', r.number)}
                    />
                  </td>
                  <td>
                    <input
                      type="radio"
                      name="history-to"
                      aria-label={`To #${r.number}`}
                      checked={pair?.to === r.number}
                      onChange={() => pick('to', r.number)}
                    />
                  </td>
                  <td>
                    #{r.number}
                    {r.number === newest?.number && (
                      <>
                        {' '}
                        <span className="badge ok">newest</span>
                      </>
                    )}
                  </td>
                  <td>
                    <time dateTime={r.createdAt}>{new Date(r.createdAt).toLocaleString()}</time>
                  </td>
                  <td>{r.author}</td>
                  <td>{r.message || <span className="muted">—</span>}</td>
                  <td>
                    <code title={r.specSha256}>{r.specSha256.slice(0, 12)}</code>
                  </td>
                  <td>
                    {r.number !== newest?.number && (
                      <button
                        type="button"
                        disabled={!!blocked || rollback.isPending}
                        title={blocked}
                        aria-describedby={blocked ? 'rollback-blocked' : undefined}
                        onClick={() => setRollingTo(r)}
                      >
                        {rollback.isPending && rollingTo?.number === r.number ? 'Rolling back…' : `Roll back to #${r.number}`}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row history-pager">
            <button type="button" disabled={offset === 0} onClick={() => setParams({ offset: Math.max(0, offset - PAGE_SIZE) })}>
              Newer
            </button>
            <button
              type="button"
              disabled={offset + page.data.items.length >= page.data.total}
              onClick={() => setParams({ offset: offset + PAGE_SIZE })}
            >
              Older
            </button>
            <span className="muted" aria-live="polite">
              {pageRange(offset, page.data.items.length, page.data.total)}
            </span>
            <span className="history-compare">
              <button
                type="button"
                className="primary"
                disabled={!pair || samePair}
                title={samePair ? 'Pick two different revisions' : undefined}
                onClick={() => pair && setParams({ from: pair.from, to: pair.to, compare: true })}
              >
                {pair ? `Compare #${pair.from} → #${pair.to}` : 'Compare'}
              </button>
            </span>
          </div>
        </>
      )}
      {compared && <RevisionDiffView clusterId={clusterId} from={compared.from} to={compared.to} testId="revision-diff" />}
      {rollingTo && newest && (
        <ConfirmDialog
          open
          onOpenChange={(o) => !o && setRollingTo(null)}
          title={`Roll back to revision #${rollingTo.number}?`}
          confirmLabel={`Roll back and deploy #${rollingTo.number}`}
          danger
          description={
            <>
              <p>
                The topology is replaced by the one frozen in #{rollingTo.number} ({rollingTo.author},{' '}
                {new Date(rollingTo.createdAt).toLocaleString()}
                {rollingTo.message ? `: “${rollingTo.message}”` : ''}); edits since #{newest.number} that were never deployed are lost.
              </p>
              <p>
                It is saved as #{newest.number + 1} and deployed now to{' '}
                {rollingTo.directors.map((d) => d.name).join(', ') || 'every director'}: BACKUP directors first, the MASTER last; a director
                that fails gets its previous file back. What changes on each director:
              </p>
            </>
          }
          onConfirm={async () => {
            await rollback.mutateAsync(rollingTo.number);
            toast({ tone: 'info', title: `Rolling back to #${rollingTo.number}`, description: 'Progress on the Deploy tab.' });
            setParams({ offset: 0 });
          }}
        >
          <RevisionDiffView clusterId={clusterId} from={newest.number} to={rollingTo.number} testId="rollback-diff" />
        </ConfirmDialog>
      )}
    </section>
  );
}
