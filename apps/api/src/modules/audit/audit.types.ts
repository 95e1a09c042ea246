export type AuditOutcome = 'success' | 'failure' | 'denied';

/** What a service records; actor, IP, user agent and request id come from the request context. */
export interface AuditRecord {
  /** Dotted verb: `cluster.create`, `auth.login_failed`, `deployment.start`. */
  action: string;
  targetType?: string;
  targetId?: string;
  /** Snapshots; secrets are redacted before storing. */
  before?: unknown;
  after?: unknown;
  outcome?: AuditOutcome;
  detail?: string;
}
