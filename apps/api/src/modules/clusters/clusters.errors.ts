import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../common/errors/app-error';

export enum ClustersErrorCode {
  NotFound = 'not_found',
  DuplicateName = 'duplicate_name',
  RuleViolation = 'rule_violation',
  Stale = 'stale_etag',
  NoSuchRealServer = 'no_such_real_server',
}

export const ClustersError = defineErrors('clusters', {
  [ClustersErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ClustersErrorCode.DuplicateName]: HttpStatus.CONFLICT,
  [ClustersErrorCode.RuleViolation]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ClustersErrorCode.Stale]: HttpStatus.PRECONDITION_FAILED,
  [ClustersErrorCode.NoSuchRealServer]: HttpStatus.NOT_FOUND,
} satisfies Record<ClustersErrorCode, HttpStatus>);
