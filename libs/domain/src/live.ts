/**
 * The typed socket.io event map of the `/live` namespace, shared by the API gateway and the web
 * client. Clients join a cluster room; events carry deltas, not snapshots (except `snapshot`).
 */

export type DeploymentStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'rolled_back' | 'interrupted';
export type TargetStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'rolled_back' | 'skipped';

export interface DeploymentStepEvent {
  clusterId: string;
  deploymentId: string;
  director: string;
  step: string;
  status: 'ok' | 'failed' | 'skipped';
  ms: number;
  output?: string;
  /** 'interim': a step of the first of a two-stage deployment. */
  stage?: 'interim';
}

export interface DeploymentStatusEvent {
  clusterId: string;
  deploymentId: string;
  status: DeploymentStatus;
  director?: string;
  targetStatus?: TargetStatus;
  error?: string;
}

export interface ClusterFlagEvent {
  clusterId: string;
  drift: boolean;
  detail?: string;
}

/** Health of a real server as the directors see it, joined with what the topology wants. */
export type RealServerHealth = 'up' | 'down' | 'drained' | 'disabled' | 'missing' | 'unknown';
export type VrrpLiveState = 'MASTER' | 'BACKUP' | 'FAULT' | 'STOPPED' | 'unknown';

export interface DirectorLive {
  reachable: boolean;
  /** Why it is not reachable, or not fully observed. */
  reason?: string;
  keepalived: 'running' | 'stopped' | 'unknown';
  ipvs: 'available' | 'unavailable' | 'unknown';
  /** Why the IPVS table cannot be read there (e.g. a kernel without IPVS). */
  ipvsReason?: string;
  /** Last successful probe (ISO time). */
  lastSeen?: string;
  /** When reachable/keepalived/ipvs last changed. */
  since: string;
}

export interface VipLive {
  /** The one director holding it; null when none does or several do (then `owners` lists them). */
  owner: string | null;
  owners: string[];
  since: string;
}

export interface InstanceLive {
  master: string | null;
  states: Record<string, VrrpLiveState>;
  since: string;
}

export interface RealServerLive {
  /** virtualServiceKey, e.g. 10.0.0.1:80/TCP. */
  service: string;
  /** realServerKey, e.g. 10.0.0.11:80. */
  realServer: string;
  state: RealServerHealth;
  /** The director whose IPVS table this comes from (the VIP's owner when it can). */
  observedOn?: string;
  weight?: number;
  activeConns?: number;
  inactiveConns?: number;
  conns?: number;
  inPkts?: number;
  outPkts?: number;
  inBytes?: number;
  outBytes?: number;
  cps?: number;
  inPps?: number;
  outPps?: number;
  inBps?: number;
  outBps?: number;
  /** When `state` last changed. */
  since: string;
}

/** Observed state of one cluster: directors, VIP owners, VRRP instances, real servers (key `service>realServer`). */
export interface ClusterLiveState {
  clusterId: string;
  at: string;
  tickMs: number;
  directors: Record<string, DirectorLive>;
  vips: Record<string, VipLive>;
  instances: Record<string, InstanceLive>;
  realServers: Record<string, RealServerLive>;
}

export type LiveSection = 'directors' | 'vips' | 'instances' | 'realServers';

/** Changed fields only, per section and key; `null` removes the key. Apply by shallow merge per key. */
export type ClusterLiveChanges = Partial<Record<LiveSection, Record<string, Record<string, unknown> | null>>>;

export const LIVE_SECTIONS: readonly LiveSection[] = ['directors', 'vips', 'instances', 'realServers'];

export interface ApplyLiveOptions {
  /**
   * A field set to `null` in a delta means "none any more" (e.g. a cleared `reason`). `keep` leaves
   * it as `null` (the wire's own view: the API and its tests); `delete` removes it, so the typed
   * optional fields stay `undefined` (the web).
   */
  nullFields?: 'keep' | 'delete';
  /**
   * Mutate `state`, its section maps and their entries instead of copying them, and return `state`
   * itself: a client holding thousands of real servers then does not copy them on every tick (it
   * must not rely on object identity to see changes; see `liveChangesTouch`).
   */
  inPlace?: boolean;
}

/**
 * Applies a `state.delta` to a state (what every client of `/live` does): per section and key,
 * `null` removes the key, an object is shallow-merged into it. Copies by default.
 */
