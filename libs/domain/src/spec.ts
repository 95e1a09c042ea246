import { z } from 'zod';
import {
  absolutePath,
  ADMIN_STATES,
  cidr,
  CLUSTER_MODES,
  FORWARDING_METHODS,
  interfaceName,
  ipAddress,
  keepalivedName,
  port,
  PROTOCOLS,
  quotable,
  RELOAD_METHODS,
  SCHEDULERS,
  seconds,
  VRRP_STATES,
} from './primitives';
import {
  ExtraEntriesSchema,
  GarpSchema,
  GlobalDefsSchema,
  trackRefs,
  TrackWeightSchema,
  VirtualServerGroupSchema,
  VrrpScriptSchema,
  TrackFileSchema,
  TrackProcessSchema,
} from './keepalived-objects';

/**
 * The cluster spec: the whole topology of one cluster as one JSON document. It is what
 * `GET/PUT /clusters/:id/spec`, import, export and revisions carry, and what libs/keepalived renders.
 * Identity is by natural key (director and instance names, VIP:port/protocol or fwmark, real
 * server address:port), so a declarative PUT can tell what it creates, changes and deletes.
 * Optional fields are omitted when unset; defaults are filled in by parsing.
 */

const timing = {
  extra: ExtraEntriesSchema,
  connectTimeout: seconds(3600).optional().meta({ description: 'connect_timeout, seconds' }),
  retry: z.number().int().min(0).max(100).optional().meta({ description: 'retry: attempts before the check fails' }),
  delayBeforeRetry: seconds(3600).optional().meta({ description: 'delay_before_retry, seconds' }),
  delayLoop: seconds(86400).optional().meta({ description: "delay_loop of this checker, seconds (the virtual server's when omitted)" }),
};

