import { parseIpvsList, parseProcIpVs, type IpvsService } from '@lvs/ipvs';
import { ADMIN_STATE_VALUES, MAINTENANCE_VALUES, type RuntimeFile } from '@lvs/keepalived';
import type { HeldChannel, SshConnection } from '../../infra/ssh/ssh-connection';
import { readRuntimeFiles, type WriteResult, writeRuntimeFiles } from './runtime-files';

/**
 * The runtime agent: one long-lived exec channel per director (held on the pooled SSH connection)
 * running this fixed script, so a drain is one round trip on an open channel instead of a new SSH
 * session and a shell on the director — the cost that dominated "now" on a slow director (issue 18:
 * ~580 ms per exec on the TCG VM). Its only argument is the runtime directory (runtimeControlsFor():
 * beside the config, inside DIRECTOR_CONFIG_DIRS). It reads one request per line:
 *
 * - `KEY VALUE`: KEY must be a runtime file's name — `maintenance` or `rs-` and 16 lowercase hex
 *   digits (realServerRuntimeKey) — and VALUE one of the fixed values of that kind (0/1 for
 *   maintenance, the ADMIN_STATE_VALUES for a real server); anything else is refused with an `err`
 *   line and nothing is written. No path travels: the file is always `$DIR/KEY`. A file that already
 *   holds the value is left alone (`ok KEY VALUE same`); otherwise the value is written beside as
 *   `KEY.lvs-new` and `mv`ed over it (keepalived's inotify sees one complete value) and the answer is
 *   `ok KEY VALUE changed`, or `err KEY …` when that failed.
 * - `?ipvs`: the kernel's IPVS table as /proc/net/ip_vs holds it, read with shell built-ins (no
 *   process is started per poll), then `end ipvs`; `err ipvs …` where the kernel has no IPVS.
 * - `?read KEY…`: the first line of each file (`val KEY VALUE`, or `missing KEY`), then `end read` —
 *   the drift check's read, so a console that checks drift (every DRIFT_SCAN_SECONDS) keeps each
 *   director's agent open and the next drain finds it there.
 *
 * The directory must exist (a deployment creates it before keepalived reads the config). The text
 * is shown in docs/runtime.md; it runs as the director's SSH user (with sudo when the director says so).
 */
const REAL_SERVER_VALUES = Object.values(ADMIN_STATE_VALUES).join(' ');
const MAINTENANCE_ALLOWED = Object.values(MAINTENANCE_VALUES).join(' ');
export const RUNTIME_AGENT_SCRIPT = `set -f
umask 022
d=$1
name_ok() {
  case $1 in
    maintenance) return 0 ;;
    rs-????????????????) case \${1#rs-} in *[!0-9a-f]*) return 1 ;; esac; return 0 ;;
  esac
  return 1
}
echo "ready $$"
while read -r k v extra; do
  if [ "$k" = '?ipvs' ]; then
    if [ -r /proc/net/ip_vs ]; then
      while IFS= read -r l; do printf '%s\\n' "$l"; done < /proc/net/ip_vs
      echo 'end ipvs'
    else
      echo 'err ipvs /proc/net/ip_vs is not readable: no IPVS in this kernel'
    fi
    continue
  fi
  if [ "$k" = '?read' ]; then
    bad=
    for f in $v $extra; do name_ok "$f" || bad=$f; done
    if [ -n "$bad" ]; then printf 'err read %s is not a runtime file name\\n' "$bad"; continue; fi
    for f in $v $extra; do
      if [ -f "$d/$f" ]; then cur=; read -r cur < "$d/$f"; printf 'val %s %s\\n' "$f" "$cur"; else printf 'missing %s\\n' "$f"; fi
    done
    echo 'end read'
    continue
  fi
  if ! name_ok "$k"; then printf 'err %s not a runtime file name\\n' "$k"; continue; fi
  case $k in
    maintenance) ok='${MAINTENANCE_ALLOWED}' ;;
    *) ok='${REAL_SERVER_VALUES}' ;;
  esac
  allowed=
  for x in $ok; do [ "$x" = "$v" ] && allowed=1; done
  if [ -z "$allowed" ] || [ -n "$extra" ]; then printf 'err %s value not allowed\\n' "$k"; continue; fi
  if [ ! -d "$d" ]; then printf 'err %s no directory %s\\n' "$k" "$d"; continue; fi
  p=$d/$k
  cur=
  [ -f "$p" ] && read -r cur < "$p"
  if [ "$cur" = "$v" ]; then printf 'ok %s %s same\\n' "$k" "$v"; continue; fi
  if printf '%s\\n' "$v" > "$p.lvs-new" && mv -f -- "$p.lvs-new" "$p"; then
    printf 'ok %s %s changed\\n' "$k" "$v"
  else
    printf 'err %s write failed\\n' "$k"
  fi
done`;

const AGENT = 'lvs-runtime-agent';

/** The held channel's name on a connection: one agent per runtime directory. */
export const runtimeAgentChannelName = (dir: string): string => `${AGENT} ${dir}`;

/** The agent's KEY for a runtime file's path: its name inside `dir`, when it is one the agent accepts. */
export function runtimeAgentKey(dir: string, path: string): string | undefined {
  if (!path.startsWith(`${dir}/`)) return undefined;
  const key = path.slice(dir.length + 1);
  return key === 'maintenance' || /^rs-[0-9a-f]{16}$/.test(key) ? key : undefined;
}

/** The agent's own refusal (`err …`): not a channel failure, so never retried nor sent another way. */
export class RuntimeAgentRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuntimeAgentRefusal';
  }
}

