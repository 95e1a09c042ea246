import type { Director, HealthCheck, RealServer, Vip, VrrpInstance, VrrpSyncGroup } from '@lvs/domain';
import type { VirtualServiceFields } from './topology.model';

/**
 * Rows as the driver returns them (snake_case) and their mapping to the domain objects of the
 * spec, in the spec's key order, with unset optional fields omitted. One mapping serves the whole
 * spec and the per-resource reads. The write side is the column lists: one getter per column.
 */

type Nullable<T> = T | null;

export interface RowMeta {
  id: string;
  version: number;
  position: number;
}

export interface DirectorRow extends RowMeta {
  name: string;
  address: string;
  ssh_port: number;
  ssh_user: string;
  credential: Nullable<string>;
  config_path: string;
  reload_method: Director['reloadMethod'];
  pid_file: string;
  sudo: boolean;
}

export interface VrrpInstanceRow extends RowMeta {
  name: string;
  interface: string;
  virtual_router_id: number;
  /** numeric(5,2): text from the driver. */
  advert_int: string | number;
  nopreempt: boolean;
  preempt_delay: Nullable<number>;
  unicast: boolean;
  auth_pass: Nullable<string>;
  track_interfaces: string[];
  garp_master_delay: Nullable<number>;
  notify_master: Nullable<string>;
  notify_backup: Nullable<string>;
  notify_fault: Nullable<string>;
  notify_stop: Nullable<string>;
  notify_any: Nullable<string>;
  options: Nullable<Record<string, unknown>>;
}

export interface VrrpMemberRow {
  instance_id: string;
  director: string;
  priority: number;
  state: VrrpInstance['members'][number]['state'];
}

export interface VrrpVipRow {
  instance_id: string;
  address: string;
  dev: Nullable<string>;
  label: Nullable<string>;
  options: Nullable<string[]>;
}

export interface VrrpSyncGroupRow extends RowMeta {
  name: string;
  options: Nullable<Record<string, unknown>>;
}

export interface VrrpSyncGroupMemberRow {
  sync_group_id: string;
  instance: string;
}

export interface VirtualServiceRow extends RowMeta {
  vip: Nullable<string>;
  port: Nullable<number>;
  protocol: VirtualServiceFields['protocol'];
  fwmark: Nullable<string>;
  family: Nullable<'inet' | 'inet6'>;
  scheduler: VirtualServiceFields['scheduler'];
  forwarding: VirtualServiceFields['forwarding'];
  persistence_timeout: Nullable<number>;
  persistence_netmask: Nullable<string>;
  quorum: Nullable<string>;
  hysteresis: Nullable<string>;
  quorum_up: Nullable<string>;
  quorum_down: Nullable<string>;
  alpha: boolean;
  omega: boolean;
  delay_loop: number;
  sorry_server_address: Nullable<string>;
  sorry_server_port: Nullable<number>;
  virtualhost: Nullable<string>;
  options: Nullable<Record<string, unknown>>;
}

export interface RealServerRow extends RowMeta {
  virtual_service_id: string;
  address: string;
  port: Nullable<number>;
  weight: number;
  forwarding: Nullable<RealServer['forwarding'] & string>;
  upper_threshold: Nullable<number>;
  lower_threshold: Nullable<number>;
  inhibit_on_failure: boolean;
  admin_state: RealServer['adminState'];
  hc_type: Nullable<HealthCheck['type']>;
  hc_options: Nullable<Record<string, unknown>>;
  options: Nullable<Record<string, unknown>>;
}

export interface TimestampsRow {
  created_at: Date;
  updated_at: Date;
}

export function directorFromRow(r: DirectorRow): Director {
  const d: Director = { name: r.name, address: r.address, sshPort: r.ssh_port, sshUser: r.ssh_user } as Director;
  if (r.credential !== null) d.credential = r.credential;
  d.configPath = r.config_path;
  d.reloadMethod = r.reload_method;
  d.pidFile = r.pid_file;
  d.sudo = r.sudo;
  return d;
}

