'use client';
import { useEffect } from 'react';
import { ApiError } from '../lib/api';

/**
 * A route's error boundary: what went wrong in the API's words (the problem's detail, its fields)
 * and the request id to quote to whoever reads the API's log; "Try again" re-renders the route.
 */
export function ErrorView({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    document.title = 'Error · LVS Console';
  }, []);
  const p = error instanceof ApiError ? error.problem : null;
  return (
    <div className="panel" role="alert" data-testid="route-error">
      <h2 style={{ marginTop: 0 }}>{p ? `${p.title} (${p.status})` : 'Something went wrong'}</h2>
      <p>{p ? p.detail : error.message}</p>
      {p && p.errors.length > 0 && (
        <ul>
          {p.errors.map((e) => (
            <li key={e.path + e.message}>
              <code>{e.path}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
      {(p?.requestId || error.digest) && (
        <p className="muted small">
          Request id <code data-testid="request-id">{p?.requestId ?? error.digest}</code> — quote it to find this in the API&apos;s log.
        </p>
      )}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
