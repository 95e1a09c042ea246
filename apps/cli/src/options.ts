import { Option } from 'commander';
import { debugLog } from './debug';
import type { CliIo } from './io';

/**
 * What command definitions need and nothing more: `lvsctl --help` loads only commander and these
 * files. Each action is imported when it runs (esbuild turns the dynamic import into a lazily
 * initialised part of the one bundle), so zod, yaml, socket.io and the renderers cost nothing
 * until a command needs them.
 */
export type Format = 'table' | 'json' | 'yaml';

export const outputOption = (def: Format, choices: Format[] = ['table', 'json', 'yaml']) =>
  new Option('-o, --output <format>', 'output format').choices(choices).default(def);

type ActionModule<K extends string> = Record<K, (io: never, ...args: never[]) => Promise<void>>;

export function lazy<K extends string, M extends ActionModule<K>>(
  io: unknown,
  load: () => Promise<M>,
  name: K,
): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    debugLog(io as CliIo, 'time', `run ${name}: load its module`);
    const fn = (await load())[name] as unknown as (io: unknown, ...a: unknown[]) => Promise<void>;
    debugLog(io as CliIo, 'time', `run ${name}: module loaded`);
    await fn(io, ...args);
    debugLog(io as CliIo, 'time', `run ${name}: done`);
  };
}
