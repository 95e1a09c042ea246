'use client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { errorText } from '../../../lib/api';
import { ago } from '../../../lib/format';
import { type Channel, type Delivery, deliveriesQuery } from '../api/queries';

export const STATUS_TONE: Record<Delivery['status'], string> = { delivered: 'ok', failed: 'bad', pending: 'warn', delivering: 'warn' };

function Answer({ d }: { d: Delivery }) {
  if (d.responseStatus === null && !d.lastError) return <span className="muted">–</span>;
  return (
    <>
      {d.responseStatus !== null && <code>{d.responseStatus}</code>} {d.lastError && <span className="bad">{d.lastError}</span>}
      {d.status === 'pending' && d.nextAttemptAt && (
        <div className="muted small">next try {new Date(d.nextAttemptAt).toLocaleTimeString()}</div>
      )}
    </>
  );
}

/** One channel's messages, newest first (status, attempts, the last answer, when), page after page. */
export function Deliveries({ channel }: { channel: Channel }) {
  const q = useInfiniteQuery(deliveriesQuery(channel.id));
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  const total = q.data?.pages[0]?.total ?? 0;
  return (
    <section className="panel" aria-labelledby="deliveries-title" data-testid="deliveries">
      <h2 id="deliveries-title" style={{ marginTop: 0 }}>
        Deliveries of {channel.name}
      </h2>
      {q.error && (
        <p className="field-error" role="alert">
          {errorText(q.error)}
        </p>
      )}
      {q.isPending ? (
        <p className="muted" role="status">
          Loading deliveries…
        </p>
      ) : items.length === 0 ? (
        <p className="empty">No messages yet. Send a test, or add a rule that sends here: each message is listed with every attempt.</p>
      ) : (
        <>
          <div className="table-scroll">
            <table>
              <caption className="sr-only">Deliveries of {channel.name}, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Queued</th>
                  <th scope="col">Message</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last answer</th>
                  <th scope="col">Finished</th>
                </tr>
              </thead>
              <tbody>
                {items.map((d) => (
                  <tr key={d.id} data-delivery={d.id}>
                    <td title={new Date(d.createdAt).toLocaleString()}>{ago(d.createdAt)}</td>
                    <td>
                      {d.test && <span className="badge muted">test</span>} <code className="small">{d.kind}</code>
                      {d.eventCount > 1 && <span className="muted small"> ×{d.eventCount}</span>}
                      <div className="small">{d.summary}</div>
                    </td>
                    <td>
                      <span className={`badge ${STATUS_TONE[d.status]}`}>{d.status}</span>
                    </td>
                    <td>{d.attempts}</td>
                    <td>
                      <Answer d={d} />
                    </td>
                    <td>{d.finishedAt ? <span title={new Date(d.finishedAt).toLocaleString()}>{ago(d.finishedAt)}</span> : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="row muted small">
            {items.length} of {total}
            {q.hasNextPage && (
              <button type="button" className="small-btn" disabled={q.isFetchingNextPage} onClick={() => q.fetchNextPage()}>
                {q.isFetchingNextPage ? 'Loading…' : 'Load more'}
              </button>
            )}
          </p>
        </>
      )}
    </section>
  );
}
