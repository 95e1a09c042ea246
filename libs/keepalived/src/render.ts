import type {
  ClusterSpec,
  ExtraEntry,
  Garp,
  GlobalDefs,
  HealthCheck,
  RealServer,
  TrackFile,
  TrackProcess,
  TrackRef,
  VirtualServerGroup,
  VirtualService,
  VrrpInstance,
  VrrpScript,
} from '@lvs/domain';
import { type RuntimeControls, runtimeFileCheck, runtimeTrackFileDefinitions, withMaintenanceRef } from './runtime-controls';
import { decimal, extraArg, num, quoted, UnsafeValueError, word } from './tokens';

export interface RenderOptions {
  /** Revision number named in the header comment. */
  revision?: number;
  /** sha256 of the spec (see specSha256) named in the header comment. */
  specSha256?: string;
  /** keepalived's notify FIFOs for push telemetry (global_defs vrrp_notify_fifo / lvs_notify_fifo). */
  notifyFifos?: { vrrp?: string; lvs?: string };
  /** The console's track files (runtime-controls.ts): every real server then renders with its configured weight, disabled ones too — the file sets the admin state. */
  runtimeControls?: RuntimeControls;
}

class Out {
  // Lines are appended to a short rope that is flattened every 256 lines and kept as a chunk:
  // for a 150k-line file this is several times cheaper (mostly in GC) than one long rope or a
  // join() of 150k small strings. charCodeAt() is what makes V8 flatten the rope.
  private readonly chunks: string[] = [];
  private cur = '';
  private n = 0;
  private indent = '';
  line(s = ''): this {
    this.cur += s ? this.indent + s + '\n' : '\n';
    if (++this.n === 256) {
      this.cur.charCodeAt(0);
      this.chunks.push(this.cur);
      this.cur = '';
      this.n = 0;
    }
    return this;
  }
  open(head: string): this {
    this.line(`${head} {`);
    this.indent += '  ';
    return this;
  }
  close(): this {
    this.indent = this.indent.slice(2);
    return this.line('}');
  }
  /** `key value` for a bare word; nothing when unset. */
  opt(key: string, v: string | undefined): this {
    return v === undefined ? this : this.line(`${key} ${word(v)}`);
  }
  /** `key N` for a whole number; nothing when unset. */
  int(key: string, v: number | undefined, min = 0, max = 4294967295): this {
    return v === undefined ? this : this.line(`${key} ${num(v, min, max)}`);
  }
  flag(key: string, on: boolean | undefined): this {
    return on ? this.line(key) : this;
  }
  /** `key` for true, `key off` for false (keepalived's <BOOL>); nothing when unset. */
  bool(key: string, v: boolean | undefined): this {
    return v === undefined ? this : this.line(v ? key : `${key} off`);
  }
  /** `key 0.5` for a decimal number (decimal()); nothing when unset. */
  dec(key: string, v: number | undefined, places: number, min = 0, max = 4294967295): this {
    return v === undefined ? this : this.line(`${key} ${decimal(v, places, min, max)}`);
  }
  quoted(key: string, v: string | undefined): this {
    return v === undefined ? this : this.line(`${key} ${quoted(v)}`);
  }
  /** `key N` for a signed whole number; nothing when unset. */
  signed(key: string, v: number | undefined, min: number, max: number): this {
    if (v === undefined) return this;
    return this.line(`${key} ${v < 0 ? `-${num(-v, 0, -min)}` : num(v, 0, max)}`);
  }
  /** Verbatim entries, in order, with their blocks (word() for the keyword, extraArg() for each argument). */
  extra(entries: readonly ExtraEntry[] | undefined): this {
    for (const e of entries ?? []) {
      const head = [word(e.keyword), ...(e.args ?? []).map(extraArg)].join(' ');
      if (e.block === undefined) this.line(head);
      else {
        this.open(head);
        this.extra(e.block);
        this.close();
      }
    }
    return this;
  }
  text(): string {
    return this.chunks.join('') + this.cur;
  }
}

