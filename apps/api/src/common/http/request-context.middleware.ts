import type { NextFunction, Request, Response } from 'express';
import { requestId } from '../logging/logger.module';
import { requestContext } from '../request-context';

/** Opens the per-request context (request id, caller address, user agent) for everything downstream. */
export function requestContextMiddleware(req: Request & { id?: string }, res: Response, next: NextFunction): void {
  const id = req.id ?? requestId(req, res);
  req.id = id;
  requestContext.run(
    {
      requestId: id,
      ip: req.ip ?? 'unknown',
      userAgent: String(req.headers['user-agent'] ?? ''),
      method: req.method,
      path: req.path,
      audited: false,
    },
    next,
  );
}