export const HttpUrlCheckSchema = z.strictObject({
  path: quotable('url path', 1024).regex(/^\//, 'url path must start with "/"'),
  statusCode: z.number().int().min(100).max(599).optional(),
  statusCodes: z
    .array(z.string().regex(/^[1-5]\d\d(-[1-5]\d\d)?$/, 'a status code is NNN or a range NNN-NNN (100-599)'))
    .min(1)
    .max(32)
    .optional()
    .meta({
      description: 'status_code list of codes and ranges (200-299 400-499 503), instead of statusCode',
      examples: [['200-299', '503']],
    }),
  virtualhost: z
    .string()
    .regex(/^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/, 'virtualhost must be a host name')
    .optional()
    .meta({ description: "virtualhost of this url (the checker's or the virtual server's when omitted)" }),
  extra: ExtraEntriesSchema,
  digest: z
    .string()
    .regex(/^[0-9a-f]{32}$/, 'digest must be an MD5 hex digest (32 lowercase hex characters, as genhash prints)')
    .optional(),
});

/** keepalived's HEX_STR: hex digits in groups separated by spaces (`Ab12f 3 456`); X/x (any nibble) in require_reply only. */
const hexString = (what: string, wildcards: boolean) =>
  z
    .string()
    .max(1024)
    .regex(
      wildcards ? /^[0-9A-Fa-fXx]+( [0-9A-Fa-fXx]+)*$/ : /^[0-9A-Fa-f]+( [0-9A-Fa-f]+)*$/,
      `${what} must be hex digits${wildcards ? ' (X for any)' : ''}, in groups separated by single spaces`,
    );

/** SMTP_CHECK `host { ... }`: one more server the SMTP checker tests (keepalived 2.2.7 still accepts the block). */
export const SmtpHostSchema = z.strictObject({
  connectIp: ipAddress.optional().meta({ description: 'connect_ip (the real server when omitted)' }),
  connectPort: port.optional().meta({ description: "connect_port (the checker's when omitted)" }),
  bindTo: ipAddress.optional().meta({ description: 'bindto: source address' }),
  extra: ExtraEntriesSchema,
});
export type SmtpHost = z.output<typeof SmtpHostSchema>;

const connectPort = { connectPort: port.optional().meta({ description: 'connect_port; the real server port when omitted' }) };

export const HealthCheckSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('TCP_CHECK'), ...connectPort, ...timing }),
  z.strictObject({
    type: z.literal('HTTP_GET'),
    ...connectPort,
    ...timing,
    urls: z.array(HttpUrlCheckSchema).min(1, 'HTTP_GET needs at least one url').max(16),
  }),
  z.strictObject({
    type: z.literal('SSL_GET'),
    ...connectPort,
    ...timing,
    urls: z.array(HttpUrlCheckSchema).min(1, 'SSL_GET needs at least one url').max(16),
  }),
  z.strictObject({
    type: z.literal('MISC_CHECK'),
    script: quotable('misc_path (script and arguments)', 1024).meta({ examples: ['/usr/local/bin/check_app.sh 10.0.0.11'] }),
    timeout: seconds(3600).optional().meta({ description: 'misc_timeout, seconds' }),
    dynamic: z.boolean().default(false).meta({ description: 'misc_dynamic: exit codes 2-255 set the weight' }),
    ...timing,
  }),
  z.strictObject({
    type: z.literal('DNS_CHECK'),
    ...connectPort,
    ...timing,
    queryName: z
      .string()
      .regex(/^([A-Za-z0-9_-]{1,63}\.)*[A-Za-z0-9_-]{1,63}\.?$|^\.$/, 'name must be a DNS name')
      .default('.'),
    queryType: z.enum(['A', 'NS', 'CNAME', 'SOA', 'MX', 'TXT', 'AAAA']).default('SOA'),
  }),
  z.strictObject({
    type: z.literal('SMTP_CHECK'),
    ...connectPort,
    ...timing,
    heloName: z
      .string()
      .regex(/^[A-Za-z0-9.-]{1,253}$/, 'helo_name must be a host name')
      .optional(),
    hosts: z
      .array(SmtpHostSchema)
      .max(16)
      .optional()
      .meta({ description: 'host { connect_ip ... } blocks: further SMTP servers this checker tests (keepalived checks each in turn)' }),
  }),
  z.strictObject({
    type: z.literal('UDP_CHECK'),
    ...connectPort,
    ...timing,
    requireReply: z.boolean().default(false),
    replyPattern: hexString('require_reply pattern', true)
      .optional()
      .meta({
        description: 'require_reply HEX: the reply must match these bytes (X or x: any nibble); requireReply true',
        examples: ['0a0bXX'],
      }),
    payload: hexString('payload', false).optional().meta({ description: 'payload HEX: the UDP data sent (random when omitted)' }),
    minReplyLength: z.number().int().min(0).max(65535).optional().meta({ description: 'min_reply_length (default 0)' }),
    maxReplyLength: z.number().int().min(0).max(65535).optional().meta({ description: 'max_reply_length (default 255)' }),
  }),
  z.strictObject({ type: z.literal('PING_CHECK'), ...timing }),
]);
export type HealthCheck = z.output<typeof HealthCheckSchema>;

/** Scheduler flags a virtual_server may set (keepalived.conf(5), ipvsadm -b). */
export const SCHEDULER_FLAGS = ['flag-1', 'flag-2', 'flag-3', 'sh-port', 'sh-fallback', 'mh-port', 'mh-fallback'] as const;

