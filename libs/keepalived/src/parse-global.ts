/** keepalived.conf parsing: global_defs (split from parse.ts along its blocks, mirroring render.ts). */
import { type ExtraEntry, type GlobalDefs, GlobalDefsSchema } from '@lvs/domain';
import { type Statement } from './config-tree';
import { type ParsedConfig, type Obj, Reader, loc, readDecimal } from './parse-reader';

/* ------------------------------------------------------------------ global_defs */

export function readGlobalDefs(r: Reader, st: Statement, out: ParsedConfig): void {
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
export function readGarp(r: Reader, c: Statement, key: string, where: string, garp: Obj): boolean {
  const field = GARP_KEYS[key];
  if (field === undefined) return false;
  garp[field] = r.int(c, where, 0, 86400);
  return true;
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
      g.garp = {
        ...(g.garp as Obj | undefined),
        [c.key === 'vrrp_garp_interval' ? 'interval' : 'gnaInterval']: readDecimal(r, c, where, 6),
      };
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
