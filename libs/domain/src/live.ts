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

/** Server → client. */
export interface LiveServerEvents {
  'deployment.step': (e: DeploymentStepEvent) => void;
  'deployment.status': (e: DeploymentStatusEvent) => void;
  'cluster.drift': (e: ClusterFlagEvent) => void;
  /** Telemetry: one full state on join, then `state.delta` with changed fields only. */
  'state.snapshot': (e: { clusterId: string; at: string; state: ClusterLiveState }) => void;
  'state.delta': (e: { clusterId: string; at: string; changes: ClusterLiveChanges }) => void;
  error: (e: { message: string }) => void;
}

/** Client → server. */
export interface LiveClientEvents {
  join: (clusterId: string, ack: (r: { ok: true } | { ok: false; error: string }) => void) => void;
  leave: (clusterId: string) => void;
}

export const LIVE_NAMESPACE = '/live';
export const clusterRoom = (clusterId: string) => `cluster:${clusterId}`;
