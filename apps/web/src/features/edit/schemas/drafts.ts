import type {
  ClusterSpec,
  Director,
  GlobalDefs,
  HealthCheck,
  RealServer,
  TrackFile,
  TrackProcess,
  VirtualServerGroup,
  VirtualService,
  VrrpInstance,
  VrrpScript,
  VrrpSyncGroup,
} from '@lvs/domain';
import { type Draft, num, opt, str, text } from './form-values';
import type { Kind } from './validate';

/**
 * Each resource as a form draft (inputs hold strings) and back as the API's body. The body keeps
 * the spec's shape, so a zod issue path or an API `body.` path names the field that shows it.
 */

type Service = ClusterSpec['virtualServices'][number];

const directorDraft = (d?: Director): Draft => ({
  name: d?.name ?? '',
  address: d?.address ?? '',
  sshPort: str(d?.sshPort ?? 22),
  sshUser: d?.sshUser ?? 'root',
  credential: d?.credential ?? '',
  configPath: d?.configPath ?? '/etc/keepalived/keepalived.conf',
  reloadMethod: d?.reloadMethod ?? 'sighup',
  pidFile: d?.pidFile ?? '/run/keepalived.pid',
  sudo: d?.sudo ?? false,
});
const directorBody = (v: Draft) => ({
  name: text(v.name),
  address: text(v.address),
  sshPort: num(v.sshPort),
  sshUser: text(v.sshUser),
  credential: opt(v.credential),
  configPath: text(v.configPath),
  reloadMethod: v.reloadMethod,
  pidFile: text(v.pidFile),
  sudo: v.sudo === true,
});

const NOTIFY = ['master', 'backup', 'fault', 'stop', 'any'] as const;
const notifyDraft = (n?: Partial<Record<(typeof NOTIFY)[number], string>>): Draft =>
  Object.fromEntries(NOTIFY.map((k) => [k, n?.[k] ?? '']));
const notifyBody = (v: unknown) => Object.fromEntries(NOTIFY.flatMap((k) => (opt((v as Draft)[k]) ? [[k, opt((v as Draft)[k])]] : [])));

export const blankMember: Draft = { director: '', priority: '100', state: 'BACKUP' };
export const blankVip: Draft = { address: '', dev: '', label: '', options: '' };
export const blankTrack: Draft = { name: '', weight: '' };

/**
 * The instance fields the form does not show. A PUT replaces the whole instance (omitted optional
 * fields are removed), so they ride along in the draft unchanged: editing a weight must not drop a
 * track_file or a use_vmac that came with an import.
 */
const INSTANCE_KEPT = ['extra'] as const satisfies readonly (keyof VrrpInstance)[];
const keptOf = <T extends object>(x: T | undefined, keys: readonly (keyof T)[]): Draft =>
  Object.fromEntries(keys.flatMap((k) => (x?.[k] === undefined ? [] : [[k, x[k]]])));

/** What is left of a nested part (a VIP, a URL, a check) once the fields the form shows are taken out. */
const restOf = (x: object | undefined, shown: readonly string[]): Draft =>
  Object.fromEntries(Object.entries(x ?? {}).filter(([k, v]) => !shown.includes(k) && v !== undefined));
const VIP_SHOWN = ['address', 'dev', 'label', 'options'];
const URL_SHOWN = ['path', 'statusCode', 'statusCodes', 'digest', 'virtualhost'];

/** Space-separated words (VIP options, tunnel options, a process and its parameters, e-mail addresses) as a list; blank = absent. */
const words = (v: unknown): string[] | undefined => {
  const w = text(v).split(/\s+/).filter(Boolean);
  return w.length ? w : undefined;
};
const wordsOf = (w?: readonly string[]) => (w ?? []).join(' ');
/** An optional yes/no keepalived keyword whose "no" means something (smtp_alert off against a global default): '' | 'true' | 'false'. */
const triOf = (b?: boolean) => (b === undefined ? '' : String(b));
const tri = (v: unknown): boolean | undefined => (v === 'true' ? true : v === 'false' ? false : undefined);
/**
 * An optional boolean keyword (ops, reverse, vmac_xmit_base) as a checkbox: the draft holds it as it
 * came (absent stays absent until the box is touched), so an imported `false` survives a save.
 */
