'use client';
import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';
import { Readiness } from '../components/readiness';
import { useSession } from '../components/session';
import { type ClusterSummary, ClusterOverview } from '../features/clusters/cluster-overview';
import { api, ApiError, canOperate } from '../lib/api';
import { CreateCluster } from '../features/edit/components/create-cluster';

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
              <p>Three ways to start:</p>
              <ol className="steps">
                <li>
                  {canOperate(me) ? (
                    <a
                      href="#name"
                      onClick={(e) => {
                        e.preventDefault();
                        document.getElementById('name')?.focus();
                      }}
                    >
                      Create one below
                    </a>
                  ) : (
                    'Create one (needs the operator role)'
                  )}{' '}
                  — a name is enough; add directors, VRRP instances and virtual services on its page. Or paste a cluster spec exported from another console.
                </li>
                <li>
                  <Link href="/clusters/import">Import your keepalived.conf files</Link>, one per director.
                </li>
                <li>
                  Start the lab of real directors: <code>npm run lab -- up --register http://localhost:3001 --token lvs_…</code> (root; an admin API token).
                </li>
              </ol>
              <p className="small">From CI, script it with an API token (see the README).</p>
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