export const RealServerSchema = z.strictObject({
  address: ipAddress,
  port: port.optional().meta({ description: 'Omitted for fwmark services or DR with "any port".' }),
  weight: z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0-65535')
    .max(65535, 'must be 0-65535')
    .default(1),
  forwarding: z.enum(FORWARDING_METHODS).optional().meta({ description: 'lvs_method override for this real server' }),
  tunnelOptions: z
    .array(z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/, 'a tunnel option is one bare word (type, gue, port, 6080, nocsum, ...)'))
    .max(8)
    .optional()
    .meta({
      description: 'Words after lvs_method TUN (type ipip|gue port N|gre, csum options), kept verbatim; TUN only',
      examples: [['type', 'gue', 'port', '6080']],
    }),
  upperThreshold: z.number().int().min(0).max(65535).optional().meta({ description: 'uthreshold: max connections' }),
  lowerThreshold: z.number().int().min(0).max(65535).optional().meta({ description: 'lthreshold: resume below this many connections' }),
  inhibitOnFailure: z.boolean().default(false).meta({ description: 'inhibit_on_failure: set weight 0 instead of removing on failure' }),
  notifyUp: quotable('notify_up script', 1024)
    .optional()
    .meta({ description: 'notify_up: script run (as root) when the checkers find the server up; admin only' }),
  notifyDown: quotable('notify_down script', 1024)
    .optional()
    .meta({ description: 'notify_down: script run (as root) when the checkers find the server down; admin only' }),
  smtpAlert: z.boolean().optional().meta({ description: 'smtp_alert: mail on state changes (global_defs notification settings)' }),
  adminState: z
    .enum(ADMIN_STATES)
    .default('enabled')
    .meta({ description: 'enabled; drained = weight 0 (quiescent); disabled = not rendered' }),
  healthCheck: HealthCheckSchema.optional(),
  additionalChecks: z
    .array(HealthCheckSchema)
    .max(8)
    .optional()
    .meta({ description: 'Further checkers of this real server (keepalived runs every one; the server is up while all pass)' }),
  extra: ExtraEntriesSchema,
});
export type RealServer = z.output<typeof RealServerSchema>;

export const VirtualServiceSchema = z
  .strictObject({
    vip: ipAddress.optional().meta({ description: 'Virtual IP; omit when fwmark is set' }),
    port: port.optional().meta({ description: 'Virtual port; omit for fwmark services or "all ports" (0 in keepalived)' }),
    protocol: z.enum(PROTOCOLS).default('TCP'),
    fwmark: z.number().int().min(1).max(4294967295).optional().meta({ description: 'Firewall mark, instead of VIP:port' }),
    group: keepalivedName('virtual_server_group name').optional().meta({
      description:
        'virtual_server group NAME: the service answers on every member of that virtual_server_group (instead of vip/port/fwmark)',
    }),
    family: z.enum(['inet', 'inet6']).optional().meta({ description: 'Address family of a fwmark service (default inet)' }),
    scheduler: z.enum(SCHEDULERS).default('wlc'),
    forwarding: z.enum(FORWARDING_METHODS).default('DR'),
    tunnelOptions: z
      .array(z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/, 'a tunnel option is one bare word (type, gue, port, 6080, nocsum, ...)'))
      .max(8)
      .optional()
      .meta({
        description: 'Words after lvs_method TUN (type ipip|gue port N|gre, csum options), kept verbatim; TUN only',
        examples: [['type', 'gue', 'port', '6080']],
      }),
    persistence: z
      .strictObject({
        timeout: seconds(31536000),
        netmask: z
          .string()
          .optional()
          .meta({ description: 'persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length' }),
      })
      .optional(),
    quorum: z.number().int().min(0).max(4294967295).optional(),
    hysteresis: z.number().int().min(0).max(4294967295).optional(),
    quorumUp: quotable('quorum_up script').optional(),
    quorumDown: quotable('quorum_down script').optional(),
    schedulerFlags: z
      .array(z.enum(SCHEDULER_FLAGS))
      .max(7)
      .optional()
      .meta({ description: 'Scheduler flags (ipvsadm -b): flag-1..3, sh-port, sh-fallback (sh), mh-port, mh-fallback (mh)' }),
    ops: z.boolean().optional().meta({ description: 'ops: one-packet scheduling (UDP)' }),
    persistenceEngine: z.enum(['sip']).optional().meta({ description: 'persistence_engine (sip is the only one IPVS has)' }),
    smtpAlert: z.boolean().optional().meta({ description: 'smtp_alert: mail on quorum changes' }),
    alpha: z.boolean().default(false).meta({ description: 'alpha: start real servers as down until their check passes' }),
    omega: z.boolean().default(false).meta({ description: 'omega: run quorum_down when the service is removed' }),
    delayLoop: seconds(86400).default(6).meta({ description: 'delay_loop: seconds between health checks' }),
    sorryServer: z.strictObject({ address: ipAddress, port: port.optional() }).optional(),
    virtualhost: z
      .string()
      .regex(/^[A-Za-z0-9.-]{1,253}$/, 'virtualhost must be a host name')
      .optional(),
    realServers: z.array(RealServerSchema).max(10000).default([]),
    extra: ExtraEntriesSchema,
  })
  .superRefine((vs, ctx) => {
    if (vs.group !== undefined) {
      if (vs.vip !== undefined || vs.port !== undefined || vs.fwmark !== undefined)
        ctx.addIssue({ code: 'custom', path: ['group'], message: 'a virtual_server group service has no vip, port or fwmark of its own' });
      return;
    }
    if (vs.fwmark === undefined && vs.vip === undefined) {
      ctx.addIssue({ code: 'custom', path: ['vip'], message: 'a virtual service needs a vip (or a fwmark, or a group)' });
    }
    if (vs.fwmark !== undefined && (vs.vip !== undefined || vs.port !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['fwmark'], message: 'a fwmark service has no vip or port' });
    }
  });
