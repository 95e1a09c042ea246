import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../common/errors/app-error';

export enum FleetErrorCode {
  ClusterNotFound = 'cluster_not_found',
  DirectorNotFound = 'director_not_found',
  /** `fail` of a what-if does not parse, or names nothing in the cluster. */
  BadFailure = 'bad_failure',
  /** A director cannot run a scheduler or keyword of the spec (its recorded capabilities). */
  CapabilityMissing = 'capability_missing',
  /** VRRP lint errors: keepalived would misbehave with this deployment. */
  LintErrors = 'lint_errors',
  /** The director could not be read (refresh). */
  Unreachable = 'director_unreachable',
}

export const FleetError = defineErrors('fleet', {
  [FleetErrorCode.ClusterNotFound]: HttpStatus.NOT_FOUND,
  [FleetErrorCode.DirectorNotFound]: HttpStatus.NOT_FOUND,
  [FleetErrorCode.BadFailure]: HttpStatus.UNPROCESSABLE_ENTITY,
  [FleetErrorCode.CapabilityMissing]: HttpStatus.UNPROCESSABLE_ENTITY,
  [FleetErrorCode.LintErrors]: HttpStatus.UNPROCESSABLE_ENTITY,
  [FleetErrorCode.Unreachable]: HttpStatus.BAD_GATEWAY,
} satisfies Record<FleetErrorCode, HttpStatus>);
