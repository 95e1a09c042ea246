import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// NestJS needs legacy decorators with emitted metadata, which esbuild/oxc do not emit: swc does.
const swcPlugin = swc.vite({
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
  module: { type: 'es6' },
});

const alias = {
  // before '@lvs/domain', which would otherwise match it as a prefix
  '@lvs/domain/live': r('./libs/domain/src/live.ts'),
  '@lvs/domain': r('./libs/domain/src/index.ts'),
  '@lvs/keepalived': r('./libs/keepalived/src/index.ts'),
  '@lvs/ipvs': r('./libs/ipvs/src/index.ts'),
  '@lvs/api-client': r('./libs/api-client/src/index.ts'),
  '@lvs/migrations': r('./migrations/src/index.ts'),
};

const exclude = ['**/node_modules/**', '**/dist/**', '**/.next/**'];

export default defineConfig({
  plugins: [swcPlugin],
  resolve: { alias },
  test: {
    projects: [
      {
        plugins: [swcPlugin],
        resolve: { alias },
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['{apps,libs,migrations,lab,scripts}/**/*.spec.ts'],
          exclude,
          environment: 'node',
        },
      },
      {
        plugins: [swcPlugin],
        resolve: { alias },
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['{apps,libs,migrations,lab,scripts}/**/*.int-spec.ts'],
          exclude,
          environment: 'node',
          globalSetup: [r('./test/global-setup.ts')],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: run two files at a time; each file gets its own cloned database.
          maxWorkers: 2,
        },
      },
      {
        plugins: [swcPlugin],
        resolve: { alias },
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['test/e2e/**/*.e2e-spec.ts'],
          exclude,
          environment: 'node',
          globalSetup: [r('./test/global-setup.ts')],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          maxWorkers: 1,
        },
      },
    ],
  },
});
