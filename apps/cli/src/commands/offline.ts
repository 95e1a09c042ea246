import type { Command } from 'commander';
import type { CliIo } from '../io';
import { lazy } from '../options';

export function registerOffline(program: Command, io: CliIo): void {
  program
    .command('schema')
    .description('Print the JSON Schema of a cluster spec file (for editor completion and validation)')
    .addHelpText(
      'after',
      `
Examples:
  lvsctl schema > cluster.schema.json
  # VS Code (redhat.vscode-yaml): first line of cluster.yaml
  # yaml-language-server: $schema=./cluster.schema.json`,
    )
    .action(lazy(io, 'offline', 'schema'));

  program
    .command('validate')
    .description('Check a spec file offline: schema, cluster rules, and that every director renders (no server needed)')
    .requiredOption('-f, --file <path>', 'spec file, YAML or JSON (- for standard input)')
    .option('--json', 'print the findings as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  lvsctl validate -f cluster.yaml\n  lvsctl export prod-lb | lvsctl validate -f -\n\nExit 0 when valid (warnings are printed), 3 with every error as file:line:col: path: message.',
    )
    .action(lazy(io, 'offline', 'validate'));
}