/** The garp_* (prefix '') or vrrp_garp_* (prefix 'vrrp_') timing keywords. */
function renderGarp(o: Out, prefix: string, g: Partial<Garp> | undefined): void {
  if (!g) return;
  o.int(`${prefix}garp_master_delay`, g.masterDelay, 0, 255).int(`${prefix}garp_master_repeat`, g.masterRepeat, 1, 255);
  o.int(`${prefix}garp_lower_prio_delay`, g.lowerPrioDelay, 0, 255).int(`${prefix}garp_lower_prio_repeat`, g.lowerPrioRepeat, 1, 255);
  o.int(`${prefix}garp_master_refresh`, g.masterRefresh, 0, 86400).int(
    `${prefix}garp_master_refresh_repeat`,
    g.masterRefreshRepeat,
    1,
    255,
  );
}

/** notify_master ... notify of an instance or a sync group, each whole command line quoted. */
function renderNotify(o: Out, n: VrrpInstance['notify'] | undefined): void {
  if (!n) return;
  o.quoted('notify_master', n.master)
    .quoted('notify_backup', n.backup)
    .quoted('notify_fault', n.fault)
    .quoted('notify_stop', n.stop)
    .quoted('notify', n.any);
}

/** global_defs notification, sync daemon, garp and version settings (keepalived.conf(5) "Global definitions"). */
function renderGlobalDefs(o: Out, g: GlobalDefs | undefined): void {
  if (!g) return;
  if (g.notificationEmail?.length) {
    o.open('notification_email');
    for (const e of g.notificationEmail) o.line(word(e));
    o.close();
  }
  o.quoted('notification_email_from', g.notificationEmailFrom);
  if (g.smtpServer)
    o.line(`smtp_server ${word(g.smtpServer.address)}${g.smtpServer.port !== undefined ? ` ${num(g.smtpServer.port, 1, 65535)}` : ''}`);
  o.opt('smtp_helo_name', g.smtpHeloName).int('smtp_connect_timeout', g.smtpConnectTimeout, 1);
  o.bool('smtp_alert', g.smtpAlert).bool('smtp_alert_vrrp', g.smtpAlertVrrp).bool('smtp_alert_checker', g.smtpAlertChecker);
  const d = g.lvsSyncDaemon;
  if (d) {
    const parts = [`lvs_sync_daemon ${word(d.interface)}`];
    if (d.instance !== undefined) parts.push(word(d.instance));
    if (d.syncId !== undefined) parts.push(`id ${num(d.syncId, 0, 255)}`);
    if (d.maxlen !== undefined) parts.push(`maxlen ${num(d.maxlen, 1, 65507)}`);
    if (d.port !== undefined) parts.push(`port ${num(d.port, 1, 65535)}`);
    if (d.ttl !== undefined) parts.push(`ttl ${num(d.ttl, 1, 255)}`);
    if (d.group !== undefined) parts.push(`group ${word(d.group)}`);
    o.line(parts.join(' '));
  }
  renderGarp(o, 'vrrp_', g.garp);
  o.dec('vrrp_garp_interval', g.garp?.interval, 6, 0.000001, 4294.967295).dec(
    'vrrp_gna_interval',
    g.garp?.gnaInterval,
    6,
    0.000001,
    4294.967295,
  );
  o.int('vrrp_version', g.vrrpVersion, 2, 3);
}

/** ` type gue port 6080 ...` after `lvs_method TUN`; nothing for another method. */
function tunnel(method: string, options: readonly string[] | undefined): string {
  return method === 'TUN' && options?.length ? options.map((x) => ` ${word(x)}`).join('') : '';
}

/** `weight N [reverse]` after a name, for track_* entries. */
function weightSuffix(weight: number | undefined, reverse: boolean | undefined): string {
  if (weight === undefined) return '';
  const w = weight < 0 ? `-${num(-weight, 0, 2147483647)}` : num(weight, 0, 2147483647);
  return ` weight ${w}${reverse ? ' reverse' : ''}`;
}

