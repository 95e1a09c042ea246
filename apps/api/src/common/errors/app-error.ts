import { HttpStatus } from '@nestjs/common';

/** One field-level problem: `path` is a JSON-pointer-ish dotted path into the request (`body.realServers.3.weight`). */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * Base of every error the API raises on purpose. The global filter turns it into RFC 9457
 * problem+json; anything that is not an AppError (or a Nest HttpException) is a bug and a 500.
 */
export abstract class AppError extends Error {
  abstract readonly status: HttpStatus;
  abstract readonly code: string;
  readonly errors: FieldError[];
  /** Extra members merged into the problem document (e.g. `retryAfter`). */
  readonly extensions: Record<string, unknown>;

  protected constructor(detail: string, errors: FieldError[] = [], extensions: Record<string, unknown> = {}) {
    super(detail);
    this.errors = errors;
    this.extensions = extensions;
  }
}

/** Every problem code a feature declared through defineErrors(), with its status: docs/problems.md lists each (problem-codes.spec.ts). */
export const PROBLEM_CODES = new Map<string, HttpStatus>();

/**
 * Declares a feature's error class from its code → status table. The table must name every code
 * (`satisfies Record<Code, HttpStatus>` at the call site), so adding a code without a status fails to compile.
 */
export function defineErrors<Code extends string>(family: string, statuses: Record<Code, HttpStatus>) {
  for (const [reason, status] of Object.entries(statuses) as [string, HttpStatus][]) PROBLEM_CODES.set(`${family}.${reason}`, status);
  return class FeatureError extends AppError {
    readonly status: HttpStatus;
    readonly code: string;
    constructor(
      readonly reason: Code,
      detail: string,
      errors: FieldError[] = [],
      extensions: Record<string, unknown> = {},
    ) {
      super(detail, errors, extensions);
      this.status = statuses[reason];
      this.code = `${family}.${reason}`;
      this.name = `${family}Error`;
    }
  };
}

/** Errors shared by every feature (validation, not found, conflicts, preconditions). */
export enum CommonErrorCode {
  Validation = 'validation_failed',
  NotFound = 'not_found',
  Conflict = 'conflict',
  PreconditionFailed = 'precondition_failed',
  PreconditionRequired = 'precondition_required',
  Unprocessable = 'unprocessable',
  Unauthorized = 'unauthorized',
  Forbidden = 'forbidden',
  TooManyRequests = 'too_many_requests',
  Unavailable = 'unavailable',
}

export const CommonError = defineErrors('common', {
  [CommonErrorCode.Validation]: HttpStatus.BAD_REQUEST,
  [CommonErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [CommonErrorCode.Conflict]: HttpStatus.CONFLICT,
  [CommonErrorCode.PreconditionFailed]: HttpStatus.PRECONDITION_FAILED,
  [CommonErrorCode.PreconditionRequired]: HttpStatus.PRECONDITION_REQUIRED,
  [CommonErrorCode.Unprocessable]: HttpStatus.UNPROCESSABLE_ENTITY,
  [CommonErrorCode.Unauthorized]: HttpStatus.UNAUTHORIZED,
  [CommonErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [CommonErrorCode.TooManyRequests]: HttpStatus.TOO_MANY_REQUESTS,
  [CommonErrorCode.Unavailable]: HttpStatus.SERVICE_UNAVAILABLE,
} satisfies Record<CommonErrorCode, HttpStatus>);
