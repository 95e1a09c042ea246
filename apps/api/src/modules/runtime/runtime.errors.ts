import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../common/errors/app-error';

export enum RuntimeErrorCode {
  ClusterNotFound = 'cluster_not_found',
  DirectorNotFound = 'director_not_found',
  /** Maintenance would leave an instance without another reachable, healthy member. */
  NoStandby = 'no_standby',
  /** The cluster's directors do not run a configuration the console renders (ipvsadm mode). */
  NotSupported = 'not_supported',
}

export const RuntimeError = defineErrors('runtime', {
  [RuntimeErrorCode.ClusterNotFound]: HttpStatus.NOT_FOUND,
  [RuntimeErrorCode.DirectorNotFound]: HttpStatus.NOT_FOUND,
  [RuntimeErrorCode.NoStandby]: HttpStatus.CONFLICT,
  [RuntimeErrorCode.NotSupported]: HttpStatus.UNPROCESSABLE_ENTITY,
} satisfies Record<RuntimeErrorCode, HttpStatus>);
