/**
 * The commit of one keepalived.conf push as ONE remote command: backup → atomic mv → reload →
 * verify, each stage marked with the director's clock so the steps keep their own timings. One exec
 * instead of five saves four round trips and four remote shell starts per director.
 *
 * Verify looks for evidence that keepalived took the reload instead of sleeping and hoping: before
 * the signal it notes, for keepalived's parent and each child (VRRP, checker), the bytes that process
 * has read so far (`rchar` in /proc/PID/io); after it, it waits until every one of them has read at
 * least the size of the new file again (each re-parses the configuration on a reload), then a short
 * grace, then checks they are all still alive and prints the file's sha256. A keepalived that is
 * stopped, hung, or a pid file naming some other process shows up as "did not re-read", which a
 * fixed sleep would call success. Where /proc/PID/io cannot be read (a non-root user without sudo)
 * it falls back to a 300 ms settle and says so.
 *
 * No signal goes to a process that is not keepalived: whoever can edit a director's pid file path
 * could otherwise SIGHUP any process on the director (most daemons re-exec or die on it). The pid
 * must be all digits and /proc/PID/comm must read `keepalived`.
 *
 * Arguments (never spliced into the script): $1 the config path, $2 the file to move onto it, $3 the
 * backup path ('' for none), $4 'systemctl' or 'sighup', $5 the pid file, $6 how many 10 ms polls
 * to wait for the re-read.
 */
export const COMMIT_SCRIPT = `set -u
now() { date +%s%3N; }
mark() { echo "@step $1 $(now)"; }
mark start
if [ -n "$3" ]; then cp -p -- "$1" "$3" || exit 10; fi
mark backup
mv -f -- "$2" "$1" || exit 11
mark swap
if [ "$4" = systemctl ]; then p=$(systemctl show -p MainPID --value keepalived 2>/dev/null); else p=$(cat -- "$5" 2>/dev/null); fi
# digits only: "-1" would make kill signal every process
case "$p" in *[!0-9]*) echo "the pid file $5 does not hold a pid" >&2; exit 12;; esac
if [ -z "$p" ] || [ "$p" = 0 ] || ! kill -0 "$p" 2>/dev/null; then echo "no running keepalived (pid \${p:-none}$([ "$4" = systemctl ] || echo " from $5"))" >&2; exit 12; fi
c=$(cat "/proc/$p/comm" 2>/dev/null)
[ "$c" = keepalived ] || { echo "pid $p$([ "$4" = systemctl ] || echo " from $5") is not keepalived (it is \${c:-gone}): no signal sent" >&2; exit 12; }
pids="$p $(cat /proc/$p/task/*/children 2>/dev/null)"
size=$(wc -c < "$1")
# sets R to the process's rchar ('' when gone); builtins only: this runs every 10 ms per process
rchar() { R=; while read -r k v; do [ "$k" = rchar: ] && { R=$v; return; }; done < "/proc/$1/io"; } 2>/dev/null
before=""; seen=1
for q in $pids; do rchar $q; [ -n "$R" ] || seen=0; before="$before $q:\${R:-0}"; done
if [ "$4" = systemctl ]; then systemctl reload keepalived || exit 12; else kill -HUP "$p" || exit 12; fi
mark reload
echo "@pids$before"
if [ $seen = 1 ]; then
  i=0
  while :; do
    left=""
    for x in $before; do
      q=\${x%%:*}; rchar $q
      [ -n "$R" ] || { echo "keepalived process $q exited during the reload" >&2; exit 13; }
      [ $((R - \${x#*:})) -ge $size ] || left="$left $q"
    done
    [ -z "$left" ] && break
    i=$((i + 1))
    [ $i -lt $6 ] || { echo "keepalived did not take the reload: process(es)$left did not re-read $1 (hung, stopped, or the pid is not keepalived's)" >&2; exit 13; }
    sleep 0.01
  done
  sleep 0.05
else
  echo "@unobserved"
  sleep 0.3
fi
for q in $pids; do kill -0 $q 2>/dev/null || { echo "keepalived process $q is gone after the reload" >&2; exit 13; }; done
mark verify
sha256sum -- "$1"
`;

/** The exit codes of COMMIT_SCRIPT and the stage each one failed. */
export const COMMIT_EXIT: Record<number, 'backup' | 'swap' | 'reload' | 'verify'> = {
  10: 'backup',
  11: 'swap',
  12: 'reload',
  13: 'verify',
};

export type CommitStage = 'backup' | 'swap' | 'reload' | 'verify';

export interface CommitReport {
  /** Stage → ms it took on the director (from the script's marks), for the stages that finished. */
  stageMs: Partial<Record<CommitStage, number>>;
  /** The keepalived pids the script watched ('' when it got that far). */
  pids: string;
  /** True when /proc/PID/io could not be read and a fixed settle stood in for the evidence. */
  unobserved: boolean;
  /** sha256 of the config path after the stages, when the script got to the end. */
  sha256?: string;
}

/** Reads the marks, the watched pids and the final sha256 line out of COMMIT_SCRIPT's stdout. */
export function parseCommitOutput(stdout: string): CommitReport {
  const marks: [string, number][] = [];
  let pids = '';
  let unobserved = false;
  let sha: string | undefined;
  for (const line of stdout.split('\n')) {
    const m = /^@step (\w+) (\d+)$/.exec(line);
    if (m) marks.push([m[1], Number(m[2])]);
    else if (line.startsWith('@pids'))
      pids = line
        .slice(5)
        .trim()
        .split(/\s+/)
        .map((x) => x.split(':')[0])
        .join(' ');
    else if (line === '@unobserved') unobserved = true;
    else if (/^[0-9a-f]{64} /.test(line)) sha = line.slice(0, 64);
  }
  const stageMs: CommitReport['stageMs'] = {};
  for (let i = 1; i < marks.length; i++) stageMs[marks[i][0] as CommitStage] = Math.max(0, marks[i][1] - marks[i - 1][1]);
  return { stageMs, pids, unobserved, sha256: sha };
}
