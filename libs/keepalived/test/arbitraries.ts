import {
  type ClusterSpec,
  type ClusterSpecInput,
  ClusterSpecSchema,
  FORWARDING_METHODS,
  SCHEDULERS,
  validateClusterSpec,
} from '@lvs/domain';
import fc from 'fast-check';

/**
 * fast-check arbitraries for VALID cluster specs: every generated spec passes ClusterSpecSchema
 * and has no validateClusterSpec() errors. They cover every option the spec models (all checkers,
 * IPv6, fwmark, persistence, thresholds, unicast, sync groups, notify scripts, admin states,
 * vrrp_script / track_file / vrrp_track_process with weighted tracking, AH authentication,
 * virtual_server_group services, several checkers, status_code lists, verbatim `extra` lines).
 * Verbatim lines are real keepalived 2.2.7 keywords of their block (render.int-spec feeds the
 * renders to keepalived --config-test).
 */

/** Verbatim entries per block: keywords keepalived 2.2.7 accepts there that the console does not model. */
const verbatim = (entries: { keyword: string; args?: string[]; block?: { keyword: string; args?: string[] }[] }[]) =>
  fc.option(fc.subarray(entries, { minLength: 1 }), { nil: undefined, freq: 3 });
const GLOBAL_EXTRA = [
  { keyword: 'vrrp_garp_extra_if', args: ['100'] },
  { keyword: 'vrrp_lower_prio_no_advert' },
  { keyword: 'no_email_faults' },
  { keyword: 'vrrp_skip_check_adv_addr' },
];
const TOP_EXTRA = [{ keyword: 'static_routes', block: [{ keyword: '10.99.0.0/16', args: ['via', '10.213.0.254', 'dev', 'eth0'] }] }];
const INSTANCE_EXTRA = [
  { keyword: 'garp_extra_if', args: ['10'] },
  { keyword: 'down_timer_adverts', args: ['3'] },
  { keyword: 'dont_track_primary' },
];
const SERVICE_EXTRA = [{ keyword: 'ha_suspend' }];
const REAL_EXTRA = [{ keyword: 'delay_loop', args: ['9'] }];
const CHECK_EXTRA = [{ keyword: 'warmup', args: ['5'] }];

const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.@-]{0,11}$/);
const script = fc.stringMatching(/^\/[a-z0-9_/.-]{1,20}( [A-Za-z0-9_.:=-]{1,10}){0,2}$/);
const host = fc.constantFrom('www.example.com', 'lb.example.org', 'a-b.c');
const IFACES = ['eth0', 'eth1', 'bond0.10'];

const timing = {
  delayLoop: fc.option(fc.integer({ min: 1, max: 86400 }), { nil: undefined, freq: 4 }),
  extra: verbatim(CHECK_EXTRA),
  connectTimeout: fc.option(fc.integer({ min: 1, max: 3600 }), { nil: undefined }),
  retry: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  delayBeforeRetry: fc.option(fc.integer({ min: 1, max: 3600 }), { nil: undefined }),
};
const connectPort = fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined });
const url = fc
  .record(
    {
      path: fc.stringMatching(/^\/[A-Za-z0-9/_.?=&%~ -]{0,24}$/),
      statusCode: fc.option(fc.integer({ min: 100, max: 599 }), { nil: undefined }),
      digest: fc.option(fc.stringMatching(/^[0-9a-f]{32}$/), { nil: undefined }),
      codes: fc.option(fc.subarray(['200-299', '301', '400-499', '503'], { minLength: 1 }), { nil: undefined }),
      virtualhost: fc.option(host, { nil: undefined }),
    },
    { requiredKeys: ['path'] },
  )
  .map(({ codes, ...u }) => (codes && u.statusCode === undefined ? { ...u, statusCodes: codes } : u));

