import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../../common/errors/app-error';

/** Why an import was refused before (or while) it was parsed; files that parse but make no cluster are topology.unimportable. */
export enum ImportParseErrorCode {
  /** The files would expand past a cap (characters, included files, depth, statements) or include themselves. */
  LimitExceeded = 'limit_exceeded',
  /** Parsing ran past its time limit and was stopped. */
  TooSlow = 'too_slow',
  /** Parsing needed more memory than its worker may use and was stopped. */
  OutOfMemory = 'out_of_memory',
  /** Too many imports are being parsed at once. */
  Busy = 'busy',
}

export const ImportParseError = defineErrors('import', {
  [ImportParseErrorCode.LimitExceeded]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ImportParseErrorCode.TooSlow]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ImportParseErrorCode.OutOfMemory]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ImportParseErrorCode.Busy]: HttpStatus.SERVICE_UNAVAILABLE,
} satisfies Record<ImportParseErrorCode, HttpStatus>);
