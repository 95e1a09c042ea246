import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import { AuditService } from '../../modules/audit/audit.service';
import { AppError } from '../errors/app-error';
import { currentContext } from '../request-context';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every mutating request leaves an audit event. Services record rich ones (before/after) inside
 * their transaction; this records a plain one for any write that did not — refused input included.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    if (SAFE.has(req.method)) return next.handle();
    // audit_events.action is varchar(100); a nested route (…/real-servers/:realServerId/admin-state) is longer.
    const action = `http.${req.method.toLowerCase()} ${req.route?.path ?? req.path}`.slice(0, 100);
    return next.handle().pipe(
      mergeMap((value) => from(this.fallback(action, 'success')).pipe(mergeMap(() => [value]))),
      catchError((err: unknown) =>
        from(
          this.fallback(
            action,
            err instanceof AppError && err.status < 500 ? 'denied' : 'failure',
            err instanceof Error ? err.message : String(err),
          ),
        ).pipe(mergeMap(() => throwError(() => err))),
      ),
    );
  }

  private async fallback(action: string, outcome: 'success' | 'failure' | 'denied', detail?: string): Promise<void> {
    const ctx = currentContext();
    if (!ctx || ctx.audited) return;
    await this.audit.record({ action, outcome, detail: detail?.slice(0, 1000) });
  }
}
