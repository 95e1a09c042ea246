import type { RuntimeFile } from '@lvs/keepalived';
import type { SshConnection } from '../../infra/ssh/ssh-connection';

/**
 * Writes runtime files on a director in one command: for each `path value` line on stdin, the
 * directory is made when missing and a file whose first line differs is replaced atomically (written
 * beside as PATH.lvs-new, then `mv`), so keepalived's inotify sees one complete value, never a
 * half-written one. Files that already hold their value are left alone (no event, no re-read).
 * Prints `changed PATH` for each file it replaced. Paths come from runtimeControlsFor() (under the
 * config's directory, checked by the caller) and values from a fixed table: no user string.
 */
const WRITE_SCRIPT = `umask 022
while read -r p v; do
  d=\${p%/*}
  [ -d "$d" ] || mkdir -p -- "$d" || exit 3
  cur=
  [ -f "$p" ] && read -r cur < "$p"
  [ "$cur" = "$v" ] && continue
  printf '%s\\n' "$v" > "$p.lvs-new" && mv -f -- "$p.lvs-new" "$p" || exit 4
  echo "changed $p"
done`;

export interface WriteResult {
  changed: string[];
  output: string;
}

export async function writeRuntimeFiles(
  conn: SshConnection,
  files: readonly Pick<RuntimeFile, 'path' | 'value'>[],
  timeoutMs = 60_000,
): Promise<WriteResult> {
  if (!files.length) return { changed: [], output: 'no runtime files' };
  const stdin = files.map((f) => `${f.path} ${f.value}\n`).join('');
  let r = await conn.exec(['sh', '-c', WRITE_SCRIPT], { stdin, timeoutMs });
  // A channel closed without an exit status (seen once on a VM director under load): the write is
  // idempotent (only differing files are replaced), so it is sent once more.
  if (r.code === null && r.signal === null) r = await conn.exec(['sh', '-c', WRITE_SCRIPT], { stdin, timeoutMs });
  if (r.code !== 0)
    throw new Error(
      `writing the runtime files failed (exit ${r.code ?? r.signal}): ${(r.stderr || r.stdout).trim().split('\n').pop() ?? ''}`,
    );
  const changed = r.stdout
    .split('\n')
    .filter((l) => l.startsWith('changed '))
    .map((l) => l.slice('changed '.length));
  return { changed, output: `${files.length} runtime file(s), ${changed.length} changed` };
}

/**
 * The first line of each file (undefined: missing), read in one command: `PATH<TAB>VALUE` or
 * `PATH<TAB>-` for a missing file.
 */
const READ_SCRIPT = `for p in "$@"; do
  if [ -f "$p" ]; then v=; read -r v < "$p"; printf '%s\\t=%s\\n' "$p" "$v"; else printf '%s\\t-\\n' "$p"; fi
done`;

export async function readRuntimeFiles(
  conn: SshConnection,
  paths: readonly string[],
  timeoutMs = 30_000,
): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  if (!paths.length) return out;
  const r = await conn.exec(['sh', '-c', READ_SCRIPT, 'lvs-read', ...paths], { timeoutMs });
  if (r.code !== 0) throw new Error(`reading the runtime files failed (exit ${r.code ?? r.signal}): ${(r.stderr || r.stdout).trim()}`);
  for (const line of r.stdout.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const rest = line.slice(tab + 1);
    out.set(line.slice(0, tab), rest.startsWith('=') ? rest.slice(1) : undefined);
  }
  return out;
}
