import { groupMemberIsIpv6 } from './keepalived-objects';
import { isIpv6 } from './primitives';
import { type ClusterSpec, realServerKey, virtualServiceKey } from './spec';

/** One finding of the cluster-wide rules; `path` is dotted into the spec (`virtualServices.3.realServers.0.port`). */
export interface SpecIssue {
  /** Stable code (docs/problems.md "Spec issue codes"): clients and the API tell issues apart by it, never by the message. */
  code: SpecIssueCode;
  path: string;
  message: string;
}

/**
 * Every code a spec issue can carry. The API answers a collision with another object of the
 * cluster (COLLISION_CODES) 409 and any other broken rule 422.
 */
export const SPEC_ISSUE_CODES = [
  'spec.auth_ah_deprecated',
  'spec.auth_type_without_pass',
  'spec.bad_netmask',
  'spec.director_without_instance',
  'spec.duplicate_director_address',
  'spec.duplicate_director_name',
  'spec.duplicate_instance_name',
  'spec.duplicate_name',
  'spec.duplicate_real_server',
  'spec.duplicate_service',
  'spec.extra_modelled_keyword',
  'spec.group_families',
  'spec.hysteresis_quorum',
  'spec.instance_in_two_groups',
  'spec.master_outranked',
  'spec.member_twice',
  'spec.nat_gateway',
  'spec.no_vip',
  'spec.nopreempt_master',
  'spec.ops_needs_udp',
  'spec.owner_nopreempt',
  'spec.owner_weighted_tracking',
  'spec.persistence_timeout_range',
  'spec.port_change',
  'spec.port_zero_not_persistent',
  'spec.priority_tie',
  'spec.quorum_above_weight',
  'spec.quorum_zero',
  'spec.real_server_family',
  'spec.scheduler_flag',
  'spec.several_masters',
  'spec.smtp_bindto_family',
  'spec.sorry_server_family',
  'spec.sorry_server_port',
  'spec.status_code_both',
  'spec.sync_daemon_instance',
  'spec.sync_group_owner_mix',
  'spec.sync_group_weighted_tracking',
  'spec.thresholds',
  'spec.tracked_twice',
  'spec.tunnel_options_without_tun',
  'spec.unicast_family',
  'spec.unknown_director',
  'spec.unknown_group',
  'spec.unknown_instance',
  'spec.unknown_tracked',
  'spec.vip_families',
  'spec.vip_in_use',
  'spec.vip_not_carried',
  'spec.vmac_unicast_xmit_base',
  'spec.vrid_in_use',
  'spec.vrrp2_advert_int',
  'spec.vrrp3_advert_int',
  'spec.vrrp3_authentication',
  'spec.weight_untracked_interface',
  // Produced outside validateClusterSpec: the privilege guard, the script allowlist and the director path rules (apps/api topology).
  'spec.admin_only',
  'spec.script_not_allowed',
  'spec.director_path',
] as const;
export type SpecIssueCode = (typeof SPEC_ISSUE_CODES)[number];

/** Issues that are a collision with another object (duplicate names or keys, a VRID or VIP in use): 409, not 422. */
export const COLLISION_CODES: ReadonlySet<SpecIssueCode> = new Set<SpecIssueCode>([
  'spec.duplicate_director_name',
  'spec.duplicate_director_address',
  'spec.duplicate_name',
  'spec.duplicate_instance_name',
  'spec.vrid_in_use',
  'spec.vip_in_use',
  'spec.instance_in_two_groups',
  'spec.duplicate_service',
  'spec.duplicate_real_server',
]);

export interface SpecValidation {
  /** The spec cannot be stored or rendered while any of these stand. */
  errors: SpecIssue[];
  /** Stored and rendered, but an operator should look. */
  warnings: SpecIssue[];
}

function ipv4MaskOk(mask: string): boolean {
  const parts = mask.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return false;
  const bits = parts.reduce((acc, p) => acc * 256 + Number(p), 0);
  // A netmask is ones then zeros: its complement plus one is a power of two.
  const inv = 0xffffffff - bits;
  return bits !== 0 && (inv & (inv + 1)) === 0;
}

