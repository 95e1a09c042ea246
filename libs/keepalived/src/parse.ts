import {
  type ExtraEntry,
  ExtraEntrySchema,
  FORWARDING_METHODS,
  type GlobalDefs,
  GlobalDefsSchema,
  isIpv6,
  type TrackFile,
  TrackFileSchema,
  type TrackProcess,
  TrackProcessSchema,
  type VirtualServerGroup,
  VirtualServerGroupMemberSchema,
  VirtualServerGroupSchema,
  type VrrpScript,
  VrrpScriptSchema,
  PROTOCOLS,
  SCHEDULERS,
  type VirtualService,
  VirtualServiceSchema,
  virtualServiceKey,
  type VrrpInstance,
  VrrpInstanceSchema,
  type VrrpState,
  type VrrpSyncGroup,
  VrrpSyncGroupSchema,
} from '@lvs/domain';
import { type ConfigTreeOptions, type ConfigWarning, forEachTopLevel, type Statement } from './config-tree';
import { dotted, type IssuePath, parseDroppingInvalid } from './repair';

export type { ConfigWarning } from './config-tree';
export type ParseOptions = ConfigTreeOptions;

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

const KEEPALIVED_DEFAULT_PRIORITY = 100;
/** keepalived.conf(5): "persistence_timeout [<INTEGER>] ... default 6 minutes". */
const KEEPALIVED_DEFAULT_PERSISTENCE = 360;

type Obj = Record<string, unknown>;

class Reader {
  readonly warnings: ConfigWarning[] = [];

