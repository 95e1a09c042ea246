import { Option } from 'commander';
import { loadActions } from './action-loader';
import type { ActionModules } from './actions/index';
import { debugLog } from './debug';
import type { Format } from './format';
import type { CliIo } from './io';

/**
 * What command definitions need and nothing more: `lvsctl --help` loads only commander and these
 * files. Each action is loaded when it runs (loadActions: in the bundle, a script compiled on
 * first use), so zod, yaml, socket.io and the renderers cost nothing until a command needs them.
 */

export const outputOption = (def: Format, choices: Format[] = ['table', 'json', 'yaml']) =>
  new Option('-o, --output <format>', 'output format').choices(choices).default(def);

type Loaded<M extends keyof ActionModules> = Awaited<ReturnType<ActionModules[M]>>;
type ActionName<M extends keyof ActionModules> = {
  [K in keyof Loaded<M>]: Loaded<M>[K] extends (io: never, ...args: never[]) => Promise<void> ? K : never;
}[keyof Loaded<M>] &
  string;

/** A command's action: `name` of the action module `module` (src/actions/index.ts), loaded when the command runs. */
export function lazy<M extends keyof ActionModules>(io: unknown, module: M, name: ActionName<M>): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    debugLog(io as CliIo, 'time', `run ${name}: load its module`);
    const m = await (await loadActions())[module]();
    const fn = m[name as keyof typeof m] as unknown as (io: unknown, ...a: unknown[]) => Promise<void>;
    debugLog(io as CliIo, 'time', `run ${name}: module loaded`);
    await fn(io, ...args);
    debugLog(io as CliIo, 'time', `run ${name}: done`);
  };
}
