import type { ClusterLiveState, ClusterLiveSummary, ClusterSpec, DeploymentStatus } from '@lvs/domain';
import type { DeployFacts, DirectorResult, NotifiedState } from './live-state';
import { MinuteRollup } from './rollup';
import type { DeployFactsRow } from './telemetry.repository';

/** What this replica holds of one cluster it polls: the topology, each director's last answer, and what it published. */
export interface Watch {
  version: number;
  spec: ClusterSpec;
  results: Map<string, DirectorResult>;
  state?: ClusterLiveState;
  inflight: Set<string>;
  /** From the notify FIFOs: director → instance → VRRP state. */
  notified: Map<string, Map<string, NotifiedState>>;
  /** From the notify FIFOs: director → `service>real server` → checker verdict. */
  checkers: Map<string, Map<string, { up: boolean; at: number }>>;
  /** A publish due soon (checker verdicts: a burst goes out as one delta). */
  publishSoon?: NodeJS.Timeout;
  /** A publish due at once (a VRRP transition), after the lines read together are noted. */
  publishNow?: NodeJS.Immediate;
  rollup: MinuteRollup;
  /** Drift and last deployment, read once a tick. */
  facts: DeployFacts;
  /** The last summary sent to the cluster's summary room. */
  summary?: ClusterLiveSummary;
}

export function newWatch(version: number, spec: ClusterSpec): Watch {
  return {
    version,
    spec,
    results: new Map(),
    inflight: new Set(),
    notified: new Map(),
    checkers: new Map(),
    rollup: new MinuteRollup(),
    facts: { drift: null, lastDeployment: null },
  };
}

/** A cluster's drift flag and last deployment, as the summaries carry them. */
export function factsOf(r: DeployFactsRow): DeployFacts {
  return {
    drift: r.drift_checked_at
      ? {
          drifted: !!r.drift,
          directors: (r.drift_detail ?? []).filter((d) => d.drifted === true && d.name).map((d) => d.name!),
          checkedAt: new Date(r.drift_checked_at).toISOString(),
        }
      : null,
    lastDeployment:
      r.revision !== null && r.status && r.created_at
        ? { revision: r.revision, status: r.status as DeploymentStatus, createdAt: new Date(r.created_at).toISOString() }
        : null,
  };
}
