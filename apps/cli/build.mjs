// Bundles lvsctl into one self-contained ESM file (apps/cli/dist/lvsctl.mjs) that a pipeline can
// download from the console and run with Node >= 20.19 and nothing else installed. The workspace
// libs are bundled from their TypeScript sources (as vitest resolves them), so the bundle needs no
// prior build of libs/*.
//
// Two builds make the one file. The actions (src/actions/index.ts and all they import: zod and
// the domain schemas, yaml, the renderers, socket.io — about nine tenths of the code) are built
// first as a CommonJS script, and the file that loads them (src/action-loader.ts) is replaced in
// the main build by one that holds that script as a string and compiles it (node:vm) when a
// command first runs. V8 scans a string literal far faster than it parses code, so `lvsctl
// --help` no longer pays for parsing the actions. The one module both builds share by identity,
// exit-codes.ts (runCli tells a CliError by instanceof), is handed from the main bundle to the
// script rather than bundled twice.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const r = (p) => fileURLToPath(new URL(p, import.meta.url));
const EXIT_CODES = r('./src/exit-codes.ts');
const ACTION_LOADER = r('./src/action-loader.ts');
const IN_SRC = /[\\/]apps[\\/]cli[\\/]src[\\/]/;

// zod's `z.locales` namespace carries the error messages of ~50 languages (about 250 kB of the
// bundle). lvsctl never switches zod's locale: the English messages are registered by zod's
// schemas module itself (locales/en.js, which stays), so the namespace (exported by zod's classic
// and core entries) is replaced with an empty one.
const noZodLocales = {
  name: 'no-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (a) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(a.importer) ? { path: 'zod-locales', namespace: 'lvsctl-stub' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lvsctl-stub' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/** In the actions script: exit-codes.ts is the main bundle's own module, passed in as `__lvsctlHost.exitCodes`. */
const hostExitCodes = {
  name: 'host-exit-codes',
  setup(b) {
    b.onResolve({ filter: /exit-codes$/ }, (a) => (IN_SRC.test(a.importer) ? { path: 'exit-codes', namespace: 'lvsctl-host' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lvsctl-host' }, () => ({ contents: 'module.exports = __lvsctlHost.exitCodes;', loader: 'js' }));
  },
};

/** In the main bundle: action-loader.ts becomes the loader of the embedded actions script. */
const embeddedActions = (script) => ({
  name: 'embedded-actions',
  setup(b) {
    b.onResolve({ filter: /action-loader$/ }, (a) =>
      IN_SRC.test(a.importer) ? { path: ACTION_LOADER, namespace: 'lvsctl-actions' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lvsctl-actions' }, () => ({
      resolveDir: r('./src'),
      loader: 'js',
      contents: `
import { runInThisContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import * as exitCodes from ${JSON.stringify(EXIT_CODES)};
const SCRIPT = ${JSON.stringify(script)};
let actions;
export async function loadActions() {
  if (!actions) {
    const run = runInThisContext('(function (module, exports, require, __lvsctlHost) {"use strict";' + SCRIPT + '\\n})', {
      filename: fileURLToPath(import.meta.url) + ' (actions)',
    });
    const module = { exports: {} };
    run(module, module.exports, require, { exitCodes });
    actions = module.exports.actionModules;
  }
  return actions;
}
`,
    }));
  },
});

const common = (minify) => ({
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  minify,
  keepNames: false,
  legalComments: 'none',
  alias: {
    '@lvs/domain/live': r('../../libs/domain/src/live.ts'),
    '@lvs/domain': r('../../libs/domain/src/index.ts'),
    '@lvs/keepalived': r('../../libs/keepalived/src/index.ts'),
    '@lvs/api-client': r('../../libs/api-client/src/index.ts'),
  },
  define: { 'process.env.LVSCTL_BUNDLED': '"1"' },
});

/**
 * Builds the bundle and returns its path. `minify: false` (or LVSCTL_NO_MINIFY=1) keeps names and
 * esbuild's `// path` module headers, for reading a CPU profile (bench/cli/cpuprofile-top.mjs).
 */
export async function buildCli(opts = {}) {
  const outfile = opts.outfile ?? r('./dist/lvsctl.mjs');
  await buildCliWith({ ...opts, outfile });
  return outfile;
}

/** The actions script alone (CommonJS, not written), with any esbuild option overridden: its result, with the text in outputFiles. */
export async function buildActions({ logLevel = 'warning', minify = !process.env.LVSCTL_NO_MINIFY, esbuild = {} } = {}) {
  return build({
    ...common(minify),
    entryPoints: [r('./src/actions/index.ts')],
    outfile: 'lvsctl-actions.cjs',
    write: false,
    format: 'cjs',
    logLevel,
    plugins: [noZodLocales, hostExitCodes],
    ...esbuild,
  });
}

/** buildCli with any esbuild option of the main build overridden (`esbuild`), returning esbuild's result (bench/cli/bundle-report.mjs). */
export async function buildCliWith({ outfile, logLevel = 'warning', minify = !process.env.LVSCTL_NO_MINIFY, esbuild = {} } = {}) {
  const actions = await buildActions({ minify });
  return build({
    ...common(minify),
    entryPoints: [r('./src/main.ts')],
    outfile,
    format: 'esm',
    logLevel,
    // CommonJS dependencies (socket.io-client's ws, debug) call require() for Node built-ins,
    // which an ESM bundle does not have: give them one (the actions script gets the same).
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __lvsctlCreateRequire } from 'node:module';\nconst require = __lvsctlCreateRequire(import.meta.url);",
    },
    plugins: [embeddedActions(actions.outputFiles[0].text)],
    ...esbuild,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli({ logLevel: 'info' });