function vipAddress(cidr: string): string {
  return cidr.split('/')[0].toLowerCase();
}

const words = (s: string) => new Set(s.split(' '));
const CHECKERS = 'TCP_CHECK HTTP_GET SSL_GET MISC_CHECK DNS_CHECK SMTP_CHECK UDP_CHECK PING_CHECK';
const TIMING = 'connect_timeout retry nb_get_retry delay_before_retry inhibit_on_failure';
/** Per block, the keywords the spec models (libs/keepalived parse.ts reads them into fields, never into extra). */
const MODELLED = {
  top: words(
    'global_defs vrrp_instance vrrp_sync_group virtual_server virtual_server_group vrrp_script track_file vrrp_track_file vrrp_track_process',
  ),
  globalDefs: words(
    'router_id enable_script_security script_user reload_check_config vrrp_notify_fifo lvs_notify_fifo notification_email notification_email_from smtp_server smtp_helo_name smtp_connect_timeout smtp_alert smtp_alert_vrrp smtp_alert_checker lvs_sync_daemon vrrp_garp_master_delay vrrp_garp_master_repeat vrrp_garp_lower_prio_delay vrrp_garp_lower_prio_repeat vrrp_garp_master_refresh vrrp_garp_master_refresh_repeat vrrp_garp_interval vrrp_gna_interval vrrp_version',
  ),
  instance: words(
    'state interface virtual_router_id priority advert_int nopreempt preempt preempt_delay garp_master_delay unicast_src_ip unicast_peer authentication track_interface track_script track_file track_process virtual_ipaddress notify_master notify_backup notify_fault notify_stop notify version use_vmac vmac_xmit_base garp_master_repeat garp_lower_prio_delay garp_lower_prio_repeat garp_master_refresh garp_master_refresh_repeat smtp_alert',
  ),
  syncGroup: words('group sync_group_tracking_weight notify_master notify_backup notify_fault notify_stop notify smtp_alert'),
  service: words(
    `delay_loop lvs_sched lb_algo lvs_method lb_kind protocol persistence_timeout persistence_granularity quorum hysteresis quorum_up quorum_down alpha omega virtualhost sorry_server ip_family real_server ops persistence_engine smtp_alert flag-1 flag-2 flag-3 sh-port sh-fallback mh-port mh-fallback ${TIMING}`,
  ),
  realServer: words(`weight lvs_method lb_kind uthreshold lthreshold notify_up notify_down smtp_alert ${TIMING} ${CHECKERS}`),
};

/** The VRRP version an instance runs: its own, else global_defs vrrp_version, else 2 (IPv6 instances always run 3). */
export function vrrpVersionOf(
  spec: Pick<ClusterSpec, 'globalDefs'>,
  inst: Pick<ClusterSpec['vrrpInstances'][number], 'vrrpVersion' | 'vips'>,
): 2 | 3 {
  if (inst.vips.length > 0 && isIpv6(inst.vips[0].address)) return 3;
  return inst.vrrpVersion ?? spec.globalDefs?.vrrpVersion ?? 2;
}

/**
 * Rules that span the whole cluster (field rules live in the zod schemas). Shared by the API,
 * the web forms and the CLI, so an operator sees the same message everywhere.
 */
