import type { ClusterSpec, Director, HealthCheck, RealServer, VirtualService, VrrpInstance, VrrpScript, VrrpSyncGroup } from '@lvs/domain';
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
export const blankMember: Draft = { director: '', priority: '100', state: 'BACKUP' };
export const blankVip: Draft = { address: '', dev: '', label: '' };
export const blankTrack: Draft = { name: '', weight: '', reverse: false };

/**
 * The instance fields the form does not show. A PUT replaces the whole instance (omitted optional
 * fields are removed), so they ride along in the draft unchanged: editing a weight must not drop a
 * track_file or a use_vmac that came with an import.
 */
const INSTANCE_KEPT = [
  'vrrpVersion',
  'authType',
  'trackFiles',
  'trackProcesses',
  'garp',
  'useVmac',
  'vmacXmitBase',
  'smtpAlert',
  'extra',
] as const satisfies readonly (keyof VrrpInstance)[];
const keptOf = <T extends object>(x: T | undefined, keys: readonly (keyof T)[]): Draft =>
  Object.fromEntries(keys.flatMap((k) => (x?.[k] === undefined ? [] : [[k, x[k]]])));

/** What is left of a nested part (a VIP, a URL, a check) once the fields the form shows are taken out. */
const restOf = (x: object | undefined, shown: readonly string[]): Draft =>
  Object.fromEntries(Object.entries(x ?? {}).filter(([k, v]) => !shown.includes(k) && v !== undefined));
const VIP_SHOWN = ['address', 'dev', 'label'];
const URL_SHOWN = ['path', 'statusCode', 'digest'];

