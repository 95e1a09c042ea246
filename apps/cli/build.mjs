// Bundles lvsctl into one self-contained ESM file (apps/cli/dist/lvsctl.mjs) that a pipeline can
// download from the console and run with Node >= 20.19 and nothing else installed. The workspace
// libs are bundled from their TypeScript sources (as vitest resolves them), so the bundle needs no
// prior build of libs/*.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const r = (p) => fileURLToPath(new URL(p, import.meta.url));

export async function buildCli({ outfile = r('./dist/lvsctl.mjs'), logLevel = 'warning' } = {}) {
  await build({
    entryPoints: [r('./src/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    minify: true,
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
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli({ logLevel: 'info' });