export type VirtualService = z.output<typeof VirtualServiceSchema>;

export const VipSchema = z.strictObject({
  address: cidr.meta({ description: 'Address with optional prefix length', examples: ['192.0.2.10/24'] }),
  dev: interfaceName.optional(),
  label: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,15}$/, 'label must be 1-15 characters (an interface label such as eth0:1)')
    .optional(),
  options: z
    .array(z.string().regex(/^[A-Za-z0-9_.:/@+-]{1,64}$/, 'a VIP option is one bare word (brd, scope, global, ...)'))
    .max(32)
    .optional()
    .meta({
      description: 'Further ip-address options of this VIP kept verbatim, in order (brd 10.0.0.255 scope global ...)',
      examples: [['brd', '10.0.0.255', 'scope', 'global']],
    }),
});
export type Vip = z.output<typeof VipSchema>;

export const VrrpMemberSchema = z.strictObject({
  director: keepalivedName('director name'),
  priority: z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be 1-255')
    .max(255, 'must be 1-255')
    .meta({ description: 'priority 1-254; 255 = this director owns the VIPs (address owner: it preempts at once)' }),
  state: z.enum(VRRP_STATES).default('BACKUP'),
});

/** notify_master / _backup / _fault / _stop / notify of an instance or a sync group: scripts keepalived runs as root. */
export const NotifySchema = z.strictObject({
  master: quotable('notify_master script').optional(),
  backup: quotable('notify_backup script').optional(),
  fault: quotable('notify_fault script').optional(),
  stop: quotable('notify_stop script').optional(),
  any: quotable('notify script').optional(),
});

