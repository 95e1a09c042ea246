import {
  type ClusterLiveChanges,
  type ClusterLiveState,
  type ClusterLiveSummary,
  type ClusterSpec,
  diffLiveSection,
  type DirectorLive,
  healthCounts,
  type InstanceLive,
  LIVE_SECTIONS,
  type RealServerHealth,
  type RealServerLive,
  realServerKey,
  type VipLive,
  virtualServiceKey,
  type VrrpLiveState,
} from '@lvs/domain';
import type { DirectorObservation } from './probe';

/** The last probe of a director: its observation, or why there is none. */
export type DirectorResult = { ok: true; obs: DirectorObservation } | { ok: false; reason: string; at: number };

/** A VRRP state keepalived reported through its notify FIFO (exact, unlike the VIP-derived one). */
export interface NotifiedState {
  state: string;
  at: number;
}

const bare = (cidr: string) => cidr.split('/')[0].toLowerCase();

/**
 * Joins the desired topology with what the directors report. Pure: the previous state only
 * carries the `since` times of what did not change.
 */
export function buildLiveState(
  clusterId: string,
  spec: ClusterSpec,
  results: ReadonlyMap<string, DirectorResult>,
  opts: {
    now: number;
    tickMs: number;
    previous?: ClusterLiveState;
    /** VRRP states from each director's notify FIFO: director → instance → state. */
    notified?: ReadonlyMap<string, ReadonlyMap<string, NotifiedState>>;
    /** Real servers keepalived's checkers reported UP/DOWN: director → `service>seen real server` → up. */
    checkers?: ReadonlyMap<string, ReadonlyMap<string, { up: boolean; at: number }>>;
  },
): ClusterLiveState {
  const nowIso = new Date(opts.now).toISOString();
  const prev = opts.previous;
  const observed = new Map<string, DirectorObservation>();
  for (const [name, r] of results) if (r.ok) observed.set(name, r.obs);

  const directors: Record<string, DirectorLive> = {};
  for (const d of spec.directors) {
    const r = results.get(d.name);
    const p = prev?.directors[d.name];
    let cur: Omit<DirectorLive, 'since'>;
    if (!r) cur = { reachable: false, reason: 'not polled yet', keepalived: 'unknown', ipvs: 'unknown' };
    else if (!r.ok)
      cur = { reachable: false, reason: r.reason, keepalived: 'unknown', ipvs: 'unknown', ...(p?.lastSeen && { lastSeen: p.lastSeen }) };
    else
      cur = {
        reachable: true,
        keepalived: r.obs.keepalived.running ? 'running' : 'stopped',
        ipvs: r.obs.ipvs.available ? 'available' : 'unavailable',
        ...(!r.obs.ipvs.available && { ipvsReason: r.obs.ipvs.reason }),
        lastSeen: new Date(r.obs.at).toISOString(),
      };
    const same = p && p.reachable === cur.reachable && p.keepalived === cur.keepalived && p.ipvs === cur.ipvs;
    directors[d.name] = { ...cur, since: same ? p.since : nowIso };
  }

  const vips: Record<string, VipLive> = {};
  // keepalived's own announcement, when newer than the director's last probe.
  const fresh = (director: string, instance: string) => {
    const told = opts.notified?.get(director)?.get(instance);
    const obs = observed.get(director);
    return told && obs && told.at > obs.at ? told : undefined;
  };
  /**
   * Who holds a VIP: what the probes saw, except that a MASTER announced on a notify FIFO after
   * them takes the VIP at once (keepalived adds it on that transition), and supersedes older
   * probes of the other members (which would otherwise show a split brain until their next tick).
   */
  const holders = (address: string, instance: string) => {
    const announced = spec.directors.filter((d) => fresh(d.name, instance)?.state === 'MASTER');
    const newest = Math.max(0, ...announced.map((d) => fresh(d.name, instance)!.at));
    return spec.directors
      .filter((d) => {
        const f = fresh(d.name, instance);
        if (f) return f.state === 'MASTER';
        const obs = observed.get(d.name);
        return !!obs?.addresses.has(address) && obs.at >= newest;
      })
      .map((d) => d.name);
  };
  for (const inst of spec.vrrpInstances) {
    for (const v of inst.vips) {
      const a = bare(v.address);
      const owners = holders(a, inst.name);
      const owner = owners.length === 1 ? owners[0] : null;
      const p = prev?.vips[a];
      const same = p && p.owner === owner && p.owners.join() === owners.join();
      vips[a] = { owner, owners, since: same ? p.since : nowIso };
    }
  }

  const instances: Record<string, InstanceLive> = {};
  for (const inst of spec.vrrpInstances) {
    const states: Record<string, VrrpLiveState> = {};
    for (const m of inst.members) {
      const obs = observed.get(m.director);
      const told = opts.notified?.get(m.director)?.get(inst.name);
      const holds = !!obs && inst.vips.length > 0 && inst.vips.every((v) => vips[bare(v.address)]?.owners.includes(m.director));
      const knownState = told && (told.state === 'MASTER' || told.state === 'BACKUP' || told.state === 'FAULT');
      if (!obs) states[m.director] = 'unknown';
      // keepalived's own word wins when it is newer than the last probe (sub-tick), or says FAULT (which VIPs cannot show).
      else if (knownState && told.at > obs.at) states[m.director] = told.state as VrrpLiveState;
      else if (!obs.keepalived.running) states[m.director] = 'STOPPED';
      else if (knownState && told.state === 'FAULT' && !holds) states[m.director] = 'FAULT';
      else states[m.director] = holds ? 'MASTER' : 'BACKUP';
    }
    const masters = Object.keys(states).filter((d) => states[d] === 'MASTER');
    const master = masters.length === 1 ? masters[0] : null;
    const p = prev?.instances[inst.name];
    const same = p && p.master === master && JSON.stringify(p.states) === JSON.stringify(states);
    instances[inst.name] = { master, states, since: same ? p.since : nowIso };
  }

  const realServers: Record<string, RealServerLive> = {};
  for (const vs of spec.virtualServices) {
    const service = virtualServiceKey(vs);
    const on = observerFor(spec, vs.vip, vips, observed);
    const obs = on ? observed.get(on) : undefined;
    const table = obs?.ipvs.available ? obs.ipvs : undefined;
    const svc = table?.services.find((s) => s.key === service);
    for (const rs of vs.realServers) {
      // ipvsadm shows a port-less DR real server on the service's port (0 for fwmark services).
      const seenKey = realServerKey({ address: rs.address, port: rs.port ?? vs.port ?? 0 });
      const key = `${service}>${realServerKey(rs)}`;
      const row = svc?.realServers.find((r) => r.key === seenKey);
      let state: RealServerHealth;
      if (rs.adminState === 'disabled') state = 'disabled';
      else if (!table) state = 'unknown';
      else if (!svc) state = 'missing';
      else if (rs.adminState === 'drained') state = 'drained';
      else {
        state = row && row.weight > 0 ? 'up' : 'down';
        // A checker's verdict newer than the table read is news the next probe will confirm.
        const told = on ? opts.checkers?.get(on)?.get(`${service}>${seenKey}`) : undefined;
        if (told && obs && told.at > obs.at) state = told.up ? 'up' : 'down';
      }
      const numbers: Partial<RealServerLive> = {};
      if (row && table) {
        const stats = table.stats.realServers.get(`${service}>${seenKey}`);
        const rates = table.rates.realServers.get(`${service}>${seenKey}`);
        Object.assign(numbers, { weight: row.weight, activeConns: row.activeConn, inactiveConns: row.inactConn }, stats, rates);
      }
      const p = prev?.realServers[key];
      realServers[key] = {
        service,
        realServer: realServerKey(rs),
        state,
        ...(on && table && { observedOn: on }),
        ...numbers,
        since: p && p.state === state ? p.since : nowIso,
      };
    }
  }

  return { clusterId, at: nowIso, tickMs: opts.tickMs, directors, vips, instances, realServers };
}

