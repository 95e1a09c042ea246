import type { ClusterLiveState, ClusterSpec, RealServerHealth, VrrpLiveState } from '@lvs/domain';
import { healthCounts, HEALTH_MEANING, HEALTHS } from '../live-state';
import { rowKey, vsKey } from '../keys';

const bare = (cidr: string) => cidr.split('/')[0].toLowerCase();
/** Up to this many real servers in a service are drawn one dot each; more become a stacked bar. */
const MAX_DOTS = 48;

const vrrpClass = (s: VrrpLiveState) => (s === 'MASTER' ? 'ok' : s === 'BACKUP' ? 'muted' : s === 'unknown' ? 'muted' : 'bad');

function HealthBar({ counts, total }: { counts: Record<RealServerHealth, number>; total: number }) {
  return (
    <div className="hbar" role="img" aria-label={HEALTHS.filter((h) => counts[h]).map((h) => `${counts[h]} ${h}`).join(', ')}>
      {HEALTHS.filter((h) => counts[h]).map((h) => (
        <span key={h} className={`h-${h}`} style={{ width: `${(counts[h] / total) * 100}%` }} />
      ))}
    </div>
  );
}

/**
 * The cluster as a picture, left to right: clients → VIPs (and who holds each) → directors (VRRP
 * state per instance, reachability) → virtual services → real servers coloured by health.
 */
export function Topology({ spec, state }: { spec: ClusterSpec; state: ClusterLiveState | null }) {
  const vips = spec.vrrpInstances.flatMap((i) => i.vips.map((v) => ({ instance: i.name, address: bare(v.address) })));
  return (
    <div className="topo" data-testid="topology">
      <div className="topo-col">
        <h3 aria-hidden="true">&nbsp;</h3>
        <div className="topo-box muted">Clients</div>
      </div>
      <div className="topo-arrow" aria-hidden="true">→</div>
      <div className="topo-col" aria-label="VIPs">
        <h3>VIPs</h3>
        {vips.length === 0 && <p className="muted">none</p>}
        {vips.map((v) => {
          const live = state?.vips[v.address];
          const owner = live?.owner;
          const split = live && !owner && live.owners.length > 1;
          return (
            <div key={v.address} className={`topo-box ${!state ? '' : owner ? 'ok-edge' : 'bad-edge'}`}>
              <code>{v.address}</code>
              <div className="small">
                {!state ? (
                  <span className="muted">owner unknown</span>
                ) : owner ? (
                  <>
                    on <strong data-testid={`vip-owner-${v.address}`}>{owner}</strong>
                  </>
                ) : split ? (
                  <span className="bad">held by {live.owners.join(' and ')} (split brain)</span>
                ) : (
                  <span className="bad" data-testid={`vip-owner-${v.address}`}>held by no director</span>
                )}
              </div>
            </div>
          );
        })}
      </div>
      <div className="topo-arrow" aria-hidden="true">→</div>
      <div className="topo-col" aria-label="Directors">
        <h3>Directors</h3>
        {spec.directors.length === 0 && <p className="muted">none</p>}
        {spec.directors.map((d) => {
          const live = state?.directors[d.name];
          const held = vips.filter((v) => state?.vips[v.address]?.owner === d.name).map((v) => v.address);
          return (
            <div key={d.name} className={`topo-box ${!live ? '' : live.reachable ? 'ok-edge' : 'bad-edge'}`} data-testid={`topo-director-${d.name}`}>
              <strong>{d.name}</strong>{' '}
              {live && <span className={`badge ${live.reachable ? 'ok' : 'bad'}`}>{live.reachable ? 'reachable' : 'unreachable'}</span>}
              <div className="small">
                {spec.vrrpInstances
                  .filter((i) => i.members.some((m) => m.director === d.name))
                  .map((i) => {
                    const s: VrrpLiveState = state?.instances[i.name]?.states[d.name] ?? 'unknown';
                    return (
                      <span key={i.name} className={`badge ${vrrpClass(s)}`} title={`${i.name}: ${s}`} data-testid={`vrrp-${i.name}-${d.name}`}>
                        {spec.vrrpInstances.length > 1 ? `${i.name} ` : ''}
                        {s}
                      </span>
                    );
                  })}
              </div>
              {held.length > 0 && <div className="small muted">holds {held.join(', ')}</div>}
            </div>
          );
        })}
      </div>
      <div className="topo-arrow" aria-hidden="true">→</div>
      <div className="topo-col topo-services" aria-label="Virtual services and real servers">
        <h3>Virtual services → real servers</h3>
        {spec.virtualServices.length === 0 && <p className="muted">none</p>}
        {spec.virtualServices.map((vs) => {
          const key = vsKey(vs);
          const rows = vs.realServers.map((rs) => ({ rs, state: (state?.realServers[rowKey(vs, rs)]?.state ?? 'unknown') as RealServerHealth }));
          const counts = healthCounts(rows.map((r) => ({ state: r.state })));
          return (
            <div key={key} className="topo-service">
              <div className="topo-box">
                <code>{key}</code>
                <div className="small muted">
                  {vs.scheduler}, {vs.forwarding}
                </div>
              </div>
              <span aria-hidden="true" className="muted">→</span>
              <div className="topo-rs">
                {rows.length === 0 ? (
                  <span className="muted small">no real servers</span>
                ) : rows.length <= MAX_DOTS ? (
                  <div className="dots">
                    {rows.map(({ rs, state: h }) => (
                      <span key={rs.address + ':' + rs.port} className={`dot h-${h}`} title={`${rs.address}:${rs.port ?? ''} ${h}: ${HEALTH_MEANING[h]}`} />
                    ))}
                  </div>
                ) : (
                  <HealthBar counts={counts} total={rows.length} />
                )}
                <div className="small muted">
                  {HEALTHS.filter((h) => counts[h]).map((h) => `${counts[h]} ${h}`).join(' · ')}
                </div>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