export function validateClusterSpec(spec: ClusterSpec): SpecValidation {
  const errors: SpecIssue[] = [];
  const warnings: SpecIssue[] = [];
  const err = (code: SpecIssueCode, path: string, message: string) => errors.push({ code, path, message });
  const warn = (code: SpecIssueCode, path: string, message: string) => warnings.push({ code, path, message });

  const directors = new Map<string, number>();
  const directorAddresses = new Map<string, number>();
  spec.directors.forEach((d, i) => {
    if (directors.has(d.name))
      err(
        'spec.duplicate_director_name',
        `directors.${i}.name`,
        `duplicate director name "${d.name}" (also directors.${directors.get(d.name)})`,
      );
    else directors.set(d.name, i);
    const a = d.address.toLowerCase();
    if (directorAddresses.has(a))
      err(
        'spec.duplicate_director_address',
        `directors.${i}.address`,
        `duplicate director address ${d.address} (also directors.${directorAddresses.get(a)})`,
      );
    else directorAddresses.set(a, i);
  });

  // Tracked objects (vrrp_script, track_file, vrrp_track_process) and virtual_server_group: unique names.
  const named = (list: { name: string }[] | undefined, key: string, what: string): Set<string> => {
    const seen = new Map<string, number>();
    (list ?? []).forEach((x, i) => {
      if (seen.has(x.name))
        err('spec.duplicate_name', `${key}.${i}.name`, `duplicate ${what} name "${x.name}" (also ${key}.${seen.get(x.name)})`);
      else seen.set(x.name, i);
    });
    return new Set(seen.keys());
  };
  const scripts = named(spec.vrrpScripts, 'vrrpScripts', 'vrrp_script');
  const trackFiles = named(spec.trackFiles, 'trackFiles', 'track_file');
  const trackProcesses = named(spec.trackProcesses, 'trackProcesses', 'vrrp_track_process');
  const groupsByName = new Map((spec.virtualServerGroups ?? []).map((g) => [g.name, g]));
  named(spec.virtualServerGroups, 'virtualServerGroups', 'virtual_server_group');

  const instances = new Map<string, number>();
  const vrids = new Map<string, number>();
  const vipOwner = new Map<string, string>();
  const membersOf = new Set<string>();
  spec.vrrpInstances.forEach((inst, i) => {
    const p = `vrrpInstances.${i}`;
    if (instances.has(inst.name)) err('spec.duplicate_instance_name', `${p}.name`, `duplicate VRRP instance name "${inst.name}"`);
    else instances.set(inst.name, i);

    const family = inst.vips.length > 0 && isIpv6(inst.vips[0].address) ? 'inet6' : 'inet';
    const vridKey = `${inst.interface}/${family}/${inst.virtualRouterId}`;
    if (vrids.has(vridKey)) {
      err(
        'spec.vrid_in_use',
        `${p}.virtualRouterId`,
        `virtual_router_id ${inst.virtualRouterId} is already used on interface ${inst.interface} by "${spec.vrrpInstances[vrids.get(vridKey)!].name}" (must be unique per interface and address family)`,
      );
    } else vrids.set(vridKey, i);

    const seen = new Set<string>();
    inst.members.forEach((m, j) => {
      membersOf.add(m.director);
      if (!directors.has(m.director))
        err('spec.unknown_director', `${p}.members.${j}.director`, `no director named "${m.director}" in this cluster`);
      if (seen.has(m.director)) err('spec.member_twice', `${p}.members.${j}.director`, `director "${m.director}" is a member twice`);
      seen.add(m.director);
    });
    const top = Math.max(...inst.members.map((m) => m.priority));
    const winners = inst.members.filter((m) => m.priority === top);
    if (winners.length > 1) {
      err(
        'spec.priority_tie',
        `${p}.members`,
        `${winners.map((w) => w.director).join(' and ')} share the highest priority ${top}: give peers distinct priorities so one MASTER wins`,
      );
    }
    const masters = inst.members.filter((m) => m.state === 'MASTER');
    if (masters.length > 1)
      err('spec.several_masters', `${p}.members`, `more than one member starts as MASTER (${masters.map((m) => m.director).join(', ')})`);
    if (inst.nopreempt && masters.length > 0)
      warn(
        'spec.nopreempt_master',
        `${p}.nopreempt`,
        'nopreempt needs every member to start as BACKUP: the initial MASTER state is rendered as BACKUP',
      );
    masters.forEach((m) => {
      if (m.priority !== top)
        warn(
          'spec.master_outranked',
          `${p}.members`,
          `${m.director} starts as MASTER but ${winners[0].director} has a higher priority and will take over`,
        );
    });

    if (inst.unicast) {
      inst.members.forEach((m, j) => {
        const d = spec.directors[directors.get(m.director) ?? -1];
        if (d && inst.vips.length > 0 && isIpv6(d.address) !== isIpv6(inst.vips[0].address)) {
          err(
            'spec.unicast_family',
            `${p}.members.${j}.director`,
            `unicast peers must use the address family of the instance's VIPs; ${d.name} has ${d.address}`,
          );
        }
      });
    }
    // Found by feeding generated specs to keepalived 2.2.7's --config-test (libs/keepalived/test/domain-gaps.ts).
    if (inst.vips.length === 0) err('spec.no_vip', `${p}.vips`, 'an instance needs at least one VIP (keepalived: "No VIP specified")');
    if (inst.vips.length > 0 && isIpv6(inst.vips[0].address)) {
      if (inst.advertInt > 40.95)
        err('spec.vrrp3_advert_int', `${p}.advertInt`, 'IPv6 instances use VRRPv3, whose advert_int must be under 40.96 s');
      if (inst.authPass !== undefined)
        err('spec.vrrp3_authentication', `${p}.authPass`, 'IPv6 instances use VRRPv3, which has no authentication');
    } else if (vrrpVersionOf(spec, inst) === 3) {
      if (inst.advertInt > 40.95)
        err('spec.vrrp3_advert_int', `${p}.advertInt`, 'VRRPv3 advert_int must be under 40.96 s (keepalived clamps it to 40.95)');
      if (inst.authPass !== undefined)
        err(
          'spec.vrrp3_authentication',
          `${p}.authPass`,
          'VRRPv3 has no authentication (keepalived ignores it): remove authPass or use version 2',
        );
    } else if (!Number.isInteger(inst.advertInt)) {
      err(
        'spec.vrrp2_advert_int',
        `${p}.advertInt`,
        'VRRPv2 advert_int is whole seconds (keepalived rounds it): set vrrpVersion 3 for sub-second adverts',
      );
    }
    if (inst.members.some((m) => m.priority === 255)) {
      // keepalived 2.2.7 ignores weighted track_interface/track_script/track_file on an address owner ("... due to address_owner") and --config-test fails.
      const weighted = [
        // the instance's own interface is always tracked and never rendered in track_interface
        ...Object.entries(inst.trackInterfaceWeights ?? {})
          .filter(([f, w]) => w.weight !== 0 && f !== inst.interface)
          .map(([f]) => `track_interface ${f}`),
        ...(inst.trackScripts ?? [])
          .filter((t) => (t.weight ?? spec.vrrpScripts?.find((x) => x.name === t.name)?.weight ?? 0) !== 0)
          .map((t) => `track_script ${t.name}`),
        ...(inst.trackFiles ?? [])
          .filter((t) => (t.weight ?? spec.trackFiles?.find((x) => x.name === t.name)?.weight ?? 1) !== 0)
          .map((t) => `track_file ${t.name}`),
        // track_process is not in this list: 2.2.7 takes a weighted tracked process on an address owner
        // without a word (checked with the real binary), so it is not refused here.
      ];
      if (weighted.length)
        err(
          'spec.owner_weighted_tracking',
          `${p}.members`,
          `priority 255 (address owner) ignores weighted tracking (${weighted.join(', ')}): give the owner a lower priority or the tracked objects weight 0`,
        );
    }
    if (inst.nopreempt && inst.members.some((m) => m.priority === 255)) {
      err(
        'spec.owner_nopreempt',
        `${p}.nopreempt`,
        'nopreempt is incompatible with priority 255 (the address owner always preempts; keepalived resets nopreempt)',
      );
    }
    if (inst.useVmac && inst.unicast && inst.members.length > 1 && !inst.vmacXmitBase) {
      err(
        'spec.vmac_unicast_xmit_base',
        `${p}.vmacXmitBase`,
        'use_vmac with unicast peers needs vmacXmitBase (keepalived sets it and --config-test fails)',
      );
    }
    if (inst.authType !== undefined && inst.authPass === undefined)
      err(
        'spec.auth_type_without_pass',
        `${p}.authType`,
        'auth_type needs an auth_pass (keepalived ignores authentication without a password)',
      );
    if (inst.authType === 'AH') {
      warn(
        'spec.auth_ah_deprecated',
        `${p}.authType`,
        'auth_type AH (IPsec AH) is deprecated by keepalived; every member starts as BACKUP (keepalived clears a MASTER start state under AH)',
      );
    }
    const refs = (list: { name: string }[] | undefined, key: string, known: Set<string>, what: string) => {
      const seenRefs = new Set<string>();
      (list ?? []).forEach((t, j) => {
        if (!known.has(t.name)) err('spec.unknown_tracked', `${p}.${key}.${j}.name`, `no ${what} named "${t.name}" in this cluster`);
        if (seenRefs.has(t.name)) err('spec.tracked_twice', `${p}.${key}.${j}.name`, `${what} "${t.name}" is tracked twice`);
        seenRefs.add(t.name);
      });
    };
    refs(inst.trackScripts, 'trackScripts', scripts, 'vrrp_script');
    refs(inst.trackFiles, 'trackFiles', trackFiles, 'track_file');
    refs(inst.trackProcesses, 'trackProcesses', trackProcesses, 'vrrp_track_process');
    for (const name of Object.keys(inst.trackInterfaceWeights ?? {})) {
      if (!inst.trackInterfaces.includes(name))
        err(
          'spec.weight_untracked_interface',
          `${p}.trackInterfaceWeights.${name}`,
          `interface ${name} has a weight but is not in trackInterfaces`,
        );
    }
    const families = new Set(inst.vips.map((v) => (isIpv6(v.address) ? 6 : 4)));
    if (families.size > 1)
      err(
        'spec.vip_families',
        `${p}.vips`,
        'an instance carries VIPs of one address family only (keepalived needs a separate instance for IPv6)',
      );

    inst.vips.forEach((v, j) => {
      const a = vipAddress(v.address);
      if (vipOwner.has(a)) err('spec.vip_in_use', `${p}.vips.${j}.address`, `VIP ${a} is already carried by instance "${vipOwner.get(a)}"`);
      else vipOwner.set(a, inst.name);
    });
  });

  spec.directors.forEach((d, i) => {
    if (spec.mode === 'keepalived' && !membersOf.has(d.name))
      warn(
        'spec.director_without_instance',
        `directors.${i}`,
        `director "${d.name}" is not a member of any VRRP instance: it will hold no VIP`,
      );
  });

  const grouped = new Map<string, string>();
  // keepalived.conf(5) "Track files"/"track processes": in a sync group without sync_group_tracking_weight,
  // tracked objects must have weight 0 — 2.2.7 otherwise ignores them ("ignoring tracked script with weights due to SYNC group").
  const scriptWeight = new Map((spec.vrrpScripts ?? []).map((x) => [x.name, x.weight ?? 0]));
  const fileWeight = new Map((spec.trackFiles ?? []).map((x) => [x.name, x.weight ?? 1]));
  spec.vrrpSyncGroups.forEach((g, i) => {
    if (g.trackingWeight) return;
    g.instances.forEach((n, j) => {
      const inst = spec.vrrpInstances[instances.get(n) ?? -1];
      if (!inst) return;
      const weighted = [
        ...(inst.trackScripts ?? []).filter((t) => (t.weight ?? scriptWeight.get(t.name) ?? 0) !== 0).map((t) => `vrrp_script ${t.name}`),
        ...(inst.trackFiles ?? []).filter((t) => (t.weight ?? fileWeight.get(t.name) ?? 1) !== 0).map((t) => `track_file ${t.name}`),
        // track_process is not in this list: 2.2.7 takes a weighted tracked process in a sync group
        // without a word (checked with the real binary: --config-test exits 0, no message).
        ...Object.entries(inst.trackInterfaceWeights ?? {})
          .filter(([f, w]) => w.weight !== 0 && f !== inst.interface)
          .map(([f]) => `interface ${f}`),
      ];
      if (weighted.length)
        err(
          'spec.sync_group_weighted_tracking',
          `vrrpSyncGroups.${i}.instances.${j}`,
          `instance "${n}" tracks ${weighted.join(', ')} with a non-zero weight: in a sync group keepalived ignores that tracking unless the group sets trackingWeight (sync_group_tracking_weight)`,
        );
    });
  });
  spec.vrrpSyncGroups.forEach((g, i) => {
    g.instances.forEach((n, j) => {
      if (!instances.has(n)) err('spec.unknown_instance', `vrrpSyncGroups.${i}.instances.${j}`, `no VRRP instance named "${n}"`);
      else if (grouped.has(n))
        err(
          'spec.instance_in_two_groups',
          `vrrpSyncGroups.${i}.instances.${j}`,
          `instance "${n}" is already in sync group "${grouped.get(n)}"`,
        );
      else grouped.set(n, g.name);
    });
  });

  const services = new Map<string, number>();
  spec.virtualServices.forEach((vs, i) => {
    const p = `virtualServices.${i}`;
    const key = virtualServiceKey(vs);
    if (services.has(key)) err('spec.duplicate_service', p, `duplicate virtual service ${key} (also virtualServices.${services.get(key)})`);
    else services.set(key, i);

    const group = vs.group !== undefined ? groupsByName.get(vs.group) : undefined;
    if (vs.group !== undefined) {
      if (!group) err('spec.unknown_group', `${p}.group`, `no virtual_server_group named "${vs.group}" in this cluster`);
    }
    const v6 = group ? groupMemberIsIpv6(group.members[0]) : vs.vip ? isIpv6(vs.vip) : vs.family === 'inet6';
    if (vs.vip && !vipOwner.has(vs.vip.toLowerCase()) && spec.mode === 'keepalived') {
      warn('spec.vip_not_carried', `${p}.vip`, `VIP ${vs.vip} is not carried by any VRRP instance: no director will answer for it`);
    }
    if (vs.forwarding === 'NAT' || vs.realServers.some((r) => r.forwarding === 'NAT')) {
      warn(
        'spec.nat_gateway',
        `${p}.forwarding`,
        "NAT needs the directors as the real servers' default gateway (and ip_forward on the directors)",
      );
    }
    if (vs.persistence?.netmask !== undefined) {
      const nm = vs.persistence.netmask;
      const ok = v6 ? /^\d{1,3}$/.test(nm) && Number(nm) >= 1 && Number(nm) <= 128 : ipv4MaskOk(nm);
      if (!ok)
        err(
          'spec.bad_netmask',
          `${p}.persistence.netmask`,
          v6 ? 'must be an IPv6 prefix length 1-128' : 'must be a contiguous IPv4 netmask such as 255.255.255.0',
        );
    }
    (vs.schedulerFlags ?? []).forEach((f, k) => {
      const needs = f.startsWith('sh-') ? 'sh' : f.startsWith('mh-') ? 'mh' : undefined;
      if (needs && vs.scheduler !== needs)
        err(
          'spec.scheduler_flag',
          `${p}.schedulerFlags.${k}`,
          `${f} applies to the ${needs} scheduler only (keepalived ignores it and --config-test fails)`,
        );
    });
    // keepalived resets ops without UDP, but takes it on a fwmark service (no protocol of its own).
    const fwmarkOnly = vs.fwmark !== undefined || (group !== undefined && group.members.every((m) => 'fwmark' in m));
    if (vs.ops && vs.protocol !== 'UDP' && !fwmarkOnly)
      err('spec.ops_needs_udp', `${p}.ops`, 'one-packet scheduling (ops) needs protocol UDP (keepalived resets it)');
    if (vs.sorryServer && isIpv6(vs.sorryServer.address) !== v6)
      err('spec.sorry_server_family', `${p}.sorryServer.address`, "the sorry server must be of the virtual service's address family");
    if (vs.group === undefined && vs.fwmark === undefined && vs.port === undefined && !vs.persistence)
      err(
        'spec.port_zero_not_persistent',
        `${p}.port`,
        'a service without a port ("all ports") must be persistent (keepalived: "zero port only valid for persistent services")',
      );
    if (vs.persistence && vs.persistence.timeout > 2678400)
      err('spec.persistence_timeout_range', `${p}.persistence.timeout`, 'must be at most 2678400 seconds (31 days)');
    if (vs.quorum === 0) err('spec.quorum_zero', `${p}.quorum`, 'must be at least 1');
    // keepalived refuses a service whose serving weight is below its quorum — e.g. every real server drained.
    const serving = vs.realServers.filter((r) => r.adminState !== 'disabled');
    if (serving.length > 0) {
      const quorum = vs.quorum ?? 1;
      const total = serving.reduce((t, r) => t + (r.adminState === 'drained' ? 0 : r.weight), 0);
      if (total < quorum) {
        err(
          'spec.quorum_above_weight',
          `${p}.realServers`,
          `the real servers' total weight ${total} is below the quorum ${quorum}: keepalived refuses this (to take the service out, disable its servers rather than drain all of them)`,
        );
      } else if ((vs.hysteresis ?? 0) >= quorum) {
        err('spec.hysteresis_quorum', `${p}.hysteresis`, 'hysteresis must be below quorum');
      }
    }
    if (
      vs.sorryServer?.port !== undefined &&
      vs.forwarding !== 'NAT' &&
      vs.fwmark === undefined &&
      vs.group === undefined &&
      vs.sorryServer.port !== (vs.port ?? 0)
    ) {
      err(
        'spec.sorry_server_port',
        `${p}.sorryServer.port`,
        `${vs.forwarding} cannot change ports: the sorry server port must equal the virtual port (or be omitted)`,
      );
    }

    if (vs.tunnelOptions?.length && vs.forwarding !== 'TUN')
      err('spec.tunnel_options_without_tun', `${p}.tunnelOptions`, 'tunnel options need forwarding TUN');
    const reals = new Map<string, number>();
    vs.realServers.forEach((rs, j) => {
      const rp = `${p}.realServers.${j}`;
      const rk = realServerKey(rs);
      if (reals.has(rk)) err('spec.duplicate_real_server', rp, `duplicate real server ${rk} in ${key} (also realServers.${reals.get(rk)})`);
      else reals.set(rk, j);
      if (isIpv6(rs.address) !== v6 && (rs.forwarding ?? vs.forwarding) !== 'TUN') {
        err('spec.real_server_family', `${rp}.address`, `real server ${rs.address} is not of the virtual service's address family`);
      }
      const method = rs.forwarding ?? vs.forwarding;
      if (method !== 'NAT' && group && rs.port !== undefined) {
        const other = group.members.find((m) => !('fwmark' in m) && (m.port ?? 0) !== rs.port);
        if (other && !('fwmark' in other))
          err(
            'spec.port_change',
            `${rp}.port`,
            `${method} cannot change ports: the real server port must equal the port of every address in virtual_server_group ${group.name} (${other.address} has ${other.port ?? 0}), or be omitted`,
          );
      }
      if (method !== 'NAT' && vs.fwmark === undefined && vs.group === undefined && rs.port !== undefined && rs.port !== (vs.port ?? 0)) {
        err(
          'spec.port_change',
          `${rp}.port`,
          `${method} cannot change ports: the real server port must equal the virtual port ${vs.port ?? 0} (or be omitted)`,
        );
      }
      [rs.healthCheck, ...(rs.additionalChecks ?? [])].forEach((hc, k) => {
        const hp = k === 0 ? `${rp}.healthCheck` : `${rp}.additionalChecks.${k - 1}`;
        if (hc && (hc.type === 'HTTP_GET' || hc.type === 'SSL_GET'))
          hc.urls.forEach((u, ui) => {
            if (u.statusCode !== undefined && u.statusCodes !== undefined)
              err('spec.status_code_both', `${hp}.urls.${ui}.statusCodes`, 'give statusCode or statusCodes, not both');
          });
        // keepalived 2.2.7: "bindto address ... does not match address family of connect_ip - skipping".
        if (hc?.type === 'SMTP_CHECK')
          hc.hosts?.forEach((h, hi) => {
            const target = h.connectIp ?? rs.address;
            if (h.bindTo !== undefined && isIpv6(h.bindTo) !== isIpv6(target))
              err(
                'spec.smtp_bindto_family',
                `${hp}.hosts.${hi}.bindTo`,
                `bindto ${h.bindTo} must be of the address family of the address the host checks (${target}${h.connectIp === undefined ? ', the real server' : ''})`,
              );
          });
      });
      if (rs.tunnelOptions?.length && rs.forwarding !== 'TUN')
        err('spec.tunnel_options_without_tun', `${rp}.tunnelOptions`, 'tunnel options need forwarding TUN on this real server');
      if (rs.upperThreshold !== undefined && rs.lowerThreshold !== undefined && rs.lowerThreshold > rs.upperThreshold) {
        err('spec.thresholds', `${rp}.lowerThreshold`, 'lthreshold must not exceed uthreshold');
      }
    });
  });

  // keepalived 2.2.7: "Sync group ... has some member(s) as address owner and some not as address owner. This won't work."
  // It walks the group's instances in order: while every one so far starts as MASTER with priority 255
  // (an owner), the next one that starts as BACKUP is that error; once one is not an owner it stops
  // looking (checked with the real binary: owner then BACKUP fails, BACKUP then owner passes). A
  // member starts as BACKUP when configured so, or with nopreempt, preempt_delay or AH (the render
  // writes BACKUP then: libs/keepalived rendersAsBackup).
  spec.vrrpSyncGroups.forEach((g, i) => {
    for (const d of spec.directors) {
      const mine = g.instances.flatMap((n) => {
        const inst = spec.vrrpInstances[instances.get(n) ?? -1];
        const m = inst?.members.find((x) => x.director === d.name);
        if (!inst || !m) return [];
        const startsMaster = m.state === 'MASTER' && !(inst.nopreempt || inst.preemptDelay !== undefined || inst.authType === 'AH');
        return [{ startsMaster, owner: startsMaster && m.priority === 255 }];
      });
      if (mine.length < 2) continue; // not rendered on this director
      let allOwners = true;
      let mix = false;
      for (const m of mine) {
        if (!allOwners) break;
        if (m !== mine[0] && !m.startsMaster) mix = true;
        allOwners = m.owner;
      }
      if (mix)
        err(
          'spec.sync_group_owner_mix',
          `vrrpSyncGroups.${i}.instances`,
          `on ${d.name} the group lists an address owner (priority 255, starting as MASTER) before an instance that starts as BACKUP: keepalived refuses that mix (make every member an owner, or none, or list the others first)`,
        );
    }
  });

  const sync = spec.globalDefs?.lvsSyncDaemon;
  if (sync?.instance !== undefined && !spec.vrrpInstances.some((i) => i.name === sync.instance)) {
    warn(
      'spec.sync_daemon_instance',
      'globalDefs.lvsSyncDaemon.instance',
      `no vrrp_instance named "${sync.instance}": keepalived runs both sync daemons all the time`,
    );
  }

  // Verbatim lines may not stand in for what the model holds: keepalived takes the last of a
  // repeated keyword, so `priority 200` in an instance's extra would override the member's priority
  // unvalidated, and a `vrrp_instance` block at the top would be an instance no rule has seen.
  const modelled = (entries: { keyword: string }[] | undefined, path: string, keys: ReadonlySet<string>, what: string) =>
    (entries ?? []).forEach((e, k) => {
      if (keys.has(e.keyword))
        err(
          'spec.extra_modelled_keyword',
          `${path}.extra.${k}.keyword`,
          `'${e.keyword}' is modelled by the console in ${what}: set its field instead of a verbatim line`,
        );
    });
  modelled(spec.extra, '', MODELLED.top, 'the spec');
  modelled(spec.globalDefs?.extra, 'globalDefs', MODELLED.globalDefs, 'global_defs');
  spec.vrrpInstances.forEach((inst, i) => modelled(inst.extra, `vrrpInstances.${i}`, MODELLED.instance, 'a vrrp_instance'));
  spec.vrrpSyncGroups.forEach((g, i) => modelled(g.extra, `vrrpSyncGroups.${i}`, MODELLED.syncGroup, 'a vrrp_sync_group'));
  spec.virtualServices.forEach((vs, i) => {
    modelled(vs.extra, `virtualServices.${i}`, MODELLED.service, 'a virtual_server');
    vs.realServers.forEach((rs, j) => modelled(rs.extra, `virtualServices.${i}.realServers.${j}`, MODELLED.realServer, 'a real_server'));
  });
  for (const e of errors) if (e.path.startsWith('.')) e.path = e.path.slice(1);

  (spec.virtualServerGroups ?? []).forEach((g, i) => {
    const fams = new Set(g.members.map(groupMemberIsIpv6));
    if (fams.size > 1)
      err('spec.group_families', `virtualServerGroups.${i}.members`, 'a virtual_server_group holds members of one address family only');
  });

  return { errors, warnings };
}