const yes = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
/** An optional nested object: absent when every one of its fields is. */
const some = <T extends Record<string, unknown>>(o: T): T | undefined => (Object.values(o).some((x) => x !== undefined) ? o : undefined);

const GARP_KEYS = ['masterRepeat', 'lowerPrioDelay', 'lowerPrioRepeat', 'masterRefresh', 'masterRefreshRepeat'] as const;
/** Numeric settings of a nested object (garp_*, lvs_sync_daemon's) as inputs. */
const garpDraft = (g: object | undefined, keys: readonly string[]): Draft =>
  Object.fromEntries(keys.map((k) => [k, str((g as Record<string, unknown> | undefined)?.[k])]));
const garpBody = (v: Draft | undefined, keys: readonly string[]) => some(Object.fromEntries(keys.map((k) => [k, num(v?.[k])])));

/** A tracked object's row: name, weight as typed (blank = the object's own), reverse as it came (absent until ticked). */
const trackRow = (name: string, t?: { weight?: number; reverse?: boolean }): Draft => ({
  name,
  weight: str(t?.weight),
  reverse: t?.reverse,
});
const trackOf = (r: Draft) => {
  const weight = num(r.weight);
  return { ...(weight !== undefined && { weight }), ...(typeof r.reverse === 'boolean' && { reverse: r.reverse }) };
};

function instanceDraft(i: VrrpInstance | undefined, spec: ClusterSpec): Draft {
  // A new instance starts with every director as a member: the first as MASTER, then falling priorities.
  const members =
    i?.members.map((m) => ({ director: m.director, priority: str(m.priority), state: m.state })) ??
    spec.directors.map((d, n) => ({ director: d.name, priority: str(Math.max(1, 150 - n * 10)), state: n === 0 ? 'MASTER' : 'BACKUP' }));
  return {
    name: i?.name ?? '',
    interface: i?.interface ?? 'eth0',
    virtualRouterId: str(i?.virtualRouterId),
    advertInt: str(i?.advertInt ?? 1),
    nopreempt: i?.nopreempt ?? false,
    preemptDelay: str(i?.preemptDelay),
    unicast: i?.unicast ?? false,
    authPass: i?.authPass ?? '',
    trackInterfaces: (i?.trackInterfaces ?? []).map((n) => trackRow(n, i?.trackInterfaceWeights?.[n])),
    trackScripts: (i?.trackScripts ?? []).map((t) => trackRow(t.name, t)),
    trackFiles: (i?.trackFiles ?? []).map((t) => trackRow(t.name, t)),
    trackProcesses: (i?.trackProcesses ?? []).map((t) => trackRow(t.name, t)),
    kept: keptOf(i, INSTANCE_KEPT),
    vrrpVersion: str(i?.vrrpVersion),
    authType: i?.authType ?? '',
    vmac: i?.useVmac !== undefined,
    useVmac: { name: i?.useVmac?.name ?? '', mac: i?.useVmac?.mac ?? '' },
    vmacXmitBase: i?.vmacXmitBase,
    smtpAlert: triOf(i?.smtpAlert),
    garpMasterDelay: str(i?.garpMasterDelay),
    garp: garpDraft(i?.garp, GARP_KEYS),
    notify: notifyDraft(i?.notify),
    members: members.length ? members : [blankMember],
    vips: i?.vips.map((v) => ({
      address: v.address,
      dev: v.dev ?? '',
      label: v.label ?? '',
      options: wordsOf(v.options),
      kept: restOf(v, VIP_SHOWN),
    })) ?? [blankVip],
  };
}
const instanceBody = (v: Draft) => {
  const interfaces = (v.trackInterfaces as Draft[]).map((r) => ({ name: text(r.name), track: trackOf(r) }));
  const weighted = interfaces.filter((r) => r.track.weight !== undefined);
  const refs = (rows: unknown) => {
    const list = ((rows as Draft[] | undefined) ?? []).map((r) => ({ name: text(r.name), ...trackOf(r) }));
    return list.length ? list : undefined;
  };
  const vmac = v.useVmac as Draft;
  return {
    ...(v.kept as Draft),
    name: text(v.name),
    interface: text(v.interface),
    virtualRouterId: num(v.virtualRouterId),
    advertInt: num(v.advertInt),
    nopreempt: v.nopreempt === true,
    preemptDelay: num(v.preemptDelay),
    unicast: v.unicast === true,
    authPass: opt(v.authPass),
    trackInterfaces: interfaces.map((r) => r.name),
    // keepalived's `track_interface { IF weight N }`: the spec holds the weights beside the names.
    trackInterfaceWeights: weighted.length ? Object.fromEntries(weighted.map((r) => [r.name, r.track])) : undefined,
    trackScripts: refs(v.trackScripts),
    trackFiles: refs(v.trackFiles),
    trackProcesses: refs(v.trackProcesses),
    vrrpVersion: num(v.vrrpVersion),
    authType: opt(v.authType),
    useVmac: v.vmac === true ? { name: opt(vmac.name), mac: opt(vmac.mac) } : undefined,
    vmacXmitBase: yes(v.vmacXmitBase),
    smtpAlert: tri(v.smtpAlert),
    garpMasterDelay: num(v.garpMasterDelay),
    garp: garpBody(v.garp as Draft, GARP_KEYS),
    notify: notifyBody(v.notify),
    members: (v.members as Draft[]).map((m) => ({ director: text(m.director), priority: num(m.priority), state: m.state })),
    vips: (v.vips as Draft[]).map((x) => ({
      ...(x.kept as Draft | undefined),
      address: text(x.address),
      dev: opt(x.dev),
      label: opt(x.label),
      options: words(x.options),
    })),
  };
};

