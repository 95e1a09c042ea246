import type { ClusterSpec } from '@lvs/domain';
import type { EntityManager } from 'typeorm';

/**
 * What other features (deployments, fleet, runtime, telemetry) need from the cluster aggregate: the
 * current spec of a cluster, and replacing it (a rollback). Implemented by ClustersService and
 * exported by ClustersModule; the features depend on the aggregate, never the other way round.
 */
export interface ClusterSpecPort {
  /** The cluster's current topology, or undefined when there is no such cluster. */
  getSpec(clusterId: string, manager?: EntityManager): Promise<{ spec: ClusterSpec; name: string } | undefined>;
  /** Replaces the topology in the caller's transaction (rollback restores a revision's spec). */
  replaceSpec(clusterId: string, spec: ClusterSpec, manager: EntityManager): Promise<void>;
}

export const CLUSTER_SPEC_PORT = Symbol('CLUSTER_SPEC_PORT');
