'use client';
import type { ClusterLiveState } from '@lvs/domain';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { api } from '../../lib/api';
import { ago } from '../../lib/format';
import { healthCounts } from '../live/live-state';
import { useClustersLive, useLiveSocket } from '../live/socket';

export interface ClusterSummary {
  id: string;
  name: string;
  description: string;
  mode: string;
  version: number;
  counts: { directors: number; vrrpInstances: number; virtualServices: number; realServers: number };
  updatedAt: string;
}

interface LastDeployment {
  revision: number;
  status: string;
  createdAt: string;
}

const deploymentClass = (s: string) => (s === 'succeeded' ? 'ok' : s === 'running' || s === 'pending' ? 'warn' : 'bad');

function Health({ s, c }: { s: ClusterLiveState | undefined; c: ClusterSummary }) {
  if (!s) return <td colSpan={3} className="muted">{c.counts.directors === 0 ? 'no directors to observe' : 'not probed yet'}</td>;
  const dirs = Object.values(s.directors);
  const reachable = dirs.filter((d) => d.reachable).length;
  const rs = healthCounts(Object.values(s.realServers));
  const vips = Object.entries(s.vips);
  return (
    <>
      <td>
        {dirs.length === 0 ? <span className="muted">no directors</span> : <span className={`badge ${reachable === dirs.length ? 'ok' : reachable === 0 ? 'bad' : 'warn'}`}>
          {reachable}/{dirs.length}
        </span>}
      </td>
      <td>
        {vips.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="vip-list">
            {vips.map(([vip, v]) => (
              <li key={vip}>
                <code>{vip}</code> → {v.owner ? <strong>{v.owner}</strong> : <span className="bad">{v.owners.length > 1 ? `${v.owners.join(' + ')} (split)` : 'nobody'}</span>}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {Object.keys(s.realServers).length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <span>
            <span className="ok">{rs.up} up</span> · <span className={rs.down ? 'bad' : 'muted'}>{rs.down} down</span> · <span className={rs.drained ? 'warn' : 'muted'}>{rs.drained} drained</span>
            {(['disabled', 'missing', 'unknown'] as const)
              .filter((h) => rs[h] > 0)
              .map((h) => (
                <span key={h} className="muted">
                  {' '}
                  · {rs[h]} {h}
                </span>
              ))}
          </span>
        )}
      </td>
    </>
  );
}

/**
 * Every cluster's health at a glance. The observed state comes over `/live` (one socket, one room
 * per cluster) rather than `GET /clusters/:id/state` per cluster: the same document, kept current,
 * and without the 503 that endpoint answers for a cluster not probed yet (a fresh one, for a tick).
 */
export function ClusterOverview({ clusters }: { clusters: ClusterSummary[] }) {
  const socket = useLiveSocket(true);
  const states = useClustersLive(
    socket,
    clusters.map((c) => c.id),
  );
  const [drift, setDrift] = useState<Record<string, string | false>>({});
  const [deployments, setDeployments] = useState<Record<string, LastDeployment | null>>({});
  useEffect(() => {
    if (!socket) return;
    const onDrift = (e: { clusterId: string; drift: boolean; detail?: string }) => setDrift((m) => ({ ...m, [e.clusterId]: e.drift ? (e.detail ?? 'drifted') : false }));
    socket.on('cluster.drift', onDrift);
    return () => {
      socket.off('cluster.drift', onDrift);
    };
  }, [socket]);
  useEffect(() => {
    let stop = false;
    void Promise.all(
      clusters.map(async (c) => {
        try {
          const d = (await api<{ items: LastDeployment[] }>('GET', `/clusters/${c.id}/deployments?limit=1`)).data.items[0] ?? null;
          if (!stop) setDeployments((m) => ({ ...m, [c.id]: d }));
        } catch {
          /* the column stays empty; the cluster page says more */
        }
      }),
    );
    return () => {
      stop = true;
    };
  }, [clusters]);

  return (
    <div className="panel" style={{ overflowX: 'auto' }}>
      <table data-testid="cluster-overview">
        <thead>
          <tr>
            <th scope="col">Cluster</th>
            <th scope="col">Directors reachable</th>
            <th scope="col">VIP owners</th>
            <th scope="col">Real servers</th>
            <th scope="col">Drift</th>
            <th scope="col">Last deployment</th>
            <th scope="col">Topology</th>
          </tr>
        </thead>
        <tbody>
          {clusters.map((c) => {
            const d = deployments[c.id];
            const dr = drift[c.id];
            return (
              <tr key={c.id} data-testid={`cluster-${c.name}`}>
                <td>
                  <Link href={`/clusters/${c.id}`}>{c.name}</Link>
                  {c.description && <div className="muted small">{c.description}</div>}
                </td>
                <Health s={states[c.id]} c={c} />
                <td>{dr ? <span className="badge bad" title={dr}>drift: {dr}</span> : dr === false ? <span className="badge ok">in sync</span> : <span className="muted">—</span>}</td>
                <td>
                  {d === undefined ? (
                    <span className="muted">…</span>
                  ) : d === null ? (
                    <span className="muted">never</span>
                  ) : (
                    <>
                      #{d.revision} <span className={`badge ${deploymentClass(d.status)}`}>{d.status}</span> <span className="muted small">{ago(d.createdAt)}</span>
                    </>
                  )}
                </td>
                <td className="small">
                  {c.counts.directors} directors, {c.counts.vrrpInstances} VRRP, {c.counts.virtualServices} services, {c.counts.realServers} real servers <span className="muted">(v{c.version}, {c.mode})</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
