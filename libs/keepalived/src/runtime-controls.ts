import { createHash } from 'node:crypto';
import type { AdminState, ClusterSpec, ExtraEntry, RealServer, TrackFile, TrackRef, VirtualService, VrrpInstance } from '@lvs/domain';

/**
 * Runtime controls: console-owned keepalived track files that change what a director does without a
 * reload (keepalived re-reads a track file whenever it changes, keepalived.conf(5) "Track files").
 *
 * - Every rendered real server (keepalived mode) carries `FILE_CHECK { track_file lvs_console_rs_<key>
 *   weight 1 }`. The value read is added to the IPVS weight: 0 leaves the configured weight,
 *   -65535 brings it to 0 (keepalived clamps at 0: a drain — the server stays in the table and keeps
 *   its connections), and -2147483648 is keepalived's fault value (the checker fails: the server
 *   leaves the table — disabled). Seen on Debian's keepalived 2.2.7 against a real IPVS (VM lab).
 * - Every VRRP instance tracks `lvs_console_maintenance` (one file per director): 1 = maintenance.
 *   The reference weight is -253 (priority + -253 is clamped to 1: every other member outbids it, the
 *   VIPs move, no reload), or 0 where keepalived demands it (an address owner, priority 255, and an
 *   instance of a sync group without sync_group_tracking_weight) and under nopreempt (a BACKUP does
 *   not take over from a MASTER of lower priority): 1 then puts the instance in FAULT, which gives
 *   its VIPs up as well.
 *
 * The files live in one directory beside the config (runtimeDir), named by a hash of the real
 * server's natural key (service + address:port) — never by a user string. keepalived 2.2.7 passes
 * --config-test with the directory missing but, on reload, fails with CONFIG and *terminates*
 * ("Unable to initialise track file"): a deployment creates the directory and the files before it
 * swaps the config in (director-push.ts). `init_file 0` only covers a file deleted later.
 */

/** The track-file names the console owns start with this (import drops them: not user checks). */
export const RUNTIME_TRACK_PREFIX = 'lvs_console_';
export const MAINTENANCE_TRACK_NAME = `${RUNTIME_TRACK_PREFIX}maintenance`;
/** The directory, beside the config, that holds the runtime files. */
export const RUNTIME_DIR_NAME = 'lvs-console-runtime';

/** The value written to a real server's file for each admin state. */
export const ADMIN_STATE_VALUES: Readonly<Record<AdminState, string>> = { enabled: '0', drained: '-65535', disabled: '-2147483648' };
export const MAINTENANCE_VALUES = { on: '1', off: '0' } as const;
/** The priority drop of a maintenance file that reads 1 (effective priority clamped to 1). */
export const MAINTENANCE_WEIGHT = -253;

export interface RuntimeControls {
  /** Absolute directory of the runtime files on the director. */
  dir: string;
}

/** The runtime controls of a director whose keepalived.conf is `configPath`. */
export function runtimeControlsFor(configPath: string): RuntimeControls {
  const cut = configPath.lastIndexOf('/');
  const parent = cut <= 0 ? '' : configPath.slice(0, cut);
  return { dir: `${parent}/${RUNTIME_DIR_NAME}` };
}

/** A virtual service's natural key: what keepalived itself identifies it by. */
export function serviceNaturalKey(
  vs: Pick<VirtualService, 'vip' | 'port' | 'protocol' | 'fwmark' | 'family'> & { group?: string },
): string {
  if (vs.group !== undefined) return `group ${vs.group}`;
  if (vs.fwmark !== undefined) return `fwmark ${vs.fwmark}${vs.family ? ` ${vs.family}` : ''}`;
  return `${vs.vip} ${vs.port ?? 0} ${vs.protocol}`;
}

/** The stable key of a real server in a service: 16 hex digits of sha256 over the natural keys. */
export function realServerRuntimeKey(vs: Parameters<typeof serviceNaturalKey>[0], rs: Pick<RealServer, 'address' | 'port'>): string {
  return createHash('sha256')
    .update(`${serviceNaturalKey(vs)} > ${rs.address} ${rs.port ?? ''}`)
    .digest('hex')
    .slice(0, 16);
}

export interface RuntimeFile {
  /** keepalived's track_file name. */
  name: string;
  /** Absolute path on the director. */
  path: string;
  /** What the file holds for the given state. */
  value: string;
  /** What it controls, for records and drift reports. */
  what: { kind: 'realServer'; service: string; realServer: string } | { kind: 'maintenance' };
}

export function realServerFile(
  rc: RuntimeControls,
  vs: Parameters<typeof serviceNaturalKey>[0],
  rs: Pick<RealServer, 'address' | 'port' | 'adminState'>,
): RuntimeFile {
  const key = realServerRuntimeKey(vs, rs);
  return {
    name: `${RUNTIME_TRACK_PREFIX}rs_${key}`,
    path: `${rc.dir}/rs-${key}`,
    value: ADMIN_STATE_VALUES[rs.adminState],
    what: { kind: 'realServer', service: serviceNaturalKey(vs), realServer: `${rs.address}${rs.port === undefined ? '' : `:${rs.port}`}` },
  };
}

