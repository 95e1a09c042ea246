import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../common/errors/app-error';

export enum DeploymentsErrorCode {
  ClusterNotFound = 'cluster_not_found',
  RevisionNotFound = 'revision_not_found',
  DeploymentNotFound = 'deployment_not_found',
  DirectorNotFound = 'director_not_found',
  AlreadyRunning = 'deployment_running',
  DoesNotRender = 'does_not_render',
  /** A director's recorded keepalived release does not know a keyword the spec renders (libs/keepalived versions.ts). */
  KeepalivedVersionUnsupported = 'keepalived_version_unsupported',
  NoDirectors = 'no_directors',
  HostKeyMismatch = 'host_key_mismatch',
  Unreachable = 'director_unreachable',
  /** Pinning this key decides where a credential goes, or replaces a pinned key: admins only. */
  HostKeyAdminOnly = 'host_key_admin_only',
  /** An Idempotency-Key already used with a different request. */
  IdempotencyKeyReused = 'idempotency_key_reused',
}

export const DeploymentsError = defineErrors('deployments', {
  [DeploymentsErrorCode.ClusterNotFound]: HttpStatus.NOT_FOUND,
  [DeploymentsErrorCode.RevisionNotFound]: HttpStatus.NOT_FOUND,
  [DeploymentsErrorCode.DeploymentNotFound]: HttpStatus.NOT_FOUND,
  [DeploymentsErrorCode.DirectorNotFound]: HttpStatus.NOT_FOUND,
  [DeploymentsErrorCode.AlreadyRunning]: HttpStatus.CONFLICT,
  [DeploymentsErrorCode.DoesNotRender]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DeploymentsErrorCode.KeepalivedVersionUnsupported]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DeploymentsErrorCode.NoDirectors]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DeploymentsErrorCode.HostKeyMismatch]: HttpStatus.CONFLICT,
  [DeploymentsErrorCode.Unreachable]: HttpStatus.BAD_GATEWAY,
  [DeploymentsErrorCode.HostKeyAdminOnly]: HttpStatus.FORBIDDEN,
  [DeploymentsErrorCode.IdempotencyKeyReused]: HttpStatus.UNPROCESSABLE_ENTITY,
} satisfies Record<DeploymentsErrorCode, HttpStatus>);
