import type { Request, Response } from 'express';
import type { AppConfig } from '../../config/app-config';
import { CSRF_COOKIE, SESSION_COOKIE } from './auth.guard';

/** Whether cookies get `Secure` (COOKIE_SECURE: auto = when the request came over HTTPS). */
export function secureCookies(config: AppConfig, req: Request): boolean {
  return config.session.secureCookie === 'auto' ? req.secure : config.session.secureCookie;
}

/** Sets the session cookie (HttpOnly) and the CSRF cookie (readable by the page) of a new sign-in. */
export function setSessionCookies(res: Response, req: Request, config: AppConfig, cookie: string, csrfToken: string): void {
  const secure = secureCookies(config, req);
  const maxAge = config.session.ttlHours * 3_600_000;
  res.cookie(SESSION_COOKIE, cookie, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge });
  // Readable by the page so it can echo it in X-CSRF-Token (double submit).
  res.cookie(CSRF_COOKIE, csrfToken, { httpOnly: false, sameSite: 'lax', secure, path: '/', maxAge });
}

export function clearSessionCookies(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
  res.clearCookie(CSRF_COOKIE, { path: '/' });
}
