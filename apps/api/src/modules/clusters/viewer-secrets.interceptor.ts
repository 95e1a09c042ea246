import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { map, Observable } from 'rxjs';
import { currentContext } from '../../common/request-context';

/** What a viewer sees instead of a secret: that it is set (absent means unset). Never a valid value, so it cannot be written back by mistake. */
export const SECRET_SET = '[set]';

/** `auth_pass SECRET` in a rendered keepalived.conf, a diff line or a step's output. */
const AUTH_PASS_LINE = /(\bauth_pass[ \t]+)[^\s"]+/g;
/** `"authPass":"SECRET"` in an already-serialised document (GET …/spec is sent as the cached bytes). */
const AUTH_PASS_JSON = /("authPass"\s*:\s*)"(?:[^"\\]|\\.)*"/g;

export function hideSecretsInText(s: string): string {
  return s.replace(AUTH_PASS_LINE, `$1${SECRET_SET}`).replace(AUTH_PASS_JSON, `$1"${SECRET_SET}"`);
}

/** A copy of a response body with every VRRP auth_pass replaced by SECRET_SET, in objects and in text. */
export function hideSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.includes('auth_pass') || value.includes('authPass') ? hideSecretsInText(value) : value;
  if (depth > 64 || value === null || typeof value !== 'object' || value instanceof Date || Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) return value.map((v) => hideSecrets(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>))
    out[k] = k === 'authPass' && typeof v === 'string' ? SECRET_SET : hideSecrets(v, depth + 1);
  return out;
}

/**
 * Viewers read everything but secrets (docs/trust-model.md): the VRRP `auth_pass` of specs,
 * resources, revisions (spec and rendered text), plans and diffs shows as set or unset. One place
 * for every route, so a new endpoint that returns a spec or a config cannot forget it. Operators and
 * admins edit the topology and see the value (a PUT of the spec is declarative: what it omits goes).
 */
@Injectable()
export class ViewerSecretsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    // Guards ran before interceptors: the principal is known here.
    if (context.getType() !== 'http' || currentContext()?.principal?.role !== 'viewer') return next.handle();
    return next.handle().pipe(map((body: unknown) => hideSecrets(body)));
  }
}
