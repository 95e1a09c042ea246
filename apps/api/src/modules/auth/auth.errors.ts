import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../common/errors/app-error';

export enum AuthErrorCode {
  InvalidCredentials = 'invalid_credentials',
  Unauthenticated = 'unauthenticated',
  InvalidToken = 'invalid_token',
  CsrfRejected = 'csrf_rejected',
  Forbidden = 'forbidden',
  OutOfScope = 'out_of_scope',
  RateLimited = 'rate_limited',
  NoRoleDeclared = 'no_role_declared',
  SessionRequired = 'session_required',
  WrongPassword = 'wrong_password',
  LocalLoginDisabled = 'local_login_disabled',
}

export const AuthError = defineErrors('auth', {
  [AuthErrorCode.InvalidCredentials]: HttpStatus.UNAUTHORIZED,
  [AuthErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [AuthErrorCode.InvalidToken]: HttpStatus.UNAUTHORIZED,
  [AuthErrorCode.CsrfRejected]: HttpStatus.FORBIDDEN,
  [AuthErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [AuthErrorCode.OutOfScope]: HttpStatus.FORBIDDEN,
  [AuthErrorCode.RateLimited]: HttpStatus.TOO_MANY_REQUESTS,
  [AuthErrorCode.NoRoleDeclared]: HttpStatus.FORBIDDEN,
  [AuthErrorCode.SessionRequired]: HttpStatus.FORBIDDEN,
  [AuthErrorCode.WrongPassword]: HttpStatus.FORBIDDEN,
  [AuthErrorCode.LocalLoginDisabled]: HttpStatus.FORBIDDEN,
} satisfies Record<AuthErrorCode, HttpStatus>);