  warn(at: SourceLocation, message: string): void {
    this.warnings.push(at.file === undefined ? { line: at.line, message } : { line: at.line, file: at.file, message });
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
    this.warnings.push({ ...(at.file === undefined ? { line: at.line } : { line: at.line, file: at.file }), message: `${where}: '${Reader.text(st)}' is not modelled by LVS Console; kept verbatim`, verbatim: true });
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
      this.warn(st, `${where}: '${st.key} ${v}' has a fraction of a second; imported as ${up}`);
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

function loc(st: Statement): SourceLocation {
  return st.file === undefined ? { line: st.line } : { line: st.line, file: st.file };
}

/** A statement as a verbatim entry: keyword, arguments (quotes removed), block. */
function toExtra(st: Statement): ExtraEntry {
  const e: ExtraEntry = { keyword: st.key };
  if (st.args.length) e.args = [...st.args];
  if (st.block) e.block = st.block.map(toExtra);
  return e;
}

/** Sets `o.extra` when a block kept anything verbatim. */
function withExtra<T extends Obj>(o: T, extra: ExtraEntry[]): T {
  if (extra.length) (o as Obj).extra = extra;
  return o;
}

/* ------------------------------------------------------------------ global_defs */

function readGlobalDefs(r: Reader, st: Statement, out: ParsedConfig): void {
  const where = 'global_defs';
  // A second global_defs block adds to the first, as keepalived reads it.
  const g: Obj = { ...out.globalDefs };
  const extra: ExtraEntry[] = out.globalDefs?.extra ?? [];
  for (const c of st.block ?? []) {
    switch (c.key) {
      case 'router_id': {
        const v = r.arg(c, where);
        if (v !== undefined) out.routerId = v;
        break;
      }
      // Rendered by LVS Console on every director.
      case 'enable_script_security':
      case 'reload_check_config':
        break;
      case 'script_user':
        if (c.args[0] !== 'root' || c.args.length > 1)
          r.warn(c, `${where}: 'script_user ${c.args.join(' ')}' — LVS Console renders script_user root`);
        break;
      case 'vrrp_notify_fifo':
      case 'lvs_notify_fifo': {
        if (c.args.length > 1) r.warn(c, `${where}: '${c.key}' user/group ${c.args.slice(1).join(' ')} not imported`);
        if (c.args[0] !== undefined) {
          out.notifyFifos ??= {};
          out.notifyFifos[c.key === 'vrrp_notify_fifo' ? 'vrrp' : 'lvs'] = c.args[0];
        }
        break;
      }
      default:
        if (!readGlobalSetting(r, c, where, g)) r.verbatim(c, where, extra);
    }
  }
  if (extra.length) g.extra = extra;
  if (Object.keys(g).length) {
    const parsed = r.validate<GlobalDefs>(GlobalDefsSchema, g, where, loc(st));
    if (parsed) out.globalDefs = parsed;
  }
}

const GARP_KEYS: Record<string, string> = {
  garp_master_delay: 'masterDelay',
  garp_master_repeat: 'masterRepeat',
  garp_lower_prio_delay: 'lowerPrioDelay',
  garp_lower_prio_repeat: 'lowerPrioRepeat',
  garp_master_refresh: 'masterRefresh',
  garp_master_refresh_repeat: 'masterRefreshRepeat',
};

/** A garp_* timing keyword (without its vrrp_ prefix) into `garp`; false when `key` is none. */
function readGarp(r: Reader, c: Statement, key: string, where: string, garp: Obj): boolean {
  const field = GARP_KEYS[key];
  if (field === undefined) return false;
  garp[field] = r.int(c, where, 0, 86400);
  return true;
}

/** A decimal number of seconds (keepalived's <DECIMAL>, microsecond resolution). */
function readDecimal(r: Reader, c: Statement, where: string, places: number): number | undefined {
  const v = r.arg(c, where);
  if (v === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(v)) {
    r.warn(c, `${where}: '${c.key} ${v}' is not a number; not imported`);
    return undefined;
  }
  const n = Number(v);
  const rounded = Number(n.toFixed(places));
  if (rounded !== n) r.warn(c, `${where}: '${c.key} ${v}' has more than ${places} decimals; imported as ${rounded}`);
  return rounded;
}

/** global_defs notification, sync daemon, garp and version settings; false for another keyword. */
function readGlobalSetting(r: Reader, c: Statement, where: string, g: Obj): boolean {
  switch (c.key) {
    case 'notification_email':
      if (!c.block) r.warn(c, `${where}: 'notification_email' needs a block of addresses; not imported`);
      else g.notificationEmail = c.block.flatMap((e) => [e.key, ...e.args]);
      return true;
    case 'notification_email_from':
      r.extraArgs(c, where, 1);
      g.notificationEmailFrom = c.args[0];
      return true;
    case 'smtp_server': {
      r.extraArgs(c, where, 2);
      const [address, p] = c.args;
      if (address !== undefined) g.smtpServer = p === undefined ? { address } : { address, port: /^\d+$/.test(p) ? Number(p) : p };
      return true;
    }
    case 'smtp_helo_name':
      g.smtpHeloName = r.arg(c, where);
      return true;
    case 'smtp_connect_timeout':
      g.smtpConnectTimeout = r.int(c, where, 1, 3600);
      return true;
    case 'smtp_alert':
      g.smtpAlert = r.bool(c, where);
      return true;
    case 'smtp_alert_vrrp':
      g.smtpAlertVrrp = r.bool(c, where);
      return true;
    case 'smtp_alert_checker':
      g.smtpAlertChecker = r.bool(c, where);
      return true;
    case 'lvs_sync_daemon': {
      const [iface, ...rest] = c.args;
      if (iface === undefined) {
        r.warn(c, `${where}: 'lvs_sync_daemon' needs an interface; not imported`);
        return true;
      }
      const d: Obj = { interface: iface };
      const names: Record<string, string> = { id: 'syncId', maxlen: 'maxlen', port: 'port', ttl: 'ttl', group: 'group' };
      for (let i = 0; i < rest.length; i++) {
        const k = rest[i];
        if (k === 'inst' && rest[i + 1] !== undefined) d.instance = rest[++i];
        else if (names[k] !== undefined && rest[i + 1] !== undefined) {
          const v = rest[++i];
          d[names[k]] = k === 'group' || !/^\d+$/.test(v) ? v : Number(v);
        } else if (i === 0) d.instance = k;
        else r.warn(c, `${where}: lvs_sync_daemon '${k}' not understood; ignored`);
      }
      g.lvsSyncDaemon = d;
      return true;
    }
    case 'vrrp_garp_interval':
    case 'vrrp_gna_interval':
      g.garp = { ...(g.garp as Obj | undefined), [c.key === 'vrrp_garp_interval' ? 'interval' : 'gnaInterval']: readDecimal(r, c, where, 6) };
      return true;
    case 'vrrp_version': {
      const v = r.int(c, where, 2, 3);
      if (v !== undefined) g.vrrpVersion = v;
      return true;
    }
    default: {
      if (!c.key.startsWith('vrrp_garp_')) return false;
      const garp: Obj = { ...(g.garp as Obj | undefined) };
      if (!readGarp(r, c, c.key.slice('vrrp_'.length), where, garp)) return false;
      g.garp = garp;
      return true;
    }
  }
}

/* ------------------------------------------------------------------ vrrp */

/** notify_* keywords of an instance or sync group → their field in `notify`. */
const NOTIFY_FIELDS: Record<string, string> = { notify_master: 'master', notify_backup: 'backup', notify_fault: 'fault', notify_stop: 'stop', notify: 'any' };

function readInstance(r: Reader, st: Statement): DirectorInstance | undefined {
  const name = st.args[0];
  if (name === undefined || !st.block) {
    r.warn(st, `'${Reader.text(st)}' needs a name and a block; not imported`);
    return undefined;
  }
  const where = `vrrp_instance ${name}`;
  r.extraArgs(st, where, 1);
  const inst: Obj = { name, trackInterfaces: [], notify: {}, vips: [] };
  const notify = inst.notify as Obj;
  const extra: ExtraEntry[] = [];
  let priority = KEEPALIVED_DEFAULT_PRIORITY;
  let state: VrrpState = 'BACKUP';
  let unicastSrcIp: string | undefined;
  const unicastPeers: string[] = [];
  const vipLines: SourceLocation[] = [];
  for (const c of st.block) {
    switch (c.key) {
      case 'state': {
        const v = r.oneOf(c, where, ['MASTER', 'BACKUP'] as const);
        if (v) state = v;
        break;
      }
      case 'interface':
        inst.interface = r.arg(c, where);
        break;
      case 'virtual_router_id':
        inst.virtualRouterId = r.int(c, where, 1, 255);
        break;
      case 'priority': {
        // 255 is the address owner (keepalived.conf(5)): kept as it is.
        const v = r.int(c, where, 1, 255);
        if (v !== undefined) priority = v;
        break;
      }
      case 'advert_int': {
        // Centiseconds for VRRPv3; a VRRPv2 instance's fraction is rounded once the version is known (finishInstances).
        const v = readDecimal(r, c, where, 2);
        if (v !== undefined && v > 0 && v <= 255) inst.advertInt = v;
        else if (v !== undefined) r.warn(c, `${where}: 'advert_int ${c.args[0]}' is outside 0.01-255; not imported`);
        break;
      }
      case 'version': {
        const v = r.int(c, where, 2, 3);
        if (v !== undefined) inst.vrrpVersion = v;
        break;
      }
      case 'use_vmac': {
        r.extraArgs(c, where, 2);
        const vmac: Obj = {};
        for (const a of c.args) {
          if (/^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){4,5}$/.test(a)) vmac.mac = a;
          else vmac.name = a;
        }
        inst.useVmac = vmac;
        break;
      }
      case 'vmac_xmit_base':
        inst.vmacXmitBase = r.bool(c, where);
        break;
      case 'smtp_alert':
        inst.smtpAlert = r.bool(c, where);
        break;
      case 'nopreempt':
        r.noBlock(c, where);
        inst.nopreempt = true;
        break;
      case 'preempt':
        // keepalived.conf(5): "for backwards compatibility" — the default.
        r.noBlock(c, where);
        inst.nopreempt = false;
        break;
      case 'preempt_delay':
        inst.preemptDelay = r.seconds(c, where, 0, 1000);
        break;
      case 'garp_master_delay':
        inst.garpMasterDelay = r.int(c, where, 0, 255);
        break;
      case 'garp_master_repeat':
      case 'garp_lower_prio_delay':
      case 'garp_lower_prio_repeat':
      case 'garp_master_refresh':
      case 'garp_master_refresh_repeat':
        readGarp(r, c, c.key, where, (inst.garp ??= {}) as Obj);
        break;
      case 'unicast_src_ip':
        unicastSrcIp = r.arg(c, where);
        break;
      case 'unicast_peer':
        inst.unicast = true;
        if (!c.block) r.warn(c, `${where}: 'unicast_peer' needs a block of addresses`);
        for (const p of c.block ?? []) {
          if (p.args.length) r.warn(p, `${where}: unicast_peer ${p.key}: options '${p.args.join(' ')}' not imported`);
          if (p.block) r.notImported(p, `${where} unicast_peer`);
          else unicastPeers.push(p.key);
        }
        break;
      case 'authentication': {
        let type: string | undefined;
        let pass: string | undefined;
        let passAt: Statement | undefined;
        for (const a of c.block ?? []) {
          if (a.key === 'auth_type') type = r.arg(a, `${where} authentication`);
          else if (a.key === 'auth_pass') {
            pass = r.arg(a, `${where} authentication`);
            passAt = a;
          } else r.notImported(a, `${where} authentication`);
        }
        if (pass !== undefined && pass.length > 8) {
          // keepalived (vrrp_parser.c) keeps the first 8 characters; dropping the block instead would
          // make this director send unauthenticated adverts its peers refuse.
          r.warn(passAt!, `${where}: auth_pass is longer than 8 characters; keepalived uses the first 8, imported as those`);
          pass = pass.slice(0, 8);
        }
        if ((type === 'PASS' || type === 'AH') && pass !== undefined) {
          inst.authPass = pass;
          if (type === 'AH') {
            inst.authType = 'AH';
            r.warn(c, `${where}: auth_type AH (IPsec AH) is deprecated by keepalived; imported, and every member starts as BACKUP`);
          }
        } else if (type === 'PASS' || type === 'AH') r.warn(c, `${where}: authentication without auth_pass is ignored by keepalived; not imported`);
        else r.warn(c, `${where}: authentication needs auth_type PASS or AH; not imported`);
        break;
      }
      case 'track_interface': {
        const weights: Obj = {};
        for (const t of c.block ?? []) {
          const w = t.args.indexOf('weight');
          (inst.trackInterfaces as string[]).push(t.key, ...t.args.slice(0, w >= 0 ? w : undefined));
          if (w >= 0) {
            const tw = trackWeight(r, t, `${where} track_interface`, w);
            if (tw) weights[t.key] = tw;
          }
        }
        if (Object.keys(weights).length) inst.trackInterfaceWeights = { ...(inst.trackInterfaceWeights as Obj | undefined), ...weights };
        break;
      }
      case 'track_script':
      case 'track_file':
      case 'track_process': {
        const field = c.key === 'track_script' ? 'trackScripts' : c.key === 'track_file' ? 'trackFiles' : 'trackProcesses';
        const list = ((inst[field] as Obj[] | undefined) ?? []);
        for (const t of c.block ?? []) {
          const ref: Obj = { name: t.key };
          const w = t.args.indexOf('weight');
          if (w > 0 || (w < 0 && t.args.length)) r.warn(t, `${where} ${c.key}: '${t.args.join(' ')}' not understood; ${t.key} tracked with its own weight`);
          if (w >= 0) Object.assign(ref, trackWeight(r, t, `${where} ${c.key}`, w) ?? {});
          list.push(ref);
        }
        if (!c.block) r.warn(c, `${where}: '${c.key}' needs a block of names`);
        inst[field] = list;
        break;
      }
      case 'virtual_ipaddress':
        for (const v of c.block ?? []) {
          const vip: Obj = { address: v.key };
          const options: string[] = [];
          for (let i = 0; i < v.args.length; i++) {
            const opt = v.args[i];
            if ((opt === 'dev' || opt === 'label') && v.args[i + 1] !== undefined) vip[opt] = v.args[++i];
            // brd, scope, peer, home, -nodad, track_group ...: kept verbatim, in order, after dev/label.
            else options.push(opt);
          }
          if (options.length) vip.options = options;
          (inst.vips as Obj[]).push(vip);
          vipLines.push(loc(v));
        }
        break;
      case 'notify_master':
      case 'notify_backup':
      case 'notify_fault':
      case 'notify_stop':
      case 'notify':
        notify[NOTIFY_FIELDS[c.key]] = r.script(c, where);
        break;
      case 'native_ipv6':
        r.warn(c, `${where}: 'native_ipv6' is deprecated (the VIPs set the family); ignored`);
        break;
      default:
        r.verbatim(c, where, extra);
    }
  }
  withExtra(inst, extra);
  mergeDuplicateVips(r, where, inst.vips as Obj[], vipLines);
  // Validate the shared settings with a stand-in member; priority and state were checked above.
  const candidate = { ...inst, members: [{ director: 'x', priority, state }] };
  const parsed = r.validate<VrrpInstance>(VrrpInstanceSchema, candidate, where, loc(st), { vips: vipLines });
  if (!parsed) return undefined;
  const { members: _members, ...instance } = parsed;
  const out: DirectorInstance = { instance, priority, state, unicastPeers, location: loc(st) };
  if (unicastSrcIp !== undefined) out.unicastSrcIp = unicastSrcIp;
  return out;
}

/**
 * What keepalived 2.2.7 does once an instance's VRRP version is known (vrrp_parser.c / vrrp.c): a
 * VRRPv2 advert_int is rounded to whole seconds, a VRRPv3 one clamped to 40.95 s, VRRPv3 ignores
 * authentication, and priority 255 (address owner) resets nopreempt. Each imported the same way, with a warning.
 */
function applyVersionClamps(r: Reader, di: DirectorInstance, globalVersion: 2 | 3 | undefined): void {
  const inst = di.instance as Obj & DirectorInstance['instance'];
  const where = `vrrp_instance ${inst.name}`;
  const v6 = inst.vips.length > 0 && isIpv6(inst.vips[0].address);
  const version = v6 ? 3 : (inst.vrrpVersion ?? globalVersion ?? 2);
  if (version === 2 && !Number.isInteger(inst.advertInt)) {
    const to = Math.max(1, Math.round(inst.advertInt));
    r.warn(di.location, `${where}: VRRPv2 advert_int ${inst.advertInt} must be whole seconds; keepalived rounds it, imported as ${to}`);
    inst.advertInt = to;
  }
  if (version === 3 && inst.advertInt > 40.95) {
    r.warn(di.location, `${where}: VRRPv3 advert_int ${inst.advertInt} is over 40.95 s; keepalived clamps it, imported as 40.95`);
    inst.advertInt = 40.95;
  }
  if (version === 3 && !v6 && inst.authPass !== undefined) {
    r.warn(di.location, `${where}: VRRPv3 has no authentication; keepalived ignores it; not imported`);
    delete inst.authPass;
    delete inst.authType;
  }
  if (di.priority === 255 && inst.nopreempt) {
    r.warn(di.location, `${where}: nopreempt is incompatible with priority 255; keepalived resets it; imported without nopreempt`);
    inst.nopreempt = false;
  }
}

function readSyncGroup(r: Reader, st: Statement): VrrpSyncGroup | undefined {
  const name = st.args[0];
  if (name === undefined || !st.block) {
    r.warn(st, `'${Reader.text(st)}' needs a name and a block; not imported`);
    return undefined;
  }
  const where = `vrrp_sync_group ${name}`;
  const instances: string[] = [];
  const extra: ExtraEntry[] = [];
  let trackingWeight = false;
  const notify: Obj = {};
  let smtpAlert: boolean | undefined;
  for (const c of st.block) {
    if (c.key === 'group') {
      for (const g of c.block ?? []) instances.push(g.key, ...g.args);
    } else if (c.key === 'sync_group_tracking_weight') trackingWeight = r.bool(c, where);
    else if (NOTIFY_FIELDS[c.key] !== undefined) notify[NOTIFY_FIELDS[c.key]] = r.script(c, where);
    else if (c.key === 'smtp_alert') smtpAlert = r.bool(c, where);
    else r.verbatim(c, where, extra);
  }
  const g: Obj = { name, instances };
  if (trackingWeight) g.trackingWeight = true;
  if (Object.keys(notify).length) g.notify = notify;
  if (smtpAlert !== undefined) g.smtpAlert = smtpAlert;
  return r.validate<VrrpSyncGroup>(VrrpSyncGroupSchema, withExtra(g, extra), where, loc(st));
}

/* ------------------------------------------------------------------ checkers */

const CHECKERS = new Set(['TCP_CHECK', 'HTTP_GET', 'SSL_GET', 'MISC_CHECK', 'DNS_CHECK', 'SMTP_CHECK', 'UDP_CHECK', 'PING_CHECK']);

interface Timing {
  connectTimeout?: number;
  retry?: number;
  delayBeforeRetry?: number;
}

/** connect_timeout / retry / delay_before_retry: on a checker, or as defaults on a real or virtual server. */
function readTiming(r: Reader, c: Statement, where: string, t: Timing): boolean {
  switch (c.key) {
    case 'connect_timeout':
      t.connectTimeout = r.seconds(c, where, 1, 3600);
      return true;
    case 'nb_get_retry':
      r.warn(c, `${where}: 'nb_get_retry' is the old name of 'retry' (keepalived 2.2.7 rejects it); imported as retry`);
      t.retry = r.int(c, where, 0, 100);
      return true;
    case 'retry':
      t.retry = r.int(c, where, 0, 100);
      return true;
    case 'delay_before_retry':
      t.delayBeforeRetry = r.seconds(c, where, 1, 3600);
      return true;
    default:
      return false;
  }
}

function readCheck(r: Reader, st: Statement, where0: string, _delayLoop: number | undefined): Obj {
  const type = st.key;
  const where = `${where0} ${type}`;
  const hc: Obj = { type };
  const urls: Obj[] = [];
  const extra: ExtraEntry[] = [];
  for (const c of st.block ?? []) {
    if (readTiming(r, c, where, hc as Timing)) continue;
    if (c.key === 'connect_port' && type !== 'PING_CHECK' && type !== 'MISC_CHECK') {
      hc.connectPort = r.int(c, where, 1, 65535);
      continue;
    }
    if (c.key === 'delay_loop') {
      // A checker's own delay_loop overrides the virtual server's (keepalived.conf(5) checker options).
      hc.delayLoop = r.seconds(c, where, 1, 86400);
      continue;
    }
    switch (`${type === 'SSL_GET' ? 'HTTP_GET' : type}:${c.key}`) {
      case 'HTTP_GET:url': {
        const u: Obj = {};
        const uextra: ExtraEntry[] = [];
        for (const x of c.block ?? []) {
          if (x.key === 'path') u.path = r.arg(x, `${where} url`);
          else if (x.key === 'digest') u.digest = r.arg(x, `${where} url`)?.toLowerCase();
          else if (x.key === 'status_code' && x.args.length === 1 && /^\d+$/.test(x.args[0])) u.statusCode = Number(x.args[0]);
          else if (x.key === 'status_code') u.statusCodes = [...x.args];
          else if (x.key === 'virtualhost') u.virtualhost = r.arg(x, `${where} url`);
          else r.verbatim(x, `${where} url`, uextra);
        }
        urls.push(withExtra(u, uextra));
        break;
      }
      case 'MISC_CHECK:misc_path':
        // misc_path takes the whole command line, quoted or not.
        if (c.args.length === 0) r.warn(c, `${where}: 'misc_path' needs a script; not imported`);
        else hc.script = c.args.join(' ');
        break;
      case 'MISC_CHECK:misc_timeout':
        hc.timeout = r.seconds(c, where, 1, 3600);
        break;
      case 'MISC_CHECK:misc_dynamic':
        hc.dynamic = r.bool(c, where);
        break;
      case 'DNS_CHECK:type': {
        const v = r.arg(c, where);
        if (v !== undefined) hc.queryType = v.toUpperCase();
        break;
      }
      case 'DNS_CHECK:name':
        hc.queryName = r.arg(c, where);
        break;
      case 'SMTP_CHECK:helo_name':
        hc.heloName = r.arg(c, where);
        break;
      case 'SMTP_CHECK:host': {
        const h: Obj = {};
        const hextra: ExtraEntry[] = [];
        for (const x of c.block ?? []) {
          if (x.key === 'connect_ip') h.connectIp = r.arg(x, `${where} host`);
          else if (x.key === 'connect_port') h.connectPort = r.int(x, `${where} host`, 1, 65535);
          else if (x.key === 'bindto') h.bindTo = r.arg(x, `${where} host`);
          else r.verbatim(x, `${where} host`, hextra);
        }
        ((hc.hosts ??= []) as Obj[]).push(withExtra(h, hextra));
        break;
      }
      case 'UDP_CHECK:require_reply':
        // require_reply [HEX_STR]: with a pattern, the reply must match it.
        hc.requireReply = true;
        if (c.args.length) hc.replyPattern = c.args.join(' ');
        break;
      case 'UDP_CHECK:payload':
        if (c.args.length) hc.payload = c.args.join(' ');
        else r.warn(c, `${where}: 'payload' needs hex data; not imported`);
        break;
      case 'UDP_CHECK:min_reply_length':
        hc.minReplyLength = r.int(c, where, 0, 65535);
        break;
      case 'UDP_CHECK:max_reply_length':
        hc.maxReplyLength = r.int(c, where, 0, 65535);
        break;
      default:
        r.verbatim(c, where, extra);
    }
  }
  if (type === 'HTTP_GET' || type === 'SSL_GET') hc.urls = urls;
  return withExtra(hc, extra);
}

/* ------------------------------------------------------------------ virtual servers */

interface RealServerDefaults extends Timing {
  inhibitOnFailure?: boolean;
}

function readRealServer(r: Reader, st: Statement, where0: string, defaults: RealServerDefaults, delayLoop: number | undefined): Obj | undefined {
  const [address, portText] = st.args;
  if (address === undefined) {
    r.warn(st, `${where0}: 'real_server' needs an address; not imported`);
    return undefined;
  }
  const where = `${where0} real_server ${address}${portText !== undefined ? ` ${portText}` : ''}`;
  r.extraArgs(st, where, 2);
  const rs: Obj = { address };
  if (portText !== undefined && portText !== '0') rs.port = /^\d+$/.test(portText) ? Number(portText) : portText;
  const own: RealServerDefaults = {};
  const checks: Obj[] = [];
  const extra: ExtraEntry[] = [];
  for (const c of st.block ?? []) {
    if (readTiming(r, c, where, own)) continue;
    if (CHECKERS.has(c.key)) {
      checks.push(readCheck(r, c, where, delayLoop));
      continue;
    }
    switch (c.key) {
      case 'weight':
        rs.weight = r.int(c, where, 0, 65535);
        break;
      case 'lvs_method':
      case 'lb_kind':
        rs.forwarding = r.oneOf({ ...c, args: c.args.slice(0, 1) }, where, FORWARDING_METHODS);
        if (c.args.length > 1 && c.args[0] === 'TUN') rs.tunnelOptions = c.args.slice(1);
        else r.extraArgs(c, where, 1);
        break;
      case 'uthreshold':
        rs.upperThreshold = r.int(c, where, 0, 65535);
        break;
      case 'lthreshold':
        rs.lowerThreshold = r.int(c, where, 0, 65535);
        break;
      case 'inhibit_on_failure':
        own.inhibitOnFailure = r.bool(c, where);
        break;
      case 'notify_up':
        rs.notifyUp = r.script(c, where);
        break;
      case 'notify_down':
        rs.notifyDown = r.script(c, where);
        break;
      case 'smtp_alert':
        rs.smtpAlert = r.bool(c, where);
        break;
      default:
        r.verbatim(c, where, extra);
    }
  }
  withExtra(rs, extra);
  const inhibit = own.inhibitOnFailure ?? defaults.inhibitOnFailure;
  if (inhibit !== undefined) rs.inhibitOnFailure = inhibit;
  for (const check of checks) {
    // keepalived.conf(5): "the virtual server setting is the default for real servers, and the real server setting is the default for checkers".
    for (const k of ['connectTimeout', 'retry', 'delayBeforeRetry'] as const) {
      if (check[k] === undefined) {
        const v = own[k] ?? defaults[k];
        if (v !== undefined) check[k] = v;
      }
    }
  }
  if (checks.length) rs.healthCheck = checks[0];
  if (checks.length > 1) rs.additionalChecks = checks.slice(1);
  return rs;
}

/** virtual_server_group NAME { IP PORT | IP-RANGE PORT | fwmark N [inet|inet6] }, kept as a group (keepalived.conf(5) "Virtual server group(s)"). */
function readServerGroup(r: Reader, st: Statement): VirtualServerGroup | undefined {
  const name = st.args[0] ?? '';
  const where = `virtual_server_group ${name}`;
  const members: Obj[] = [];
  const lines: SourceLocation[] = [];
  const extra: ExtraEntry[] = [];
  for (const e of st.block ?? []) {
    if (e.block) {
      r.verbatim(e, where, extra);
      continue;
    }
    let m: Obj;
    if (e.key === 'fwmark') {
      const mark = /^\d+$/.test(e.args[0] ?? '') ? Number(e.args[0]) : e.args[0];
      const fam = e.args[1];
      m = fam === undefined ? { fwmark: mark } : { fwmark: mark, family: fam };
    } else {
      const p = e.args[0];
      m = p === undefined || p === '0' ? { address: e.key } : { address: e.key, port: /^\d+$/.test(p) ? Number(p) : p };
    }
    // A member the model cannot hold (another range syntax, extra words) stays in the group verbatim.
    if (e.args.length > (e.key === 'fwmark' ? 2 : 1) || !VirtualServerGroupMemberSchema.safeParse(m).success) r.verbatim(e, where, extra);
    else {
      members.push(m);
      lines.push(loc(e));
    }
  }
  return r.validate<VirtualServerGroup>(VirtualServerGroupSchema, withExtra({ name, members }, extra), where, loc(st), { members: lines });
}

function readVirtualServer(
  r: Reader,
  st: Statement,
  groups: Map<string, VirtualServerGroup>,
): { vs: Obj; location: SourceLocation; rsLocations: SourceLocation[] }[] {
  const a = st.args;
  const heads: Obj[] = [];
  let where: string;
  if (a[0] === 'fwmark') {
    where = `virtual_server fwmark ${a[1] ?? ''}`;
    const mark = r.int(st, where, 1, 4294967295, 1);
    if (mark === undefined) {
      r.warn(st, `${where}: needs a firewall mark 1-4294967295; not imported`);
      return [];
    }
    heads.push({ fwmark: mark });
  } else if (a[0] === 'group') {
    where = `virtual_server group ${a[1] ?? ''}`;
    if (a[1] === undefined || !groups.has(a[1])) {
      r.warn(st, `${where}: no virtual_server_group named ${a[1] ?? ''}; not imported`);
      return [];
    }
    heads.push({ group: a[1] });
  } else if (a[0] !== undefined) {
    where = `virtual_server ${a.slice(0, 2).join(' ')}`;
    const head: Obj = { vip: a[0] };
    if (a[1] !== undefined && a[1] !== '0') head.port = /^\d+$/.test(a[1]) ? Number(a[1]) : a[1];
    heads.push(head);
  } else {
    r.warn(st, `'virtual_server' needs an address, 'fwmark N' or 'group NAME'; not imported`);
    return [];
  }
  r.extraArgs(st, where, 2);

  const vs: Obj = { realServers: [] };
  const defaults: RealServerDefaults = {};
  const rsStatements: Statement[] = [];
  const flags: Statement[] = [];
  const extra: ExtraEntry[] = [];
  let persistent = false;
  for (const c of st.block ?? []) {
    if (readTiming(r, c, where, defaults)) continue;
    switch (c.key) {
      case 'delay_loop':
        vs.delayLoop = r.seconds(c, where, 1, 86400);
        break;
      case 'lvs_sched':
      case 'lb_algo':
        vs.scheduler = r.oneOf(c, where, SCHEDULERS);
        break;
      case 'lvs_method':
      case 'lb_kind':
        // `lvs_method TUN type gue port N ...`: the tunnel options, kept word for word.
        if (c.args.length > 1 && c.args[0] === 'TUN') vs.tunnelOptions = c.args.slice(1);
        else r.extraArgs(c, where, 1);
        vs.forwarding = r.oneOf({ ...c, args: c.args.slice(0, 1) }, where, FORWARDING_METHODS);
        break;
      case 'protocol':
        vs.protocol = r.oneOf(c, where, PROTOCOLS);
        break;
      case 'persistence_timeout': {
        persistent = true;
        const t = c.args.length === 0 ? KEEPALIVED_DEFAULT_PERSISTENCE : r.int(c, where, 1, 31536000);
        if (t !== undefined) vs.persistence = { ...(vs.persistence as Obj | undefined), timeout: t };
        break;
      }
      case 'persistence_granularity': {
        const m = r.arg(c, where);
        if (m !== undefined) vs.persistence = { ...(vs.persistence as Obj | undefined), netmask: m };
        break;
      }
      case 'quorum': {
        const q = r.int(c, where, 0, 4294967295);
        // keepalived: "Quorum 0 must be in [1, 4294967295]. Setting to 1."
        if (q === 0) r.warn(c, `${where}: quorum 0 is clamped to 1 by keepalived; imported as 1`);
        vs.quorum = q === 0 ? 1 : q;
        break;
      }
      case 'hysteresis':
        vs.hysteresis = r.int(c, where, 0, 4294967295);
        break;
      case 'quorum_up':
        vs.quorumUp = r.script(c, where);
        break;
      case 'quorum_down':
        vs.quorumDown = r.script(c, where);
        break;
      case 'alpha':
        vs.alpha = r.bool(c, where);
        break;
      case 'omega':
        vs.omega = r.bool(c, where);
        break;
      case 'virtualhost':
        vs.virtualhost = r.arg(c, where);
        break;
      case 'sorry_server': {
        r.extraArgs(c, where, 2);
        const [addr, port] = c.args;
        if (addr === undefined) r.warn(c, `${where}: 'sorry_server' needs an address; not imported`);
        else
          vs.sorryServer =
            port === undefined || port === '0' ? { address: addr } : { address: addr, port: /^\d+$/.test(port) ? Number(port) : port };
        break;
      }
      case 'ip_family':
        vs.family = r.oneOf(c, where, ['inet', 'inet6'] as const);
        break;
      case 'inhibit_on_failure':
        defaults.inhibitOnFailure = r.bool(c, where);
        break;
      case 'flag-1':
      case 'flag-2':
      case 'flag-3':
      case 'sh-port':
      case 'sh-fallback':
      case 'mh-port':
      case 'mh-fallback':
        r.noBlock(c, where);
        r.extraArgs(c, where, 0);
        flags.push(c);
        break;
      case 'ops':
        vs.ops = r.bool(c, where);
        break;
      case 'persistence_engine':
        vs.persistenceEngine = r.oneOf(c, where, ['sip'] as const);
        break;
      case 'smtp_alert':
        vs.smtpAlert = r.bool(c, where);
        break;
      case 'real_server':
        rsStatements.push(c);
        break;
      default:
        r.verbatim(c, where, extra);
    }
  }
  withExtra(vs, extra);
  if (vs.persistence && (vs.persistence as Obj).timeout === undefined) {
    (vs.persistence as Obj).timeout = KEEPALIVED_DEFAULT_PERSISTENCE;
  }
  // keepalived's own defaults when an option is missing (check_data.c); 2.2.7 --config-test fails on each.
  const group = heads[0].group !== undefined ? groups.get(heads[0].group as string) : undefined;
  const isFwmark = heads[0].fwmark !== undefined || (group !== undefined && group.members.every((m) => 'fwmark' in m));
  if (vs.scheduler === undefined) {
    r.warn(st, `${where}: no lvs_sched; keepalived uses wlc (and --config-test fails)`);
    vs.scheduler = 'wlc';
  }
  if (vs.forwarding === undefined) {
    r.warn(st, `${where}: no lvs_method; keepalived uses NAT (and --config-test fails); imported as NAT`);
    vs.forwarding = 'NAT';
  }
  // keepalived ignores sh-*/mh-* under another scheduler ("only applies to sh scheduler - ignoring") and --config-test fails.
  const schedulerFlags: string[] = [];
  for (const f of flags) {
    const needs = f.key.startsWith('sh-') ? 'sh' : f.key.startsWith('mh-') ? 'mh' : undefined;
    if (needs !== undefined && vs.scheduler !== needs) r.warn(f, `${where}: '${f.key}' applies to the ${needs} scheduler only (keepalived ignores it); not imported`);
    else if (!schedulerFlags.includes(f.key)) schedulerFlags.push(f.key);
  }
  if (schedulerFlags.length) vs.schedulerFlags = schedulerFlags;
  if (vs.ops && vs.protocol !== 'UDP' && !isFwmark) {
    r.warn(st, `${where}: 'ops' (one-packet scheduling) needs protocol UDP; keepalived resets it; not imported`);
    delete vs.ops;
  }
  if (isFwmark && vs.protocol !== undefined) {
    r.warn(st, `${where}: 'protocol' is ignored for fwmark services (and fails --config-test); not imported`);
    delete vs.protocol;
  } else if (!isFwmark && vs.protocol === undefined) {
    r.warn(st, `${where}: no protocol; keepalived 2.2.7 defaults to UDP (and --config-test fails); imported as UDP`);
    vs.protocol = 'UDP';
  }
  if (!persistent && heads.some((h) => h.fwmark === undefined && h.group === undefined && h.port === undefined)) {
    r.warn(st, `${where}: port 0 ("all ports") is only valid for persistent services (keepalived --config-test fails)`);
  }
  const realServers = vs.realServers as Obj[];
  const rsLocations: SourceLocation[] = [];
  for (const c of rsStatements) {
    const rs = readRealServer(r, c, where, defaults, vs.delayLoop as number | undefined);
    if (rs) {
      realServers.push(rs);
      rsLocations.push(loc(c));
    }
  }
  return [{ vs: { ...vs, ...heads[0] }, location: loc(st), rsLocations }];
}

/* ------------------------------------------------------------------ tracked objects */

/** `weight N [reverse]` at args[at] of a track_* entry. */
function trackWeight(r: Reader, t: Statement, where: string, at: number): { weight: number; reverse?: boolean } | undefined {
  const v = t.args[at + 1];
  if (v === undefined || !/^-?\d+$/.test(v)) {
    r.warn(t, `${where} ${t.key}: 'weight ${v ?? ''}' is not a whole number; tracked without weight`);
    return undefined;
  }
  const rest = t.args.slice(at + 2);
  if (rest.length && !(rest.length === 1 && rest[0] === 'reverse')) r.warn(t, `${where} ${t.key}: '${rest.join(' ')}' not understood; ignored`);
  return rest[0] === 'reverse' ? { weight: Number(v), reverse: true } : { weight: Number(v) };
}

/** vrrp_script, track_file (vrrp_track_file), vrrp_track_process: one object each, by name. */
function readTracked(r: Reader, st: Statement, out: ParsedConfig): void {
  const name = st.args[0];
  if (name === undefined || !st.block) {
    r.warn(st, `'${Reader.text(st)}' needs a name and a block; not imported`);
    return;
  }
  const kind = st.key === 'vrrp_track_file' ? 'track_file' : st.key;
  const where = `${kind} ${name}`;
  if (st.key === 'vrrp_track_file') r.warn(st, `${where}: 'vrrp_track_file' is the deprecated name of 'track_file'; imported as track_file`);
  const o: Obj = { name };
  const extra: ExtraEntry[] = [];
  const weight = (c: Statement) => {
    const w = trackWeight(r, { ...c, args: ['weight', ...c.args] }, where, 0);
    if (w) Object.assign(o, w);
  };
  for (const c of st.block) {
    switch (`${kind}:${c.key}`) {
      case 'vrrp_script:script':
        if (c.args.length === 0) r.warn(c, `${where}: 'script' needs a command; not imported`);
        else o.script = c.args.join(' ');
        break;
      case 'vrrp_script:interval':
        o.interval = r.seconds(c, where, 1, 86400);
        break;
      case 'vrrp_script:timeout':
        o.timeout = r.seconds(c, where, 1, 86400);
        break;
      case 'vrrp_script:rise':
        o.rise = r.int(c, where, 1, 1000);
        break;
      case 'vrrp_script:fall':
        o.fall = r.int(c, where, 1, 1000);
        break;
      case 'vrrp_script:user':
        o.user = c.args.join(' ');
        break;
      case 'vrrp_script:init_fail':
        o.initFail = r.bool(c, where);
        break;
      case 'vrrp_script:weight':
      case 'track_file:weight':
      case 'vrrp_track_process:weight':
        weight(c);
        break;
      case 'track_file:file':
        o.file = r.arg(c, where);
        break;
      case 'track_file:init_file': {
        const init: Obj = {};
        for (const a of c.args) {
          if (a === 'overwrite') init.overwrite = true;
          else if (/^-?\d+$/.test(a)) init.value = Number(a);
          else r.warn(c, `${where}: init_file '${a}' not understood; ignored`);
        }
        o.initFile = init;
        break;
      }
      case 'vrrp_track_process:process':
        o.process = [...c.args];
        break;
      case 'vrrp_track_process:param_match':
        o.paramMatch = r.oneOf(c, where, ['initial', 'partial'] as const);
        break;
      case 'vrrp_track_process:quorum':
        o.quorum = r.int(c, where, 0, 65535);
        break;
      case 'vrrp_track_process:quorum_max':
        o.quorumMax = r.int(c, where, 0, 65535);
        break;
      case 'vrrp_track_process:fork_delay':
        o.forkDelay = r.seconds(c, where, 1, 3600);
        break;
      case 'vrrp_track_process:terminate_delay':
        o.terminateDelay = r.seconds(c, where, 1, 3600);
        break;
      case 'vrrp_track_process:delay':
        o.delay = r.seconds(c, where, 1, 3600);
        break;
      case 'vrrp_track_process:full_command':
        o.fullCommand = r.bool(c, where);
        break;
      default:
        r.verbatim(c, where, extra);
    }
  }
  withExtra(o, extra);
  const list = kind === 'vrrp_script' ? out.vrrpScripts : kind === 'track_file' ? out.trackFiles : out.trackProcesses;
  if ((list as { name: string }[]).some((x) => x.name === name)) {
    r.warn(st, `${where} is defined twice; the second is not imported`);
    return;
  }
  const schema = kind === 'vrrp_script' ? VrrpScriptSchema : kind === 'track_file' ? TrackFileSchema : TrackProcessSchema;
  const parsed = r.validate<VrrpScript & TrackFile & TrackProcess>(schema, o, where, loc(st));
  if (parsed) (list as unknown[]).push(parsed);
}

/** A VIP listed twice in one instance (keepalived accepts it, and adds the address once): merged into the first, with a warning. */
function mergeDuplicateVips(r: Reader, where: string, vips: Obj[], lines: SourceLocation[]): void {
  const first = new Map<string, Obj>();
  for (let i = 0; i < vips.length; i++) {
    const v = vips[i];
    const key = String(v.address).split('/')[0].toLowerCase();
    const prev = first.get(key);
    if (!prev) {
      first.set(key, v);
      continue;
    }
    for (const k of ['dev', 'label'] as const) if (prev[k] === undefined && v[k] !== undefined) prev[k] = v[k];
    r.warn(lines[i], `${where}: VIP ${key} is listed twice; merged into one (${[prev.address, prev.dev && `dev ${prev.dev}`, prev.label && `label ${prev.label}`].filter(Boolean).join(' ')})`);
    vips.splice(i, 1);
    lines.splice(i, 1);
    i--;
  }
}

/* ------------------------------------------------------------------ entry points */


/**
 * Reads a real-world keepalived.conf into spec fragments: VRRP instances (with this file's
 * priority and state), sync groups and virtual services, each checked by the domain schemas.
 * Understands what render() writes plus the common aliases (`lb_algo`/`lvs_sched`,
 * `lb_kind`/`lvs_method`, `nb_get_retry`), timing defaults on virtual/real servers, `include`
 * (through opts.resolveInclude), comments, quotes and `virtual_server_group`. Everything else —
 * unknown or unmodelled options, refused values — is reported in `warnings` with its line.
 */
export function parse(text: string, opts: ParseOptions = {}): ParsedConfig {
  const r = new Reader();
  const out: ParsedConfig = {
    instances: [],
    syncGroups: [],
    virtualServices: [],
    virtualServiceLocations: [],
    vrrpScripts: [],
    trackFiles: [],
    trackProcesses: [],
    virtualServerGroups: [],
    extra: [],
    warnings: [],
  };
  const groups = new Map<string, VirtualServerGroup>();
  // A `virtual_server group NAME` before its virtual_server_group is read at the end.
  const groupServices: Statement[] = [];
  const seenInstances = new Set<string>();
  const seenServices = new Map<string, SourceLocation>();
  const handle = (st: Statement): void => {
    switch (st.key) {
      case 'global_defs':
        readGlobalDefs(r, st, out);
        break;
      case 'vrrp_instance': {
        const di = readInstance(r, st);
        if (!di) break;
        if (seenInstances.has(di.instance.name)) {
          r.warn(st, `vrrp_instance ${di.instance.name} is defined twice; the second is not imported`);
          break;
        }
        seenInstances.add(di.instance.name);
        out.instances.push(di);
        break;
      }
      case 'vrrp_sync_group': {
        const g = readSyncGroup(r, st);
        if (g) out.syncGroups.push(g);
        break;
      }
      case 'virtual_server_group': {
        if (st.args[0] === undefined) {
          r.warn(st, "'virtual_server_group' needs a name; not imported");
          break;
        }
        if (groups.has(st.args[0])) {
          r.warn(st, `virtual_server_group ${st.args[0]} is defined twice; the second is not imported`);
          break;
        }
        const g = readServerGroup(r, st);
        if (g) {
          groups.set(g.name, g);
          out.virtualServerGroups.push(g);
        }
        break;
      }
      case 'vrrp_script':
      case 'track_file':
      case 'vrrp_track_file':
      case 'vrrp_track_process':
        readTracked(r, st, out);
        break;
      case 'virtual_server':
        if (st.args[0] === 'group' && !groups.has(st.args[1] ?? '') && !groupServices.includes(st)) {
          groupServices.push(st);
          break;
        }
        for (const { vs, location, rsLocations } of readVirtualServer(r, st, groups)) {
          const where = `virtual_server ${st.args.slice(0, 2).join(' ')}`;
          const parsed = r.validate<VirtualService>(VirtualServiceSchema, vs, where, location, { realServers: rsLocations });
          if (!parsed) break;
          const key = virtualServiceKey(parsed);
          const prev = seenServices.get(key);
          if (prev) {
            r.warn(location, `${where}: ${key} is defined twice (first at line ${prev.line}); the second is not imported`);
            continue;
          }
          seenServices.set(key, location);
          out.virtualServices.push(parsed);
          out.virtualServiceLocations.push(location);
        }
        break;
      default:
        // keepalived's other top-level blocks (static_routes, garp_group, ...) and anything else
        // keepalived accepted: kept verbatim where it stood.
        r.verbatim(st, 'top level', out.extra);
    }
  };
  const treeWarnings = forEachTopLevel(text, opts, handle);
  for (const st of groupServices) handle(st);
  for (const di of out.instances) applyVersionClamps(r, di, out.globalDefs?.vrrpVersion);
  // Reader's warnings come in the order statements complete; the tree's own go first, as before.
  out.warnings = [...treeWarnings, ...r.warnings];
  return out;
}

/**
 * parse() for the keepalived.conf of one director: also names the director (global_defs
 * router_id) and its address (the unicast_src_ip its instances use; a warning when they disagree).
 */
export function parseDirector(text: string, opts: ParseOptions = {}): ParsedDirector {
  const p = parse(text, opts);
  const out: ParsedDirector = { ...p };
  if (p.routerId !== undefined) out.directorName = p.routerId;
  const srcs = [...new Set(p.instances.map((i) => i.unicastSrcIp).filter((a): a is string => a !== undefined))];
  if (srcs.length > 0) out.address = srcs[0];
  if (srcs.length > 1)
    p.warnings.push({
      line: 0,
      message: `instances use different unicast_src_ip addresses (${srcs.join(', ')}); the director's address is taken as ${srcs[0]}`,
    });
  return out;
}
