import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // socket.io's engine lives at /socket.io/ (with the slash); do not redirect it away.
  skipTrailingSlashRedirect: true,
  // The API is reached through the route-handler proxy (src/app/api), whose target is read at run time.
  transpilePackages: ['@lvs/domain'],
  typescript: { ignoreBuildErrors: false },
};

export default config;
