import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../common/errors/app-error';

export enum ConfirmationsErrorCode {
  DeploymentNotFound = 'deployment_not_found',
  NothingToRevertTo = 'nothing_to_revert_to',
  AlreadyPending = 'already_pending',
  NonePending = 'none_pending',
}

export const ConfirmationsError = defineErrors('confirmations', {
  [ConfirmationsErrorCode.DeploymentNotFound]: HttpStatus.NOT_FOUND,
  [ConfirmationsErrorCode.NothingToRevertTo]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ConfirmationsErrorCode.AlreadyPending]: HttpStatus.CONFLICT,
  [ConfirmationsErrorCode.NonePending]: HttpStatus.NOT_FOUND,
} satisfies Record<ConfirmationsErrorCode, HttpStatus>);