export function applyLiveChanges(state: ClusterLiveState, changes: ClusterLiveChanges, at: string, opts: ApplyLiveOptions = {}): ClusterLiveState {
  const dropNulls = opts.nullFields === 'delete';
  const next = opts.inPlace ? state : { ...state };
  next.at = at;
  for (const section of LIVE_SECTIONS) {
    const c = changes[section];
    if (!c) continue;
    const from = state[section] as unknown as Record<string, Record<string, unknown>>;
    const map = opts.inPlace ? from : { ...from };
    for (const key in c) {
      const v = c[key];
      if (v === null) {
        delete map[key];
        continue;
      }
      const cur = map[key];
      const merged = opts.inPlace && cur ? Object.assign(cur, v) : { ...cur, ...v };
      if (dropNulls) for (const f in v) if (v[f] === null) delete merged[f];
      map[key] = merged;
    }
    (next as unknown as Record<LiveSection, unknown>)[section] = map;
  }
  return next;
}

/**
 * What a delta touches, for a client that keeps derived data (health counts, filters, pictures):
 * `health` when a real server's `state` changed or real servers came or went; `topology` when a
 * director, VIP or VRRP instance changed. Read it before applying the delta (it compares with the
 * state's keys).
 */
export function liveChangesTouch(state: ClusterLiveState, changes: ClusterLiveChanges): { health: boolean; topology: boolean } {
  let health = false;
  const rs = changes.realServers;
  if (rs)
    for (const key in rs) {
      const v = rs[key];
      if (v === null || !(key in state.realServers) || 'state' in v) {
        health = true;
        break;
      }
    }
  return { health, topology: !!(changes.directors || changes.vips || changes.instances) };
}

/** Real servers per health. */
export function healthCounts(rows: Iterable<Pick<RealServerLive, 'state'>>): Record<RealServerHealth, number> {
  const out: Record<RealServerHealth, number> = { up: 0, down: 0, drained: 0, disabled: 0, missing: 0, unknown: 0 };
  for (const r of rows) out[r.state] += 1;
  return out;
}

/**
 * One cluster at a glance (the clusters overview): what the overview shows, computed once per tick
 * by the replica polling the cluster and sent on the cluster's summary room only when it changed,
 * instead of every real server's delta.
 */
export interface ClusterLiveSummary {
  clusterId: string;
  /** The state it was computed from. */
  at: string;
  directors: { reachable: number; total: number };
  /** Per VIP address: its owner, or null and who holds it (none, or several: split brain). */
  vips: Record<string, { owner: string | null; owners: string[] }>;
  realServers: Record<RealServerHealth, number>;
  /** The last drift check (null: never checked). */
  drift: { drifted: boolean; directors: string[]; checkedAt: string } | null;
  lastDeployment: { revision: number; status: DeploymentStatus; createdAt: string } | null;
  /**
   * false: the API's telemetry is off (TELEMETRY_TICK_MS=0), so nothing was observed — directors,
   * VIPs and real servers are empty; drift and the last deployment come from the database.
   */
  live?: false;
}

/** Server → client. */
export interface LiveServerEvents {
  'deployment.step': (e: DeploymentStepEvent) => void;
  'deployment.status': (e: DeploymentStatusEvent) => void;
  'cluster.drift': (e: ClusterFlagEvent) => void;
  /** Telemetry: one full state on join, then `state.delta` with changed fields only. */
  'state.snapshot': (e: { clusterId: string; at: string; state: ClusterLiveState }) => void;
  'state.delta': (e: { clusterId: string; at: string; changes: ClusterLiveChanges }) => void;
  /** To a cluster's summary room: the summary on joining it, then whenever it changes. */
  'cluster.summary': (e: ClusterLiveSummary) => void;
  error: (e: { message: string }) => void;
}

/** Client → server. */
export interface LiveClientEvents {
  join: (clusterId: string, ack: (r: { ok: true } | { ok: false; error: string }) => void) => void;
  leave: (clusterId: string) => void;
  /** The summary room of a cluster (the overview): `cluster.summary` only, no per-real-server deltas. */
  joinSummary: (clusterId: string, ack: (r: { ok: true } | { ok: false; error: string }) => void) => void;
  leaveSummary: (clusterId: string) => void;
}

export const LIVE_NAMESPACE = '/live';
export const clusterRoom = (clusterId: string) => `cluster:${clusterId}`;
export const summaryRoom = (clusterId: string) => `summary:${clusterId}`;
