import { runCli } from '../src/cli';
import type { CliIo } from '../src/io';

export interface Run {
  code: number;
  out: string;
  err: string;
}

/**
 * One lvsctl invocation in this process, with its own environment, working directory and standard
 * input; what it prints is captured. The real program: commander, the API client, the config file.
 */
export async function lvsctl(
  argv: string[],
  opts: { env?: Record<string, string | undefined>; cwd?: string; stdin?: string; isTTY?: boolean } = {},
): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    env: { PATH: process.env.PATH, HOME: '/nonexistent-home', ...opts.env },
    isTTY: opts.isTTY ?? false,
    cwd: opts.cwd ?? process.cwd(),
    readStdin: async () => opts.stdin ?? '',
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}