export const healthCheckArb = fc.oneof(
  fc.record({ type: fc.constant('TCP_CHECK' as const), connectPort, ...timing }),
  fc.record({ type: fc.constant('HTTP_GET' as const), connectPort, ...timing, urls: fc.array(url, { minLength: 1, maxLength: 3 }) }),
  fc.record({ type: fc.constant('SSL_GET' as const), connectPort, ...timing, urls: fc.array(url, { minLength: 1, maxLength: 2 }) }),
  fc.record({
    type: fc.constant('MISC_CHECK' as const),
    script,
    timeout: fc.option(fc.integer({ min: 1, max: 3600 }), { nil: undefined }),
    dynamic: fc.boolean(),
    ...timing,
  }),
  fc.record({
    type: fc.constant('DNS_CHECK' as const),
    connectPort,
    ...timing,
    queryName: fc.constantFrom('.', 'example.com', 'www.example.org.'),
    queryType: fc.constantFrom('A', 'NS', 'CNAME', 'SOA', 'MX', 'TXT', 'AAAA'),
  }),
  fc.record({
    type: fc.constant('SMTP_CHECK' as const),
    connectPort,
    ...timing,
    heloName: fc.option(host, { nil: undefined }),
    hosts: fc.option(
      fc.array(
        fc.record(
          {
            connectIp: fc.constantFrom('10.216.0.25', '10.216.0.26', '2001:db8::25'),
            connectPort: fc.integer({ min: 1, max: 65535 }),
            bindTo: fc.constantFrom('10.216.0.2', '2001:db8::2'),
          },
          { requiredKeys: [] },
        ),
        { minLength: 1, maxLength: 2 },
      ),
      { nil: undefined, freq: 3 },
    ),
  }),
  fc
    .record({
      type: fc.constant('UDP_CHECK' as const),
      connectPort,
      ...timing,
      requireReply: fc.boolean(),
      replyPattern: fc.option(fc.stringMatching(/^[0-9a-fA-FxX]{1,8}( [0-9a-f]{1,4}){0,2}$/), { nil: undefined }),
      payload: fc.option(fc.stringMatching(/^[0-9a-f]{2,8}( [0-9a-f]{1,4}){0,2}$/), { nil: undefined }),
      minReplyLength: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      maxReplyLength: fc.option(fc.integer({ min: 10, max: 1500 }), { nil: undefined }),
    })
    .map((c) => (c.requireReply ? c : { ...c, replyPattern: undefined })),
  fc.record({ type: fc.constant('PING_CHECK' as const), ...timing }),
);

