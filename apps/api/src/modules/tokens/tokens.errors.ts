import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../common/errors/app-error';

export enum TokensErrorCode {
  NotFound = 'not_found',
  RoleTooHigh = 'role_above_creator',
  UnknownCluster = 'unknown_cluster',
}

export const TokensError = defineErrors('tokens', {
  [TokensErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [TokensErrorCode.RoleTooHigh]: HttpStatus.FORBIDDEN,
  [TokensErrorCode.UnknownCluster]: HttpStatus.UNPROCESSABLE_ENTITY,
} satisfies Record<TokensErrorCode, HttpStatus>);