function renderTrackRefs(o: Out, key: string, refs: readonly TrackRef[] | undefined): void {
  if (!refs?.length) return;
  o.open(key);
  for (const r of refs) o.line(`${word(r.name)}${weightSuffix(r.weight, r.reverse)}`);
  o.close();
}

/** keepalived.conf(5) "VRRP script(s)". */
function renderVrrpScript(o: Out, s: VrrpScript): void {
  o.open(`vrrp_script ${word(s.name)}`).quoted('script', s.script);
  o.int('interval', s.interval, 1).int('timeout', s.timeout, 1);
  if (s.weight !== undefined) o.line(`weight${weightSuffix(s.weight, s.reverse).slice(' weight'.length)}`);
  o.int('rise', s.rise, 1).int('fall', s.fall, 1);
  if (s.user !== undefined) o.line(`user ${s.user.split(' ').map(word).join(' ')}`);
  o.flag('init_fail', s.initFail).extra(s.extra).close();
}

/** keepalived.conf(5) "Track files". */
function renderTrackFile(o: Out, t: TrackFile): void {
  o.open(`track_file ${word(t.name)}`).quoted('file', t.file);
  if (t.weight !== undefined) o.line(`weight${weightSuffix(t.weight, t.reverse).slice(' weight'.length)}`);
  if (t.initFile) {
    const v = t.initFile.value;
    o.line(`init_file${v === undefined ? '' : ` ${v < 0 ? `-${num(-v)}` : num(v)}`}${t.initFile.overwrite ? ' overwrite' : ''}`);
  }
  o.extra(t.extra).close();
}

/** keepalived.conf(5) "VRRP track processes". */
function renderTrackProcess(o: Out, t: TrackProcess): void {
  o.open(`vrrp_track_process ${word(t.name)}`);
  o.line(`process ${t.process.map(quoted).join(' ')}`);
  o.opt('param_match', t.paramMatch);
  if (t.weight !== undefined) o.line(`weight${weightSuffix(t.weight, t.reverse).slice(' weight'.length)}`);
  o.int('quorum', t.quorum).int('quorum_max', t.quorumMax);
  o.int('fork_delay', t.forkDelay).int('terminate_delay', t.terminateDelay).int('delay', t.delay);
  o.flag('full_command', t.fullCommand).extra(t.extra).close();
}

/** keepalived.conf(5) "Virtual server group(s)": `IP PORT`, `IP-RANGE PORT`, `fwmark N [inet|inet6]`. */
function renderServerGroup(o: Out, g: VirtualServerGroup): void {
  o.open(`virtual_server_group ${word(g.name)}`);
  for (const m of g.members) {
    if ('fwmark' in m) o.line(`fwmark ${num(m.fwmark, 1)}${m.family !== undefined ? ` ${word(m.family)}` : ''}`);
    else o.line(`${word(m.address)} ${m.port === undefined ? '0' : num(m.port, 1, 65535)}`);
  }
  o.extra(g.extra).close();
}

/** A HEX_STR as keepalived reads it: groups of hex digits separated by spaces, each a bare word. */
function hexWords(v: string): string {
  if (typeof v !== 'string' || !/^[0-9A-Fa-fXx]+( [0-9A-Fa-fXx]+)*$/.test(v))
    throw new UnsafeValueError(`unsafe keepalived hex string ${JSON.stringify(v)}`);
  return v;
}

