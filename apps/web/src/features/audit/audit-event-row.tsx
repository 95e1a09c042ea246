'use client';
import { DiffView } from '../../components/diff-view';
import type { Answer } from '../../lib/api';
import { diffStats, diffStatsLabel } from '../history/history-model';
import { jsonDiffLines } from './json-diff';

/** One event as GET /api/v1/audit returns it (the schema's type). */
export type AuditEvent = Answer<'/api/v1/audit'>['items'][number];

const outcomeClass = (o: string) => (o === 'success' ? 'ok' : o === 'denied' ? 'warn' : 'bad');
const COLUMNS = 8;

/** A row of the audit log and, when expanded, what the event changed (before → after) and its provenance. */
export function AuditEventRow({ event: e, expanded, onToggle }: { event: AuditEvent; expanded: boolean; onToggle: () => void }) {
  const detailsId = `audit-event-${e.id}`;
  const lines = expanded ? jsonDiffLines(e.before, e.after) : [];
  return (
    <>
      <tr className={expanded ? 'audit-open' : undefined}>
        <td>
          <button
            type="button"
            className="small-btn"
            aria-expanded={expanded}
            aria-controls={detailsId}
            aria-label={`${expanded ? 'Hide' : 'Show'} details of ${e.action} at ${new Date(e.at).toLocaleString()}`}
            onClick={onToggle}
          >
            <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          </button>
        </td>
        <td>
          <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time>
        </td>
        <td>{e.actor.name ?? e.actor.type}</td>
        <td>{e.ip}</td>
        <td>
          <code>{e.action}</code>
        </td>
        <td>{e.target ? `${e.target.type} ${e.target.id ?? ''}` : ''}</td>
        <td>
          <span className={`badge ${outcomeClass(e.outcome)}`}>{e.outcome}</span>
        </td>
        <td>{e.detail}</td>
      </tr>
      {expanded && (
        <tr id={detailsId} className="audit-details">
          <td colSpan={COLUMNS}>
            <h3 className="audit-details-head">
              Before → after <span className="muted small">{lines.length ? diffStatsLabel(diffStats(lines)) : ''}</span>
            </h3>
            {lines.length ? <DiffView text={lines.join('\n')} /> : <p className="muted">This event records no before or after.</p>}
            <dl className="audit-meta">
              <dt>Event</dt>
              <dd>
                <code>{e.id}</code>
              </dd>
              <dt>Request</dt>
              <dd>
                <code>{e.requestId ?? '—'}</code>
              </dd>
              <dt>Actor</dt>
              <dd>
                {e.actor.name ?? '—'} <span className="muted">({e.actor.type})</span>
                {e.actor.id && (
                  <>
                    {' '}
                    · id <code>{e.actor.id}</code>
                  </>
                )}
                {e.actor.tokenId && (
                  <>
                    {' '}
                    · token id <code>{e.actor.tokenId}</code>
                  </>
                )}
              </dd>
              <dt>User agent</dt>
              <dd>{e.userAgent ?? '—'}</dd>
              <dt>Hash</dt>
              <dd>
                <code title={`previous ${e.prevHash}`}>{e.hash}</code>
              </dd>
            </dl>
          </td>
        </tr>
      )}
    </>
  );
}
