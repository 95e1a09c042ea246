/**
 * Split-brain radar (issue 19, item 1): what the API finds wrong with a VRRP instance from the live
 * state, shared by the API (REST, `/live` event `incidents`) and the web client.
 */

/**
 * - `two_masters`: more than one reachable member says MASTER (a partition, an auth or VRID mismatch).
 * - `no_master`: reachable members run keepalived and none is MASTER (the VIPs answer nowhere).
 * - `vip_on_several`: one of the instance's VIPs is on more than one director while one MASTER is known.
 * - `vip_on_backup`: a VIP is on a director that is not the MASTER.
 * - `vip_missing`: the MASTER does not hold one of the instance's VIPs.
 * - `config_mismatch`: the members' running configs disagree on VRID, advert_int, authentication,
 *   VRRP version or the VIP set (keepalived then fails to see its peers, or drops their adverts).
 */
export type IncidentType = 'two_masters' | 'no_master' | 'vip_on_several' | 'vip_on_backup' | 'vip_missing' | 'config_mismatch';

export const INCIDENT_TYPES: readonly IncidentType[] = [
  'two_masters',
  'no_master',
  'vip_on_several',
  'vip_on_backup',
  'vip_missing',
  'config_mismatch',
];

/** Which director says what (its VRRP state, the VIPs it holds, what its config says), since when. */
export interface IncidentEvidence {
  director: string;
  /** One line: `MASTER`, `holds 10.0.0.10`, `advert_int 2 (others: 1)`. */
  says: string;
  /** When this director's part last changed (ISO), when known. */
  since?: string;
}

export interface Incident {
  /** Stable while the incident is open: the timeline's opened and resolved events carry it. */
  id: string;
  clusterId: string;
  /** The VRRP instance (name in the spec). */
  instance: string;
  type: IncidentType;
  severity: 'critical' | 'warning';
  summary: string;
  /** The directors involved. */
  directors: string[];
  evidence: IncidentEvidence[];
  openedAt: string;
}

/** `/live` event `incidents` (to a cluster's state and summary rooms): the open incidents, whole, whenever they change, and on join. */
export interface ClusterIncidents {
  clusterId: string;
  at: string;
  incidents: Incident[];
}

export const INCIDENTS_EVENT = 'incidents';