const WRITE_TIMEOUT_MS = 15_000;
const TABLE_TIMEOUT_MS = 10_000;

/** The director's agent: the one open on this connection, or a new one. */
export function runtimeAgent(conn: SshConnection, dir: string): Promise<HeldChannel> {
  return conn.held(runtimeAgentChannelName(dir), ['sh', '-c', RUNTIME_AGENT_SCRIPT, AGENT, dir]);
}

/**
 * Runs `fn` on the agent; when the channel fails (closed, killed, silent) it is opened once more and
 * `fn` runs again (both requests are idempotent). Undefined when the agent could not be used at all:
 * the caller then takes the exec path. A refusal by the agent is thrown as it is.
 */
async function onAgent<T>(
  conn: SshConnection,
  dir: string,
  fn: (ch: HeldChannel) => Promise<T>,
): Promise<{ value: T; via: string } | { failed: string }> {
  let failed = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const ch = await runtimeAgent(conn, dir);
      return { value: await fn(ch), via: `held channel (pid ${ch.pid})` };
    } catch (e) {
      if (e instanceof RuntimeAgentRefusal) throw e;
      failed = (e as Error).message;
    }
  }
  return { failed };
}

export interface AgentWriteResult extends WriteResult {
  /** How the files were written: `held channel (pid N)`, or `exec (…why the held channel was not used)`. */
  via: string;
}

/**
 * Writes runtime files through the director's agent (one round trip per file on the held channel);
 * when the agent cannot be reached, through one exec as before (writeRuntimeFiles).
 */
export async function writeRuntimeFilesNow(
  conn: SshConnection,
  dir: string,
  files: readonly Pick<RuntimeFile, 'path' | 'value'>[],
): Promise<AgentWriteResult> {
  const keys = files.map((f) => {
    const key = runtimeAgentKey(dir, f.path);
    if (!key) throw new RuntimeAgentRefusal(`${f.path} is not a runtime file in ${dir}`);
    return { key, value: f.value, path: f.path };
  });
  const r = await onAgent(conn, dir, async (ch) => {
    const changed: string[] = [];
    for (const f of keys) {
      const [answer] = await ch.request(`${f.key} ${f.value}`, (l) => l.startsWith('ok ') || l.startsWith('err '), WRITE_TIMEOUT_MS);
      if (answer.startsWith('err ')) throw new RuntimeAgentRefusal(`the runtime agent refused ${f.path}: ${answer.slice(4)}`);
      if (answer !== `ok ${f.key} ${f.value} changed` && answer !== `ok ${f.key} ${f.value} same`)
        throw new RuntimeAgentRefusal(`the runtime agent answered ${JSON.stringify(answer)} for ${f.key} ${f.value}`);
      if (answer.endsWith(' changed')) changed.push(f.path);
    }
    return changed;
  });
  if ('failed' in r) {
    const w = await writeRuntimeFiles(conn, files);
    return { ...w, via: `exec (the held channel failed: ${r.failed})` };
  }
  return { changed: r.value, output: `${files.length} runtime file(s), ${r.value.length} changed`, via: r.via };
}

/**
 * The first line of each runtime file (undefined: missing) through the agent; when the agent cannot
 * be reached, over one exec as before (readRuntimeFiles).
 */
export async function readRuntimeFilesNow(
  conn: SshConnection,
  dir: string,
  paths: readonly string[],
): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  if (!paths.length) return out;
  const keys = paths.map((p) => {
    const key = runtimeAgentKey(dir, p);
    if (!key) throw new RuntimeAgentRefusal(`${p} is not a runtime file in ${dir}`);
    return key;
  });
  const r = await onAgent(conn, dir, (ch) =>
    ch.request(`?read ${keys.join(' ')}`, (l) => l === 'end read' || l.startsWith('err '), TABLE_TIMEOUT_MS),
  );
  if ('failed' in r) return readRuntimeFiles(conn, paths);
  const last = r.value.at(-1)!;
  if (last.startsWith('err ')) throw new RuntimeAgentRefusal(`the runtime agent refused the read: ${last.slice(4)}`);
  for (const line of r.value.slice(0, -1)) {
    const m = /^(val|missing) (\S+)(?: (.*))?$/.exec(line);
    if (m) out.set(`${dir}/${m[2]}`, m[1] === 'val' ? (m[3] ?? '') : undefined);
  }
  return out;
}

/**
 * The IPVS table through the agent (/proc/net/ip_vs), or the reason it cannot be read; when the agent
 * cannot be reached, `ipvsadm -L -n --exact` over one exec.
 */
export async function ipvsTableNow(conn: SshConnection, dir: string): Promise<IpvsService[] | string> {
  const r = await onAgent(conn, dir, (ch) => ch.request('?ipvs', (l) => l === 'end ipvs' || l.startsWith('err '), TABLE_TIMEOUT_MS));
  if ('failed' in r) return ipvsTableByExec(conn);
  const lines = r.value;
  const last = lines.at(-1)!;
  if (last.startsWith('err ')) return last.replace(/^err \S+ /, '');
  return parseProcIpVs(lines.slice(0, -1).join('\n'));
}

/** `ipvsadm -L -n --exact` over one exec, or the reason it cannot be read (no IPVS in this kernel, no ipvsadm). */
export async function ipvsTableByExec(conn: SshConnection): Promise<IpvsService[] | string> {
  const r = await conn.exec(['ipvsadm', '-L', '-n', '--exact'], { timeoutMs: 15_000 });
  if (r.code !== 0) return (r.stderr || r.stdout).trim().split('\n').pop() || `ipvsadm exit ${r.code}`;
  return parseIpvsList(r.stdout);
}