/** Checker blocks, keepalived.conf(5) 2.2.x "real_server ... CHECKER_TYPE". `retry` (not the removed `nb_get_retry`, which 2.2.7 rejects). */
function renderCheck(o: Out, hc: HealthCheck): void {
  o.open(word(hc.type));
  switch (hc.type) {
    case 'HTTP_GET':
    case 'SSL_GET':
      for (const u of hc.urls) {
        o.open('url').quoted('path', u.path).opt('digest', u.digest).int('status_code', u.statusCode, 100, 599);
        if (u.statusCodes?.length) o.line(`status_code ${u.statusCodes.map(word).join(' ')}`);
        o.opt('virtualhost', u.virtualhost).extra(u.extra).close();
      }
      o.int('connect_port', hc.connectPort, 1, 65535);
      break;
    case 'MISC_CHECK':
      // The whole command line quoted: keepalived splits it into program and arguments itself.
      // MISC_CHECK has no connect_timeout (2.2.7: "Unknown keyword"); the script's timeout is misc_timeout.
      o.quoted('misc_path', hc.script)
        .int('misc_timeout', hc.timeout ?? hc.connectTimeout, 1)
        .flag('misc_dynamic', hc.dynamic);
      break;
    case 'DNS_CHECK':
      o.int('connect_port', hc.connectPort, 1, 65535).opt('type', hc.queryType).opt('name', hc.queryName);
      break;
    case 'SMTP_CHECK':
      o.int('connect_port', hc.connectPort, 1, 65535).opt('helo_name', hc.heloName);
      for (const h of hc.hosts ?? [])
        o.open('host')
          .opt('connect_ip', h.connectIp)
          .int('connect_port', h.connectPort, 1, 65535)
          .opt('bindto', h.bindTo)
          .extra(h.extra)
          .close();
      break;
    case 'UDP_CHECK':
      o.int('connect_port', hc.connectPort, 1, 65535);
      if (hc.payload !== undefined) o.line(`payload ${hexWords(hc.payload)}`);
      if (hc.replyPattern !== undefined) o.line(`require_reply ${hexWords(hc.replyPattern)}`);
      else o.flag('require_reply', hc.requireReply);
      o.int('min_reply_length', hc.minReplyLength, 0, 65535).int('max_reply_length', hc.maxReplyLength, 0, 65535);
      break;
    case 'TCP_CHECK':
      o.int('connect_port', hc.connectPort, 1, 65535);
      break;
    case 'PING_CHECK':
      break;
  }
  if (hc.type !== 'MISC_CHECK') o.int('connect_timeout', hc.connectTimeout, 1);
  o.int('retry', hc.retry).int('delay_before_retry', hc.delayBeforeRetry, 1).int('delay_loop', hc.delayLoop, 1);
  o.extra(hc.extra).close();
}

/**
 * `[PORT]` of a real or sorry server: written only when the spec has one (keepalived then uses the
 * virtual port); never for fwmark services, where keepalived clears it and --config-test fails.
 * A `virtual_server group` keeps it, fwmark members or not: keepalived uses it for the group's
 * address members and for a NAT service's traffic.
 */
function serverPort(vs: VirtualService, port: number | undefined, keep: boolean): string {
  return port === undefined || !keep ? '' : ` ${num(port, 1, 65535)}`;
}

/**
 * Whether a real (or sorry) server's port is rendered: not for a fwmark service; for a group with
 * fwmark members, just under NAT (keepalived 2.2.7 otherwise warns "port will be ignored" and
 * --config-test fails) — the NAT case is the one where the port sends traffic elsewhere.
 */
export function rendersServerPort(
  vs: Pick<VirtualService, 'fwmark' | 'forwarding'> & { group?: string },
  method: VirtualService['forwarding'] | undefined,
  groups: readonly VirtualServerGroup[] | undefined,
): boolean {
  if (vs.group === undefined) return vs.fwmark === undefined;
  if ((method ?? vs.forwarding) === 'NAT') return true;
  const g = groups?.find((x) => x.name === vs.group);
  return g === undefined || !g.members.some((m) => 'fwmark' in m);
}

function renderRealServer(
  o: Out,
  rs: RealServer,
  vs: VirtualService,
  groups: readonly VirtualServerGroup[] | undefined,
  rc?: RuntimeControls,
): void {
  o.open(`real_server ${word(rs.address)}${serverPort(vs, rs.port, rendersServerPort(vs, rs.forwarding, groups))}`);
  // Drained = quiescent: weight 0 keeps existing connections and sends no new ones.
  o.int('weight', rs.adminState === 'drained' && !rc ? 0 : rs.weight, 0, 65535);
  if (rs.forwarding !== undefined) o.line(`lvs_method ${word(rs.forwarding)}${tunnel(rs.forwarding, rs.tunnelOptions)}`);
  o.int('uthreshold', rs.upperThreshold, 0, 65535)
    .int('lthreshold', rs.lowerThreshold, 0, 65535)
    .flag('inhibit_on_failure', rs.inhibitOnFailure);
  o.quoted('notify_up', rs.notifyUp).quoted('notify_down', rs.notifyDown).bool('smtp_alert', rs.smtpAlert);
  if (rs.healthCheck) renderCheck(o, rs.healthCheck);
  for (const hc of rs.additionalChecks ?? []) renderCheck(o, hc);
  if (rc) o.extra([runtimeFileCheck(rc, vs, rs)]);
  o.extra(rs.extra).close();
}

