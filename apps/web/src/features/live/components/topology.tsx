import type { ClusterSpec, RealServerHealth, VirtualService, VrrpLiveState } from '@lvs/domain';
import { healthCounts } from '@lvs/domain/live';
import { type CSSProperties, memo, useMemo } from 'react';
import { HEALTH_MEANING, HEALTHS } from '../live-state';
import { vsKey } from '../keys';
import { HEALTH_CODES } from '../../../workers/live-protocol';
import type { LiveView } from '../socket';

const bare = (cidr: string) => cidr.split('/')[0].toLowerCase();
/** Up to this many real servers in a service are drawn one dot each; more become a stacked bar. */
const MAX_DOTS = 48;

const vrrpClass = (s: VrrpLiveState) => (s === 'MASTER' ? 'ok' : s === 'BACKUP' ? 'muted' : s === 'unknown' ? 'muted' : 'bad');

function HealthBar({ counts, total }: { counts: Record<RealServerHealth, number>; total: number }) {
  return (
    <div
      className="hbar"
      role="img"
      aria-label={HEALTHS.filter((h) => counts[h])
        .map((h) => `${counts[h]} ${h}`)
        .join(', ')}
    >
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
export function Topology({ spec, live }: { spec: ClusterSpec; live: LiveView | null }) {
  const state = live?.topology ?? null;
  const vips = spec.vrrpInstances.flatMap((i) => i.vips.map((v) => ({ instance: i.name, address: bare(v.address) })));
  return (
    <div className="topo" data-testid="topology">
      <div className="topo-col">
        <h3 aria-hidden="true">&nbsp;</h3>
        <div className="topo-box muted">Clients</div>
      </div>
      <div className="topo-arrow" aria-hidden="true">
        →
      </div>
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
                  <span className="bad" data-testid={`vip-owner-${v.address}`}>
                    held by no director
                  </span>
                )}
              </div>
            </div>
          );
        })}
      </div>
      <div className="topo-arrow" aria-hidden="true">
        →
      </div>
      <div className="topo-col" aria-label="Directors">
        <h3>Directors</h3>
        {spec.directors.length === 0 && <p className="muted">none</p>}
        {spec.directors.map((d) => {
          const live = state?.directors[d.name];
          const held = vips.filter((v) => state?.vips[v.address]?.owner === d.name).map((v) => v.address);
          return (
            <div
              key={d.name}
              className={`topo-box ${!live ? '' : live.reachable ? 'ok-edge' : 'bad-edge'}`}
              data-testid={`topo-director-${d.name}`}
            >
              <strong>{d.name}</strong>{' '}
              {live && <span className={`badge ${live.reachable ? 'ok' : 'bad'}`}>{live.reachable ? 'reachable' : 'unreachable'}</span>}
              <div className="small">
                {spec.vrrpInstances
                  .filter((i) => i.members.some((m) => m.director === d.name))
                  .map((i) => {
                    const s: VrrpLiveState = state?.instances[i.name]?.states[d.name] ?? 'unknown';
                    return (
                      <span
                        key={i.name}
                        className={`badge ${vrrpClass(s)}`}
                        title={`${i.name}: ${s}`}
                        data-testid={`vrrp-${i.name}-${d.name}`}
                      >
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
      <div className="topo-arrow" aria-hidden="true">
        →
      </div>
      <div className="topo-col topo-services" aria-label="Virtual services and real servers">
        <h3>Virtual services → real servers</h3>
        {spec.virtualServices.length === 0 && <p className="muted">none</p>}
        <TopoServices spec={spec} health={live?.health} healthVersion={live?.healthVersion ?? 0} />
      </div>
    </div>
  );
}

/**
 * The services column: one box per virtual service with its real servers' health. Drawn again only
 * when some health changed (`healthVersion`), and then only the services whose health did: a tick
 * that changes counters alone (every tick of a busy cluster) leaves its 5,000 dots alone. `health`
 * is every real server's health code in spec order (services, then their real servers), from the
 * live worker.
 */
const TopoServices = memo(function TopoServices({
  spec,
  health,
}: {
  spec: ClusterSpec;
  health: Uint8Array | undefined;
  healthVersion: number;
}) {
  // Where each service's rows start in `health`: depends on the spec only.
  const services = useMemo(() => {
    let at = 0;
    return spec.virtualServices.map((vs) => {
      const from = at;
      at += vs.realServers.length;
      return { service: vsKey(vs), from, to: at };
    });
  }, [spec]);
  const word = (i: number) => (health && i < health.length ? HEALTH_CODES[health[i]] : 'unknown');
  return (
    <>
      {services.map(({ service, from, to }, i) => (
        <TopoService
          key={service}
          vs={spec.virtualServices[i]}
          service={service}
          health={Array.from({ length: to - from }, (_, j) => word(from + j)).join(' ')}
        />
      ))}
    </>
  );
});

const SERVICE_STYLE: CSSProperties = { contentVisibility: 'auto', containIntrinsicSize: 'auto 44px' };

/** One virtual service; `health` is its real servers' health words, space-separated (a value: memo compares it). */
const TopoService = memo(function TopoService({ vs, service, health }: { vs: VirtualService; service: string; health: string }) {
  const states = (health ? health.split(' ') : []) as RealServerHealth[];
  const counts = healthCounts(states.map((state) => ({ state })));
  return (
    // content-visibility: the browser skips the layout and paint of the services out of view. Without
    // it, every tick's repaint elsewhere on the page walked all 5,000 dots (~10 ms of pre-paint a tick
    // in the frame-time bench), though none of them changed.
    <div className="topo-service" style={SERVICE_STYLE}>
      <div className="topo-box">
        <code>{service}</code>
        <div className="small muted">
          {vs.scheduler}, {vs.forwarding}
        </div>
      </div>
      <span aria-hidden="true" className="muted">
        →
      </span>
      <div className="topo-rs">
        {states.length === 0 ? (
          <span className="muted small">no real servers</span>
        ) : states.length <= MAX_DOTS ? (
          <div className="dots">
            {vs.realServers.map((rs, i) => (
              <span
                key={rs.address + ':' + rs.port}
                className={`dot h-${states[i]}`}
                title={`${rs.address}:${rs.port ?? ''} ${states[i]}: ${HEALTH_MEANING[states[i]]}`}
              />
            ))}
          </div>
        ) : (
          <HealthBar counts={counts} total={states.length} />
        )}
        <div className="small muted">
          {HEALTHS.filter((h) => counts[h])
            .map((h) => `${counts[h]} ${h}`)
            .join(' · ')}
        </div>
      </div>
    </div>
  );
});
