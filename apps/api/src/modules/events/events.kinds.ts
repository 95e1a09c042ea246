/**
 * The kinds of timeline events (docs/timeline.md). One constant per kind so emitters and sinks
 * (notifications) name them the same way; a kind is `<subject>.<what happened>`.
 */
export const EventKind = {
  VrrpTransition: 'vrrp.transition',
  VrrpMasterLost: 'vrrp.master_lost',
  SplitBrainOpened: 'split_brain.opened',
  SplitBrainResolved: 'split_brain.resolved',
  RealServerDown: 'real_server.down',
  RealServerUp: 'real_server.up',
  ServiceBelowQuorum: 'service.below_quorum',
  ServiceQuorumRestored: 'service.quorum_restored',
  DeploymentSucceeded: 'deployment.succeeded',
  DeploymentFailed: 'deployment.failed',
  DeploymentRolledBack: 'deployment.rolled_back',
  DriftFound: 'drift.found',
  HostKeyMismatch: 'host_key.mismatch',
  AuditChainBroken: 'audit.chain_broken',
  TopologyChanged: 'topology.changed',
  LintFinding: 'lint.finding',
  LintResolved: 'lint.resolved',
} as const;

export type EventKindName = (typeof EventKind)[keyof typeof EventKind];

/** Every kind, in the order above (the API's filter and the docs list them so). */
export const EVENT_KINDS: readonly EventKindName[] = Object.values(EventKind);

export const EVENT_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type EventSeverity = (typeof EVENT_SEVERITIES)[number];