/**
 * `virtual_server` (keepalived.conf(5) "Virtual server(s)"), with the 2.2 keyword names
 * `lvs_sched`/`lvs_method` (`lb_algo`/`lb_kind` are the old aliases; parse reads both).
 * `protocol` is left out for fwmark services: keepalived 2.2.7 fails --config-test with
 * "protocol specified for fwmark - protocol will be ignored".
 */
function renderVirtualService(o: Out, vs: VirtualService, groups: readonly VirtualServerGroup[] | undefined, rc?: RuntimeControls): void {
  const head =
    vs.group !== undefined
      ? `virtual_server group ${word(vs.group)}`
      : vs.fwmark !== undefined
        ? `virtual_server fwmark ${num(vs.fwmark, 1)}`
        : `virtual_server ${word(vs.vip ?? '')} ${vs.port === undefined ? '0' : num(vs.port, 1, 65535)}`;
  o.open(head);
  o.opt('ip_family', vs.family);
  o.int('delay_loop', vs.delayLoop, 1).opt('lvs_sched', vs.scheduler);
  for (const f of vs.schedulerFlags ?? []) o.line(word(f));
  o.flag('ops', vs.ops).line(`lvs_method ${word(vs.forwarding)}${tunnel(vs.forwarding, vs.tunnelOptions)}`);
  if (!rendersAsFwmarkOnly(vs, groups)) o.opt('protocol', vs.protocol);
  o.opt('persistence_engine', vs.persistenceEngine);
  if (vs.persistence) o.int('persistence_timeout', vs.persistence.timeout, 1).opt('persistence_granularity', vs.persistence.netmask);
  o.int('quorum', vs.quorum).int('hysteresis', vs.hysteresis).quoted('quorum_up', vs.quorumUp).quoted('quorum_down', vs.quorumDown);
  o.flag('alpha', vs.alpha).flag('omega', vs.omega).opt('virtualhost', vs.virtualhost).bool('smtp_alert', vs.smtpAlert);
  if (vs.sorryServer)
    o.line(`sorry_server ${word(vs.sorryServer.address)}${serverPort(vs, vs.sorryServer.port, rendersServerPort(vs, undefined, groups))}`);
  for (const rs of vs.realServers) {
    if (rs.adminState === 'disabled' && !rc) continue;
    o.line();
    renderRealServer(o, rs, vs, groups, rc);
  }
  if (vs.extra?.length) o.line().extra(vs.extra);
  o.close();
}

/** A fwmark service, or a group of fwmark members only: keepalived refuses `protocol` there. */
export function rendersAsFwmarkOnly(
  vs: Pick<VirtualService, 'fwmark'> & { group?: string },
  groups: readonly VirtualServerGroup[] | undefined,
): boolean {
  if (vs.fwmark !== undefined) return true;
  if (vs.group === undefined) return false;
  const g = groups?.find((x) => x.name === vs.group);
  return g !== undefined && g.members.every((m) => 'fwmark' in m);
}

/** A virtual service is rendered only with at least one real server that is not disabled. */
export function rendersVirtualService(vs: Pick<VirtualService, 'realServers'>): boolean {
  return vs.realServers.some((rs) => rs.adminState !== 'disabled');
}