const vrrpScriptDraft = (x?: VrrpScript): Draft => ({
  name: x?.name ?? '',
  script: x?.script ?? '',
  interval: str(x ? x.interval : 2),
  timeout: str(x?.timeout),
  weight: str(x?.weight),
  reverse: x?.reverse === true,
  rise: str(x?.rise),
  fall: str(x?.fall),
  user: x?.user ?? '',
  initFail: x?.initFail === true,
  kept: keptOf(x, ['extra']),
});
const vrrpScriptBody = (v: Draft) => ({
  ...(v.kept as Draft),
  name: text(v.name),
  script: text(v.script),
  interval: num(v.interval),
  timeout: num(v.timeout),
  weight: num(v.weight),
  reverse: v.reverse === true ? true : undefined,
  rise: num(v.rise),
  fall: num(v.fall),
  user: opt(v.user),
  initFail: v.initFail === true ? true : undefined,
});

const groupDraft = (g?: VrrpSyncGroup): Draft => ({
  name: g?.name ?? '',
  instances: g?.instances ?? [],
  trackingWeight: g?.trackingWeight,
  notify: notifyDraft(g?.notify),
  smtpAlert: triOf(g?.smtpAlert),
  kept: keptOf(g, ['extra']),
});
const groupBody = (v: Draft) => {
  const notify = notifyBody(v.notify);
  return {
    ...(v.kept as Draft),
    name: text(v.name),
    instances: v.instances,
    trackingWeight: yes(v.trackingWeight),
    notify: Object.keys(notify).length ? notify : undefined,
    smtpAlert: tri(v.smtpAlert),
  };
};

/** Scheduler flags by the scheduler they belong to (ipvsadm(8) -b): sh-* for sh, mh-* for mh, flag-N for any. */
export const FLAGS_OF: Record<string, readonly string[]> = { sh: ['sh-port', 'sh-fallback'], mh: ['mh-port', 'mh-fallback'] };
const flagFits = (flag: string, scheduler: unknown) => flag.startsWith('flag-') || (FLAGS_OF[String(scheduler)] ?? []).includes(flag);

