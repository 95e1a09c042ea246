import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../common/errors/app-error';

export enum UsersErrorCode {
  NotFound = 'not_found',
  Duplicate = 'duplicate_username',
  LastAdmin = 'last_admin',
}

export const UsersError = defineErrors('users', {
  [UsersErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [UsersErrorCode.Duplicate]: HttpStatus.CONFLICT,
  [UsersErrorCode.LastAdmin]: HttpStatus.CONFLICT,
} satisfies Record<UsersErrorCode, HttpStatus>);
