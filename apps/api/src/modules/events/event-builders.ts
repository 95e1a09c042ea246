import type { FleetFinding } from '@lvs/domain';
import { EventKind } from './events.kinds';
import type { NewEvent } from './events.types';

/**
 * The events other modules emit, built here so each hook in their code stays a one-line call and
 * every kind's `data` has one shape (docs/timeline.md).
 */

const LIST_MAX = 50;
const cut = (xs: readonly string[]) => (xs.length > LIST_MAX ? [...xs.slice(0, LIST_MAX), `… ${xs.length - LIST_MAX} more`] : [...xs]);

/** A deployment ended (succeeded or failed as a whole). */
export function deploymentFinished(
  clusterId: string,
  d: { deploymentId: string; revision: number; status: 'succeeded' | 'failed'; error?: string | null },
): NewEvent {
  const ok = d.status === 'succeeded';
  return {
    clusterId,
    kind: ok ? EventKind.DeploymentSucceeded : EventKind.DeploymentFailed,
    severity: ok ? 'info' : 'critical',
    subject: d.deploymentId,
    summary: ok ? `revision ${d.revision} deployed` : `deployment of revision ${d.revision} failed${d.error ? `: ${d.error}` : ''}`,
    data: { deploymentId: d.deploymentId, revision: d.revision, status: d.status, error: d.error ?? null },
  };
}

/** One director's push failed and its previous config was put back. */
export function deploymentRolledBack(clusterId: string, d: { deploymentId: string; director: string; error: string | null }): NewEvent {
  return {
    clusterId,
    kind: EventKind.DeploymentRolledBack,
    severity: 'warning',
    subject: d.deploymentId,
    summary: `${d.director}: the push failed and the previous config was restored${d.error ? ` (${d.error})` : ''}`,
    data: { deploymentId: d.deploymentId, director: d.director, error: d.error },
  };
}

/** A drift scan found directors whose live config file or IPVS table differs from the deployed revision. */
export function driftFound(
  clusterId: string,
  directors: readonly { name: string; drifted: boolean | null; fileDrifted?: boolean | null; tableDrifted?: boolean | null }[],
  revision: number | null,
): NewEvent {
  const drifted = directors.filter((d) => d.drifted === true);
  return {
    clusterId,
    kind: EventKind.DriftFound,
    severity: 'warning',
    subject: 'drift',
    summary: `drift on ${drifted.map((d) => `${d.name} (${[d.fileDrifted && 'file', d.tableDrifted && 'IPVS table'].filter(Boolean).join(' and ') || 'config'})`).join(', ')}`,
    data: { revision, directors: drifted.map((d) => ({ name: d.name, file: d.fileDrifted ?? null, ipvsTable: d.tableDrifted ?? null })) },
  };
}

/** A topology write committed (create, resource edit, PUT spec, import, rollback). */
export function topologyChanged(
  clusterId: string,
  w: {
    action: string;
    targetType?: string | null;
    targetId?: string | null;
    version: number;
    report: { created: readonly string[]; changed: readonly string[]; deleted: readonly string[] };
  },
): NewEvent {
  const n = w.report.created.length + w.report.changed.length + w.report.deleted.length;
  return {
    clusterId,
    kind: EventKind.TopologyChanged,
    severity: 'info',
    subject: w.targetType && w.targetId ? `${w.targetType}:${w.targetId}` : 'cluster',
    summary: `${w.action}: ${n} object(s) changed (version ${w.version})`,
    data: {
      action: w.action,
      targetType: w.targetType ?? null,
      targetId: w.targetId ?? null,
      version: w.version,
      created: cut(w.report.created),
      changed: cut(w.report.changed),
      deleted: cut(w.report.deleted),
    },
  };
}

/** The radar opened an incident (two MASTERs, no MASTER, a VIP where it must not be, members' configs differ). */
export function splitBrainOpened(i: {
  id: string;
  clusterId: string;
  instance: string;
  type: string;
  severity: 'critical' | 'warning';
  summary: string;
  directors: string[];
  evidence: unknown[];
  openedAt: string;
}): NewEvent {
  return {
    clusterId: i.clusterId,
    kind: EventKind.SplitBrainOpened,
    severity: i.severity,
    subject: i.instance,
    summary: i.summary,
    data: {
      incidentId: i.id,
      instance: i.instance,
      type: i.type,
      severity: i.severity,
      directors: i.directors,
      evidence: i.evidence,
      openedAt: i.openedAt,
    },
    at: new Date(i.openedAt),
  };
}

/** The radar's incident is over. */
export function splitBrainResolved(i: {
  id: string;
  clusterId: string;
  instance: string;
  type: string;
  summary: string;
  openedAt: string;
  resolvedAt: string;
}): NewEvent {
  const durationMs = Date.parse(i.resolvedAt) - Date.parse(i.openedAt);
  return {
    clusterId: i.clusterId,
    kind: EventKind.SplitBrainResolved,
    severity: 'info',
    subject: i.instance,
    summary: `resolved after ${Math.round(durationMs / 1000)} s: ${i.summary}`,
    data: { incidentId: i.id, instance: i.instance, type: i.type, openedAt: i.openedAt, durationMs },
    at: new Date(i.resolvedAt),
  };
}

/** What a lint finding says, as the timeline keeps it (docs/timeline.md, lint.finding). */
type LintFindingFacts = FleetFinding & { blocksDeployment: boolean };

const lintData = (f: LintFindingFacts) => ({
  code: f.code,
  severity: f.severity,
  path: f.path ?? null,
  message: f.message,
  fix: f.fix,
  instance: f.instance ?? null,
  director: f.director ?? null,
  related: f.related ?? null,
  blocksDeployment: f.blocksDeployment,
});

/**
 * Fleet lint found something it had not found open for the cluster (or an open finding's severity
 * changed: `previousSeverity`). An error is critical: keepalived would misbehave.
 */
export function lintFound(clusterId: string, key: string, f: LintFindingFacts, previousSeverity?: 'warning' | 'error'): NewEvent {
  const what = previousSeverity ? `lint ${f.code} is now ${f.severity === 'error' ? 'an error' : 'a warning'}` : `lint ${f.code}`;
  return {
    clusterId,
    kind: EventKind.LintFinding,
    severity: f.severity === 'error' ? 'critical' : 'warning',
    subject: key,
    summary: `${what}: ${f.message}`,
    data: { ...lintData(f), ...(previousSeverity ? { previousSeverity } : {}) },
  };
}

/** An open lint finding is no longer found (fixed, or the other cluster changed or went). */
export function lintResolved(clusterId: string, key: string, f: LintFindingFacts, openedAt: Date, at: Date): NewEvent {
  return {
    clusterId,
    kind: EventKind.LintResolved,
    severity: 'info',
    subject: key,
    summary: `lint ${f.code} resolved: ${f.message}`,
    data: { ...lintData(f), openedAt: openedAt.toISOString(), durationMs: at.getTime() - openedAt.getTime() },
    at,
  };
}