function serviceDraft(s?: Service): Draft {
  return {
    kept: keptOf(s, ['extra']),
    by: s?.group !== undefined ? 'group' : s?.fwmark !== undefined ? 'fwmark' : 'address',
    vip: s?.vip ?? '',
    port: str(s ? s.port : 80),
    protocol: s?.protocol ?? 'TCP',
    fwmark: str(s?.fwmark),
    family: s?.family ?? '',
    group: s?.group ?? '',
    scheduler: s?.scheduler ?? 'wlc',
    schedulerFlags: [...(s?.schedulerFlags ?? [])],
    forwarding: s?.forwarding ?? 'DR',
    tunnelOptions: wordsOf(s?.tunnelOptions),
    persistent: !!s?.persistence,
    persistence: { timeout: str(s?.persistence?.timeout ?? 300), netmask: s?.persistence?.netmask ?? '' },
    persistenceEngine: s?.persistenceEngine ?? '',
    quorum: str(s?.quorum),
    hysteresis: str(s?.hysteresis),
    quorumUp: s?.quorumUp ?? '',
    quorumDown: s?.quorumDown ?? '',
    ops: s?.ops,
    smtpAlert: triOf(s?.smtpAlert),
    alpha: s?.alpha ?? false,
    omega: s?.omega ?? false,
    delayLoop: str(s?.delayLoop ?? 6),
    sorry: !!s?.sorryServer,
    sorryServer: { address: s?.sorryServer?.address ?? '', port: str(s?.sorryServer?.port) },
    virtualhost: s?.virtualhost ?? '',
  };
}
function serviceBody(v: Draft): Omit<VirtualService, 'realServers'> | Record<string, unknown> {
  const p = v.persistence as Draft;
  const sorry = v.sorryServer as Draft;
  // A flag of another scheduler (left ticked before the scheduler changed) is not sent: ipvsadm would refuse it.
  const flags = ((v.schedulerFlags as string[] | undefined) ?? []).filter((f) => flagFits(f, v.scheduler));
  const where =
    v.by === 'group'
      ? { group: text(v.group) }
      : v.by === 'fwmark'
        ? { fwmark: num(v.fwmark), family: opt(v.family) }
        : { vip: text(v.vip), port: num(v.port) };
  return {
    ...(v.kept as Draft),
    ...where,
    protocol: v.protocol,
    scheduler: v.scheduler,
    schedulerFlags: flags.length ? flags : undefined,
    forwarding: v.forwarding,
    tunnelOptions: v.forwarding === 'TUN' ? words(v.tunnelOptions) : undefined,
    persistence: v.persistent ? { timeout: num(p.timeout), netmask: opt(p.netmask) } : undefined,
    persistenceEngine: opt(v.persistenceEngine),
    quorum: num(v.quorum),
    hysteresis: num(v.hysteresis),
    quorumUp: opt(v.quorumUp),
    quorumDown: opt(v.quorumDown),
    ops: yes(v.ops),
    smtpAlert: tri(v.smtpAlert),
    alpha: v.alpha === true,
    omega: v.omega === true,
    delayLoop: num(v.delayLoop),
    sorryServer: v.sorry ? { address: text(sorry.address), port: num(sorry.port) } : undefined,
    virtualhost: opt(v.virtualhost),
  };
}

export const blankUrl: Draft = { path: '/', statusCodes: '200', digest: '', virtualhost: '' };
export const blankSmtpHost: Draft = { connectIp: '', connectPort: '', bindTo: '' };

/** status_code as typed: `200`, or a list of codes and ranges `200-299 503`. */
const statusText = (u: { statusCode?: number; statusCodes?: string[] }) => (u.statusCodes ? u.statusCodes.join(' ') : str(u.statusCode));
/**
 * One plain code stays the spec's statusCode; anything else (a list, a range, a typo) is statusCodes,
 * whose rule names the bad entry on the same field.
 */
function statusBody(v: unknown): { statusCode?: number; statusCodes?: string[] } {
  const w = words(v);
  if (!w) return {};
  if (w.length === 1 && /^\d{3}$/.test(w[0]) && Number(w[0]) >= 100 && Number(w[0]) <= 599) return { statusCode: Number(w[0]) };
  return { statusCodes: w };
}

