// Bundles lvsctl into one self-contained ESM file (apps/cli/dist/lvsctl.mjs) that a pipeline can
// download from the console and run with Node >= 20.19 and nothing else installed. The workspace
// libs are bundled from their TypeScript sources (as vitest resolves them), so the bundle needs no
// prior build of libs/*.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const r = (p) => fileURLToPath(new URL(p, import.meta.url));

// zod's `z.locales` namespace carries the error messages of ~50 languages (about 250 kB of the
// bundle, parsed at every start, --help included). lvsctl never switches zod's locale: the English
// messages are registered by zod's schemas module itself (locales/en.js, which stays), so the
// namespace (exported by zod's classic and core entries) is replaced with an empty one.
const noZodLocales = {
  name: 'no-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (a) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(a.importer) ? { path: 'zod-locales', namespace: 'lvsctl-stub' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lvsctl-stub' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * Builds the bundle and returns its path. `minify: false` (or LVSCTL_NO_MINIFY=1) keeps names and
 * esbuild's `// path` module headers, for reading a CPU profile (bench/cli/cpuprofile-top.mjs).
 */
export async function buildCli(opts = {}) {
  const outfile = opts.outfile ?? r('./dist/lvsctl.mjs');
  await buildCliWith({ ...opts, outfile });
  return outfile;
}

/** buildCli with any esbuild option overridden (`esbuild`), returning esbuild's result (bench/cli/bundle-report.mjs). */
export async function buildCliWith({ outfile, logLevel = 'warning', minify = !process.env.LVSCTL_NO_MINIFY, esbuild = {} } = {}) {
  return build({
    entryPoints: [r('./src/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    minify,
    keepNames: false,
    legalComments: 'none',
    logLevel,
    alias: {
      '@lvs/domain/live': r('../../libs/domain/src/live.ts'),
      '@lvs/domain': r('../../libs/domain/src/index.ts'),
      '@lvs/keepalived': r('../../libs/keepalived/src/index.ts'),
      '@lvs/api-client': r('../../libs/api-client/src/index.ts'),
    },
    // CommonJS dependencies (socket.io-client's ws, debug) call require() for Node built-ins,
    // which an ESM bundle does not have: give them one.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __lvsctlCreateRequire } from 'node:module';\nconst require = __lvsctlCreateRequire(import.meta.url);",
    },
    define: { 'process.env.LVSCTL_BUNDLED': '"1"' },
    plugins: [noZodLocales],
    ...esbuild,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli({ logLevel: 'info' });