export const VrrpInstanceSchema = z.strictObject({
  name: keepalivedName('instance name'),
  interface: interfaceName,
  virtualRouterId: z.number({ error: 'must be a number' }).int().min(1, 'must be 1-255').max(255, 'must be 1-255'),
  advertInt: z
    .number({ error: 'must be a number' })
    .min(0.01, 'must be 0.01-255')
    .max(255, 'must be 0.01-255')
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'advert_int has a resolution of 0.01 s (centiseconds)')
    .default(1)
    .meta({ description: 'advert_int, seconds: whole seconds for VRRPv2; VRRPv3 (vrrpVersion 3) takes centiseconds (0.5)' }),
  vrrpVersion: z
    .union([z.literal(2), z.literal(3)])
    .optional()
    .meta({ description: 'version: VRRP version of this instance (globalDefs.vrrpVersion, else 2; IPv6 instances always 3)' }),
  nopreempt: z.boolean().default(false),
  preemptDelay: z.number().int().min(0).max(1000).optional().meta({ description: 'preempt_delay, seconds' }),
  unicast: z.boolean().default(false).meta({ description: 'Use unicast_src_ip/unicast_peer between the members instead of multicast' }),
  authPass: z
    .string()
    .regex(/^[A-Za-z0-9_.@:+-]{1,8}$/, 'auth_pass must be 1-8 characters of letters, digits, _ . @ : + -')
    .optional()
    .meta({ description: 'PASS authentication (VRRPv2); a secret: redacted in logs. keepalived uses only the first 8 characters' }),
  authType: z
    .enum(['PASS', 'AH'])
    .optional()
    .meta({ description: 'auth_type; PASS when omitted. AH (IPsec AH) is deprecated by keepalived and forces the BACKUP start state' }),
  trackInterfaces: z.array(interfaceName).max(16).default([]),
  trackInterfaceWeights: z.record(interfaceName, TrackWeightSchema).optional().meta({
    description:
      'track_interface IF weight N [reverse]: the weight of a tracked interface (unweighted: a fault of the interface is a fault of the instance)',
  }),
  trackScripts: trackRefs('vrrp_script', 'track_script: vrrp_script names with an optional per-instance weight', 253),
  trackFiles: trackRefs('track_file', 'track_file: track_file names with an optional per-instance weight'),
  trackProcesses: trackRefs('vrrp_track_process', 'track_process: vrrp_track_process names with an optional per-instance weight'),
  garpMasterDelay: z.number().int().min(0).max(255).optional(),
  garp: GarpSchema.omit({ masterDelay: true }).optional().meta({
    description:
      "garp_master_repeat, garp_lower_prio_*, garp_master_refresh*: this instance's gratuitous ARP timing (garpMasterDelay is garp_master_delay)",
  }),
  useVmac: z
    .strictObject({
      name: interfaceName.optional().meta({ description: 'VMAC interface name (vrrp.VRID when omitted)' }),
      mac: z
        .string()
        .regex(/^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){4,5}$/, 'must be a MAC address (5 or 6 octets; with 5 the VRID is the last)')
        .refine((m) => !/^00:00:5e:00:0[12]/i.test(m), 'must not be a VRRP (RFC 5798) address: that is the default VMAC, leave mac out')
        .optional(),
    })
    .optional()
    .meta({ description: 'use_vmac [NAME] [MAC]: the VIPs and adverts use a macvlan with the VRRP virtual MAC' }),
  vmacXmitBase: z
    .boolean()
    .optional()
    .meta({ description: 'vmac_xmit_base: send and receive adverts on the base interface (needed with unicast)' }),
  smtpAlert: z.boolean().optional().meta({ description: 'smtp_alert: mail on state transitions' }),
  notify: NotifySchema.default({}),
  members: z.array(VrrpMemberSchema).min(1, 'an instance needs at least one member director').max(32),
  vips: z.array(VipSchema).max(256).default([]),
  extra: ExtraEntriesSchema,
});
export type VrrpInstance = z.output<typeof VrrpInstanceSchema>;

export const VrrpSyncGroupSchema = z.strictObject({
  name: keepalivedName('sync group name'),
  instances: z.array(keepalivedName('instance name')).min(2, 'a sync group needs at least two instances').max(32),
  trackingWeight: z.boolean().optional().meta({
    description:
      "sync_group_tracking_weight: the members' weighted tracking applies (keepalived otherwise ignores tracked objects with a weight)",
  }),
  notify: NotifySchema.optional().meta({ description: 'notify_* scripts of the sync group (run as root, admin only)' }),
  smtpAlert: z.boolean().optional().meta({ description: 'smtp_alert: mail on state transitions of the group' }),
  extra: ExtraEntriesSchema,
});
export type VrrpSyncGroup = z.output<typeof VrrpSyncGroupSchema>;