const REAL_KEPT = ['extra'] as const satisfies readonly (keyof RealServer)[];
const CHECK_SHOWN = [
  'type',
  'connectPort',
  'connectTimeout',
  'retry',
  'delayBeforeRetry',
  'delayLoop',
  'urls',
  'script',
  'timeout',
  'dynamic',
  'queryName',
  'queryType',
  'heloName',
  'hosts',
  'requireReply',
  'replyPattern',
  'payload',
  'minReplyLength',
  'maxReplyLength',
];
const HOST_SHOWN = ['connectIp', 'connectPort', 'bindTo'];

/** A checker as form inputs; `blank` is a new one of that type. */
export function checkDraft(c?: Partial<Record<string, unknown>> & { type?: HealthCheck['type'] }): Draft {
  const h = c ?? {};
  return {
    type: h.type ?? '',
    // The check's fields the form does not show (a nested extra), kept while its type stays the same.
    kept: { type: h.type ?? '', fields: restOf(h, CHECK_SHOWN) },
    connectPort: str(h.connectPort),
    connectTimeout: str(h.connectTimeout),
    retry: str(h.retry),
    delayBeforeRetry: str(h.delayBeforeRetry),
    delayLoop: str(h.delayLoop),
    urls: (
      (h.urls as { path: string; statusCode?: number; statusCodes?: string[]; digest?: string; virtualhost?: string }[] | undefined) ?? [
        { path: '/', statusCode: 200 },
      ]
    ).map((u) => ({
      path: u.path,
      statusCodes: statusText(u),
      digest: u.digest ?? '',
      virtualhost: u.virtualhost ?? '',
      kept: restOf(u, URL_SHOWN),
    })),
    script: str(h.script),
    timeout: str(h.timeout),
    dynamic: h.dynamic === true,
    queryName: str(h.queryName ?? '.'),
    queryType: str(h.queryType ?? 'SOA'),
    heloName: str(h.heloName),
    hosts: ((h.hosts as Record<string, unknown>[] | undefined) ?? []).map((x) => ({
      connectIp: str(x.connectIp),
      connectPort: str(x.connectPort),
      bindTo: str(x.bindTo),
      kept: restOf(x, HOST_SHOWN),
    })),
    requireReply: h.requireReply === true,
    replyPattern: str(h.replyPattern),
    payload: str(h.payload),
    minReplyLength: str(h.minReplyLength),
    maxReplyLength: str(h.maxReplyLength),
  };
}
export const blankCheck = (): Draft => checkDraft({ type: 'TCP_CHECK' });

function realDraft(r: RealServer | undefined, service: Service | undefined): Draft {
  return {
    kept: keptOf(r, REAL_KEPT),
    address: r?.address ?? '',
    port: str(r ? r.port : service?.port),
    weight: str(r?.weight ?? 1),
    forwarding: r?.forwarding ?? '',
    tunnelOptions: wordsOf(r?.tunnelOptions),
    upperThreshold: str(r?.upperThreshold),
    lowerThreshold: str(r?.lowerThreshold),
    inhibitOnFailure: r?.inhibitOnFailure ?? false,
    adminState: r?.adminState ?? 'enabled',
    notifyUp: r?.notifyUp ?? '',
    notifyDown: r?.notifyDown ?? '',
    smtpAlert: triOf(r?.smtpAlert),
    healthCheck: checkDraft(r?.healthCheck),
    additionalChecks: (r?.additionalChecks ?? []).map((c) => checkDraft(c)),
  };
}

