import type { ClusterSpec } from '@lvs/domain';
import { render, type RenderOptions } from './render';

/**
 * Version-aware rendering (issue 14, item 4): directors run different keepalived releases (Debian 10
 * ships 2.0.10, Debian 11 2.1.5, Debian 12 2.2.7), and keepalived refuses a keyword it does not know
 * ("Unknown keyword", --config-test exits non-zero). render() writes the 2.2 spelling of everything;
 * forVersion() rewrites the rendered text for an older director — the older spelling where there is
 * one — or refuses it naming the keyword and the release that introduced it.
 *
 * Sources: keepalived's ChangeLog and its keepalived.conf(5) of each release. Every keyword here is
 * accepted by Debian's 2.2.7 (versions.int-spec.ts feeds them to the real binary); the release a
 * keyword appeared in, below 2.2.7, is taken from the ChangeLog, not from running that release.
 */

/** A keepalived release, as `keepalived -v` prints it (`Keepalived v2.2.7 (01/16,2022)`). */
export interface KeepalivedVersion {
  major: number;
  minor: number;
  patch: number;
}

/** The version in `keepalived -v` output (or a bare `2.2.7`); undefined when there is none. */
export function parseKeepalivedVersion(text: string): KeepalivedVersion | undefined {
  const m = /(?:^|[\s v])v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) };
}

export function formatVersion(v: KeepalivedVersion): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}

