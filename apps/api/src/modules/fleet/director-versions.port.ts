/**
 * The keepalived release each director of a cluster runs, as the fleet module recorded it from
 * `keepalived -v` (on first contact, on every deployment, on a refresh). Revisions and plans render
 * each director for its release (docs/fleet-safety.md). Provided by the global FleetModule and
 * injected optionally, so deployments need not import fleet (fleet imports deployments).
 */
export interface DirectorVersions {
  /** Director name → version (`2.2.7`); directors with no recorded version are absent. */
  keepalivedVersions(clusterId: string): Promise<Record<string, string>>;
}

export const DIRECTOR_VERSIONS = Symbol('DIRECTOR_VERSIONS');