/** Only the fields of the chosen check type: the schema is strict about the others. */
function checkBody(h: Draft): Record<string, unknown> | undefined {
  const type = h.type as string;
  if (!type) return undefined;
  const timing = {
    connectTimeout: num(h.connectTimeout),
    retry: num(h.retry),
    delayBeforeRetry: num(h.delayBeforeRetry),
    delayLoop: num(h.delayLoop),
  };
  const port = type === 'MISC_CHECK' || type === 'PING_CHECK' ? {} : { connectPort: num(h.connectPort) };
  const hosts = ((h.hosts as Draft[] | undefined) ?? []).map((x) => ({
    ...(x.kept as Draft | undefined),
    connectIp: opt(x.connectIp),
    connectPort: num(x.connectPort),
    bindTo: opt(x.bindTo),
  }));
  const extra: Record<string, Record<string, unknown>> = {
    HTTP_GET: {
      urls: (h.urls as Draft[]).map((u) => ({
        ...(u.kept as Draft | undefined),
        path: text(u.path),
        ...statusBody(u.statusCodes),
        digest: opt(u.digest),
        virtualhost: opt(u.virtualhost),
      })),
    },
    MISC_CHECK: { script: text(h.script), timeout: num(h.timeout), dynamic: h.dynamic === true },
    DNS_CHECK: { queryName: opt(h.queryName), queryType: h.queryType },
    SMTP_CHECK: { heloName: opt(h.heloName), hosts: hosts.length ? hosts : undefined },
    UDP_CHECK: {
      requireReply: h.requireReply === true,
      replyPattern: opt(h.replyPattern),
      payload: opt(h.payload),
      minReplyLength: num(h.minReplyLength),
      maxReplyLength: num(h.maxReplyLength),
    },
  };
  extra.SSL_GET = extra.HTTP_GET;
  const kept = h.kept as { type: string; fields: Draft } | undefined;
  return { ...(kept?.type === type ? kept.fields : {}), type, ...port, ...timing, ...(extra[type] ?? {}) };
}

const realBody = (v: Draft) => {
  const more = ((v.additionalChecks as Draft[] | undefined) ?? []).map(checkBody).filter((c) => c !== undefined);
  return {
    ...(v.kept as Draft),
    address: text(v.address),
    port: num(v.port),
    weight: num(v.weight),
    forwarding: opt(v.forwarding),
    // TUN only: the service's method applies when the override is blank.
    tunnelOptions: v.forwarding === 'DR' || v.forwarding === 'NAT' ? undefined : words(v.tunnelOptions),
    upperThreshold: num(v.upperThreshold),
    lowerThreshold: num(v.lowerThreshold),
    inhibitOnFailure: v.inhibitOnFailure === true,
    adminState: v.adminState,
    notifyUp: opt(v.notifyUp),
    notifyDown: opt(v.notifyDown),
    smtpAlert: tri(v.smtpAlert),
    healthCheck: checkBody(v.healthCheck as Draft),
    additionalChecks: more.length ? more : undefined,
  };
};

const trackFileDraft = (x?: TrackFile): Draft => ({
  name: x?.name ?? '',
  file: x?.file ?? '',
  weight: str(x?.weight),
  reverse: x?.reverse,
  init: x?.initFile !== undefined,
  initFile: { value: str(x?.initFile?.value), overwrite: x?.initFile?.overwrite },
  kept: keptOf(x, ['extra']),
});
const trackFileBody = (v: Draft) => {
  const init = v.initFile as Draft;
  return {
    ...(v.kept as Draft),
    name: text(v.name),
    file: text(v.file),
    weight: num(v.weight),
    reverse: yes(v.reverse),
    initFile: v.init === true ? { value: num(init.value), overwrite: yes(init.overwrite) } : undefined,
  };
};

const trackProcessDraft = (x?: TrackProcess): Draft => ({
  name: x?.name ?? '',
  process: wordsOf(x?.process),
  paramMatch: x?.paramMatch ?? '',
  weight: str(x?.weight),
  reverse: x?.reverse,
  quorum: str(x?.quorum),
  quorumMax: str(x?.quorumMax),
  forkDelay: str(x?.forkDelay),
  terminateDelay: str(x?.terminateDelay),
  delay: str(x?.delay),
  fullCommand: x?.fullCommand,
  kept: keptOf(x, ['extra']),
});
const trackProcessBody = (v: Draft) => ({
  ...(v.kept as Draft),
  name: text(v.name),
  // process NAME [PARAM ...]: the words as keepalived reads them (blank: the schema names the missing name).
  process: words(v.process) ?? [],
  paramMatch: opt(v.paramMatch),
  weight: num(v.weight),
  reverse: yes(v.reverse),
  quorum: num(v.quorum),
  quorumMax: num(v.quorumMax),
  forkDelay: num(v.forkDelay),
  terminateDelay: num(v.terminateDelay),
  delay: num(v.delay),
  fullCommand: yes(v.fullCommand),
});

