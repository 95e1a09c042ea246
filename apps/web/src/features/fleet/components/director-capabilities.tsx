'use client';
import { useQuery } from '@tanstack/react-query';
import { errorText } from '../../../lib/api';
import { ago } from '../../../lib/format';
import { useRefreshCapabilities } from '../api/mutations';
import { capabilitiesQuery, type Capabilities } from '../api/queries';

const SOURCE: Record<NonNullable<Capabilities['source']>, string> = {
  'first-contact': 'on first contact',
  deployment: 'by a deployment',
  refresh: 'by a refresh',
};

/**
 * A director's recorded capabilities (issue 19 item 3): keepalived's version and build, IPVS and
 * the kernel's schedulers, when they were read and why the last read failed, and what of the spec
 * it cannot run. Refresh reads them over SSH now (operator); `blocked` says why it cannot.
 */
export function DirectorCapabilities({
  clusterId,
  director,
  specTag,
  blocked,
}: {
  clusterId: string;
  director: string;
  /** The spec's ETag: the record's refusals are of the spec, so a new spec reads it again. */
  specTag: string | null;
  blocked?: string;
}) {
  // A new spec reads the record again; the one read before stays on screen meanwhile.
  const q = useQuery({ ...capabilitiesQuery(clusterId, director, specTag), placeholderData: (prev) => prev });
  const refresh = useRefreshCapabilities(clusterId, director, specTag);
  const c = q.data;
  const caps = c?.capabilities;
  const k = caps?.keepalived;
  return (
    <div className="caps" data-testid={`capabilities-${director}`}>
      {q.isPending ? (
        <span className="muted">reading…</span>
      ) : q.error ? (
        <span className="bad">{errorText(q.error)}</span>
      ) : !c || !c.gatheredAt ? (
        <span className="muted">Not read yet: recorded on the first plan or deployment that reaches {director}, or by Refresh.</span>
      ) : (
        <>
          <div>
            keepalived <strong>{k?.version ?? 'unknown'}</strong> · IPVS{' '}
            {caps?.ipvs.present ? <span className="ok">yes</span> : <span className="warn">no (VRRP only)</span>} · read {ago(c.gatheredAt)}{' '}
            {c.source ? SOURCE[c.source] : ''}
          </div>
          {caps && (
            <details>
              <summary>Details</summary>
              <dl className="kv">
                <dt>keepalived</dt>
                <dd>{k?.versionLine ?? '—'}</dd>
                <dt>Build options</dt>
                <dd>{k?.buildOptions.length ? k.buildOptions.join(' ') : '—'}</dd>
                <dt>Schedulers</dt>
                <dd>
                  {caps.ipvs.schedulers.length
                    ? caps.ipvs.schedulers.join(' ')
                    : caps.ipvs.schedulersKnown
                      ? 'none'
                      : 'unknown (no IPVS to ask)'}
                </dd>
                <dt>ipvsadm</dt>
                <dd>{caps.ipvsadm.version ?? '—'}</dd>
                <dt>Kernel</dt>
                <dd>{caps.kernel.release ?? '—'}</dd>
                <dt>Interfaces</dt>
                <dd>
                  {caps.interfaces.length
                    ? caps.interfaces.map((i) => `${i.name} ${i.addresses.join(' ') || '(no address)'}`).join('; ')
                    : '—'}
                </dd>
              </dl>
            </details>
          )}
        </>
      )}
      {c?.error && <div className="bad">Last read failed: {c.error}</div>}
      {c?.refusals.map((r) => (
        <div key={r.path + r.keyword} className="bad">
          Cannot run <code>{r.keyword}</code> ({r.path}): {r.message}
        </div>
      ))}
      <div className="row">
        <button
          type="button"
          className="small-btn"
          disabled={!!blocked || refresh.isPending}
          title={blocked}
          aria-label={`Refresh the capabilities of ${director}`}
          onClick={() => refresh.mutate()}
        >
          {refresh.isPending ? 'Reading…' : 'Refresh'}
        </button>
        {blocked && <span className="muted small">{blocked}</span>}
        {refresh.error && <span className="bad small">{errorText(refresh.error)}</span>}
      </div>
    </div>
  );
}
