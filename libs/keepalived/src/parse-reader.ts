/** keepalived.conf parsing: the Reader (warnings with lines, value readers) and the parsed shapes (split from parse.ts along its blocks, mirroring render.ts). */
import {
  type ExtraEntry,
  ExtraEntrySchema,
  type GlobalDefs,
  type TrackFile,
  type TrackProcess,
  type VirtualServerGroup,
  type VrrpScript,
  type VirtualService,
  type VrrpInstance,
  type VrrpState,
  type VrrpSyncGroup,
} from '@lvs/domain';
import { type ConfigWarning, type Statement, type ImportWarningCode } from './config-tree';
import { dotted, type IssuePath, parseDroppingInvalid } from './repair';

/** Where something starts in the text: line (1-based) and the include path when it came from an included file. */
export interface SourceLocation {
  line: number;
  file?: string;
}

/** One vrrp_instance as one director's file describes it: the shared settings plus this director's own priority and state. */
export interface DirectorInstance {
  instance: Omit<VrrpInstance, 'members'>;
  priority: number;
  state: VrrpState;
  /** unicast_src_ip: the director's own address, if written. */
  unicastSrcIp?: string;
  /** unicast_peer addresses: the other members' addresses. */
  unicastPeers: string[];
  location: SourceLocation;
}

/** What one keepalived.conf holds, as spec fragments (validated by the domain schemas). */
export interface ParsedConfig {
  /** global_defs router_id */
  routerId?: string;
  /** global_defs vrrp_notify_fifo / lvs_notify_fifo */
  notifyFifos?: { vrrp?: string; lvs?: string };
  instances: DirectorInstance[];
  syncGroups: VrrpSyncGroup[];
  virtualServices: VirtualService[];
  /** Aligned with virtualServices. */
  virtualServiceLocations: SourceLocation[];
  /** global_defs beyond router_id and the console's own keywords. */
  globalDefs?: GlobalDefs;
  vrrpScripts: VrrpScript[];
  trackFiles: TrackFile[];
  trackProcesses: TrackProcess[];
  virtualServerGroups: VirtualServerGroup[];
  /** Top-level blocks kept verbatim. */
  extra: ExtraEntry[];
  /** Everything not imported as written — unknown or unmodelled options, bad values, repairs — with its line. */
  warnings: ConfigWarning[];
}

/** One director's view: ParsedConfig plus the director's name (router_id) and address (unicast_src_ip). */
export interface ParsedDirector extends ParsedConfig {
  directorName?: string;
  address?: string;
}

export const KEEPALIVED_DEFAULT_PRIORITY = 100;
/** keepalived.conf(5): "persistence_timeout [<INTEGER>] ... default 6 minutes". */
export const KEEPALIVED_DEFAULT_PERSISTENCE = 360;

export type Obj = Record<string, unknown>;

export class Reader {
  readonly warnings: ConfigWarning[] = [];

  warn(at: SourceLocation, message: string, code: ImportWarningCode = 'import.not_imported'): void {
    this.warnings.push(at.file === undefined ? { code, line: at.line, message } : { code, line: at.line, file: at.file, message });
  }

  /** The statement as written, for messages. */
  static text(st: Statement): string {
    const args = st.args.map((a, i) => (st.quoted?.[i] ? `"${a}"` : a));
    return [st.key, ...args].join(' ') + (st.block ? ' { ... }' : '');
  }

  notImported(st: Statement, where: string, why = 'is not modelled by LVS Console'): void {
    this.warn(st, `${where}: '${Reader.text(st)}' ${why}; not imported`);
  }