export function maintenanceFile(rc: RuntimeControls, on: boolean): RuntimeFile {
  return {
    name: MAINTENANCE_TRACK_NAME,
    path: `${rc.dir}/maintenance`,
    value: on ? MAINTENANCE_VALUES.on : MAINTENANCE_VALUES.off,
    what: { kind: 'maintenance' },
  };
}

/** Whether a director has any VRRP instance (the maintenance file is rendered only then). */
function hasInstances(spec: ClusterSpec, director: string): boolean {
  return spec.vrrpInstances.some((i) => i.members.some((m) => m.director === director));
}

/**
 * Every runtime file of one director with the value it should hold: the maintenance file (when the
 * director is a member of an instance) and, in keepalived mode, one per real server of every service.
 */
export function runtimeFiles(spec: ClusterSpec, director: string, rc: RuntimeControls, maintenance: boolean): RuntimeFile[] {
  const out: RuntimeFile[] = [];
  if (hasInstances(spec, director)) out.push(maintenanceFile(rc, maintenance));
  if (spec.mode === 'keepalived')
    for (const vs of spec.virtualServices) for (const rs of vs.realServers) out.push(realServerFile(rc, vs, rs));
  return out;
}

/** The track_file definitions render() adds (after the spec's own): `init_file 0` without overwrite. */
export function runtimeTrackFileDefinitions(spec: ClusterSpec, director: string, rc: RuntimeControls): TrackFile[] {
  return runtimeFiles(spec, director, rc, false).map((f) => ({ name: f.name, file: f.path, initFile: { value: 0 } }));
}

/** The FILE_CHECK a real server carries (rendered after its own checks). */
export function runtimeFileCheck(rc: RuntimeControls, vs: VirtualService, rs: RealServer): ExtraEntry {
  return {
    keyword: 'FILE_CHECK',
    block: [
      { keyword: 'track_file', args: [realServerFile(rc, vs, rs).name] },
      { keyword: 'weight', args: ['1'] },
    ],
  };
}

/** The weight an instance tracks the maintenance file with (see the module comment). */
export function maintenanceWeight(spec: ClusterSpec, inst: VrrpInstance, director: string): number {
  const me = inst.members.find((m) => m.director === director);
  const group = spec.vrrpSyncGroups.find((g) => g.instances.includes(inst.name));
  // nopreempt: a BACKUP never takes over from a MASTER of lower priority (seen in the netns lab), so
  // lowering the priority moves nothing — only FAULT makes the MASTER give its VIPs up.
  if (me?.priority === 255 || (group && !group.trackingWeight) || inst.nopreempt) return 0;
  return MAINTENANCE_WEIGHT;
}

/** The instance's track_file references with the console's maintenance reference added. */
export function withMaintenanceRef(spec: ClusterSpec, inst: VrrpInstance, director: string): TrackRef[] {
  return [...(inst.trackFiles ?? []), { name: MAINTENANCE_TRACK_NAME, weight: maintenanceWeight(spec, inst, director) }];
}

const owned = (name: string | undefined) => name !== undefined && name.startsWith(RUNTIME_TRACK_PREFIX);
const isRuntimeCheck = (e: ExtraEntry) =>
  e.keyword === 'FILE_CHECK' && (e.block ?? []).some((b) => b.keyword === 'track_file' && owned(b.args?.[0]));

/**
 * A spec parsed from a console render, without the console's runtime controls: its track_file
 * definitions, the instances' references to them and the real servers' FILE_CHECKs on them. A
 * re-import then holds what the user modelled, not the console's plumbing (the admin state itself
 * is in the files, not the config: import reads it as enabled).
 */
export function stripRuntimeControls(spec: ClusterSpec): ClusterSpec {
  const trackFiles = spec.trackFiles?.filter((t) => !owned(t.name));
  return {
    ...spec,
    ...(spec.trackFiles ? { trackFiles: trackFiles?.length ? trackFiles : undefined } : {}),
    vrrpInstances: spec.vrrpInstances.map((i) => {
      if (!i.trackFiles?.some((r) => owned(r.name))) return i;
      const refs = i.trackFiles.filter((r) => !owned(r.name));
      return { ...i, trackFiles: refs.length ? refs : undefined };
    }),
    virtualServices: spec.virtualServices.map((vs) => ({
      ...vs,
      realServers: vs.realServers.map((rs) => {
        if (!rs.extra?.some(isRuntimeCheck)) return rs;
        const extra = rs.extra.filter((e) => !isRuntimeCheck(e));
        return { ...rs, extra: extra.length ? extra : undefined };
      }),
    })),
  };
}
