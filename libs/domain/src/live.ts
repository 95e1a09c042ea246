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

/** Server → client. */
export interface LiveServerEvents {
  'deployment.step': (e: DeploymentStepEvent) => void;
  'deployment.status': (e: DeploymentStatusEvent) => void;
  'cluster.drift': (e: ClusterFlagEvent) => void;
  /** Telemetry: one full state on join, then `state.delta` with changed fields only. */
  'state.snapshot': (e: { clusterId: string; at: string; state: unknown }) => void;
  'state.delta': (e: { clusterId: string; at: string; changes: unknown }) => void;
  error: (e: { message: string }) => void;
}

/** Client → server. */
export interface LiveClientEvents {
  join: (clusterId: string, ack: (r: { ok: true } | { ok: false; error: string }) => void) => void;
  leave: (clusterId: string) => void;
}

export const LIVE_NAMESPACE = '/live';
export const clusterRoom = (clusterId: string) => `cluster:${clusterId}`;
