'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect } from 'react';
import { Readiness } from '../components/readiness';
import { useSession } from '../components/session';
import { clusterKeys, clustersQuery } from '../features/clusters/api/queries';
import { ClusterOverview } from '../features/clusters/cluster-overview';
import { CreateCluster } from '../features/edit/components/create-cluster';
import { canOperate, errorText } from '../lib/api';

export default function HomePage() {
  const { me } = useSession();
  const clusters = useQuery({ ...clustersQuery(), enabled: !!me });
  const qc = useQueryClient();
  useEffect(() => {
    document.title = 'Clusters · LVS Console';
  }, []);
  if (!me) return null;
  const items = clusters.data?.items;
  return (
    <>
      <h1>Clusters</h1>
      <Readiness />
      {clusters.error && <p className="field-error">{errorText(clusters.error)}</p>}
      {clusters.isPending && <div className="skeleton skeleton-block" role="status" aria-busy="true" aria-label="Loading clusters" />}
      {items && items.length === 0 && (
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
              — a name is enough; add directors, VRRP instances and virtual services on its page. Or paste a cluster spec exported from
              another console.
            </li>
            <li>
              <Link href="/clusters/import">Import your keepalived.conf files</Link>, one per director.
            </li>
            <li>
              Start the lab of real directors: <code>npm run lab -- up --register http://localhost:3001 --token lvs_…</code> (root; an admin
              API token).
            </li>
          </ol>
          <p className="small">From CI, script it with an API token (see the README).</p>
        </div>
      )}
      {items && items.length > 0 && (
        <>
          <p className="row">
            <Link className="button" href="/clusters/import">
              Import from keepalived.conf
            </Link>
          </p>
          <ClusterOverview clusters={items} />
        </>
      )}
      {canOperate(me) ? (
        <CreateCluster onCreated={() => void qc.invalidateQueries({ queryKey: clusterKeys.list() })} />
      ) : (
        <p className="muted">Your role ({me.user.role}) can read but not create clusters.</p>
      )}
    </>
  );
}
