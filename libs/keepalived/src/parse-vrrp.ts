/** keepalived.conf parsing: vrrp_instance and vrrp_sync_group (split from parse.ts along its blocks, mirroring render.ts). */
import {
  type ExtraEntry,
  isIpv6,
  type VrrpInstance,
  VrrpInstanceSchema,
  type VrrpState,
  type VrrpSyncGroup,
  VrrpSyncGroupSchema,
} from '@lvs/domain';
import { type Statement } from './config-tree';
import {
  type SourceLocation,
  type DirectorInstance,
  type Obj,
  Reader,
  loc,
  withExtra,
  readDecimal,
  trackWeight,
  KEEPALIVED_DEFAULT_PRIORITY,
} from './parse-reader';
import { readGarp } from './parse-global';

/* ------------------------------------------------------------------ vrrp */

/** notify_* keywords of an instance or sync group → their field in `notify`. */
const NOTIFY_FIELDS: Record<string, string> = {
  notify_master: 'master',
  notify_backup: 'backup',
  notify_fault: 'fault',
  notify_stop: 'stop',
  notify: 'any',
};

export function readInstance(r: Reader, st: Statement): DirectorInstance | undefined {
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
          r.warn(
            passAt!,
            `${where}: auth_pass is longer than 8 characters; keepalived uses the first 8, imported as those`,
            'import.clamped',
          );
          pass = pass.slice(0, 8);
        }
        if ((type === 'PASS' || type === 'AH') && pass !== undefined) {
          inst.authPass = pass;
          if (type === 'AH') {
            inst.authType = 'AH';
            r.warn(
              c,
              `${where}: auth_type AH (IPsec AH) is deprecated by keepalived; imported, and every member starts as BACKUP`,
              'import.deprecated',
            );
          }
        } else if (type === 'PASS' || type === 'AH')
          r.warn(c, `${where}: authentication without auth_pass is ignored by keepalived; not imported`);
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
        const list = (inst[field] as Obj[] | undefined) ?? [];
        for (const t of c.block ?? []) {
          const ref: Obj = { name: t.key };
          const w = t.args.indexOf('weight');
          if (w > 0 || (w < 0 && t.args.length))
            r.warn(t, `${where} ${c.key}: '${t.args.join(' ')}' not understood; ${t.key} tracked with its own weight`);
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
        r.warn(c, `${where}: 'native_ipv6' is deprecated (the VIPs set the family); ignored`, 'import.deprecated');
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
export function applyVersionClamps(r: Reader, di: DirectorInstance, globalVersion: 2 | 3 | undefined): void {
  const inst = di.instance as Obj & DirectorInstance['instance'];
  const where = `vrrp_instance ${inst.name}`;
  const v6 = inst.vips.length > 0 && isIpv6(inst.vips[0].address);
  const version = v6 ? 3 : (inst.vrrpVersion ?? globalVersion ?? 2);
  if (version === 2 && !Number.isInteger(inst.advertInt)) {
    const to = Math.max(1, Math.round(inst.advertInt));
    r.warn(
      di.location,
      `${where}: VRRPv2 advert_int ${inst.advertInt} must be whole seconds; keepalived rounds it, imported as ${to}`,
      'import.clamped',
    );
    inst.advertInt = to;
  }
  if (version === 3 && inst.advertInt > 40.95) {
    r.warn(
      di.location,
      `${where}: VRRPv3 advert_int ${inst.advertInt} is over 40.95 s; keepalived clamps it, imported as 40.95`,
      'import.clamped',
    );
    inst.advertInt = 40.95;
  }
  if (version === 3 && !v6 && inst.authPass !== undefined) {
    r.warn(di.location, `${where}: VRRPv3 has no authentication; keepalived ignores it; not imported`);
    delete inst.authPass;
    delete inst.authType;
  }
  if (di.priority === 255 && inst.nopreempt) {
    r.warn(
      di.location,
      `${where}: nopreempt is incompatible with priority 255; keepalived resets it; imported without nopreempt`,
      'import.clamped',
    );
    inst.nopreempt = false;
  }
}

export function readSyncGroup(r: Reader, st: Statement): VrrpSyncGroup | undefined {
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
    r.warn(
      lines[i],
      `${where}: VIP ${key} is listed twice; merged into one (${[prev.address, prev.dev && `dev ${prev.dev}`, prev.label && `label ${prev.label}`].filter(Boolean).join(' ')})`,
      'import.merged',
    );
    vips.splice(i, 1);
    lines.splice(i, 1);
    i--;
  }
}