export function vrrpInstanceFromRow(r: VrrpInstanceRow, members: VrrpMemberRow[], vips: VrrpVipRow[]): VrrpInstance {
  const i = {
    name: r.name,
    interface: r.interface,
    virtualRouterId: r.virtual_router_id,
    advertInt: Number(r.advert_int),
    nopreempt: r.nopreempt,
  } as VrrpInstance;
  if (r.preempt_delay !== null) i.preemptDelay = r.preempt_delay;
  i.unicast = r.unicast;
  if (r.auth_pass !== null) i.authPass = r.auth_pass;
  i.trackInterfaces = r.track_interfaces;
  if (r.garp_master_delay !== null) i.garpMasterDelay = r.garp_master_delay;
  const notify: VrrpInstance['notify'] = {};
  if (r.notify_master !== null) notify.master = r.notify_master;
  if (r.notify_backup !== null) notify.backup = r.notify_backup;
  if (r.notify_fault !== null) notify.fault = r.notify_fault;
  if (r.notify_stop !== null) notify.stop = r.notify_stop;
  if (r.notify_any !== null) notify.any = r.notify_any;
  i.notify = notify;
  i.members = members.map((m) => ({ director: m.director, priority: m.priority, state: m.state }));
  i.vips = vips.map((v) => {
    const vip: Vip = { address: v.address };
    if (v.dev !== null) vip.dev = v.dev;
    if (v.label !== null) vip.label = v.label;
    if (v.options !== null) vip.options = v.options;
    return vip;
  });
  if (r.options !== null) Object.assign(i, r.options);
  return i;
}

export function vrrpSyncGroupFromRow(r: VrrpSyncGroupRow, instances: string[]): VrrpSyncGroup {
  const g: VrrpSyncGroup = { name: r.name, instances };
  if (r.options !== null) Object.assign(g, r.options);
  return g;
}

export function virtualServiceFromRow(r: VirtualServiceRow): VirtualServiceFields {
  const s = {} as VirtualServiceFields;
  if (r.vip !== null) s.vip = r.vip;
  if (r.port !== null) s.port = r.port;
  s.protocol = r.protocol;
  if (r.fwmark !== null) s.fwmark = Number(r.fwmark);
  if (r.family !== null) s.family = r.family;
  s.scheduler = r.scheduler;
  s.forwarding = r.forwarding;
  if (r.persistence_timeout !== null) {
    s.persistence =
      r.persistence_netmask === null
        ? { timeout: r.persistence_timeout }
        : { timeout: r.persistence_timeout, netmask: r.persistence_netmask };
  }
  if (r.quorum !== null) s.quorum = Number(r.quorum);
  if (r.hysteresis !== null) s.hysteresis = Number(r.hysteresis);
  if (r.quorum_up !== null) s.quorumUp = r.quorum_up;
  if (r.quorum_down !== null) s.quorumDown = r.quorum_down;
  s.alpha = r.alpha;
  s.omega = r.omega;
  s.delayLoop = r.delay_loop;
  if (r.sorry_server_address !== null)
    s.sorryServer =
      r.sorry_server_port === null ? { address: r.sorry_server_address } : { address: r.sorry_server_address, port: r.sorry_server_port };
  if (r.virtualhost !== null) s.virtualhost = r.virtualhost;
  if (r.options !== null) Object.assign(s, r.options);
  return s;
}

export function realServerFromRow(r: RealServerRow): RealServer {
  const s = { address: r.address } as RealServer;
  if (r.port !== null) s.port = r.port;
  s.weight = r.weight;
  if (r.forwarding !== null) s.forwarding = r.forwarding;
  if (r.upper_threshold !== null) s.upperThreshold = r.upper_threshold;
  if (r.lower_threshold !== null) s.lowerThreshold = r.lower_threshold;
  s.inhibitOnFailure = r.inhibit_on_failure;
  s.adminState = r.admin_state;
  if (r.hc_type !== null) s.healthCheck = { type: r.hc_type, ...r.hc_options } as HealthCheck;
  if (r.options !== null) Object.assign(s, r.options);
  return s;
}

/**
 * One column of a table: its name, its Postgres type (for `unnest($n::type[])`) and the value a write
 * stores from the domain object `T`. `R` is the row a read gives the mapper: the column's name, or its
 * `as` when the row calls it otherwise, must be a field of it — so the SELECT list derived from the
 * table (selectList) and the row the mapper reads cannot drift apart.
 */
export type Column<T, R = Record<string, unknown>> = {
  type: string;
  get: (v: T) => unknown;
  /** SQL turning the unnested value into the column's value, when they differ. */
  sql?: (expr: string) => string;
} & ({ name: keyof R & string; as?: undefined } | { name: string; /** The row field a read puts the column in. */ as: keyof R & string });

/** What every object row starts with (its ref: id, version, position). */
const META = ['id', 'version', 'position'] as const;

/**
 * The SELECT list of a table, derived from its column table so reads and writes name the same
 * columns: the row's ref, `parent` (the owning row's id), then every column but `omit`, qualified by
 * `alias`. `fields` are the row's field names in the same order (for rows read as arrays).
 */
