'use client';
import { useEffect, useState } from 'react';
import { api, ApiError } from '../lib/api';

interface Ready {
  status: 'ready';
  database: 'up';
  migrations: { applied: number; pending: number };
}

/** The API's readiness: database reachable, every migration applied. */
export function Readiness() {
  const [state, setState] = useState<{ ok: true; ready: Ready } | { ok: false; detail: string } | null>(null);
  useEffect(() => {
    let stop = false;
    const load = async () => {
      try {
        const { data } = await api<Ready>('GET', '/ready');
        if (!stop) setState({ ok: true, ready: data });
      } catch (e) {
        if (!stop) setState({ ok: false, detail: e instanceof ApiError ? e.problem.detail : 'The API is not reachable.' });
      }
    };
    void load();
    const t = setInterval(load, 10_000);
    return () => {
      stop = true;
      clearInterval(t);
    };
  }, []);
  if (!state) return <p className="muted">Checking the API…</p>;
  return (
    <p data-testid="readiness" aria-live="polite">
      API:{' '}
      {state.ok ? (
        <span className="badge ok">ready</span>
      ) : (
        <span className="badge bad">not ready</span>
      )}{' '}
      <span className="muted">{state.ok ? `database up, ${state.ready.migrations.applied} migrations applied` : state.detail}</span>
    </p>
  );
}
