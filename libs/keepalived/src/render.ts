import type { ClusterSpec, HealthCheck, RealServer, VirtualService, VrrpInstance } from '@lvs/domain';

export interface RenderOptions {
  revision?: number;
  specSha256?: string;
  /** keepalived's notify FIFOs for push telemetry (global_defs vrrp_notify_fifo / lvs_notify_fifo). */
  notifyFifos?: { vrrp?: string; lvs?: string };
}

/** Raised for a value that would break out of its token; the domain schemas refuse these first. */
export class UnsafeValueError extends Error {}

const BARE = /^[A-Za-z0-9_.:@/+=,-]+$/;
/** A bare word: no whitespace, braces, quotes, comment characters, line breaks. */
function word(v: string | number): string {
  const s = String(v);
  if (!BARE.test(s)) throw new UnsafeValueError(`unsafe keepalived token ${JSON.stringify(s)}`);
  return s;
}
/** A double-quoted string: keepalived has no escape for `"`, so quotes and line breaks are refused. */
function quoted(v: string): string {
  if (/["\n\r\\{}#!]/.test(v)) throw new UnsafeValueError(`unsafe keepalived string ${JSON.stringify(v)}`);
  return `"${v}"`;
}

const INDENT = Array.from({ length: 16 }, (_, i) => '  '.repeat(i));

/**
 * Writes lines straight into a growing byte buffer: a 20k-real-server config is ~150k lines, and
 * an array of that many strings joined at the end spends most of its time in the garbage collector.
 */
class Out {
  private buf = Buffer.allocUnsafe(1 << 16);
  private len = 0;
  private depth = 0;
  private write(s: string): void {
    const max = s.length * 3;
    if (this.len + max > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + max));
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    this.len += this.buf.write(s, this.len, 'utf8');
  }
  line(s = ''): this {
    if (s) {
      this.write(INDENT[this.depth]);
      this.write(s);
    }
    this.write('\n');
    return this;
  }
  open(head: string): this {
    this.line(`${head} {`);
    this.depth++;
    return this;
  }
  close(): this {
    this.depth--;
    return this.line('}');
  }
  opt(key: string, v: string | number | undefined): this {
    return v === undefined ? this : this.line(`${key} ${typeof v === 'number' ? v : word(v)}`);
  }
  flag(key: string, on: boolean | undefined): this {
    return on ? this.line(key) : this;
  }
  quoted(key: string, v: string | undefined): this {
    return v === undefined ? this : this.line(`${key} ${quoted(v)}`);
  }
  text(): string {
    return this.buf.toString('utf8', 0, this.len);
  }
}

function renderCheck(o: Out, hc: HealthCheck): void {
  o.open(hc.type);
  switch (hc.type) {
    case 'HTTP_GET':
    case 'SSL_GET':
      for (const u of hc.urls) {
        o.open('url').opt('path', u.path).opt('digest', u.digest).opt('status_code', u.statusCode).close();
      }
      o.opt('connect_port', hc.connectPort);
      break;
    case 'MISC_CHECK':
      o.quoted('misc_path', hc.script).opt('misc_timeout', hc.timeout).flag('misc_dynamic', hc.dynamic);
      break;
    case 'DNS_CHECK':
      o.opt('connect_port', hc.connectPort).opt('type', hc.queryType).opt('name', hc.queryName);
      break;
    case 'SMTP_CHECK':
      o.opt('connect_port', hc.connectPort).opt('helo_name', hc.heloName);
      break;
    case 'UDP_CHECK':
      o.opt('connect_port', hc.connectPort).flag('require_reply', hc.requireReply);
      break;
    case 'TCP_CHECK':
      o.opt('connect_port', hc.connectPort);
      break;
    case 'PING_CHECK':
      break;
  }
  o.opt('connect_timeout', hc.connectTimeout).opt('retry', hc.retry).opt('delay_before_retry', hc.delayBeforeRetry);
  o.close();
}

function renderRealServer(o: Out, rs: RealServer, vs: VirtualService): void {
  if (rs.adminState === 'disabled') return;
  // keepalived needs a port; DR/fwmark "any port" is 0.
  o.open(`real_server ${word(rs.address)} ${rs.port ?? vs.port ?? 0}`);
  o.opt('weight', rs.adminState === 'drained' ? 0 : rs.weight);
  if (rs.forwarding && rs.forwarding !== vs.forwarding) o.opt('lvs_method', rs.forwarding);
  o.opt('uthreshold', rs.upperThreshold).opt('lthreshold', rs.lowerThreshold).flag('inhibit_on_failure', rs.inhibitOnFailure);
  if (rs.healthCheck) renderCheck(o, rs.healthCheck);
  o.close();
}

function renderVirtualService(o: Out, vs: VirtualService): void {
  const head = vs.fwmark !== undefined ? `virtual_server fwmark ${vs.fwmark}` : `virtual_server ${word(vs.vip!)} ${vs.port ?? 0}`;
  o.open(head);
  if (vs.fwmark !== undefined && vs.family === 'inet6') o.line('ip_family inet6');
  o.opt('delay_loop', vs.delayLoop).opt('lb_algo', vs.scheduler).opt('lb_kind', vs.forwarding);
  if (vs.fwmark === undefined) o.opt('protocol', vs.protocol);
  if (vs.persistence) o.opt('persistence_timeout', vs.persistence.timeout).opt('persistence_granularity', vs.persistence.netmask);
  o.opt('quorum', vs.quorum).opt('hysteresis', vs.hysteresis).quoted('quorum_up', vs.quorumUp).quoted('quorum_down', vs.quorumDown);
  o.flag('alpha', vs.alpha).flag('omega', vs.omega).opt('virtualhost', vs.virtualhost);
  if (vs.sorryServer) o.line(`sorry_server ${word(vs.sorryServer.address)} ${vs.sorryServer.port ?? vs.port ?? 0}`);
  for (const rs of vs.realServers) {
    o.line();
    renderRealServer(o, rs, vs);
  }
  o.close();
}

function renderInstance(o: Out, spec: ClusterSpec, inst: VrrpInstance, director: string): void {
  const me = inst.members.find((m) => m.director === director)!;
  o.open(`vrrp_instance ${word(inst.name)}`);
  // keepalived ignores nopreempt unless every member starts as BACKUP (and warns): render it that way.
  o.opt('state', inst.nopreempt ? 'BACKUP' : me.state).opt('interface', inst.interface).opt('virtual_router_id', inst.virtualRouterId).opt('priority', me.priority).opt('advert_int', inst.advertInt);
  o.flag('nopreempt', inst.nopreempt).opt('preempt_delay', inst.preemptDelay).opt('garp_master_delay', inst.garpMasterDelay);
  if (inst.unicast) {
    const addr = (name: string) => spec.directors.find((d) => d.name === name)?.address;
    o.opt('unicast_src_ip', addr(director));
    const peers = inst.members.filter((m) => m.director !== director).map((m) => addr(m.director)).filter((a): a is string => !!a);
    if (peers.length) {
      o.open('unicast_peer');
      peers.forEach((p) => o.line(word(p)));
      o.close();
    }
  }
  if (inst.authPass) o.open('authentication').line('auth_type PASS').opt('auth_pass', inst.authPass).close();
  if (inst.trackInterfaces.length) {
    o.open('track_interface');
    inst.trackInterfaces.forEach((i) => o.line(word(i)));
    o.close();
  }
  if (inst.vips.length) {
    o.open('virtual_ipaddress');
    for (const v of inst.vips) o.line([word(v.address), v.dev ? `dev ${word(v.dev)}` : '', v.label ? `label ${word(v.label)}` : ''].filter(Boolean).join(' '));
    o.close();
  }
  o.quoted('notify_master', inst.notify.master).quoted('notify_backup', inst.notify.backup).quoted('notify_fault', inst.notify.fault).quoted('notify_stop', inst.notify.stop).quoted('notify', inst.notify.any);
  o.close();
}

/**
 * The complete keepalived.conf of one director (keepalived.conf(5), 2.2.x): its own VRRP
 * memberships and, in keepalived mode, every virtual_server with its real servers and checkers.
 * Deterministic: spec order, two-space indentation; the same spec renders byte-identical.
 */
export function render(spec: ClusterSpec, directorName: string, opts: RenderOptions = {}): string {
  const director = spec.directors.find((d) => d.name === directorName);
  if (!director) throw new Error(`no director named ${directorName} in cluster ${spec.name}`);
  const o = new Out();
  o.line(`! Managed by LVS Console: cluster ${word(spec.name)}, director ${word(director.name)}${opts.revision !== undefined ? `, revision ${opts.revision}` : ''}`);
  if (opts.specSha256) o.line(`! spec sha256 ${word(opts.specSha256)}`);
  o.line('! Changes made here are overwritten by the next deployment (and reported as drift).');
  o.line();
  o.open('global_defs').opt('router_id', director.name).line('enable_script_security').line('script_user root');
  if (opts.notifyFifos?.vrrp) o.opt('vrrp_notify_fifo', opts.notifyFifos.vrrp);
  if (opts.notifyFifos?.lvs && spec.mode === 'keepalived') o.opt('lvs_notify_fifo', opts.notifyFifos.lvs);
  o.close();

  const mine = spec.vrrpInstances.filter((i) => i.members.some((m) => m.director === director.name));
  const mineNames = new Set(mine.map((i) => i.name));
  for (const g of spec.vrrpSyncGroups) {
    const members = g.instances.filter((n) => mineNames.has(n));
    if (members.length < 2) continue;
    o.line().open(`vrrp_sync_group ${word(g.name)}`).open('group');
    members.forEach((n) => o.line(word(n)));
    o.close().close();
  }
  for (const inst of mine) {
    o.line();
    renderInstance(o, spec, inst, director.name);
  }
  if (spec.mode === 'keepalived') {
    for (const vs of spec.virtualServices) {
      o.line();
      renderVirtualService(o, vs);
    }
  }
  return o.text();
}

const IPVSADM_METHOD = { DR: '-g', NAT: '-m', TUN: '-i' } as const;

function ipvsService(vs: VirtualService): string {
  if (vs.fwmark !== undefined) return `-f ${vs.fwmark}`;
  const host = vs.vip!.includes(':') ? `[${vs.vip}]` : vs.vip;
  const flag = vs.protocol === 'TCP' ? '-t' : vs.protocol === 'UDP' ? '-u' : '--sctp-service';
  return `${flag} ${word(host!)}:${vs.port ?? 0}`;
}

/** `ipvsadm-restore` input (the -A/-a lines ipvsadm-save -n prints) for clusters run without keepalived's checker. */
export function renderIpvsadm(spec: ClusterSpec): string {
  const out: string[] = [];
  for (const vs of spec.virtualServices) {
    const svc = ipvsService(vs);
    const persist = vs.persistence ? ` -p ${vs.persistence.timeout}${vs.persistence.netmask ? ` -M ${word(vs.persistence.netmask)}` : ''}` : '';
    out.push(`-A ${svc} -s ${vs.scheduler}${persist}`);
    for (const rs of vs.realServers) {
      if (rs.adminState === 'disabled') continue;
      const host = rs.address.includes(':') ? `[${rs.address}]` : rs.address;
      const weight = rs.adminState === 'drained' ? 0 : rs.weight;
      const th = `${rs.upperThreshold !== undefined ? ` -x ${rs.upperThreshold}` : ''}${rs.lowerThreshold !== undefined ? ` -y ${rs.lowerThreshold}` : ''}`;
      out.push(`-a ${svc} -r ${word(host)}:${rs.port ?? vs.port ?? 0} ${IPVSADM_METHOD[rs.forwarding ?? vs.forwarding]} -w ${weight}${th}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}
