import type { Command } from 'commander';
import type { CliIo } from '../io';
import { lazy, outputOption } from '../options';

export function registerLogin(program: Command, io: CliIo): void {
  program
    .command('login')
    .description('Sign in with a username and password, create an API token for this machine, and store it (not the password) in a context')
    .option('-u, --username <name>', 'user name (default: $LVS_USERNAME)')
    .option('--password-stdin', 'read the password from standard input (else $LVS_PASSWORD, else a prompt on the terminal)')
    .option('--context-name <name>', "name of the context to write (default: the server's host name)")
    .option('--token-name <name>', 'name of the API token (default: lvsctl USER@HOST)')
    .option('--expires-in-days <n>', 'the token expires after this many days (1-3650)', '90')
    .addHelpText(
      'after',
      `
The session is used only to create the token and is signed out right after. The token has your
role; it is written to the config file (mode 0600) and never printed.

Examples:
  lvsctl login --server https://lvs.example.net --username alice
  echo "$PASSWORD" | lvsctl login -s https://lvs.example.net -u ci --password-stdin --expires-in-days 7`,
    )
    .action(lazy(io, 'login', 'login'));

  program
    .command('logout')
    .description("Revoke the current context's token on the server and remove it from the config file")
    .action(lazy(io, 'login', 'logout'));

  const config = program.command('config').description('Contexts of the config file');
  config
    .command('get-contexts')
    .description('List the contexts (tokens are not shown)')
    .addOption(outputOption('table'))
    .action(lazy(io, 'login', 'getContexts'));
  config
    .command('use-context')
    .description('Make a context the current one')
    .argument('<name>')
    .action(lazy(io, 'login', 'useContext'));
  config.commands.forEach((c) => c.exitOverride().configureOutput(program.configureOutput()));
}