/** A tracked object's row: name, weight as typed (blank = the object's own), reverse kept as it was. */
const trackRow = (name: string, t?: { weight?: number; reverse?: boolean }): Draft => ({
  name,
  weight: str(t?.weight),
  reverse: t?.reverse === true,
});
const trackOf = (r: Draft) => {
  const weight = num(r.weight);
  return { ...(weight !== undefined && { weight }), ...(r.reverse === true && { reverse: true }) };
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
    kept: keptOf(i, INSTANCE_KEPT),
    garpMasterDelay: str(i?.garpMasterDelay),
    notify: Object.fromEntries(NOTIFY.map((k) => [k, i?.notify[k] ?? ''])),
    members: members.length ? members : [blankMember],
    vips: i?.vips.map((v) => ({ address: v.address, dev: v.dev ?? '', label: v.label ?? '', kept: restOf(v, VIP_SHOWN) })) ?? [blankVip],
  };
}
const instanceBody = (v: Draft) => {
  const notify = v.notify as Record<string, string>;
  const interfaces = (v.trackInterfaces as Draft[]).map((r) => ({ name: text(r.name), track: trackOf(r) }));
  const weighted = interfaces.filter((r) => r.track.weight !== undefined);
  const scripts = (v.trackScripts as Draft[]).map((r) => ({ name: text(r.name), ...trackOf(r) }));
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
    trackScripts: scripts.length ? scripts : undefined,
    garpMasterDelay: num(v.garpMasterDelay),
    notify: Object.fromEntries(NOTIFY.flatMap((k) => (opt(notify[k]) ? [[k, opt(notify[k])]] : []))),
    members: (v.members as Draft[]).map((m) => ({ director: text(m.director), priority: num(m.priority), state: m.state })),
    vips: (v.vips as Draft[]).map((x) => ({
      ...(x.kept as Draft | undefined),
      address: text(x.address),
      dev: opt(x.dev),
      label: opt(x.label),
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

const GROUP_KEPT = ['trackingWeight', 'notify', 'smtpAlert', 'extra'] as const satisfies readonly (keyof VrrpSyncGroup)[];
const groupDraft = (g?: VrrpSyncGroup): Draft => ({ name: g?.name ?? '', instances: g?.instances ?? [], kept: keptOf(g, GROUP_KEPT) });
const groupBody = (v: Draft) => ({ ...(v.kept as Draft), name: text(v.name), instances: v.instances });

const SERVICE_KEPT = [
  'group',
  'tunnelOptions',
  'schedulerFlags',
  'ops',
  'persistenceEngine',
  'smtpAlert',
  'extra',
] as const satisfies readonly (keyof Service)[];
function serviceDraft(s?: Service): Draft {
  return {
    kept: keptOf(s, SERVICE_KEPT),
    by: s?.fwmark !== undefined ? 'fwmark' : 'address',
    vip: s?.vip ?? '',
    port: str(s ? s.port : 80),
    protocol: s?.protocol ?? 'TCP',
    fwmark: str(s?.fwmark),
    family: s?.family ?? 'inet',
    scheduler: s?.scheduler ?? 'wlc',
    forwarding: s?.forwarding ?? 'DR',
    persistent: !!s?.persistence,
    persistence: { timeout: str(s?.persistence?.timeout ?? 300), netmask: s?.persistence?.netmask ?? '' },
    quorum: str(s?.quorum),
    hysteresis: str(s?.hysteresis),
    quorumUp: s?.quorumUp ?? '',
    quorumDown: s?.quorumDown ?? '',
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
  return {
    ...(v.kept as Draft),
    ...(v.by === 'fwmark' ? { fwmark: num(v.fwmark), family: v.family } : { vip: text(v.vip), port: num(v.port) }),
    protocol: v.protocol,
    scheduler: v.scheduler,
    forwarding: v.forwarding,
    persistence: v.persistent ? { timeout: num(p.timeout), netmask: opt(p.netmask) } : undefined,
    quorum: num(v.quorum),
    hysteresis: num(v.hysteresis),
    quorumUp: opt(v.quorumUp),
    quorumDown: opt(v.quorumDown),
    alpha: v.alpha === true,
    omega: v.omega === true,
    delayLoop: num(v.delayLoop),
    sorryServer: v.sorry ? { address: text(sorry.address), port: num(sorry.port) } : undefined,
    virtualhost: opt(v.virtualhost),
  };
}

export const blankUrl: Draft = { path: '/', statusCode: '200', digest: '' };

const REAL_KEPT = [
  'tunnelOptions',
  'notifyUp',
  'notifyDown',
  'smtpAlert',
  'additionalChecks',
  'extra',
] as const satisfies readonly (keyof RealServer)[];
const CHECK_SHOWN = [
  'type',
  'connectPort',
  'connectTimeout',
  'retry',
  'delayBeforeRetry',
  'urls',
  'script',
  'timeout',
  'dynamic',
  'queryName',
  'queryType',
  'heloName',
  'requireReply',
];

function realDraft(r: RealServer | undefined, service: Service | undefined): Draft {
  const h = (r?.healthCheck ?? {}) as Partial<Record<string, unknown>> & { type?: HealthCheck['type'] };
  return {
    kept: keptOf(r, REAL_KEPT),
    address: r?.address ?? '',
    port: str(r ? r.port : service?.port),
    weight: str(r?.weight ?? 1),
    forwarding: r?.forwarding ?? '',
    upperThreshold: str(r?.upperThreshold),
    lowerThreshold: str(r?.lowerThreshold),
    inhibitOnFailure: r?.inhibitOnFailure ?? false,
    adminState: r?.adminState ?? 'enabled',
    healthCheck: {
      type: h.type ?? '',
      // The check's fields the form does not show, kept while its type stays the same.
      kept: { type: h.type ?? '', fields: restOf(h, CHECK_SHOWN) },
      connectPort: str(h.connectPort),
      connectTimeout: str(h.connectTimeout),
      retry: str(h.retry),
      delayBeforeRetry: str(h.delayBeforeRetry),
      urls: ((h.urls as { path: string; statusCode?: number; digest?: string }[] | undefined) ?? [{ path: '/', statusCode: 200 }]).map(
        (u) => ({ path: u.path, statusCode: str(u.statusCode), digest: u.digest ?? '', kept: restOf(u, URL_SHOWN) }),
      ),
      script: str(h.script),
      timeout: str(h.timeout),
      dynamic: h.dynamic === true,
      queryName: str(h.queryName ?? '.'),
      queryType: str(h.queryType ?? 'SOA'),
      heloName: str(h.heloName),
      requireReply: h.requireReply === true,
    },
  };
}

/** Only the fields of the chosen check type: the schema is strict about the others. */
function checkBody(h: Draft): Record<string, unknown> | undefined {
  const type = h.type as string;
  if (!type) return undefined;
  const timing = { connectTimeout: num(h.connectTimeout), retry: num(h.retry), delayBeforeRetry: num(h.delayBeforeRetry) };
  const port = type === 'MISC_CHECK' || type === 'PING_CHECK' ? {} : { connectPort: num(h.connectPort) };
  const extra: Record<string, Record<string, unknown>> = {
    HTTP_GET: {
      urls: (h.urls as Draft[]).map((u) => ({
        ...(u.kept as Draft | undefined),
        path: text(u.path),
        statusCode: num(u.statusCode),
        digest: opt(u.digest),
      })),
    },
    MISC_CHECK: { script: text(h.script), timeout: num(h.timeout), dynamic: h.dynamic === true },
    DNS_CHECK: { queryName: opt(h.queryName), queryType: h.queryType },
    SMTP_CHECK: { heloName: opt(h.heloName) },
    UDP_CHECK: { requireReply: h.requireReply === true },
  };
  extra.SSL_GET = extra.HTTP_GET;
  const kept = h.kept as { type: string; fields: Draft } | undefined;
  return { ...(kept?.type === type ? kept.fields : {}), type, ...port, ...timing, ...(extra[type] ?? {}) };
}

const realBody = (v: Draft) => ({
  ...(v.kept as Draft),
  address: text(v.address),
  port: num(v.port),
  weight: num(v.weight),
  forwarding: opt(v.forwarding),
  upperThreshold: num(v.upperThreshold),
  lowerThreshold: num(v.lowerThreshold),
  inhibitOnFailure: v.inhibitOnFailure === true,
  adminState: v.adminState,
  healthCheck: checkBody(v.healthCheck as Draft),
});

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
  virtualService: serviceBody,
  realServer: realBody,
};
