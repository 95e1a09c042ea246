import type { NextConfig } from 'next';

/**
 * Security headers on every page and API answer the dashboard sends. The point is that nothing can
 * frame the dashboard (clickjacking a live admin session): `frame-ancestors 'none'`.
 * script-src needs 'unsafe-inline': Next's App Router streams its payload as inline <script> tags
 * and the theme boot script sets the colour scheme before paint. Nonces would need every page
 * rendered per request (no static pages) by a proxy that mints them; the audit found no script
 * injection sink, and everything else (frames, plugins, foreign origins, base and form targets)
 * is still closed. Development adds 'unsafe-eval' for React's dev tooling only.
 */
const dev = process.env.NODE_ENV === 'development';
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // socket.io reaches the API through this origin (/socket.io), by polling or a same-origin websocket.
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // socket.io's engine lives at /socket.io/ (with the slash); do not redirect it away.
  skipTrailingSlashRedirect: true,
  // The API is reached through the route-handler proxy (src/app/api), whose target is read at run time.
  transpilePackages: ['@lvs/domain'],
  typescript: { ignoreBuildErrors: false },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: CSP },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
        ],
      },
    ];
  },
};

export default config;
