import { z } from 'zod';
import { interfaceName, ipv4, ipv6, isIpv6, keepalivedName, port, quotable } from './primitives';

/**
 * keepalived objects that are not directors, instances or services: tracked scripts, files and
 * processes, virtual_server_group, and the verbatim `extra` entries every block may carry.
 * Reference: Debian's keepalived.conf(5), 2.2.7 (`zcat /usr/share/man/man5/keepalived.conf.5.gz`).
 */

/* ------------------------------------------------------------------ verbatim entries */

/** A keyword keepalived reads as one bare word (as libs/keepalived tokens.ts word()). */
const EXTRA_KEYWORD = /^[A-Za-z0-9_.:@/+=,[\]-]{1,128}$/;
/** Keywords that would pull in another file: never kept verbatim (the include safety caps live in import). */
const INCLUDE_KEYWORD = /^include[rmwba]?$/;

const extraKeyword = z
  .string()
  .regex(
    EXTRA_KEYWORD,
    'keyword must be one bare keepalived word (letters, digits and _ . : @ / + = , [ ] -; no spaces, quotes, braces, "#" or "!")',
  )
  .refine((k) => !INCLUDE_KEYWORD.test(k), 'an include cannot be kept verbatim: import it with its files instead');
/** An argument: rendered bare when it is a bare word, else in double quotes; a brace, a quote or a line break could end or open a block. */
const extraArg = z
  .string()
  .max(1024, 'an argument must be at most 1024 characters')
  .regex(/^[^"{}\n\r]*$/, 'an argument must not contain double quotes, braces or line breaks (it could close or open a block)');
const extraArgs = z.array(extraArg).max(64).optional();

export interface ExtraEntry {
  keyword: string;
  args?: string[];
  block?: ExtraEntry[];
}

// Three levels, spelt out (no recursive schema): deep enough for every block keepalived.conf(5) has
// inside a kept block (static_routes, track_group, garp_group, an unmodelled checker with its url).
const ExtraLeafSchema = z.strictObject({ keyword: extraKeyword, args: extraArgs });
const ExtraMidSchema = z.strictObject({ keyword: extraKeyword, args: extraArgs, block: z.array(ExtraLeafSchema).max(1000).optional() });
export const ExtraEntrySchema = z
  .strictObject({ keyword: extraKeyword, args: extraArgs, block: z.array(ExtraMidSchema).max(1000).optional() })
  .meta({
    description: 'A keepalived keyword the console keeps verbatim: keyword, arguments (quotes removed) and an optional block',
    examples: [{ keyword: 'vrrp_garp_master_refresh', args: ['60'] }],
  });

/**
 * Ordered keepalived keywords a block holds that the console does not model. They are rendered
 * back at the end of the same block, in order, and never dropped.
 */
export const ExtraEntriesSchema = z.array(ExtraEntrySchema).max(1000).optional().meta({
  description:
    'keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block',
});

/** Whether a verbatim keyword names a program keepalived runs (notify*, *script*, misc_path, quorum_up/down): such lines are scripts. */
export function extraNamesScript(keyword: string): boolean {
  return (
    /(^|_)(script|notify)(_|$)/.test(keyword) ||
    keyword === 'misc_path' ||
    keyword === 'quorum_up' ||
    keyword === 'quorum_down' ||
    keyword === 'process'
  );
}

/**
 * The verbatim lines under `value` (any depth of a spec object) that name a script: path
 * (`vrrpInstances.0.extra.2`), keyword and the command as keepalived reads it (its arguments).
 */
export function extraScriptsOf(value: unknown, path: string): { path: string; keyword: string; script: string }[] {
  const out: { path: string; keyword: string; script: string }[] = [];
  const walk = (v: unknown, p: string, inExtra: boolean): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}.${i}`, inExtra));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (inExtra && typeof o.keyword === 'string' && extraNamesScript(o.keyword) && Array.isArray(o.args) && o.args.length)
        out.push({ path: p, keyword: o.keyword, script: (o.args as string[]).join(' ') });
      for (const [k, x] of Object.entries(o))
        if (k === 'extra' || k === 'block' || !inExtra) walk(x, `${p}.${k}`, inExtra || k === 'extra');
    }
  };
  walk(value, path, false);
  return out;
}

/* ------------------------------------------------------------------ tracking */

const weightOf = (max: number) =>
  z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(-max, `must be -${max}..${max}`)
    .max(max, `must be -${max}..${max}`);

/** `weight N [reverse]` of a tracked interface (keepalived.conf(5): -253..253). */
export const TrackWeightSchema = z.strictObject({
  weight: weightOf(253),
  reverse: z.boolean().optional().meta({ description: 'reverse: the weight applies in the opposite direction' }),
});
export type TrackWeight = z.output<typeof TrackWeightSchema>;

const trackRefOf = (max: number) =>
  z.strictObject({
    name: keepalivedName('tracked object name'),
    weight: weightOf(max)
      .optional()
      .meta({ description: `weight -${max}..${max}: overrides the tracked object's own weight for this instance` }),
    reverse: z.boolean().optional(),
  });