  /**
   * Keeps an unmodelled statement (with its block) as a verbatim entry of `into`, reported as
   * "kept verbatim" with its line. What the verbatim rules refuse (an entry nested deeper than
   * three levels, an argument keepalived could not read back) is reported as not imported.
   */
  verbatim(st: Statement, where: string, into: ExtraEntry[]): void {
    const entry = toExtra(st);
    const ok = ExtraEntrySchema.safeParse(entry);
    if (!ok.success) {
      this.notImported(st, where, `cannot be kept verbatim (${ok.error.issues[0].message})`);
      return;
    }
    into.push(ok.data);
    const at = loc(st);
    this.warnings.push({
      ...(at.file === undefined ? { line: at.line } : { line: at.line, file: at.file }),
      code: 'import.kept_verbatim',
      message: `${where}: '${Reader.text(st)}' is not modelled by LVS Console; kept verbatim`,
      verbatim: true,
    });
  }

  noBlock(st: Statement, where: string): boolean {
    if (st.block) {
      this.warn(st, `${where}: '${st.key}' takes no block; the block is not imported`);
      return true;
    }
    return false;
  }

  extraArgs(st: Statement, where: string, allowed: number): void {
    if (st.args.length > allowed) this.warn(st, `${where}: extra words after '${st.key}' ignored: ${st.args.slice(allowed).join(' ')}`);
  }

  /** The single bare argument of an option. */
  arg(st: Statement, where: string): string | undefined {
    this.noBlock(st, where);
    if (st.args.length === 0) {
      this.warn(st, `${where}: '${st.key}' needs a value; not imported`);
      return undefined;
    }
    this.extraArgs(st, where, 1);
    return st.args[0];
  }

  /** A whole number in [min, max] (keepalived's read_unsigned). */
  int(st: Statement, where: string, min: number, max: number, index = 0): number | undefined {
    const v = index === 0 ? this.arg(st, where) : st.args[index];
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) {
      this.warn(st, `${where}: '${st.key} ${v}' is not a whole number; not imported`);
      return undefined;
    }
    const n = Number(v);
    if (n < min || n > max) {
      this.warn(st, `${where}: '${st.key} ${v}' is outside ${min}-${max}; not imported`);
      return undefined;
    }
    return n;
  }

  /** A <TIMER> in seconds; keepalived takes fractions, the spec whole seconds: rounded up, with a warning. */
  seconds(st: Statement, where: string, min: number, max: number): number | undefined {
    const v = this.arg(st, where);
    if (v === undefined) return undefined;
    if (!/^\d+(\.\d+)?$/.test(v)) {
      this.warn(st, `${where}: '${st.key} ${v}' is not a number of seconds; not imported`);
      return undefined;
    }
    let n = Number(v);
    if (!Number.isInteger(n)) {
      const up = Math.max(min, Math.ceil(n));
      this.warn(st, `${where}: '${st.key} ${v}' has a fraction of a second; imported as ${up}`, 'import.clamped');
      n = up;
    }
    if (n < min || n > max) {
      this.warn(st, `${where}: '${st.key} ${v}' is outside ${min}-${max}; not imported`);
      return undefined;
    }
    return n;
  }

  /** A flag with an optional <BOOL> (on|off|true|false|yes|no). */
  bool(st: Statement, where: string): boolean {
    this.noBlock(st, where);
    if (st.args.length === 0) return true;
    this.extraArgs(st, where, 1);
    const v = st.args[0].toLowerCase();
    if (['on', 'true', 'yes'].includes(v)) return true;
    if (['off', 'false', 'no'].includes(v)) return false;
    this.warn(st, `${where}: '${st.key} ${st.args[0]}' is not one of on|off|true|false|yes|no; read as on`);
    return true;
  }

  oneOf<T extends string>(st: Statement, where: string, values: readonly T[]): T | undefined {
    const v = this.arg(st, where);
    if (v === undefined) return undefined;
    if (!(values as readonly string[]).includes(v)) {
      this.warn(st, `${where}: '${st.key} ${v}' is not one of ${values.join('|')}; not imported`);
      return undefined;
    }
    return v as T;
  }

  /**
   * A script option: `<STRING>|<QUOTED-STRING> [username [groupname]]` (notify_*, quorum_up/down).
   * A quoted first word is the whole command line; unquoted, it is the program alone and any
   * further words are the user and group it runs as.
   */
  script(st: Statement, where: string): string | undefined {
    this.noBlock(st, where);
    if (st.args.length === 0) {
      this.warn(st, `${where}: '${st.key}' needs a script; not imported`);
      return undefined;
    }
    if (st.args.length > 1) {
      this.warn(
        st,
        `${where}: '${st.key}' runs as user ${st.args.slice(1).join(' ')}; LVS Console runs scripts as script_user root, so the user is not imported (quote the script if those words were its arguments)`,
      );
    }
    return st.args[0];
  }

  /**
   * Drops what the domain schema refuses, reporting each drop at the best line known: `base`, or
   * the line of the array element (`items.realServers[i]`) the refused value sits in.
   */
  validate<T>(
    schema: Parameters<typeof parseDroppingInvalid>[0],
    input: unknown,
    where: string,
    base: SourceLocation,
    items: Record<string, SourceLocation[]> = {},
  ): T | undefined {
    const lists = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, [...v]]));
    const lineOf = (path: IssuePath): SourceLocation =>
      (typeof path[0] === 'string' && typeof path[1] === 'number' && lists[path[0]]?.[path[1]]) || base;
    return parseDroppingInvalid(schema, input, (dropped, issuePath, message) => {
      const at = lineOf(issuePath);
      if (dropped.length === 0)
        this.warn(
          at,
          `${where}: ${issuePath.length ? `${dotted(issuePath)}: ` : ''}${message}; the whole ${where.split(' ')[0]} is not imported`,
        );
      else this.warn(at, `${where}: ${dotted(issuePath)}: ${message}; ${dotted(dropped)} not imported`);
      // Later issues index the array without the dropped element.
      if (dropped.length === 2 && typeof dropped[0] === 'string' && lists[dropped[0]]) lists[dropped[0]].splice(Number(dropped[1]), 1);
    }) as T | undefined;
  }
}