export const DirectorSchema = z.strictObject({
  name: keepalivedName('director name').meta({ description: 'Also keepalived router_id' }),
  address: ipAddress.meta({ description: 'Address the console connects to over SSH; also unicast_src_ip' }),
  sshPort: port.default(22),
  sshUser: z
    .string()
    .regex(/^[a-z_][a-z0-9_-]{0,31}$/, 'must be a Unix user name')
    .default('root'),
  credential: keepalivedName('credential name').optional().meta({ description: 'Name of the stored SSH credential' }),
  configPath: absolutePath.default('/etc/keepalived/keepalived.conf'),
  reloadMethod: z.enum(RELOAD_METHODS).default('sighup'),
  pidFile: absolutePath.default('/run/keepalived.pid').meta({ description: 'keepalived parent pid file, for SIGHUP reloads' }),
  sudo: z.boolean().default(false).meta({ description: 'Run privileged commands with sudo -n' }),
});
export type Director = z.output<typeof DirectorSchema>;

export const ClusterSpecSchema = z.strictObject({
  apiVersion: z.literal('lvs-console/v1').default('lvs-console/v1'),
  name: keepalivedName('cluster name'),
  description: z.string().max(1000).default(''),
  mode: z.enum(CLUSTER_MODES).default('keepalived').meta({ description: 'keepalived: VRRP + checkers; ipvsadm: IPVS rules only' }),
  directors: z.array(DirectorSchema).max(64).default([]),
  vrrpInstances: z.array(VrrpInstanceSchema).max(256).default([]),
  vrrpSyncGroups: z.array(VrrpSyncGroupSchema).max(64).default([]),
  virtualServices: z.array(VirtualServiceSchema).max(5000).default([]),
  globalDefs: GlobalDefsSchema.optional().meta({ description: 'global_defs settings beyond router_id (which is the director name)' }),
  vrrpScripts: z
    .array(VrrpScriptSchema)
    .max(256)
    .optional()
    .meta({ description: 'vrrp_script blocks (tracked by instances through trackScripts); scripts run as root' }),
  trackFiles: z.array(TrackFileSchema).max(256).optional().meta({ description: 'track_file blocks (vrrp_track_file is the old name)' }),
  trackProcesses: z.array(TrackProcessSchema).max(256).optional().meta({ description: 'vrrp_track_process blocks' }),
  virtualServerGroups: z
    .array(VirtualServerGroupSchema)
    .max(1024)
    .optional()
    .meta({ description: 'virtual_server_group blocks, used by virtual services with a group' }),
  extra: ExtraEntriesSchema.meta({
    description: 'Top-level keepalived blocks the console keeps verbatim but does not model (static_routes, ...)',
  }),
});
export type ClusterSpec = z.output<typeof ClusterSpecSchema>;
export type ClusterSpecInput = z.input<typeof ClusterSpecSchema>;

/** Stable key of a virtual service: `10.0.0.1:80/TCP`, `[2001:db8::1]:443/TCP`, `fwmark:7`, or `group:NAME`. */
export function virtualServiceKey(vs: Pick<VirtualService, 'vip' | 'port' | 'protocol' | 'fwmark'> & { group?: string }): string {
  if (vs.group !== undefined) return `group:${vs.group}`;
  if (vs.fwmark !== undefined) return `fwmark:${vs.fwmark}`;
  const host = vs.vip && vs.vip.includes(':') ? `[${vs.vip}]` : vs.vip;
  return `${host}:${vs.port ?? 0}/${vs.protocol}`;
}

/** Stable key of a real server within its service: `10.0.0.11:80` or `[2001:db8::11]:80`. */
export function realServerKey(rs: Pick<RealServer, 'address' | 'port'>): string {
  const host = rs.address.includes(':') ? `[${rs.address}]` : rs.address;
  return `${host}:${rs.port ?? 0}`;
}
