import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../common/errors/app-error';

export enum CredentialsErrorCode {
  NotFound = 'not_found',
  Duplicate = 'duplicate_name',
  BadKey = 'unreadable_key',
  Undecryptable = 'undecryptable',
  /** The director's address is outside the credential's binding: nothing was sent, no TCP connection opened. */
  NotBound = 'not_bound',
}

export const CredentialsError = defineErrors('credentials', {
  [CredentialsErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [CredentialsErrorCode.Duplicate]: HttpStatus.CONFLICT,
  [CredentialsErrorCode.BadKey]: HttpStatus.BAD_REQUEST,
  [CredentialsErrorCode.Undecryptable]: HttpStatus.UNPROCESSABLE_ENTITY,
  [CredentialsErrorCode.NotBound]: HttpStatus.UNPROCESSABLE_ENTITY,
} satisfies Record<CredentialsErrorCode, HttpStatus>);
