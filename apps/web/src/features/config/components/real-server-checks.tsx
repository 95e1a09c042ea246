'use client';
import { useQuery } from '@tanstack/react-query';
import { errorText } from '../../../lib/api';
import { ago } from '../../../lib/format';
import { realServerChecksQuery, type RealServerChecks as Checks } from '../api/queries';

const statusClass: Record<Checks['status'] | Checks['checks'][number]['status'], string> = {
  pass: 'ok',
  fail: 'bad',
  warn: 'warn',
  unchecked: 'muted',
};

/**
 * What the console found on a real server for its forwarding method (docs/real-server-checks.md):
 * each check with its result and the command that fixes a failure; without SSH access, why not and
 * the prep script to run by hand.
 */
export function RealServerChecks({ clusterId, service, realServer }: { clusterId: string; service: string; realServer: string }) {
  const q = useQuery(realServerChecksQuery(clusterId, service, realServer));
  const c = q.data;
  return (
    <div className="rs-checks" data-testid={`rs-checks-${realServer}`} aria-live="polite" aria-busy={q.isFetching}>
      {q.isPending ? (
        <span className="muted">Checking {realServer}…</span>
      ) : q.error ? (
        <span className="bad">{errorText(q.error)}</span>
      ) : (
        c && (
          <>
            <div className="row">
              <span className={`badge ${statusClass[c.status]}`}>{c.status}</span>
              <span>
                {c.forwarding} real server of {c.vips.join(', ') || 'no VIP'}
                {c.checkedAt ? `, checked ${ago(c.checkedAt)}` : ''}
              </span>
              <button type="button" className="small-btn" disabled={q.isFetching} onClick={() => void q.refetch()}>
                {q.isFetching ? 'Checking…' : 'Check again'}
              </button>
              <a className="small" href={c.prepScriptUrl} download>
                Download the prep script
              </a>
            </div>
            {c.error && <div className="muted">{c.error}</div>}
            {c.checks.length > 0 && (
              <ul>
                {c.checks.map((x) => (
                  <li key={x.id}>
                    <span className={`badge ${statusClass[x.status]}`}>{x.status}</span> {x.title}
                    <div className="muted">{x.detail}</div>
                    {x.fix && <pre className="small">{x.fix}</pre>}
                  </li>
                ))}
              </ul>
            )}
          </>
        )
      )}
    </div>
  );
}
