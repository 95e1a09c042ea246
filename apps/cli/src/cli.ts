import { Command, CommanderError, Option } from 'commander';
import { registerApply } from './commands/apply';
import { registerDeploy } from './commands/deploy';
import { registerFleet } from './commands/fleet';
import { registerLogin } from './commands/login';
import { registerOffline } from './commands/offline';
import { registerImport, registerOps, registerStatus } from './commands/ops';
import { registerRead } from './commands/read';
import { registerTimeline } from './commands/timeline';
import { CliError, EXIT_CODES_HELP, ExitCode } from './exit-codes';
import type { CliIo } from './io';

export const VERSION = '0.1.0';

export function buildProgram(io: CliIo): Command {
  const program = new Command('lvsctl')
    .description('The LVS Console command line: get/describe/export, validate, diff and apply cluster specs, deploy and watch.')
    .version(VERSION, '-V, --version')
    .addOption(new Option('-s, --server <url>', 'console URL (default: $LVS_SERVER, or the current context)'))
    .addOption(new Option('-t, --token <token>', "API token (default: $LVS_TOKEN, or the context's); never printed"))
    .addOption(new Option('--context <name>', 'context of the config file to use (default: $LVSCTL_CONTEXT, or current-context)'))
    .showHelpAfterError('(lvsctl --help lists the commands)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: (s, write) => write(s) })
    .addHelpText(
      'after',
      `
Configuration: --server/--token, or LVS_SERVER/LVS_TOKEN, or contexts in ~/.config/lvsctl/config.yaml
(0600; LVSCTL_CONFIG names another file), written by lvsctl login.

${EXIT_CODES_HELP}

Examples:
  lvsctl login --server https://lvs.example.net --username alice
  lvsctl validate -f cluster.yaml
  lvsctl diff -f cluster.yaml --exit-code
  lvsctl apply -f cluster.yaml --message "add web3" --deploy --wait`,
    );
  registerLogin(program, io);
  registerRead(program, io);
  registerOffline(program, io);
  registerApply(program, io);
  registerDeploy(program, io);
  registerOps(program, io);
  registerImport(program, io);
  registerStatus(program, io);
  registerFleet(program, io);
  registerTimeline(program, io);
  // Every subcommand reports its errors through runCli (exit codes), and prints its help to io.
  for (const c of program.commands) c.exitOverride().configureOutput(program.configureOutput());
  return program;
}

/** Runs one lvsctl invocation and returns its exit code (main.ts sets process.exitCode from it). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ExitCode.Ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version "fail" with code 0; a usage error is invalid input.
      if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return ExitCode.Ok;
      return ExitCode.Invalid;
    }
    if (e instanceof CliError) {
      if (e.message) io.err(`error: ${e.message}\n`);
      for (const d of e.details) io.err(`  ${d}\n`);
      return e.code;
    }
    io.err(`error: ${(e as Error).message ?? String(e)}\n`);
    return ExitCode.Other;
  }
}