export const blankGroupMember: Draft = { by: 'address', address: '', port: '', fwmark: '', family: '' };
const vsGroupDraft = (g?: VirtualServerGroup): Draft => ({
  name: g?.name ?? '',
  // A new group starts with one member row: it needs at least one.
  members: (g?.members ?? [{ address: '' }]).map((m) =>
    'fwmark' in m
      ? { ...blankGroupMember, by: 'fwmark', fwmark: str(m.fwmark), family: m.family ?? '' }
      : { ...blankGroupMember, address: m.address, port: str(m.port) },
  ),
  kept: keptOf(g, ['extra']),
});
const vsGroupBody = (v: Draft) => ({
  ...(v.kept as Draft),
  name: text(v.name),
  members: ((v.members as Draft[] | undefined) ?? []).map((m) =>
    m.by === 'fwmark' ? { fwmark: num(m.fwmark), family: opt(m.family) } : { address: text(m.address), port: num(m.port) },
  ),
});

const GLOBAL_GARP_KEYS = ['masterDelay', ...GARP_KEYS, 'interval', 'gnaInterval'] as const;
const SYNC_KEYS = ['syncId', 'maxlen', 'port', 'ttl'] as const;
const globalDefsDraft = (g?: GlobalDefs): Draft => ({
  notificationEmail: wordsOf(g?.notificationEmail),
  notificationEmailFrom: g?.notificationEmailFrom ?? '',
  smtpServer: { address: g?.smtpServer?.address ?? '', port: str(g?.smtpServer?.port) },
  smtpHeloName: g?.smtpHeloName ?? '',
  smtpConnectTimeout: str(g?.smtpConnectTimeout),
  smtpAlert: triOf(g?.smtpAlert),
  smtpAlertVrrp: triOf(g?.smtpAlertVrrp),
  smtpAlertChecker: triOf(g?.smtpAlertChecker),
  syncDaemon: g?.lvsSyncDaemon !== undefined,
  lvsSyncDaemon: {
    interface: g?.lvsSyncDaemon?.interface ?? '',
    instance: g?.lvsSyncDaemon?.instance ?? '',
    group: g?.lvsSyncDaemon?.group ?? '',
    ...garpDraft(g?.lvsSyncDaemon, SYNC_KEYS),
  },
  garp: garpDraft(g?.garp, GLOBAL_GARP_KEYS),
  vrrpVersion: str(g?.vrrpVersion),
  kept: keptOf(g, ['extra']),
});
const globalDefsBody = (v: Draft) => {
  const smtp = v.smtpServer as Draft;
  const sync = v.lvsSyncDaemon as Draft;
  return {
    ...(v.kept as Draft),
    notificationEmail: words(v.notificationEmail),
    notificationEmailFrom: opt(v.notificationEmailFrom),
    // smtp_server ADDRESS [PORT]: set by its address.
    smtpServer: opt(smtp.address) ? { address: text(smtp.address), port: num(smtp.port) } : undefined,
    smtpHeloName: opt(v.smtpHeloName),
    smtpConnectTimeout: num(v.smtpConnectTimeout),
    smtpAlert: tri(v.smtpAlert),
    smtpAlertVrrp: tri(v.smtpAlertVrrp),
    smtpAlertChecker: tri(v.smtpAlertChecker),
    lvsSyncDaemon:
      v.syncDaemon === true
        ? {
            interface: text(sync.interface),
            instance: opt(sync.instance),
            group: opt(sync.group),
            ...Object.fromEntries(SYNC_KEYS.map((k) => [k, num(sync[k])])),
          }
        : undefined,
    garp: garpBody(v.garp as Draft, GLOBAL_GARP_KEYS),
    vrrpVersion: num(v.vrrpVersion),
  };
};

