/**
 * SSH exec requests always reach the remote user's shell, so every argument is single-quoted:
 * nothing a user typed can start a second command, expand a variable or redirect.
 */
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function shellCommand(argv: readonly string[], opts: { sudo?: boolean } = {}): string {
  if (argv.length === 0) throw new Error('empty command');
  const full = opts.sudo ? ['sudo', '-n', '--', ...argv] : [...argv];
  return full.map(shellQuote).join(' ');
}