function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function virtualServiceArb(s: number) {
  return fc
    .record({
      kind: fc.constantFrom('v4', 'v4', 'v6', 'fwmark', 'group'),
      groupFwmarkOnly: fc.boolean(),
      extra: verbatim(SERVICE_EXTRA),
      fwFamily: fc.option(fc.constantFrom('inet' as const, 'inet6' as const), { nil: undefined }),
      explicitFamily: fc.boolean(),
      port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined, freq: 8 }),
      protocol: fc.constantFrom('TCP' as const, 'UDP' as const, 'SCTP' as const),
      scheduler: fc.constantFrom(...SCHEDULERS),
      forwarding: fc.constantFrom(...FORWARDING_METHODS),
      persistence: fc.option(
        fc.record({ timeout: fc.integer({ min: 1, max: 31536000 }), netmask: fc.option(fc.nat(2), { nil: undefined }) }),
        { nil: undefined },
      ),
      quorum: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      hysteresis: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      quorumUp: fc.option(script, { nil: undefined }),
      quorumDown: fc.option(script, { nil: undefined }),
      alpha: fc.boolean(),
      omega: fc.boolean(),
      flags: fc.subarray(['flag-1', 'flag-2', 'flag-3', 'sh-port', 'sh-fallback', 'mh-port', 'mh-fallback'] as const),
      ops: fc.boolean(),
      sip: fc.boolean(),
      smtpAlert: fc.option(fc.boolean(), { nil: undefined }),
      delayLoop: fc.integer({ min: 1, max: 86400 }),
      sorry: fc.option(fc.record({ port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }) }), { nil: undefined }),
      virtualhost: fc.option(host, { nil: undefined }),
      reals: fc.array(
        fc.record({
          port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
          samePort: fc.boolean(),
          weight: fc.integer({ min: 0, max: 65535 }),
          forwarding: fc.option(fc.constantFrom(...FORWARDING_METHODS), { nil: undefined }),
          thresholds: fc.option(fc.tuple(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 })), { nil: undefined }),
          inhibitOnFailure: fc.boolean(),
          adminState: fc.constantFrom('enabled' as const, 'enabled' as const, 'drained' as const, 'disabled' as const),
          healthCheck: fc.option(healthCheckArb, { nil: undefined, freq: 6 }),
          additionalChecks: fc.option(fc.array(healthCheckArb, { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 5 }),
          extra: verbatim(REAL_EXTRA),
          notifyUp: fc.option(script, { nil: undefined }),
          notifyDown: fc.option(script, { nil: undefined }),
          smtpAlert: fc.option(fc.boolean(), { nil: undefined }),
        }),
        { maxLength: 4 },
      ),
    })
    .map((g) => {
      const v6 = g.kind === 'v6' || (g.kind === 'fwmark' && g.fwFamily === 'inet6');
      const group =
        g.kind === 'group'
          ? {
              name: `VSG_${s}`,
              members: g.groupFwmarkOnly
                ? [{ fwmark: 100 + s }]
                : [
                    { address: `10.214.200.${s + 1}`, port: 80 },
                    { fwmark: 100 + s },
                    { address: `10.214.201.${s * 10 + 1}-${s * 10 + 5}`, port: 8080 },
                  ],
            }
          : undefined;
      const vs: Record<string, unknown> = {
        scheduler: g.scheduler,
        forwarding: g.forwarding,
        alpha: g.alpha,
        omega: g.omega,
        delayLoop: g.delayLoop,
      };
      if (group) {
        vs.group = group.name;
        vs.protocol = g.protocol;
      } else if (g.kind === 'fwmark') {
        vs.fwmark = s + 1;
        vs.family = g.fwFamily;
        vs.protocol = g.protocol; // rendered without a protocol: normalised to TCP
      } else {
        vs.vip = v6 ? `2001:db8:100::${(s + 1).toString(16)}` : `10.214.100.${s + 1}`;
        vs.port = g.port;
        vs.protocol = g.protocol;
        if (g.explicitFamily) vs.family = v6 ? 'inet6' : 'inet';
      }
      // keepalived refuses port 0 ("all ports") unless the service is persistent; the domain does not (yet).
      const persistence =
        g.persistence ??
        (g.kind !== 'fwmark' && g.kind !== 'group' && g.port === undefined ? { timeout: 300, netmask: undefined } : undefined);
      if (persistence) {
        const masks = v6 ? ['64', '128', '48'] : ['255.255.255.0', '255.255.0.0', '255.255.255.255'];
        vs.persistence = strip({
          timeout: persistence.timeout,
          netmask: persistence.netmask === undefined ? undefined : masks[persistence.netmask],
        });
      }
      if (g.quorum !== undefined) {
        vs.quorum = g.quorum;
        if (g.hysteresis !== undefined) vs.hysteresis = Math.min(g.hysteresis, g.quorum);
      }
      vs.quorumUp = g.quorumUp;
      vs.quorumDown = g.quorumDown;
      // Flags of another scheduler and ops without UDP are rule errors: generate only what keepalived keeps.
      const flags = g.flags.filter((f) => !f.includes('-') || f.startsWith('flag-') || f.startsWith(`${g.scheduler}-`));
      if (flags.length) vs.schedulerFlags = flags;
      if (g.ops && g.protocol === 'UDP') vs.ops = true;
      if (g.sip && g.protocol === 'UDP') vs.persistenceEngine = 'sip';
      vs.smtpAlert = g.smtpAlert;
      vs.virtualhost = g.virtualhost;
      if (g.sorry) vs.sorryServer = strip({ address: v6 ? '2001:db8:99::1' : '10.215.99.1', port: g.sorry.port });
      vs.realServers = g.reals.map((r, j) => {
        const method = r.forwarding ?? g.forwarding;
        const vport = vs.port as number | undefined;
        let port = r.port;
        if (method === 'DR' && vport !== undefined) port = r.samePort ? vport : undefined;
        if (group && method !== 'NAT') port = undefined;
        return strip({
          address: v6 ? `2001:db8:a${s}::${(j + 1).toString(16)}` : `10.215.${s}.${j + 1}`,
          port,
          weight: r.weight,
          forwarding: r.forwarding,
          upperThreshold: r.thresholds ? Math.max(...r.thresholds) : undefined,
          lowerThreshold: r.thresholds ? Math.min(...r.thresholds) : undefined,
          inhibitOnFailure: r.inhibitOnFailure,
          adminState: r.adminState,
          healthCheck: r.healthCheck ? strip(r.healthCheck) : undefined,
          additionalChecks: r.additionalChecks?.map((hc) => strip(hc)),
          notifyUp: r.notifyUp,
          notifyDown: r.notifyDown,
          smtpAlert: r.smtpAlert,
          extra: r.extra,
        });
      });
      // keepalived clears ha_suspend on fwmark services ("cannot use ha_suspend with fwmarks").
      if (g.kind !== 'fwmark' && g.kind !== 'group') vs.extra = g.extra;
      return { vs: strip(vs), group };
    });
}