/** Whether a member's configured MASTER state is rendered as BACKUP (keepalived clears nopreempt / preempt_delay otherwise, and --config-test fails). */
export function rendersAsBackup(inst: Pick<VrrpInstance, 'nopreempt' | 'preemptDelay'> & { authType?: VrrpInstance['authType'] }): boolean {
  // Under AH keepalived clears a MASTER start state too ("incompatible with AH authentication").
  return inst.nopreempt || inst.preemptDelay !== undefined || inst.authType === 'AH';
}

/** Unicast is rendered only when the director has a peer: keepalived 2.2.7 fails --config-test on a unicast keyword without peers. */
export function rendersUnicast(inst: Pick<VrrpInstance, 'unicast' | 'members'>): boolean {
  return inst.unicast && inst.members.length > 1;
}

function renderInstance(o: Out, spec: ClusterSpec, inst: VrrpInstance, director: string, rc?: RuntimeControls): void {
  const me = inst.members.find((m) => m.director === director)!;
  o.open(`vrrp_instance ${word(inst.name)}`);
  o.opt('state', rendersAsBackup(inst) ? 'BACKUP' : me.state)
    .opt('interface', inst.interface)
    .int('virtual_router_id', inst.virtualRouterId, 1, 255);
  o.int('priority', me.priority, 1, 255).int('version', inst.vrrpVersion, 2, 3).dec('advert_int', inst.advertInt, 2, 0.01, 255);
  // keepalived resets preempt_delay under nopreempt ("incompatible", --config-test fails): nopreempt wins.
  o.flag('nopreempt', inst.nopreempt)
    .int('preempt_delay', inst.nopreempt ? undefined : inst.preemptDelay, 0, 1000)
    .int('garp_master_delay', inst.garpMasterDelay, 0, 255);
  renderGarp(o, '', inst.garp);
  if (inst.useVmac)
    o.line(
      [
        'use_vmac',
        ...(inst.useVmac.name !== undefined ? [word(inst.useVmac.name)] : []),
        ...(inst.useVmac.mac !== undefined ? [word(inst.useVmac.mac)] : []),
      ].join(' '),
    );
  o.flag('vmac_xmit_base', inst.vmacXmitBase);
  if (rendersUnicast(inst)) {
    o.opt('unicast_src_ip', spec.directors.find((d) => d.name === director)!.address);
    // Peers in director order, not member order: reordering members changes no file.
    o.open('unicast_peer');
    for (const d of spec.directors) if (d.name !== director && inst.members.some((m) => m.director === d.name)) o.line(word(d.address));
    o.close();
  }
  if (inst.authPass !== undefined)
    o.open('authentication')
      .line(`auth_type ${word(inst.authType ?? 'PASS')}`)
      .opt('auth_pass', inst.authPass)
      .close();
  // The instance's own interface is always tracked; listing it fails --config-test ("since own interface").
  const tracked = inst.trackInterfaces.filter((i) => i !== inst.interface);
  if (tracked.length) {
    o.open('track_interface');
    tracked.forEach((i) => {
      const w = inst.trackInterfaceWeights?.[i];
      o.line(`${word(i)}${weightSuffix(w?.weight, w?.reverse)}`);
    });
    o.close();
  }
  renderTrackRefs(o, 'track_script', inst.trackScripts);
  renderTrackRefs(o, 'track_file', rc ? withMaintenanceRef(spec, inst, director) : inst.trackFiles);
  renderTrackRefs(o, 'track_process', inst.trackProcesses);
  if (inst.vips.length) {
    o.open('virtual_ipaddress');
    for (const v of inst.vips)
      o.line(
        `${word(v.address)}${v.dev !== undefined ? ` dev ${word(v.dev)}` : ''}${v.label !== undefined ? ` label ${word(v.label)}` : ''}${(v.options ?? []).map((x) => ` ${word(x)}`).join('')}`,
      );
    o.close();
  }
  renderNotify(o, inst.notify);
  o.bool('smtp_alert', inst.smtpAlert).extra(inst.extra).close();
}

