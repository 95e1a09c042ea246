import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppError, type FieldError } from './app-error';
import { isDatabaseUnavailable } from './database-unavailable';
import { PROBLEM_CONTENT_TYPE, type Problem, problemType, statusTitle } from './problem';

interface BodyParserError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  message: string;
}

function isBodyParserError(e: unknown): e is BodyParserError {
  return typeof e === 'object' && e !== null && typeof (e as BodyParserError).type === 'string' && (e as BodyParserError).expose === true;
}

const BODY_PARSER_DETAIL: Record<string, [string, string]> = {
  'entity.parse.failed': ['malformed_json', 'The request body is not valid JSON.'],
  'entity.too.large': ['body_too_large', 'The request body is larger than the limit.'],
  'encoding.unsupported': ['unsupported_encoding', 'The request body encoding is not supported.'],
  'charset.unsupported': ['unsupported_charset', 'The request body charset is not supported.'],
};

const DATABASE_UNAVAILABLE = 'common.database_unavailable';

/**
 * Turns every error into RFC 9457 problem+json with the request id. Anything we did not raise on
 * purpose is logged with its stack and becomes a 500 — and a 500 is a bug to fix.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  constructor(@Optional() @InjectDataSource() private readonly dataSource?: DataSource) {}

  catch(exception: unknown, host: ArgumentsHost): void | Promise<void> {
    if (host.getType() !== 'http') throw exception;
    const problem = this.toProblem(exception);
    // An error we cannot classify, raised while the database is gone (a driver or TypeORM error of
    // a shape isDatabaseUnavailable does not know, or our code tripping over a half-finished
    // query), is the outage's doing, not a bug in the request: ask the database before saying 500.
    if (problem.code === 'common.internal' && this.dataSource) {
      return this.databaseAnswers()
        .then((up) => this.send(exception, up ? problem : this.unavailable(), host))
        .catch((err: unknown) => this.logger.error({ err, cause: exception }, 'could not answer an error'));
    }
    this.send(exception, problem, host);
  }

  /** Whether the database answers a trivial query now (bounded: a dead server must not hold the answer). */
  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const probe = this.dataSource!.query('SELECT 1').then(
        () => true,
        () => false,
      );
      const timeout = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), 2000)));
      return await Promise.race([probe, timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  private send(exception: unknown, problem: Problem, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request & { id?: string }>();
    const res = host.switchToHttp().getResponse<Response>();
    problem.instance = req.originalUrl?.split('?')[0];
    problem.requestId = req.id ? String(req.id) : undefined;
    if (problem.code === DATABASE_UNAVAILABLE) {
      this.logger.warn({ err: exception, requestId: problem.requestId }, 'database unavailable');
    } else if (problem.status >= 500) {
      this.logger.error({ err: exception, requestId: problem.requestId }, 'unhandled error');
    }
    if (
      (problem.status === HttpStatus.TOO_MANY_REQUESTS || problem.status === HttpStatus.SERVICE_UNAVAILABLE) &&
      typeof problem.retryAfter === 'number'
    ) {
      res.setHeader('Retry-After', String(problem.retryAfter));
    }
    if (res.headersSent) return;
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private unavailable(): Problem {
    return {
      type: problemType(DATABASE_UNAVAILABLE),
      title: statusTitle(503),
      status: 503,
      detail: 'The database is unavailable (it is restarting or cannot be reached). Try again in a few seconds.',
      code: DATABASE_UNAVAILABLE,
      errors: [],
      retryAfter: 5,
    };
  }

  private toProblem(e: unknown): Problem {
    if (e instanceof AppError) {
      return {
        type: problemType(e.code),
        title: statusTitle(e.status),
        status: e.status,
        detail: e.message,
        code: e.code,
        errors: e.errors,
        ...e.extensions,
      };
    }
    // express' body parser errors reach us raw or wrapped by Nest (with the original as `cause`).
    const parserError = isBodyParserError(e) ? e : e instanceof HttpException && isBodyParserError(e.cause) ? e.cause : undefined;
    if (parserError) {
      const status = parserError.status ?? parserError.statusCode ?? 400;
      const [code, detail] = BODY_PARSER_DETAIL[parserError.type ?? ''] ?? ['bad_request', parserError.message];
      const errors: FieldError[] = [{ path: 'body', message: detail }];
      return { type: problemType(`common.${code}`), title: statusTitle(status), status, detail, code: `common.${code}`, errors };
    }
    if (e instanceof HttpException) {
      const status = e.getStatus();
      const code = status === 404 ? 'common.route_not_found' : `http.${status}`;
      const body = e.getResponse();
      const detail =
        status === 404
          ? 'No such endpoint. The API is described at /api/openapi.json.'
          : typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string'
            ? body.message
            : e.message;
      return { type: problemType(code), title: statusTitle(status), status, detail, code, errors: [] };
    }
    // An outage of the database (down, restarting, the connection cut mid-query) is not a bug: 503.
    if (isDatabaseUnavailable(e)) return this.unavailable();
    return {
      type: problemType('common.internal'),
      title: statusTitle(500),
      status: 500,
      detail: 'An unexpected error occurred. It has been logged with the request id.',
      code: 'common.internal',
      errors: [],
    };
  }
}
