'use client';
import Link from 'next/link';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Readiness } from '../components/readiness';
import { useSession } from '../components/session';
import { type ClusterSummary, ClusterOverview } from '../features/clusters/cluster-overview';
import { api, ApiError, canOperate } from '../lib/api';
import { NAME_RULE, NAME_RULE_MESSAGE } from '../lib/rules';

function CreateCluster({ onCreated }: { onCreated: () => void }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const specText = String(data.get('spec') ?? '').trim();
    let body: Record<string, unknown>;
    try {
      body = specText ? (JSON.parse(specText) as Record<string, unknown>) : { name: String(data.get('name')) };
    } catch {
      setErrors({ spec: 'is not valid JSON' });
      return;
    }
    if (!specText && !NAME_RULE.test(String(body.name))) {
      setErrors({ name: NAME_RULE_MESSAGE });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await api('POST', '/clusters', body);
      form.reset();
      onCreated();
    } catch (err) {
      if (err instanceof ApiError) setErrors({ ...err.fieldErrors(), form: err.problem.detail });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} className="panel" noValidate>
      <h2 style={{ marginTop: 0 }}>New cluster</h2>
      <label htmlFor="name">Name</label>
      <input id="name" name="name" placeholder="prod-eu-1" aria-invalid={!!errors.name} aria-describedby="name-error" />
      {errors.name && (
        <div id="name-error" className="field-error">
          {errors.name}
        </div>
      )}
      <label htmlFor="spec">…or paste a whole cluster spec (JSON, as GET /api/v1/clusters/:id/spec returns it)</label>
      <textarea id="spec" name="spec" rows={4} aria-invalid={!!errors.spec} />
      {errors.spec && <div className="field-error">{errors.spec}</div>}
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <p>
        <button className="primary" type="submit" disabled={busy}>
          Create
        </button>
      </p>
    </form>
  );
}

export default function HomePage() {
  const { me, loading } = useSession();
  const [clusters, setClusters] = useState<ClusterSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setClusters((await api<{ items: ClusterSummary[] }>('GET', '/clusters?limit=200')).data.items);
    } catch (e) {
      setError(e instanceof ApiError ? e.problem.detail : String(e));
    }
  }, []);
  useEffect(() => {
    if (me) void load();
  }, [me, load]);

  return (
    <>
      <h1>Clusters</h1>
      <Readiness />
      {loading ? null : !me ? (
        <div className="panel">
          <p>
            <Link href="/login">Sign in</Link> to see your clusters.
          </p>
        </div>
      ) : (
        <>
          {error && <p className="field-error">{error}</p>}
          {clusters && clusters.length === 0 && (
            <div className="panel empty" data-testid="empty-state">
              <p>
                <strong>No clusters yet.</strong>
              </p>
              <p>
                <Link href="/clusters/import">Import your keepalived.conf files</Link>, or start the lab of real directors with{' '}
                <code>npm run lab -- up --register http://localhost:3001 --token lvs_…</code> (root; an admin API token). You can also create one below, paste a cluster
                spec exported from another console, or script it from CI with an API token (see the README).
              </p>
            </div>
          )}
          {clusters && clusters.length > 0 && (
            <>
              <p className="row">
                <Link className="button" href="/clusters/import">
                  Import from keepalived.conf
                </Link>
              </p>
              <ClusterOverview clusters={clusters} />
            </>
          )}
          {canOperate(me) ? <CreateCluster onCreated={load} /> : <p className="muted">Your role ({me.user.role}) can read but not create clusters.</p>}
        </>
      )}
    </>
  );
}
