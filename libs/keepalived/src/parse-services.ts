/** keepalived.conf parsing: virtual_server, real_server and virtual_server_group (split from parse.ts along its blocks, mirroring render.ts). */
import {
  type ExtraEntry,
  FORWARDING_METHODS,
  type VirtualServerGroup,
  VirtualServerGroupMemberSchema,
  VirtualServerGroupSchema,
  PROTOCOLS,
  SCHEDULERS,
} from '@lvs/domain';
import { type Statement } from './config-tree';
import { type SourceLocation, type Obj, Reader, loc, withExtra, KEEPALIVED_DEFAULT_PERSISTENCE } from './parse-reader';
import { CHECKERS, type Timing, readTiming, readCheck } from './parse-checkers';

/* ------------------------------------------------------------------ virtual servers */

interface RealServerDefaults extends Timing {
  inhibitOnFailure?: boolean;
}

function readRealServer(
  r: Reader,
  st: Statement,
  where0: string,
  defaults: RealServerDefaults,
  delayLoop: number | undefined,
): Obj | undefined {
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
export function readServerGroup(r: Reader, st: Statement): VirtualServerGroup | undefined {
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

export function readVirtualServer(
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
        if (q === 0) r.warn(c, `${where}: quorum 0 is clamped to 1 by keepalived; imported as 1`, 'import.clamped');
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
    r.warn(st, `${where}: no lvs_sched; keepalived uses wlc (and --config-test fails)`, 'import.keepalived_default');
    vs.scheduler = 'wlc';
  }
  if (vs.forwarding === undefined) {
    r.warn(st, `${where}: no lvs_method; keepalived uses NAT (and --config-test fails); imported as NAT`, 'import.keepalived_default');
    vs.forwarding = 'NAT';
  }
  // keepalived ignores sh-*/mh-* under another scheduler ("only applies to sh scheduler - ignoring") and --config-test fails.
  const schedulerFlags: string[] = [];
  for (const f of flags) {
    const needs = f.key.startsWith('sh-') ? 'sh' : f.key.startsWith('mh-') ? 'mh' : undefined;
    if (needs !== undefined && vs.scheduler !== needs)
      r.warn(f, `${where}: '${f.key}' applies to the ${needs} scheduler only (keepalived ignores it); not imported`);
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
    r.warn(
      st,
      `${where}: no protocol; keepalived 2.2.7 defaults to UDP (and --config-test fails); imported as UDP`,
      'import.keepalived_default',
    );
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
