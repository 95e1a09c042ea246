import type { NextFunction, Request, Response } from 'express';

/**
 * The API answers JSON, CSV and the Swagger UI; nothing of it may be framed (clickjacking with a
 * live admin session) or sniffed into another type. JSON gets the tightest policy (no content may
 * load at all); /api/docs loads Swagger UI's own scripts from this origin (no inline script: the
 * init code is a file, swagger-ui-init.js) and needs inline styles for its layout.
 */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', req.path.startsWith('/api/docs') ? DOCS_CSP : API_CSP);
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  next();
}
