import type { ActionModules } from './actions/index';

/**
 * The action modules (src/actions/index.ts). From the sources (tests, tsc) a dynamic import; the
 * bundle replaces this file (build.mjs) with one that compiles the actions script embedded in it
 * as a string, so that `lvsctl --help` never parses the actions' code (zod, yaml, the renderers,
 * socket.io: about nine tenths of the bundle).
 */
export async function loadActions(): Promise<ActionModules> {
  return (await import('./actions/index')).actionModules;
}