export function loc(st: Statement): SourceLocation {
  return st.file === undefined ? { line: st.line } : { line: st.line, file: st.file };
}

/** A statement as a verbatim entry: keyword, arguments (quotes removed), block. */
export function toExtra(st: Statement): ExtraEntry {
  const e: ExtraEntry = { keyword: st.key };
  if (st.args.length) e.args = [...st.args];
  if (st.block) e.block = st.block.map(toExtra);
  return e;
}

/** Sets `o.extra` when a block kept anything verbatim. */
export function withExtra<T extends Obj>(o: T, extra: ExtraEntry[]): T {
  if (extra.length) (o as Obj).extra = extra;
  return o;
}

/** A decimal number of seconds (keepalived's <DECIMAL>, microsecond resolution). */
export function readDecimal(r: Reader, c: Statement, where: string, places: number): number | undefined {
  const v = r.arg(c, where);
  if (v === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(v)) {
    r.warn(c, `${where}: '${c.key} ${v}' is not a number; not imported`);
    return undefined;
  }
  const n = Number(v);
  const rounded = Number(n.toFixed(places));
  if (rounded !== n) r.warn(c, `${where}: '${c.key} ${v}' has more than ${places} decimals; imported as ${rounded}`, 'import.clamped');
  return rounded;
}

/** `weight N [reverse]` at args[at] of a track_* entry. */
export function trackWeight(r: Reader, t: Statement, where: string, at: number): { weight: number; reverse?: boolean } | undefined {
  const v = t.args[at + 1];
  if (v === undefined || !/^-?\d+$/.test(v)) {
    r.warn(t, `${where} ${t.key}: 'weight ${v ?? ''}' is not a whole number; tracked without weight`);
    return undefined;
  }
  const rest = t.args.slice(at + 2);
  if (rest.length && !(rest.length === 1 && rest[0] === 'reverse'))
    r.warn(t, `${where} ${t.key}: '${rest.join(' ')}' not understood; ignored`);
  return rest[0] === 'reverse' ? { weight: Number(v), reverse: true } : { weight: Number(v) };
}