export function selectList(
  columns: readonly Column<never>[],
  o: { alias?: string; parent?: string; omit?: readonly string[] } = {},
): { sql: string; fields: string[] } {
  const at = o.alias ? `${o.alias}.` : '';
  const read = [
    ...META.map((name) => ({ name, as: undefined })),
    ...(o.parent ? [{ name: o.parent, as: undefined }] : []),
    ...columns.filter((c) => !o.omit?.includes(c.name)),
  ];
  return {
    sql: read.map((c) => `${at}${c.name}${c.as ? ` AS ${c.as}` : ''}`).join(', '),
    fields: read.map((c) => c.as ?? c.name),
  };
}

const opt = <V>(v: V | undefined): V | null => (v === undefined ? null : v);

/**
 * The `options` column: the object's fields that have no column of their own (what the model grew
 * after the first tables: tracked scripts, weights, verbatim lines, ...), as json text; null when none.
 * Everything not listed in `columns` goes there, so a new optional domain field is stored without a migration.
 */
function optionsColumn<T extends object, R extends { options: unknown }>(columns: readonly string[]): Column<T, R> {
  const own = new Set(columns);
  return {
    name: 'options',
    type: 'text',
    sql: (e) => `${e}::json`,
    get: (v) => {
      let out: Record<string, unknown> | undefined;
      for (const k in v) {
        const x = (v as Record<string, unknown>)[k];
        if (x === undefined || own.has(k)) continue;
        (out ??= {})[k] = x;
      }
      return out ? JSON.stringify(out) : null;
    },
  };
}

export const DIRECTOR_COLUMNS: Column<Director, DirectorRow>[] = [
  { name: 'name', type: 'varchar', get: (d) => d.name },
  { name: 'address', type: 'varchar', get: (d) => d.address },
  { name: 'ssh_port', type: 'int4', get: (d) => d.sshPort },
  { name: 'ssh_user', type: 'varchar', get: (d) => d.sshUser },
  { name: 'credential', type: 'varchar', get: (d) => opt(d.credential) },
  { name: 'config_path', type: 'varchar', get: (d) => d.configPath },
  { name: 'reload_method', type: 'varchar', get: (d) => d.reloadMethod },
  { name: 'pid_file', type: 'varchar', get: (d) => d.pidFile },
  { name: 'sudo', type: 'bool', get: (d) => d.sudo },
];

export const VRRP_INSTANCE_COLUMNS: Column<VrrpInstance, VrrpInstanceRow>[] = [
  { name: 'name', type: 'varchar', get: (i) => i.name },
  { name: 'interface', type: 'varchar', get: (i) => i.interface },
  { name: 'virtual_router_id', type: 'int2', get: (i) => i.virtualRouterId },
  { name: 'advert_int', type: 'numeric', get: (i) => i.advertInt },
  { name: 'nopreempt', type: 'bool', get: (i) => i.nopreempt },
  { name: 'preempt_delay', type: 'int2', get: (i) => opt(i.preemptDelay) },
  { name: 'unicast', type: 'bool', get: (i) => i.unicast },
  { name: 'auth_pass', type: 'varchar', get: (i) => opt(i.authPass) },
  // unnest() would flatten an array of arrays: sent as JSON text, unpacked in SQL (see TopologyRepository).
  {
    name: 'track_interfaces',
    type: 'text',
    get: (i) => JSON.stringify(i.trackInterfaces),
    sql: (e) => `ARRAY(SELECT json_array_elements_text(${e}::json))`,
  },
  { name: 'garp_master_delay', type: 'int2', get: (i) => opt(i.garpMasterDelay) },
  { name: 'notify_master', type: 'varchar', get: (i) => opt(i.notify.master) },
  { name: 'notify_backup', type: 'varchar', get: (i) => opt(i.notify.backup) },
  { name: 'notify_fault', type: 'varchar', get: (i) => opt(i.notify.fault) },
  { name: 'notify_stop', type: 'varchar', get: (i) => opt(i.notify.stop) },
  { name: 'notify_any', type: 'varchar', get: (i) => opt(i.notify.any) },
  optionsColumn<VrrpInstance, VrrpInstanceRow>([
    'name',
    'interface',
    'virtualRouterId',
    'advertInt',
    'nopreempt',
    'preemptDelay',
    'unicast',
    'authPass',
    'trackInterfaces',
    'garpMasterDelay',
    'notify',
    'members',
    'vips',
  ]),
];

