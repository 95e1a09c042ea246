import type { ClusterSpec, Director } from '@lvs/domain';
import type { SshConnection } from '../../infra/ssh/ssh-connection';
import type { FindingDto } from './fleet.dto';

/**
 * What plans and deployments ask of the fleet checks (lint across clusters, director
 * capabilities). Provided by the global FleetModule; deployments inject it optionally, so the
 * dependency stays one-way (fleet uses deployments' connector and revisions, not the reverse).
 */
export interface FleetGate {
  /**
   * The plan's lint findings for `spec`; reads the capabilities of reachable directors the console
   * has never read (first contact), and refuses (422 fleet.capability_missing) a scheduler or
   * keyword a director cannot run.
   */
  planChecks(clusterId: string, spec: ClusterSpec, reachable: readonly string[]): Promise<FindingDto[]>;
  /** Refuses (422) a deployment of the revision (default: the current topology) that a director cannot run or that lint errors block. */
  assertDeployable(clusterId: string, revision?: number): Promise<void>;
  /** Records a director's capabilities over a connection a deployment opened (in the background; never fails the caller). */
  recordOver(clusterId: string, director: Director, conn: SshConnection): void;
}

export const FLEET_GATE = Symbol('FLEET_GATE');