/** Whose IPVS table speaks for a service: the director holding its VIP, else any director with IPVS. */
function observerFor(
  spec: ClusterSpec,
  vip: string | undefined,
  vips: Record<string, VipLive>,
  observed: Map<string, DirectorObservation>,
): string | undefined {
  const owner = vip ? vips[vip.toLowerCase()]?.owner : null;
  if (owner && observed.get(owner)?.ipvs.available) return owner;
  return (
    spec.directors.map((d) => d.name).find((n) => observed.get(n)?.ipvs.available) ??
    spec.directors.map((d) => d.name).find((n) => observed.has(n))
  );
}

/**
 * Changed fields only (and removed keys as null), every field in its row; undefined when nothing
 * changed. What `/live` sends is `encodeLiveDelta` (numbers as columns); this is its readable twin.
 */
export function diffLiveState(prev: ClusterLiveState | undefined, next: ClusterLiveState): ClusterLiveChanges | undefined {
  const out: ClusterLiveChanges = {};
  let any = false;
  for (const section of LIVE_SECTIONS) {
    const c = diffLiveSection(
      (prev?.[section] ?? {}) as unknown as Record<string, Record<string, unknown>>,
      next[section] as unknown as Record<string, Record<string, unknown>>,
    );
    if (c) {
      out[section] = c;
      any = true;
    }
  }
  return any ? out : undefined;
}

/** Drift and the last deployment, from the database: the part of a summary the directors do not report. */
export type DeployFacts = Pick<ClusterLiveSummary, 'drift' | 'lastDeployment'>;

/** What the clusters overview shows of a cluster (see ClusterLiveSummary). */
export function summarizeLiveState(state: ClusterLiveState, facts: DeployFacts): ClusterLiveSummary {
  const directors = Object.values(state.directors);
  const vips: ClusterLiveSummary['vips'] = {};
  for (const [address, v] of Object.entries(state.vips)) vips[address] = { owner: v.owner, owners: v.owners };
  return {
    clusterId: state.clusterId,
    at: state.at,
    directors: { reachable: directors.filter((d) => d.reachable).length, total: directors.length },
    vips,
    realServers: healthCounts(Object.values(state.realServers)),
    drift: facts.drift,
    lastDeployment: facts.lastDeployment,
  };
}

/** Whether two summaries differ in anything but the time they were computed at. */
export function summaryChanged(a: ClusterLiveSummary | undefined, b: ClusterLiveSummary): boolean {
  return !a || JSON.stringify({ ...a, at: '' }) !== JSON.stringify({ ...b, at: '' });
}