function instanceArb(i: number, directors: string[]) {
  return fc
    .record({
      name,
      iface: fc.constantFrom(...IFACES),
      members: fc.shuffledSubarray(directors, { minLength: 1 }),
      priorities: fc.uniqueArray(fc.integer({ min: 1, max: 255 }), { minLength: directors.length, maxLength: directors.length }),
      master: fc.option(fc.nat(directors.length - 1), { nil: undefined }),
      v6: fc.boolean(),
      vips: fc.array(
        fc.record({
          prefix: fc.boolean(),
          dev: fc.option(fc.constantFrom(...IFACES), { nil: undefined }),
          label: fc.boolean(),
          scope: fc.boolean(),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      advertInt: fc.integer({ min: 1, max: 255 }),
      v3: fc.boolean(),
      centis: fc.integer({ min: 1, max: 4095 }),
      vmac: fc.option(fc.record({ named: fc.boolean(), mac: fc.boolean() }), { nil: undefined, freq: 4 }),
      xmitBase: fc.boolean(),
      garp: fc.option(
        fc.record(
          {
            masterRepeat: fc.integer({ min: 1, max: 255 }),
            lowerPrioDelay: fc.integer({ min: 0, max: 255 }),
            lowerPrioRepeat: fc.integer({ min: 1, max: 255 }),
            masterRefresh: fc.integer({ min: 0, max: 86400 }),
            masterRefreshRepeat: fc.integer({ min: 1, max: 255 }),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined, freq: 3 },
      ),
      smtpAlert: fc.option(fc.boolean(), { nil: undefined }),
      nopreempt: fc.boolean(),
      preemptDelay: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined, freq: 4 }),
      unicast: fc.boolean(),
      authPass: fc.option(fc.stringMatching(/^[A-Za-z0-9_.@:+-]{1,8}$/), { nil: undefined }),
      ah: fc.boolean(),
      trackInterfaces: fc.subarray(['eth1', 'eth2']),
      ifWeight: fc.option(fc.integer({ min: -253, max: 253 }), { nil: undefined }),
      scripts: fc.subarray(['chk_a', 'chk_b']),
      files: fc.subarray(['tf_a']),
      processes: fc.subarray(['tp_a']),
      weights: fc.array(fc.option(fc.integer({ min: -253, max: 253 }), { nil: undefined }), { minLength: 4, maxLength: 4 }),
      reverse: fc.boolean(),
      extra: verbatim(INSTANCE_EXTRA),
      garpMasterDelay: fc.option(fc.integer({ min: 0, max: 255 }), { nil: undefined }),
      notify: fc.record({ master: script, backup: script, fault: script, stop: script, any: script }, { requiredKeys: [] }),
    })
    .map((g) => {
      const v6 = g.v6 && !g.unicast; // unicast peers are the (IPv4) directors' addresses
      const v3 = v6 || g.v3;
      const vrid = i + 1;
      return strip({
        name: `${g.name}_${i}`,
        interface: g.iface,
        virtualRouterId: i + 1,
        members: g.members.map((d, j) => ({
          director: d,
          priority: g.priorities[j],
          state: g.master === j ? ('MASTER' as const) : ('BACKUP' as const),
        })),
        vips: g.vips.map((v, j) =>
          strip({
            address: v6 ? `2001:db8:${i + 1}::${j + 1}${v.prefix ? '/64' : ''}` : `10.214.${i + 1}.${j + 1}${v.prefix ? '/24' : ''}`,
            dev: v.dev,
            label: v.label && v.dev !== undefined && !v6 ? `${v.dev.slice(0, 8)}:${j}` : undefined,
            options: v.scope ? ['scope', 'global'] : undefined,
          }),
        ),
        // VRRPv3 takes centiseconds up to 40.95 s; VRRPv2 whole seconds.
        advertInt: v3 ? g.centis / 100 : g.advertInt,
        vrrpVersion: g.v3 && !v6 ? (3 as const) : undefined,
        useVmac: g.vmac
          ? strip({ name: g.vmac.named ? `vrrp.${vrid}` : undefined, mac: g.vmac.mac ? '02:00:5e:10:01' : undefined })
          : undefined,
        vmacXmitBase: g.vmac && (g.xmitBase || g.unicast) ? true : undefined,
        garp: g.garp ? strip(g.garp) : undefined,
        smtpAlert: g.smtpAlert,
        nopreempt: g.nopreempt,
        preemptDelay: g.preemptDelay,
        unicast: g.unicast,
        authPass: v3 ? undefined : g.authPass,
        authType: !v3 && g.authPass !== undefined && g.ah ? 'AH' : undefined,
        trackInterfaces: g.trackInterfaces,
        trackInterfaceWeights:
          g.ifWeight !== undefined && g.trackInterfaces.length
            ? { [g.trackInterfaces[0]]: strip({ weight: g.ifWeight, reverse: g.reverse || undefined }) }
            : undefined,
        trackScripts: refs(g.scripts, g.weights[0], g.reverse),
        trackFiles: refs(g.files, g.weights[1], false),
        trackProcesses: refs(g.processes, g.weights[2], g.reverse),
        garpMasterDelay: g.garpMasterDelay,
        notify: strip(g.notify),
        extra: g.extra,
      });
    });
}

function refs(names: string[], weight: number | undefined, reverse: boolean) {
  if (!names.length) return undefined;
  return names.map((n, k) =>
    strip({ name: n, weight: k === 0 ? weight : undefined, reverse: k === 0 && weight !== undefined && reverse ? true : undefined }),
  );
}

const trackedArb = fc.record({
  scripts: fc.array(
    fc.record(
      {
        // keepalived disables (and --config-test fails on) a vrrp_script whose program does not exist.
        script: fc.constantFrom('/bin/true', '/usr/bin/true --version', '/usr/bin/pgrep -x haproxy'),
        interval: fc.integer({ min: 1, max: 60 }),
        timeout: fc.integer({ min: 1, max: 60 }),
        weight: fc.integer({ min: -253, max: 253 }),
        rise: fc.integer({ min: 1, max: 10 }),
        fall: fc.integer({ min: 1, max: 10 }),
        // (`user nobody nogroup` makes keepalived 2.2.7's --config-test die of SIGTERM here: root only.)
        user: fc.constantFrom('root'),
        initFail: fc.boolean(),
      },
      { requiredKeys: ['script'] },
    ),
    { minLength: 2, maxLength: 2 },
  ),
  file: fc.record({
    weight: fc.option(fc.integer({ min: -254, max: 254 }), { nil: undefined }),
    init: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
    overwrite: fc.boolean(),
  }),
  process: fc.record({
    quorum: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    fullCommand: fc.boolean(),
    delay: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
  }),
  globalExtra: verbatim(GLOBAL_EXTRA),
  topExtra: verbatim(TOP_EXTRA),
  trackingWeight: fc.boolean(),
  groupNotify: fc.record({ master: script, backup: script, fault: script, stop: script, any: script }, { requiredKeys: [] }),
  groupSmtp: fc.option(fc.boolean(), { nil: undefined }),
  globals: fc.record(
    {
      notificationEmail: fc.subarray(['ops@example.net', 'noc@example.org'], { minLength: 1 }),
      notificationEmailFrom: fc.constantFrom('lvs@example.net', 'LVS directors lvs@example.net'),
      smtpServer: fc.record(
        { address: fc.constantFrom('10.216.0.25', '2001:db8:25::25'), port: fc.integer({ min: 1, max: 65535 }) },
        { requiredKeys: ['address'] },
      ),
      smtpHeloName: host,
      smtpConnectTimeout: fc.integer({ min: 1, max: 3600 }),
      smtpAlert: fc.boolean(),
      smtpAlertVrrp: fc.boolean(),
      smtpAlertChecker: fc.boolean(),
      lvsSyncDaemon: fc.record(
        {
          syncId: fc.integer({ min: 0, max: 255 }),
          maxlen: fc.integer({ min: 1, max: 65507 }),
          port: fc.integer({ min: 1, max: 65535 }),
          ttl: fc.integer({ min: 1, max: 255 }),
          group: fc.constant('224.0.0.81'),
        },
        { requiredKeys: [] },
      ),
      garp: fc.record(
        {
          masterDelay: fc.integer({ min: 0, max: 255 }),
          masterRepeat: fc.integer({ min: 1, max: 255 }),
          interval: fc.integer({ min: 1, max: 4294967295 }).map((u) => u / 1e6),
          gnaInterval: fc.integer({ min: 1, max: 1000 }).map((u) => u / 1e6),
        },
        { requiredKeys: [] },
      ),
      vrrpVersion: fc.constantFrom(2 as const, 3 as const),
    },
    { requiredKeys: [] },
  ),
});

function globalDefsOf(
  g: Record<string, unknown> & { lvsSyncDaemon?: Record<string, unknown>; vrrpVersion?: 2 | 3 },
  extra: ClusterSpecInput['extra'],
  firstInstance: string | undefined,
): ClusterSpecInput['globalDefs'] {
  // A global vrrp_version 3 would make every generated VRRPv2 instance with auth or whole-second adverts a rule error: 2 only.
  const out: Record<string, unknown> = { ...g, vrrpVersion: g.vrrpVersion === 2 ? 2 : undefined };
  if (g.lvsSyncDaemon) out.lvsSyncDaemon = strip({ interface: 'eth0', instance: firstInstance, ...g.lvsSyncDaemon });
  if (extra) out.extra = extra;
  const d = strip(out);
  return Object.keys(d).length ? (d as ClusterSpecInput['globalDefs']) : undefined;
}

/** A spec that passes the schema (field rules) but not necessarily the cluster-wide rules. */
export const schemaValidSpecArb: fc.Arbitrary<ClusterSpec> = fc
  .record({
    name,
    mode: fc.constantFrom('keepalived' as const, 'keepalived' as const, 'keepalived' as const, 'ipvsadm' as const),
    directors: fc.uniqueArray(name, { minLength: 1, maxLength: 3, selector: (n) => n.toLowerCase() }),
    instances: fc.nat(3),
    services: fc.nat(4),
    groupSize: fc.nat(3),
  })
  .chain((g) =>
    fc.record({
      g: fc.constant(g),
      instances: fc.tuple(...Array.from({ length: g.instances }, (_, i) => instanceArb(i, g.directors))),
      services: fc.tuple(...Array.from({ length: g.services }, (_, s) => virtualServiceArb(s))),
      groupName: name,
      tracked: trackedArb,
    }),
  )
  .map(({ g, instances, services, groupName, tracked }) => {
    const names = instances.map((i) => i.name as string);
    const input: ClusterSpecInput = {
      name: g.name,
      mode: g.mode,
      directors: g.directors.map((d, i) => ({ name: d, address: `10.213.0.${i + 11}` })),
      vrrpInstances: instances as ClusterSpecInput['vrrpInstances'],
      vrrpSyncGroups:
        g.groupSize >= 2 && names.length >= g.groupSize
          ? [
              strip({
                name: groupName,
                instances: names.slice(0, g.groupSize),
                trackingWeight: tracked.trackingWeight || undefined,
                notify: Object.keys(tracked.groupNotify).length ? strip(tracked.groupNotify) : undefined,
                smtpAlert: tracked.groupSmtp,
              }),
            ]
          : [],
      virtualServices: services.map((x) => x.vs) as ClusterSpecInput['virtualServices'],
      virtualServerGroups: services.flatMap((x) => (x.group ? [x.group] : [])),
      vrrpScripts: tracked.scripts.map((sc, k) => strip({ name: k === 0 ? 'chk_a' : 'chk_b', ...sc, user: sc.user })),
      trackFiles: [
        strip({
          name: 'tf_a',
          file: '/run/lvs-console/tf_a',
          weight: tracked.file.weight,
          initFile:
            tracked.file.init !== undefined || tracked.file.overwrite
              ? strip({ value: tracked.file.init, overwrite: tracked.file.overwrite || undefined })
              : undefined,
        }),
      ],
      trackProcesses: [
        strip({
          name: 'tp_a',
          process: ['haproxy'],
          quorum: tracked.process.quorum,
          fullCommand: tracked.process.fullCommand || undefined,
          delay: tracked.process.delay,
        }),
      ],
      globalDefs: globalDefsOf(tracked.globals, tracked.globalExtra, instances[0]?.name as string | undefined),
      extra: tracked.topExtra,
    };
    if (!input.virtualServerGroups?.length) delete input.virtualServerGroups;
    return ClusterSpecSchema.parse(input);
  });

/** A valid cluster spec (schema and cluster rules). */
export const clusterSpecArb: fc.Arbitrary<ClusterSpec> = schemaValidSpecArb.filter((spec) => validateClusterSpec(spec).errors.length === 0);
