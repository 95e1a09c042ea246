import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../common/errors/app-error';

export enum CredentialsErrorCode {
  NotFound = 'not_found',
  Duplicate = 'duplicate_name',
  BadKey = 'unreadable_key',
  Undecryptable = 'undecryptable',
}

export const CredentialsError = defineErrors('credentials', {
  [CredentialsErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [CredentialsErrorCode.Duplicate]: HttpStatus.CONFLICT,
  [CredentialsErrorCode.BadKey]: HttpStatus.BAD_REQUEST,
  [CredentialsErrorCode.Undecryptable]: HttpStatus.UNPROCESSABLE_ENTITY,
} satisfies Record<CredentialsErrorCode, HttpStatus>);