export const VRRP_SYNC_GROUP_COLUMNS: Column<VrrpSyncGroup, VrrpSyncGroupRow>[] = [
  { name: 'name', type: 'varchar', get: (g) => g.name },
  optionsColumn<VrrpSyncGroup, VrrpSyncGroupRow>(['name', 'instances']),
];

export const VIRTUAL_SERVICE_COLUMNS: Column<VirtualServiceFields & { key: string }, VirtualServiceRow & { key: string }>[] = [
  { name: 'key', type: 'varchar', get: (s) => s.key },
  { name: 'vip', type: 'varchar', get: (s) => opt(s.vip) },
  { name: 'port', type: 'int4', get: (s) => opt(s.port) },
  { name: 'protocol', type: 'varchar', get: (s) => s.protocol },
  { name: 'fwmark', type: 'int8', get: (s) => opt(s.fwmark) },
  { name: 'family', type: 'varchar', get: (s) => opt(s.family) },
  { name: 'scheduler', type: 'varchar', get: (s) => s.scheduler },
  { name: 'forwarding', type: 'varchar', get: (s) => s.forwarding },
  { name: 'persistence_timeout', type: 'int4', get: (s) => opt(s.persistence?.timeout) },
  { name: 'persistence_netmask', type: 'text', get: (s) => opt(s.persistence?.netmask) },
  { name: 'quorum', type: 'int8', get: (s) => opt(s.quorum) },
  { name: 'hysteresis', type: 'int8', get: (s) => opt(s.hysteresis) },
  { name: 'quorum_up', type: 'varchar', get: (s) => opt(s.quorumUp) },
  { name: 'quorum_down', type: 'varchar', get: (s) => opt(s.quorumDown) },
  { name: 'alpha', type: 'bool', get: (s) => s.alpha },
  { name: 'omega', type: 'bool', get: (s) => s.omega },
  { name: 'delay_loop', type: 'int4', get: (s) => s.delayLoop },
  { name: 'sorry_server_address', type: 'varchar', get: (s) => opt(s.sorryServer?.address) },
  { name: 'sorry_server_port', type: 'int4', get: (s) => opt(s.sorryServer?.port) },
  { name: 'virtualhost', type: 'varchar', get: (s) => opt(s.virtualhost) },
  optionsColumn<VirtualServiceFields & { key: string }, VirtualServiceRow>([
    'key',
    'vip',
    'port',
    'protocol',
    'fwmark',
    'family',
    'scheduler',
    'forwarding',
    'persistence',
    'quorum',
    'hysteresis',
    'quorumUp',
    'quorumDown',
    'alpha',
    'omega',
    'delayLoop',
    'sorryServer',
    'virtualhost',
    'realServers',
  ]),
];

export const REAL_SERVER_COLUMNS: Column<RealServer & { key: string }, RealServerRow & { key: string }>[] = [
  { name: 'key', type: 'varchar', get: (r) => r.key },
  { name: 'address', type: 'varchar', get: (r) => r.address },
  { name: 'port', type: 'int4', get: (r) => opt(r.port) },
  { name: 'weight', type: 'int4', get: (r) => r.weight },
  { name: 'forwarding', type: 'varchar', get: (r) => opt(r.forwarding) },
  { name: 'upper_threshold', type: 'int4', get: (r) => opt(r.upperThreshold) },
  { name: 'lower_threshold', type: 'int4', get: (r) => opt(r.lowerThreshold) },
  { name: 'inhibit_on_failure', type: 'bool', get: (r) => r.inhibitOnFailure },
  { name: 'admin_state', type: 'varchar', get: (r) => r.adminState },
  { name: 'health_check_type', as: 'hc_type', type: 'varchar', get: (r) => r.healthCheck?.type ?? null },
  {
    name: 'health_check',
    as: 'hc_options',
    type: 'text',
    get: (r) => (r.healthCheck ? healthCheckOptions(r.healthCheck) : null),
    sql: (e) => `${e}::json`,
  },
  optionsColumn<RealServer & { key: string }, RealServerRow>([
    'key',
    'address',
    'port',
    'weight',
    'forwarding',
    'upperThreshold',
    'lowerThreshold',
    'inhibitOnFailure',
    'adminState',
    'healthCheck',
  ]),
];

/** The health check's options without `type`, as stored in health_checks.options. */
export function healthCheckOptions(hc: HealthCheck): string {
  const { type: _type, ...options } = hc;
  return JSON.stringify(options);
}

/** id, version and times of a resource, for its DTO. */
export function metaOf(r: { id: string; version: number } & TimestampsRow) {
  return { id: r.id, version: r.version, createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString() };
}
