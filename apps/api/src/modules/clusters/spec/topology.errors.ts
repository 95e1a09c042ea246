import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../../common/errors/app-error';

export enum TopologyErrorCode {
  ClusterNotFound = 'cluster_not_found',
  NotFound = 'not_found',
  DuplicateClusterName = 'duplicate_cluster_name',
  /** The write collides with another object of the cluster (duplicate name or key, VRID clash, VIP already carried). */
  Conflict = 'conflict',
  /** Removing something another object still references (a director in an instance, an instance in a sync group). */
  InUse = 'in_use',
  /** The resulting cluster breaks a cluster-wide rule (libs/domain validateClusterSpec). */
  RuleViolation = 'rule_violation',
  Stale = 'stale_etag',
  InvalidValue = 'invalid_value',
  /** keepalived.conf files that cannot make a cluster (import). */
  Unimportable = 'unimportable',
  /** A change only an admin may make (a script, a credentialed director's address, a non-default path; docs/trust-model.md). */
  AdminOnly = 'admin_only',
  /** A script names an executable the admin's script allowlist does not hold. */
  ScriptNotAllowed = 'script_not_allowed',
}

export const TopologyError = defineErrors('topology', {
  [TopologyErrorCode.ClusterNotFound]: HttpStatus.NOT_FOUND,
  [TopologyErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [TopologyErrorCode.DuplicateClusterName]: HttpStatus.CONFLICT,
  [TopologyErrorCode.Conflict]: HttpStatus.CONFLICT,
  [TopologyErrorCode.InUse]: HttpStatus.CONFLICT,
  [TopologyErrorCode.RuleViolation]: HttpStatus.UNPROCESSABLE_ENTITY,
  [TopologyErrorCode.Stale]: HttpStatus.PRECONDITION_FAILED,
  [TopologyErrorCode.InvalidValue]: HttpStatus.BAD_REQUEST,
  [TopologyErrorCode.Unimportable]: HttpStatus.UNPROCESSABLE_ENTITY,
  [TopologyErrorCode.AdminOnly]: HttpStatus.FORBIDDEN,
  [TopologyErrorCode.ScriptNotAllowed]: HttpStatus.UNPROCESSABLE_ENTITY,
} satisfies Record<TopologyErrorCode, HttpStatus>);