export const TrackRefSchema = trackRefOf(254);
export type TrackRef = z.output<typeof TrackRefSchema>;

/** References from an instance; track_script weights are -253..253, track_file/track_process -254..254 (keepalived.conf(5)). */
export const trackRefs = (what: string, description: string, max = 254) =>
  z.array(trackRefOf(max)).max(64, `at most 64 ${what} references`).optional().meta({ description });

/** keepalived.conf(5) "VRRP script(s)". */
export const VrrpScriptSchema = z.strictObject({
  name: keepalivedName('vrrp_script name'),
  script: quotable('script (program and arguments)', 1024).meta({ examples: ['/usr/bin/killall -0 haproxy'] }),
  interval: z.number().int().min(1).max(86400).optional().meta({ description: 'interval, seconds between runs (keepalived default 1)' }),
  timeout: z.number().int().min(1).max(86400).optional().meta({ description: 'timeout, seconds before a run counts as failed' }),
  weight: weightOf(253)
    .optional()
    .meta({ description: 'weight -253..253: added to (or subtracted from) the priority while the script succeeds (fails)' }),
  reverse: z.boolean().optional(),
  rise: z.number().int().min(1).max(1000).optional().meta({ description: 'rise: successes before OK' }),
  fall: z.number().int().min(1).max(1000).optional().meta({ description: 'fall: failures before KO' }),
  user: z
    .string()
    .regex(/^[a-z_][a-z0-9_-]{0,31}( [a-z_][a-z0-9_-]{0,31})?$/, 'user must be a Unix user name, optionally followed by a group name')
    .optional()
    .meta({ description: 'user [group] the script runs as (default script_user)' }),
  initFail: z.boolean().optional().meta({ description: 'init_fail: the script starts in the failed state' }),
  extra: ExtraEntriesSchema,
});
export type VrrpScript = z.output<typeof VrrpScriptSchema>;

