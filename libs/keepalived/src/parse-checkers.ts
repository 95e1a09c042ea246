/** keepalived.conf parsing: checkers (TCP_CHECK, HTTP_GET, ..., their timing defaults) (split from parse.ts along its blocks, mirroring render.ts). */
import { type ExtraEntry } from '@lvs/domain';
import { type Statement } from './config-tree';
import { type Obj, Reader, withExtra } from './parse-reader';

/* ------------------------------------------------------------------ checkers */

export const CHECKERS = new Set(['TCP_CHECK', 'HTTP_GET', 'SSL_GET', 'MISC_CHECK', 'DNS_CHECK', 'SMTP_CHECK', 'UDP_CHECK', 'PING_CHECK']);

export interface Timing {
  connectTimeout?: number;
  retry?: number;
  delayBeforeRetry?: number;
}

/** connect_timeout / retry / delay_before_retry: on a checker, or as defaults on a real or virtual server. */
export function readTiming(r: Reader, c: Statement, where: string, t: Timing): boolean {
  switch (c.key) {
    case 'connect_timeout':
      t.connectTimeout = r.seconds(c, where, 1, 3600);
      return true;
    case 'nb_get_retry':
      r.warn(
        c,
        `${where}: 'nb_get_retry' is the old name of 'retry' (keepalived 2.2.7 rejects it); imported as retry`,
        'import.deprecated',
      );
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

export function readCheck(r: Reader, st: Statement, where0: string, _delayLoop: number | undefined): Obj {
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
