import { type ClusterLiveState, type ClusterSpec, realServerKey, virtualServiceKey } from '@lvs/domain';
import { EventKind } from '../events/events.kinds';
import type { NewEvent } from '../events/events.types';

/** States keepalived itself reports; `unknown` (director not observed) is not a transition of the instance. */
const VRRP_KNOWN = new Set(['MASTER', 'BACKUP', 'FAULT', 'STOPPED']);

/**
 * What changed between two consecutive live states of a cluster, as timeline events: VRRP
 * transitions per director and instance (the notify FIFOs bring them within a tick), an instance
 * left without a MASTER, real servers going down or up (keepalived's checkers, lvs_notify_fifo),
 * and services falling below (or back to) their quorum: the summed weight of live real servers
 * (keepalived's rule: quorum defaults to 1). Pure; the first state of a watch yields nothing.
 */
export function liveEvents(clusterId: string, spec: ClusterSpec, prev: ClusterLiveState | undefined, next: ClusterLiveState): NewEvent[] {
  if (!prev) return [];
  const at = new Date(next.at);
  const out: NewEvent[] = [];
  for (const [name, inst] of Object.entries(next.instances)) {
    const before = prev.instances[name];
    if (!before) continue;
    for (const [director, to] of Object.entries(inst.states)) {
      const from = before.states[director];
      if (!from || from === to || !VRRP_KNOWN.has(from) || !VRRP_KNOWN.has(to)) continue;
      out.push({
        clusterId,
        kind: EventKind.VrrpTransition,
        severity: to === 'FAULT' ? 'warning' : 'info',
        subject: name,
        summary: `${director}: ${name} ${from} → ${to}`,
        data: { instance: name, director, from, to },
        at,
      });
    }
    // Lost: it had a MASTER and now none, while some member is observed (all unreachable is the directors' story).
    const observed = Object.values(inst.states).some((s) => VRRP_KNOWN.has(s));
    if (before.master && !inst.master && observed) {
      out.push({
        clusterId,
        kind: EventKind.VrrpMasterLost,
        severity: 'critical',
        subject: name,
        summary: `${name} has no MASTER (was ${before.master})`,
        data: { instance: name, previousMaster: before.master, states: inst.states },
        at,
      });
    }
  }
  // Services whose real servers changed health (or came or went): only their quorum is weighed again.
  const touched = new Set<string>();
  for (const key in next.realServers) {
    const rs = next.realServers[key];
    const from = prev.realServers[key]?.state;
    if (from === rs.state) continue;
    touched.add(rs.service);
    if (!from) continue;
    const down = from === 'up' && rs.state === 'down';
    const up = from === 'down' && rs.state === 'up';
    if (!down && !up) continue;
    out.push({
      clusterId,
      kind: down ? EventKind.RealServerDown : EventKind.RealServerUp,
      severity: down ? 'warning' : 'info',
      subject: key,
      summary: `${rs.realServer} of ${rs.service} is ${rs.state}`,
      data: { service: rs.service, realServer: rs.realServer, from, to: rs.state, ...(rs.observedOn && { observedOn: rs.observedOn }) },
      at,
    });
  }
  for (const key in prev.realServers) if (!(key in next.realServers)) touched.add(prev.realServers[key].service);
  if (touched.size === 0) return out;
  for (const vs of spec.virtualServices) {
    const service = virtualServiceKey(vs);
    if (!touched.has(service)) continue;
    const quorum = vs.quorum ?? 1;
    const weigh = (s: ClusterLiveState) => {
      let weight = 0;
      let known = 0;
      for (const r of vs.realServers) {
        const live = s.realServers[`${service}>${realServerKey(r)}`];
        if (!live || live.state === 'unknown' || live.state === 'missing') continue;
        known += 1;
        if (live.state === 'up') weight += r.weight;
      }
      return known > 0 ? weight : undefined;
    };
    const a = weigh(prev);
    const b = weigh(next);
    if (a === undefined || b === undefined || vs.realServers.length === 0) continue;
    if (a >= quorum && b < quorum)
      out.push({
        clusterId,
        kind: EventKind.ServiceBelowQuorum,
        severity: 'critical',
        subject: service,
        summary: `${service} is below its quorum (${b} of ${quorum})`,
        data: { service, quorum, aliveWeight: b, before: a },
        at,
      });
    else if (a < quorum && b >= quorum)
      out.push({
        clusterId,
        kind: EventKind.ServiceQuorumRestored,
        severity: 'info',
        subject: service,
        summary: `${service} has its quorum again (${b} of ${quorum})`,
        data: { service, quorum, aliveWeight: b, before: a },
        at,
      });
  }
  return out;
}