/** keepalived.conf(5) "Track files" (`vrrp_track_file` is the deprecated synonym). */
export const TrackFileSchema = z.strictObject({
  name: keepalivedName('track_file name'),
  file: quotable('file path', 1024).regex(/^\//, 'file must be an absolute path'),
  // keepalived.conf(5) says -2147483647..2147483647, but 2.2.7 refuses anything outside -254..254 ("must be between [-254..254]").
  weight: weightOf(254)
    .optional()
    .meta({ description: 'weight -254..254: the value read from the file is multiplied by it (0: non-zero means fault)' }),
  reverse: z.boolean().optional(),
  initFile: z
    .strictObject({ value: z.number().int().min(-2147483647).max(2147483647).optional(), overwrite: z.boolean().optional() })
    .optional()
    .meta({ description: 'init_file [VALUE] [overwrite]: create (or overwrite) the file at start-up' }),
  extra: ExtraEntriesSchema,
});
export type TrackFile = z.output<typeof TrackFileSchema>;

/** keepalived.conf(5) "VRRP track processes". */
export const TrackProcessSchema = z.strictObject({
  name: keepalivedName('vrrp_track_process name'),
  process: z
    .array(quotable('process name or parameter', 1024))
    .min(1, 'process needs a name')
    .max(64)
    .meta({ description: 'process NAME [PARAM ...]: matched exactly (not a pattern)' }),
  paramMatch: z.enum(['initial', 'partial']).optional(),
  weight: weightOf(254).optional(),
  reverse: z.boolean().optional(),
  quorum: z.number().int().min(0).max(65535).optional().meta({ description: 'quorum: matching processes needed (default 1)' }),
  quorumMax: z.number().int().min(0).max(65535).optional(),
  forkDelay: z.number().int().min(1).max(3600).optional().meta({ description: 'fork_delay, seconds' }),
  terminateDelay: z.number().int().min(1).max(3600).optional().meta({ description: 'terminate_delay, seconds' }),
  delay: z
    .number()
    .int()
    .min(1)
    .max(3600)
    .optional()
    .meta({ description: 'delay: fork_delay and terminate_delay, seconds (keepalived refuses 0)' }),
  fullCommand: z.boolean().optional(),
  extra: ExtraEntriesSchema,
});
export type TrackProcess = z.output<typeof TrackProcessSchema>;

/* ------------------------------------------------------------------ virtual_server_group */

/** `a.b.c.d-e` or an IPv6 address whose last group is a range `x-y` (keepalived.conf(5) "Virtual server group(s)"). */
export function isAddressRange(v: string): boolean {
  const m = /^(.*[.:])([0-9A-Fa-f]+)-([0-9A-Fa-f]+)$/.exec(v);
  if (!m) return false;
  const [, prefix, from, to] = m;
  if (isIpv6(v)) {
    const a = parseInt(from, 16);
    const b = parseInt(to, 16);
    return ipv6.safeParse(prefix + from).success && /^[0-9A-Fa-f]{1,4}$/.test(to) && b >= a;
  }
  return ipv4.safeParse(prefix + from).success && /^\d{1,3}$/.test(to) && Number(to) >= Number(from) && Number(to) <= 255;
}

export const VirtualServerGroupMemberSchema = z.union([
  z.strictObject({
    address: z
      .string()
      .refine(
        (v) => ipv4.safeParse(v).success || ipv6.safeParse(v).success || isAddressRange(v),
        'must be an IPv4 or IPv6 address, or a range such as 10.0.0.1-10',
      ),
    port: port.optional().meta({ description: 'Omitted (0) for "all ports"' }),
  }),
  z.strictObject({
    fwmark: z.number().int().min(1).max(4294967295),
    family: z.enum(['inet', 'inet6']).optional(),
  }),
]);
export type VirtualServerGroupMember = z.output<typeof VirtualServerGroupMemberSchema>;

export const VirtualServerGroupSchema = z.strictObject({
  name: keepalivedName('virtual_server_group name'),
  members: z.array(VirtualServerGroupMemberSchema).min(1, 'a virtual_server_group needs at least one member').max(1024),
  extra: ExtraEntriesSchema,
});
export type VirtualServerGroup = z.output<typeof VirtualServerGroupSchema>;

/** Whether a group member is IPv6 (an address or range with ':', or an inet6 fwmark). */
export function groupMemberIsIpv6(m: VirtualServerGroupMember): boolean {
  return 'fwmark' in m ? m.family === 'inet6' : isIpv6(m.address);
}

const hostName = z.string().regex(/^[A-Za-z0-9.-]{1,253}$/, 'must be a host name');
const email = z.string().regex(/^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$/, 'must be an e-mail address (local@domain)');
/** Seconds with up to 6 decimals (keepalived's <DECIMAL> with microsecond resolution): 2.2.7 takes 0.000001-4294.967295. */
const decimalSeconds = () =>
  z
    .number({ error: 'must be a number' })
    .min(0.000001, 'must be 0.000001-4294.967295')
    .max(4294.967295, 'must be 0.000001-4294.967295')
    .refine((v) => Math.abs(v * 1e6 - Math.round(v * 1e6)) < 1e-3, 'at most 6 decimals (microseconds)');

/** vrrp_garp_* (global_defs) and garp_* (vrrp_instance): gratuitous ARP / unsolicited NA timing, keepalived.conf(5). */
export const GarpSchema = z.strictObject({
  masterDelay: z
    .number()
    .int()
    .min(0)
    .max(255)
    .optional()
    .meta({ description: 'garp_master_delay: seconds before the second set of gratuitous ARPs after becoming MASTER (0: none)' }),
  masterRepeat: z
    .number()
    .int()
    .min(1)
    .max(255)
    .optional()
    .meta({ description: 'garp_master_repeat: gratuitous ARPs sent at a time on becoming MASTER' }),
  lowerPrioDelay: z.number().int().min(0).max(255).optional().meta({ description: 'garp_lower_prio_delay, seconds' }),
  lowerPrioRepeat: z.number().int().min(1).max(255).optional().meta({ description: 'garp_lower_prio_repeat' }),
  masterRefresh: z
    .number()
    .int()
    .min(0)
    .max(86400)
    .optional()
    .meta({ description: 'garp_master_refresh: seconds between refreshes while MASTER (0: none)' }),
  masterRefreshRepeat: z.number().int().min(1).max(255).optional().meta({ description: 'garp_master_refresh_repeat' }),
});
export type Garp = z.output<typeof GarpSchema>;

/** keepalived.conf(5) global_defs `lvs_sync_daemon`: IPVS connection sync, so a failover keeps established connections. */
export const LvsSyncDaemonSchema = z.strictObject({
  interface: interfaceName,
  instance: keepalivedName('vrrp_instance name')
    .optional()
    .meta({ description: 'VRRP instance whose state the sync daemon follows (master daemon while MASTER); both daemons when omitted' }),
  syncId: z.number().int().min(0).max(255).optional().meta({ description: 'id: sync id 0-255 (default the instance VRID)' }),
  maxlen: z.number().int().min(1).max(65507).optional(),
  port: port.optional().meta({ description: 'UDP port (default 8848)' }),
  ttl: z.number().int().min(1).max(255).optional(),
  group: z
    .string()
    .refine((v) => ipv4.safeParse(v).success || ipv6.safeParse(v).success, 'must be an IPv4 or IPv6 multicast address')
    .optional(),
});
export type LvsSyncDaemon = z.output<typeof LvsSyncDaemonSchema>;

/** global_defs beyond router_id and what the console renders itself (script security, reload_check_config, its FIFOs). */
export const GlobalDefsSchema = z.strictObject({
  notificationEmail: z.array(email).min(1).max(32).optional().meta({ description: 'notification_email: where smtp_alert mails go' }),
  notificationEmailFrom: quotable('notification_email_from', 255)
    .optional()
    .meta({ description: 'notification_email_from: the From of alert mails (keepalived takes any text, "Name addr@example.com" too)' }),
  smtpServer: z
    .strictObject({
      address: z
        .string()
        .refine(
          (v) => ipv4.safeParse(v).success || ipv6.safeParse(v).success || hostName.safeParse(v).success,
          'must be an IP address or a host name',
        ),
      port: port.optional(),
    })
    .optional()
    .meta({ description: 'smtp_server ADDRESS [PORT] (default port 25)' }),
  smtpHeloName: hostName.optional().meta({ description: 'smtp_helo_name' }),
  smtpConnectTimeout: z.number().int().min(1).max(3600).optional().meta({ description: 'smtp_connect_timeout, seconds' }),
  smtpAlert: z.boolean().optional().meta({ description: 'smtp_alert: default for every smtp_alert' }),
  smtpAlertVrrp: z.boolean().optional().meta({ description: 'smtp_alert_vrrp: default for VRRP alerts' }),
  smtpAlertChecker: z.boolean().optional().meta({ description: 'smtp_alert_checker: default for checker alerts' }),
  lvsSyncDaemon: LvsSyncDaemonSchema.optional(),
  garp: GarpSchema.extend({
    interval: decimalSeconds()
      .optional()
      .meta({ description: 'vrrp_garp_interval: seconds between gratuitous ARPs on an interface (microseconds resolution)' }),
    gnaInterval: decimalSeconds().optional().meta({ description: 'vrrp_gna_interval: seconds between unsolicited NAs on an interface' }),
  })
    .optional()
    .meta({ description: 'vrrp_garp_* defaults for every instance' }),
  vrrpVersion: z
    .union([z.literal(2), z.literal(3)])
    .optional()
    .meta({ description: 'vrrp_version: default VRRP version (IPv6 instances always use 3)' }),
  extra: ExtraEntriesSchema,
});
export type GlobalDefs = z.output<typeof GlobalDefsSchema>;
