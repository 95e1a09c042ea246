import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../common/errors/app-error';

export enum RealServerChecksErrorCode {
  NotFound = 'not_found',
  NoAccess = 'no_access',
  AdminOnly = 'admin_only',
  HostKeyMismatch = 'host_key_mismatch',
  Unreachable = 'unreachable',
}

export const RealServerChecksError = defineErrors('real_server_checks', {
  [RealServerChecksErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [RealServerChecksErrorCode.NoAccess]: HttpStatus.NOT_FOUND,
  [RealServerChecksErrorCode.AdminOnly]: HttpStatus.FORBIDDEN,
  [RealServerChecksErrorCode.HostKeyMismatch]: HttpStatus.CONFLICT,
  [RealServerChecksErrorCode.Unreachable]: HttpStatus.BAD_GATEWAY,
} satisfies Record<RealServerChecksErrorCode, HttpStatus>);
