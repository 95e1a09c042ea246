import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../common/errors/app-error';

export enum CliErrorCode {
  NotBuilt = 'bundle_not_built',
}

export const CliDownloadError = defineErrors('cli', {
  [CliErrorCode.NotBuilt]: HttpStatus.NOT_FOUND,
} satisfies Record<CliErrorCode, HttpStatus>);
