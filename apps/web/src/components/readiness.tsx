'use client';
import { useQuery } from '@tanstack/react-query';
import { client, data, errorText } from '../lib/api';

/** The API's readiness: database reachable, every migration applied (re-read every 10 s). */
export function Readiness() {
  const q = useQuery({ queryKey: ['ready'], queryFn: () => data(client().GET('/api/v1/ready')), refetchInterval: 10_000, retry: false });
  if (q.isPending) return <p className="muted">Checking the API…</p>;
  return (
    <p data-testid="readiness" aria-live="polite">
      API: {q.data ? <span className="badge ok">ready</span> : <span className="badge bad">not ready</span>}{' '}
      <span className="muted">
        {q.data ? `database up, ${q.data.migrations.applied} migrations applied` : q.error ? errorText(q.error) : ''}
      </span>
    </p>
  );
}