const clusterDraft = (spec?: ClusterSpec): Draft => ({
  name: spec?.name ?? '',
  description: spec?.description ?? '',
  mode: spec?.mode ?? 'keepalived',
});
const clusterBody = (v: Draft) => ({
  name: text(v.name),
  description: typeof v.description === 'string' ? v.description : '',
  mode: v.mode,
});

/** The object an editor opens with, found in the spec by its natural key (absent when new). */
export interface Found {
  draft: Draft;
  /** Its index in its list, and its service's index for a real server (for the cluster-wide check). */
  index?: number;
  service?: number;
}

/**
 * The draft of the object the editor opens: the API's current copy when there is one (`fresh`,
 * read with its ETag), else the page's spec; and where the object sits in the spec.
 */
export function draftOf(
  kind: Kind,
  spec: ClusterSpec,
  key: string | undefined,
  serviceKey: string | undefined,
  keys: { vs(s: Service): string; rs(r: RealServer): string },
  fresh?: Record<string, unknown>,
): Found {
  const at = <T>(list: T[], match: (x: T) => boolean) => {
    const i = key === undefined ? -1 : list.findIndex(match);
    return { value: (fresh as T | undefined) ?? (i < 0 ? undefined : list[i]), index: i < 0 ? undefined : i };
  };
  switch (kind) {
    case 'cluster':
      return { draft: clusterDraft((fresh as ClusterSpec | undefined) ?? spec) };
    case 'director': {
      const f = at(spec.directors, (d) => d.name === key);
      return { draft: directorDraft(f.value), index: f.index };
    }
    case 'vrrpInstance': {
      const f = at(spec.vrrpInstances, (i) => i.name === key);
      return { draft: instanceDraft(f.value, spec), index: f.index };
    }
    case 'vrrpScript': {
      const f = at(spec.vrrpScripts ?? [], (x) => x.name === key);
      return { draft: vrrpScriptDraft(f.value), index: f.index };
    }
    case 'trackFile': {
      const f = at(spec.trackFiles ?? [], (x) => x.name === key);
      return { draft: trackFileDraft(f.value), index: f.index };
    }
    case 'trackProcess': {
      const f = at(spec.trackProcesses ?? [], (x) => x.name === key);
      return { draft: trackProcessDraft(f.value), index: f.index };
    }
    case 'virtualServerGroup': {
      const f = at(spec.virtualServerGroups ?? [], (x) => x.name === key);
      return { draft: vsGroupDraft(f.value), index: f.index };
    }
    case 'globalDefs':
      return { draft: globalDefsDraft((fresh as GlobalDefs | undefined) ?? spec.globalDefs) };
    case 'vrrpSyncGroup': {
      const f = at(spec.vrrpSyncGroups, (g) => g.name === key);
      return { draft: groupDraft(f.value), index: f.index };
    }
    case 'virtualService': {
      const f = at(spec.virtualServices, (s) => keys.vs(s) === key);
      return { draft: serviceDraft(f.value), index: f.index };
    }
    case 'realServer': {
      const s = spec.virtualServices.findIndex((x) => keys.vs(x) === serviceKey);
      const f = at(spec.virtualServices[s]?.realServers ?? [], (r) => keys.rs(r) === key);
      return { draft: realDraft(f.value, spec.virtualServices[s]), index: f.index, service: s };
    }
  }
}

export const emptyClusterDraft = () => ({ ...clusterDraft(), spec: '' });

export const BODY: Record<Kind, (v: Draft) => unknown> = {
  cluster: clusterBody,
  director: directorBody,
  vrrpInstance: instanceBody,
  vrrpSyncGroup: groupBody,
  vrrpScript: vrrpScriptBody,
  trackFile: trackFileBody,
  trackProcess: trackProcessBody,
  virtualServerGroup: vsGroupBody,
  globalDefs: globalDefsBody,
  virtualService: serviceBody,
  realServer: realBody,
};
