import type { ClusterLiveState, ClusterSpec } from '@lvs/domain';
import { ago } from '../../../lib/format';

/** One card per director: reachability with the reason, keepalived, and whether the kernel has IPVS. */
export function DirectorCards({ spec, state }: { spec: ClusterSpec; state: Pick<ClusterLiveState, 'directors'> | null }) {
  if (spec.directors.length === 0) return null;
  return (
    <div className="cards">
      {spec.directors.map((d) => {
        const live = state?.directors[d.name];
        return (
          <article key={d.name} className="card" aria-labelledby={`dir-${d.name}`} data-testid={`director-${d.name}`}>
            <h3 id={`dir-${d.name}`}>
              {d.name} <code className="muted small">{d.address}</code>
            </h3>
            {!live ? (
              <p className="muted">Not observed yet.</p>
            ) : (
              <ul className="facts">
                <li>
                  {live.reachable ? <span className="badge ok">reachable</span> : <span className="badge bad">unreachable</span>}
                  {!live.reachable && live.reason && <span className="bad"> {live.reason}</span>}
                  {live.reachable && live.reason && <span className="muted"> {live.reason}</span>}
                </li>
                <li>
                  keepalived{' '}
                  <span className={`badge ${live.keepalived === 'running' ? 'ok' : live.keepalived === 'stopped' ? 'bad' : 'muted'}`}>
                    {live.keepalived}
                  </span>
                </li>
                <li>
                  {live.ipvs === 'available' ? (
                    <>
                      IPVS <span className="badge ok">available</span>
                    </>
                  ) : live.ipvs === 'unavailable' ? (
                    <span className="warn">IPVS unavailable: {live.ipvsReason ?? 'no reason given'}</span>
                  ) : (
                    <>
                      IPVS <span className="badge muted">unknown</span>
                    </>
                  )}
                </li>
                <li className="muted small">
                  last seen {ago(live.lastSeen)} · state since {new Date(live.since).toLocaleTimeString()}
                </li>
              </ul>
            )}
          </article>
        );
      })}
    </div>
  );
}