/**
 * The complete keepalived.conf of one director (keepalived.conf(5), 2.2.x): `global_defs`, the sync
 * groups and VRRP instances it is a member of (with its own priority and state) and, in
 * `keepalived` mode, every `virtual_server` with its real servers and checkers.
 *
 * In `ipvsadm` mode keepalived only moves the VIPs: the IPVS table is programmed from
 * renderIpvsadm() by `ipvsadm-restore`, so no `virtual_server` (and no `lvs_notify_fifo`) is
 * rendered — two writers of one IPVS table would fight.
 *
 * Deterministic: spec order, two-space indentation, one trailing newline; the same spec renders
 * byte-identical. Every value passes word()/num()/quoted(), so none can break out of its token.
 */
export function render(spec: ClusterSpec, directorName: string, opts: RenderOptions = {}): string {
  const director = spec.directors.find((d) => d.name === directorName);
  if (!director) throw new Error(`no director named ${directorName} in cluster ${spec.name}`);
  const o = new Out();
  o.line(
    `! Managed by LVS Console: cluster ${word(spec.name)}, director ${word(director.name)}${opts.revision !== undefined ? `, revision ${num(opts.revision)}` : ''}`,
  );
  if (opts.specSha256 !== undefined) o.line(`! spec sha256 ${word(opts.specSha256)}`);
  o.line('! Changes made here are overwritten by the next deployment (and reported as drift).');
  o.line();
  o.open('global_defs').opt('router_id', director.name);
  // Scripts run as root and must not be writable by others; without it 2.2.7 exits 6 on any script.
  o.line('enable_script_security').line('script_user root');
  // A reload re-reads the config first and keeps running on the old one if the new one is bad.
  o.line('reload_check_config');
  if (opts.notifyFifos?.vrrp !== undefined) o.opt('vrrp_notify_fifo', opts.notifyFifos.vrrp);
  if (opts.notifyFifos?.lvs !== undefined && spec.mode === 'keepalived') o.opt('lvs_notify_fifo', opts.notifyFifos.lvs);
  renderGlobalDefs(o, spec.globalDefs);
  o.extra(spec.globalDefs?.extra).close();
  // Kept top-level blocks (static_routes, ...) right after global_defs, in their order.
  if (spec.extra?.length) o.line().extra(spec.extra);
  // Tracked objects on every director: keepalived ignores one no instance of the file tracks.
  for (const s of spec.vrrpScripts ?? []) renderVrrpScript(o.line(), s);
  for (const t of spec.trackFiles ?? []) renderTrackFile(o.line(), t);
  const rc = opts.runtimeControls;
  if (rc) for (const t of runtimeTrackFileDefinitions(spec, director.name, rc)) renderTrackFile(o.line(), t);
  for (const t of spec.trackProcesses ?? []) renderTrackProcess(o.line(), t);

  const mine = spec.vrrpInstances.filter((i) => i.members.some((m) => m.director === director.name));
  const mineNames = new Set(mine.map((i) => i.name));
  for (const g of spec.vrrpSyncGroups) {
    // keepalived fails --config-test on a sync group of one instance ("probably isn't what you want").
    const members = g.instances.filter((n) => mineNames.has(n));
    if (members.length < 2) continue;
    o.line()
      .open(`vrrp_sync_group ${word(g.name)}`)
      .open('group');
    members.forEach((n) => o.line(word(n)));
    o.close().flag('sync_group_tracking_weight', g.trackingWeight);
    renderNotify(o, g.notify);
    o.bool('smtp_alert', g.smtpAlert).extra(g.extra).close();
  }
  for (const inst of mine) {
    o.line();
    renderInstance(o, spec, inst, director.name, rc);
  }
  if (spec.mode === 'keepalived') {
    // A service with no real server to render is left out: keepalived drops it anyway ("has no
    // real servers - ignoring") and --config-test fails on it.
    const services = spec.virtualServices.filter((vs) => (rc ? vs.realServers.length > 0 : rendersVirtualService(vs)));
    // Every group, used or not (keepalived accepts an unused one): what was imported renders back.
    for (const g of spec.virtualServerGroups ?? []) renderServerGroup(o.line(), g);
    for (const vs of services) {
      o.line();
      renderVirtualService(o, vs, spec.virtualServerGroups, rc);
    }
  }
  return o.text();
}