/** Negative when a is older than b, 0 when equal, positive when newer. */
export function compareVersions(a: KeepalivedVersion, b: KeepalivedVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

function v(s: string): KeepalivedVersion {
  const p = parseKeepalivedVersion(s);
  if (!p) throw new Error(`bad version ${s}`);
  return p;
}

/** One keyword the renderer writes that not every keepalived knows. */
export interface KeywordVersion {
  /** The keyword as render() writes it. */
  keyword: string;
  /** The block it stands in (`` for the top level); `*` for any block. */
  block: string;
  /** The first release that knows it. */
  since: string;
  /** The spelling releases before `since` know, if any (render writes that instead). */
  olderName?: string;
  /** A console-own keyword whose absence only loses a safety net: left out for older releases instead of refused. */
  optional?: boolean;
  /** Why it matters, for the refusal. */
  note?: string;
}

/**
 * keyword → first release. Keep it sorted by block, then keyword; the test checks that every
 * keyword here is known to keepalived 2.2.7 and that the table has no duplicate.
 */
export const KEYWORD_VERSIONS: readonly KeywordVersion[] = [
  {
    keyword: 'track_file',
    block: '',
    since: '2.1.0',
    olderName: 'vrrp_track_file',
    note: 'track_file blocks were vrrp_track_file before 2.1',
  },
  { keyword: 'vrrp_track_process', block: '', since: '2.0.11', note: 'process tracking' },
  { keyword: 'enable_script_security', block: 'global_defs', since: '1.3.0', optional: true, note: 'script security' },
  { keyword: 'lvs_notify_fifo', block: 'global_defs', since: '2.0.0', note: 'the console reads real-server events from it' },
  { keyword: 'reload_check_config', block: 'global_defs', since: '2.2.0', optional: true, note: 'a reload checks the new config first' },
  { keyword: 'script_user', block: 'global_defs', since: '1.3.0', optional: true },
  { keyword: 'smtp_alert_checker', block: 'global_defs', since: '2.0.0' },
  { keyword: 'smtp_alert_vrrp', block: 'global_defs', since: '2.0.0' },
  { keyword: 'vrrp_gna_interval', block: 'global_defs', since: '1.3.0' },
  { keyword: 'vrrp_notify_fifo', block: 'global_defs', since: '2.0.0', note: 'the console reads VRRP events from it' },
  { keyword: 'vrrp_version', block: 'global_defs', since: '1.2.14' },
  { keyword: 'lvs_method', block: 'real_server', since: '1.3.0', olderName: 'lb_kind' },
  { keyword: 'notify_up', block: 'real_server', since: '1.1.0' },
  { keyword: 'retry', block: '*', since: '1.3.0', olderName: 'nb_get_retry', note: 'checker retry count' },
  { keyword: 'status_code', block: 'url', since: '1.1.0' },
  { keyword: 'virtualhost', block: 'url', since: '2.0.0', note: 'per-url virtualhost' },
  { keyword: 'lvs_method', block: 'virtual_server', since: '1.3.0', olderName: 'lb_kind' },
  { keyword: 'lvs_sched', block: 'virtual_server', since: '1.3.0', olderName: 'lb_algo' },
  { keyword: 'mh-fallback', block: 'virtual_server', since: '2.0.11', note: 'the mh scheduler (Linux 4.18)' },
  { keyword: 'mh-port', block: 'virtual_server', since: '2.0.11', note: 'the mh scheduler (Linux 4.18)' },
  { keyword: 'init_fail', block: 'vrrp_script', since: '2.0.0' },
  { keyword: 'notify_master', block: 'vrrp_sync_group', since: '1.1.0' },
  { keyword: 'sync_group_tracking_weight', block: 'vrrp_sync_group', since: '2.0.0' },
  { keyword: 'track_file', block: 'vrrp_instance', since: '1.3.6' },
  { keyword: 'track_process', block: 'vrrp_instance', since: '2.0.11' },
  { keyword: 'vmac_xmit_base', block: 'vrrp_instance', since: '1.2.10' },
];

function lookup(block: string, keyword: string): KeywordVersion | undefined {
  return KEYWORD_VERSIONS.find((k) => k.keyword === keyword && (k.block === block || k.block === '*'));
}

/** Raised when a director's keepalived cannot run the rendered config. */
export class KeepalivedVersionError extends Error {
  override readonly name = 'KeepalivedVersionError';
  constructor(
    readonly director: string,
    readonly version: string,
    /** Every keyword the release does not know, with the release that introduced it and the line. */
    readonly missing: { keyword: string; since: string; line: number; note?: string }[],
  ) {
    super(
      missing.length === 0
        ? `director ${director}: ${JSON.stringify(version)} is not a keepalived version (keepalived -v prints "Keepalived v2.2.7 ...")`
        : `director ${director} runs keepalived ${version}, which does not know ${missing.map((m) => `'${m.keyword}' (keepalived ${m.since}${m.note ? `: ${m.note}` : ''}, line ${m.line})`).join(', ')}`,
    );
  }
}

export interface VersionedText {
  text: string;
  /** Console-own keywords left out for this release (each loses a safety net, never meaning). */
  omitted: string[];
}

/**
 * The rendered config as `version` reads it: older spellings where the release has one, optional
 * console keywords left out, anything else it does not know refused with KeepalivedVersionError.
 * Works on render()'s own output (one statement per line, `head {` / `}`; no value can hold a brace).
 */
export function forVersion(text: string, director: string, version: KeepalivedVersion): VersionedText {
  const lines = text.split('\n');
  const stack: string[] = [];
  const missing: KeepalivedVersionError['missing'] = [];
  const omitted: string[] = [];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trimStart();
    if (trimmed === '}') {
      stack.pop();
      out.push(line);
      continue;
    }
    const keyword = trimmed.split(' ', 1)[0];
    const block = stack.length ? stack[stack.length - 1] : '';
    const entry = keyword && !trimmed.startsWith('!') ? lookup(block, keyword) : undefined;
    let written = line;
    if (entry && compareVersions(version, v(entry.since)) < 0) {
      if (entry.olderName !== undefined) written = line.replace(keyword, entry.olderName);
      else if (entry.optional) {
        omitted.push(keyword);
        continue;
      } else missing.push({ keyword, since: entry.since, line: i + 1, ...(entry.note && { note: entry.note }) });
    }
    // A block is named by its keyword (`real_server 10.0.0.1 80 {` is real_server).
    if (trimmed.endsWith('{')) stack.push(keyword);
    out.push(written);
  }
  if (missing.length) throw new KeepalivedVersionError(director, formatVersion(version), missing);
  return { text: out.join('\n'), omitted };
}

/**
 * render() for a director that runs `version` (a `keepalived -v` text or `2.0.10`): the same config
 * in the keywords that release knows. Without a version, render() as it is (the 2.2 spelling).
 */
export function renderForVersion(
  spec: ClusterSpec,
  director: string,
  version: string | KeepalivedVersion | undefined,
  opts: RenderOptions = {},
): VersionedText {
  const text = render(spec, director, opts);
  if (version === undefined) return { text, omitted: [] };
  const parsed = typeof version === 'string' ? parseKeepalivedVersion(version) : version;
  if (!parsed) throw new KeepalivedVersionError(director, String(version), []);
  return forVersion(text, director, parsed);
}
