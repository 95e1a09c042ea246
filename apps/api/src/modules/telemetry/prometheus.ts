import type { ClusterLiveState } from '@lvs/domain';

const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labels = (l: Record<string, string>) =>
  `{${Object.entries(l)
    .map(([k, v]) => `${k}="${esc(v)}"`)
    .join(',')}}`;

class Family {
  readonly lines: string[] = [];
  constructor(
    readonly name: string,
    readonly type: 'gauge' | 'counter',
    readonly help: string,
  ) {}
  add(l: Record<string, string>, value: number | undefined): void {
    if (value !== undefined && Number.isFinite(value)) this.lines.push(`${this.name}${labels(l)} ${value}`);
  }
  render(): string {
    return `# HELP ${this.name} ${this.help}\n# TYPE ${this.name} ${this.type}\n${this.lines.join('\n')}${this.lines.length ? '\n' : ''}`;
  }
}

export interface ConsoleFacts {
  tickMs: number;
  uptimeSeconds: number;
  rssBytes: number;
  heapUsedBytes: number;
  cpuSeconds: number;
  /** Event-loop delay beyond due time over the last minute, seconds (see EventLoopDelay). */
  eventLoopDelay: { p99: number; max: number };
}

/** The console itself and every cluster's observed state, in the Prometheus text format (0.0.4). */
export function renderPrometheus(states: { name: string; state: ClusterLiveState }[], facts: ConsoleFacts): string {
  const f = {
    up: new Family('lvs_console_up', 'gauge', 'Always 1 while the console answers'),
    tick: new Family('lvs_console_telemetry_tick_seconds', 'gauge', 'Seconds between director probes (0: telemetry off)'),
    uptime: new Family('lvs_console_uptime_seconds', 'gauge', 'Seconds since the API process started'),
    rss: new Family('process_resident_memory_bytes', 'gauge', 'Resident memory of the API process'),
    heap: new Family('nodejs_heap_used_bytes', 'gauge', 'V8 heap in use'),
    cpu: new Family('process_cpu_seconds_total', 'counter', 'User and system CPU time of the API process'),
    loopP99: new Family(
      'process_event_loop_delay_p99_seconds',
      'gauge',
      'Event-loop delay beyond due time, 99th percentile over the last minute',
    ),
    loopMax: new Family('process_event_loop_delay_max_seconds', 'gauge', 'Event-loop delay beyond due time, maximum over the last minute'),
    reachable: new Family('lvs_director_reachable', 'gauge', '1 when the last probe of the director answered'),
    keepalived: new Family('lvs_director_keepalived_running', 'gauge', '1 when keepalived runs on the director'),
    ipvs: new Family('lvs_director_ipvs_available', 'gauge', "1 when the director's IPVS table can be read"),
    vipOwner: new Family('lvs_vip_owner', 'gauge', '1 for each director holding the VIP (two series for one VIP: split brain)'),
    vipOwned: new Family('lvs_vip_owned', 'gauge', '1 when exactly one director holds the VIP'),
    vrrp: new Family('lvs_vrrp_state', 'gauge', '1 for the VRRP state each director is in, per instance'),
    rsState: new Family(
      'lvs_real_server_state',
      'gauge',
      '1 for the health the real server is in (up, down, drained, disabled, missing, unknown)',
    ),
    weight: new Family('lvs_real_server_weight', 'gauge', 'IPVS weight'),
    active: new Family('lvs_real_server_active_connections', 'gauge', 'IPVS active connections'),
    inactive: new Family('lvs_real_server_inactive_connections', 'gauge', 'IPVS inactive connections'),
    conns: new Family('lvs_real_server_connections_total', 'counter', 'Connections scheduled to the real server'),
    inPkts: new Family('lvs_real_server_in_packets_total', 'counter', 'Packets in'),
    outPkts: new Family('lvs_real_server_out_packets_total', 'counter', 'Packets out'),
    inBytes: new Family('lvs_real_server_in_bytes_total', 'counter', 'Bytes in'),
    outBytes: new Family('lvs_real_server_out_bytes_total', 'counter', 'Bytes out'),
  };
  f.up.add({}, 1);
  f.tick.add({}, facts.tickMs / 1000);
  f.uptime.add({}, facts.uptimeSeconds);
  f.rss.add({}, facts.rssBytes);
  f.heap.add({}, facts.heapUsedBytes);
  f.cpu.add({}, facts.cpuSeconds);
  f.loopP99.add({}, facts.eventLoopDelay.p99);
  f.loopMax.add({}, facts.eventLoopDelay.max);
  for (const { name, state } of states) {
    const c = { cluster: name };
    for (const [director, d] of Object.entries(state.directors)) {
      f.reachable.add({ ...c, director }, d.reachable ? 1 : 0);
      if (d.keepalived !== 'unknown') f.keepalived.add({ ...c, director }, d.keepalived === 'running' ? 1 : 0);
      if (d.ipvs !== 'unknown') f.ipvs.add({ ...c, director }, d.ipvs === 'available' ? 1 : 0);
    }
    for (const [vip, v] of Object.entries(state.vips)) {
      f.vipOwned.add({ ...c, vip }, v.owner ? 1 : 0);
      for (const director of v.owners) f.vipOwner.add({ ...c, vip, director }, 1);
    }
    for (const [instance, i] of Object.entries(state.instances)) {
      for (const [director, s] of Object.entries(i.states)) f.vrrp.add({ ...c, instance, director, state: s }, 1);
    }
    for (const r of Object.values(state.realServers)) {
      const l = { ...c, service: r.service, real_server: r.realServer };
      f.rsState.add({ ...l, state: r.state }, 1);
      f.weight.add(l, r.weight);
      f.active.add(l, r.activeConns);
      f.inactive.add(l, r.inactiveConns);
      f.conns.add(l, r.conns);
      f.inPkts.add(l, r.inPkts);
      f.outPkts.add(l, r.outPkts);
      f.inBytes.add(l, r.inBytes);
      f.outBytes.add(l, r.outBytes);
    }
  }
  return Object.values(f)
    .map((x) => x.render())
    .join('');
}
