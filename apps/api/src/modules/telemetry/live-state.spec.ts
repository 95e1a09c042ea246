import { applyLiveChanges, ClusterSpecSchema, type ClusterLiveState } from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { buildLiveState, diffLiveState, type DirectorResult, summarizeLiveState, summaryChanged } from './live-state';
import { parseAddresses, parseProbe, probeScript } from './probe';

const spec = ClusterSpecSchema.parse({
  name: 'web',
  directors: [
    { name: 'lb1', address: '10.213.0.11' },
    { name: 'lb2', address: '10.213.0.12' },
  ],
  vrrpInstances: [
    {
      name: 'VI_WEB',
      interface: 'eth0',
      virtualRouterId: 51,
      members: [
        { director: 'lb1', priority: 150, state: 'MASTER' },
        { director: 'lb2', priority: 100 },
      ],
      vips: [{ address: '10.213.1.10/32' }],
    },
  ],
  virtualServices: [
    {
      vip: '10.213.1.10',
      port: 80,
      forwarding: 'DR',
      realServers: [
        { address: '10.213.0.21', weight: 10 },
        { address: '10.213.0.22', port: 80, weight: 10 },
        { address: '10.213.0.23', port: 80, weight: 10, adminState: 'drained' },
        { address: '10.213.0.24', port: 80, weight: 10, adminState: 'disabled' },
      ],
    },
  ],
});

const ADDR_LB1 = `1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever
2: eth0    inet 10.213.0.11/24 brd 10.213.0.255 scope global eth0\\       valid_lft forever preferred_lft forever
2: eth0    inet 10.213.1.10/32 scope global eth0\\       valid_lft forever preferred_lft forever
2: eth0    inet6 fe80::1/64 scope link \\       valid_lft forever preferred_lft forever`;
const ADDR_LB2 = `2: eth0    inet 10.213.0.12/24 brd 10.213.0.255 scope global eth0\\       valid_lft forever preferred_lft forever`;

const LIST = `IP Virtual Server version 1.2.1 (size=4096)
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  10.213.1.10:80 wlc
  -> 10.213.0.21:80               Route   10     3          12
  -> 10.213.0.23:80               Route   0      0          4
`;
const STATS = `IP Virtual Server version 1.2.1 (size=4096)
Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes
  -> RemoteAddress:Port
TCP  10.213.1.10:80                    120     1200        0   120000        0
  -> 10.213.0.21:80                     70      700        0    70000        0
  -> 10.213.0.23:80                     50      500        0    50000        0
`;
const RATE = `IP Virtual Server version 1.2.1 (size=4096)
Prot LocalAddress:Port                 CPS    InPPS   OutPPS    InBPS   OutBPS
  -> RemoteAddress:Port
TCP  10.213.1.10:80                      7       70        0     7000        0
  -> 10.213.0.21:80                      7       70        0     7000        0
  -> 10.213.0.23:80                      0        0        0        0        0
`;
const NO_IPVS = `modprobe: FATAL: Module ip_vs not found in directory /lib/modules/6.1.0
Can't initialize ipvs: Protocol not available
Are you sure that IP Virtual Server is built in the kernel or as module?`;

const probe = (addr: string, ka: string, list: string, stats = '', rate = '') =>
  `@@keepalived\n${ka}\n@@addr\n${addr}\n@@list\n${list}\n@@stats\n${stats}\n@@rate\n${rate}\n@@end\n`;

describe('the director probe', () => {
  it('is one POSIX shell script with every section, the pid file quoted', () => {
    const s = probeScript("/run/it's.pid");
    expect(s).toContain(`cat '/run/it'\\''s.pid'`);
    for (const m of ['@@keepalived', '@@addr', '@@list', '@@stats', '@@rate', '@@end']) expect(s).toContain(`echo ${m}`);
  });

  it('reads keepalived, addresses (v4 and v6) and the IPVS table with counters and rates', () => {
    const o = parseProbe(probe(ADDR_LB1, 'running 42', LIST, STATS, RATE), 1000);
    expect(o.keepalived).toEqual({ running: true, pid: 42 });
    expect([...o.addresses]).toEqual(['127.0.0.1', '10.213.0.11', '10.213.1.10', 'fe80::1']);
    expect(o.ipvs.available).toBe(true);
    if (o.ipvs.available) {
      expect(o.ipvs.services[0].realServers.map((r) => r.key)).toEqual(['10.213.0.21:80', '10.213.0.23:80']);
      expect(o.ipvs.stats.realServers.get('10.213.1.10:80/TCP>10.213.0.21:80')?.conns).toBe(70);
      expect(o.ipvs.rates.realServers.get('10.213.1.10:80/TCP>10.213.0.21:80')?.cps).toBe(7);
    }
  });

  it('says why when the kernel has no IPVS, and still reads the rest', () => {
    const o = parseProbe(probe(ADDR_LB2, 'stopped', NO_IPVS, NO_IPVS, NO_IPVS));
    expect(o.ipvs).toEqual({ available: false, reason: "Can't initialize ipvs: Protocol not available" });
    expect(o.keepalived).toEqual({ running: false });
    expect(o.addresses.has('10.213.0.12')).toBe(true);
  });

  it('refuses a truncated answer', () => {
    expect(() => parseProbe('@@keepalived\nrunning 1\n@@addr\n')).toThrow(/incomplete/);
  });

  it('reads ip -o addr lines only where inet appears', () => {
    expect([...parseAddresses('3: eth1    link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff')]).toEqual([]);
  });
});

describe('the live state model', () => {
  const ok = (text: string, at = 1000): DirectorResult => ({ ok: true, obs: parseProbe(text, at) });

  it('joins topology and observation: VIP owner, instance master, real-server health with counters', () => {
    const results = new Map<string, DirectorResult>([
      ['lb1', ok(probe(ADDR_LB1, 'running 42', LIST, STATS, RATE))],
      ['lb2', ok(probe(ADDR_LB2, 'running 43', LIST, STATS, RATE))],
    ]);
    const s = buildLiveState('c1', spec, results, { now: 5000, tickMs: 1000 });
    expect(s.directors.lb1).toMatchObject({ reachable: true, keepalived: 'running', ipvs: 'available' });
    expect(s.vips['10.213.1.10']).toMatchObject({ owner: 'lb1', owners: ['lb1'] });
    expect(s.instances.VI_WEB).toMatchObject({ master: 'lb1', states: { lb1: 'MASTER', lb2: 'BACKUP' } });
    const rs = (k: string) => s.realServers[`10.213.1.10:80/TCP>${k}`];
    // Port-less DR real server: ipvsadm shows it on the service's port.
    expect(rs('10.213.0.21:0')).toMatchObject({
      state: 'up',
      observedOn: 'lb1',
      weight: 10,
      activeConns: 3,
      inactiveConns: 12,
      conns: 70,
      cps: 7,
    });
    expect(rs('10.213.0.22:80').state).toBe('down'); // keepalived's checker took it out
    expect(rs('10.213.0.23:80').state).toBe('drained');
    expect(rs('10.213.0.24:80').state).toBe('disabled');
  });

  it('marks unreachable directors with the reason, unknown health without any table, and VRRP from VIPs', () => {
    const results = new Map<string, DirectorResult>([
      ['lb1', { ok: false, reason: 'connect ETIMEDOUT', at: 1000 }],
      [
        'lb2',
        ok(
          probe(
            ADDR_LB2.replace('10.213.0.12/24', '10.213.0.12/24 scope global eth0\n2: eth0 inet 10.213.1.10/32'),
            'running 43',
            NO_IPVS,
            NO_IPVS,
            NO_IPVS,
          ),
        ),
      ],
    ]);
    const s = buildLiveState('c1', spec, results, { now: 5000, tickMs: 1000 });
    expect(s.directors.lb1).toMatchObject({ reachable: false, reason: 'connect ETIMEDOUT', keepalived: 'unknown' });
    expect(s.directors.lb2).toMatchObject({
      reachable: true,
      ipvs: 'unavailable',
      ipvsReason: "Can't initialize ipvs: Protocol not available",
    });
    expect(s.vips['10.213.1.10'].owner).toBe('lb2');
    expect(s.instances.VI_WEB).toMatchObject({ master: 'lb2', states: { lb1: 'unknown', lb2: 'MASTER' } });
    expect(s.realServers['10.213.1.10:80/TCP>10.213.0.22:80'].state).toBe('unknown');
  });

  it('reports split brain: two holders of one VIP give no owner and both owners', () => {
    const both = ADDR_LB2 + '\n2: eth0    inet 10.213.1.10/32 scope global eth0';
    const results = new Map<string, DirectorResult>([
      ['lb1', ok(probe(ADDR_LB1, 'running 1', LIST))],
      ['lb2', ok(probe(both, 'running 2', LIST))],
    ]);
    const s = buildLiveState('c1', spec, results, { now: 1, tickMs: 1000 });
    expect(s.vips['10.213.1.10']).toMatchObject({ owner: null, owners: ['lb1', 'lb2'] });
    expect(s.instances.VI_WEB.master).toBeNull();
  });

  it('moves the VIP at once when the BACKUP announces MASTER on its FIFO after the last probes', () => {
    const results = new Map<string, DirectorResult>([
      ['lb1', ok(probe(ADDR_LB1, 'running 1', LIST), 1000)],
      ['lb2', ok(probe(ADDR_LB2, 'running 2', LIST), 1000)],
    ]);
    const notified = new Map([['lb2', new Map([['VI_WEB', { state: 'MASTER', at: 1500 }]])]]);
    const s = buildLiveState('c1', spec, results, { now: 1500, tickMs: 1000, notified });
    expect(s.vips['10.213.1.10']).toMatchObject({ owner: 'lb2', owners: ['lb2'] });
    expect(s.instances.VI_WEB).toMatchObject({ master: 'lb2' });
    // A later probe is the truth again.
    const later = new Map<string, DirectorResult>([
      ['lb1', ok(probe(ADDR_LB1, 'running 1', LIST), 2000)],
      ['lb2', ok(probe(ADDR_LB2, 'running 2', LIST), 2000)],
    ]);
    expect(buildLiveState('c1', spec, later, { now: 2000, tickMs: 1000, notified }).vips['10.213.1.10'].owner).toBe('lb1');
  });

  it('prefers the state keepalived announced on its notify FIFO', () => {
    const results = new Map<string, DirectorResult>([['lb2', ok(probe(ADDR_LB2, 'running 2', LIST))]]);
    const notified = new Map([['lb2', new Map([['VI_WEB', { state: 'FAULT', at: 1 }]])]]);
    expect(buildLiveState('c1', spec, results, { now: 1, tickMs: 1000, notified }).instances.VI_WEB.states.lb2).toBe('FAULT');
  });

  it('sends changed fields only, keeps `since` while a state holds, and a client applying deltas ends where the server is', () => {
    const r1 = new Map<string, DirectorResult>([
      ['lb1', ok(probe(ADDR_LB1, 'running 42', LIST, STATS, RATE))],
      ['lb2', ok(probe(ADDR_LB2, 'running 43', LIST, STATS, RATE))],
    ]);
    const s1 = buildLiveState('c1', spec, r1, { now: 1000, tickMs: 1000 });
    expect(diffLiveState(s1, buildLiveState('c1', spec, r1, { now: 2000, tickMs: 1000, previous: s1 }))).toBeUndefined();

    // lb1 dies: the VIP moves to lb2.
    const r2 = new Map<string, DirectorResult>([
      ['lb1', { ok: false, reason: 'no answer within 3000 ms', at: 3000 }],
      [
        'lb2',
        ok(probe(ADDR_LB1.replace('10.213.0.11/24', '10.213.0.12/24'), 'running 43', LIST, STATS, RATE.replace(/ 7 /g, ' 9 ')), 3000),
      ],
    ]);
    const s2 = buildLiveState('c1', spec, r2, { now: 3000, tickMs: 1000, previous: s1 });
    const d = diffLiveState(s1, s2)!;
    expect(d.vips).toEqual({ '10.213.1.10': { owner: 'lb2', owners: ['lb2'], since: s2.at } });
    expect(d.directors?.lb1).toMatchObject({
      reachable: false,
      reason: 'no answer within 3000 ms',
      keepalived: 'unknown',
      ipvs: 'unknown',
    });
    expect(d.directors?.lb2).toEqual({ lastSeen: new Date(3000).toISOString() });
    expect(d.instances?.VI_WEB).toMatchObject({ master: 'lb2' });
    const rs = d.realServers?.['10.213.1.10:80/TCP>10.213.0.21:0'];
    expect(rs).toEqual({ observedOn: 'lb2', cps: 9 }); // the state held: no `since`
    expect(s2.realServers['10.213.1.10:80/TCP>10.213.0.21:0'].since).toBe(s1.realServers['10.213.1.10:80/TCP>10.213.0.21:0'].since);

    const drop = (s: ClusterLiveState) => JSON.parse(JSON.stringify(s, (_k, v: unknown) => (v === null ? undefined : v)));
    expect(drop(applyLiveChanges(s1, d, s2.at))).toEqual(drop(s2));
  });

  it('removes what left the topology', () => {
    const r = new Map<string, DirectorResult>([['lb1', ok(probe(ADDR_LB1, 'running 42', LIST))]]);
    const s1 = buildLiveState('c1', spec, r, { now: 1, tickMs: 1000 });
    const smaller = {
      ...spec,
      virtualServices: [{ ...spec.virtualServices[0], realServers: spec.virtualServices[0].realServers.slice(1) }],
    };
    const d = diffLiveState(s1, buildLiveState('c1', smaller, r, { now: 2, tickMs: 1000, previous: s1 }));
    expect(d?.realServers?.['10.213.1.10:80/TCP>10.213.0.21:0']).toBeNull();
  });
});

describe('summarizeLiveState (the overview)', () => {
  const state = (over: Partial<ClusterLiveState> = {}): ClusterLiveState => ({
    clusterId: 'c1',
    at: '2026-01-01T00:00:00.000Z',
    tickMs: 1000,
    directors: {
      lb1: { reachable: true, keepalived: 'running', ipvs: 'available', since: 't0' },
      lb2: { reachable: false, reason: 'no answer', keepalived: 'unknown', ipvs: 'unknown', since: 't0' },
    },
    vips: { '10.0.0.1': { owner: 'lb1', owners: ['lb1'], since: 't0' } },
    instances: {},
    realServers: {
      a: { service: 's', realServer: 'a', state: 'up', cps: 5, since: 't0' },
      b: { service: 's', realServer: 'b', state: 'down', since: 't0' },
      c: { service: 's', realServer: 'c', state: 'drained', since: 't0' },
    },
    ...over,
  });
  const facts = {
    drift: { drifted: true, directors: ['lb2'], checkedAt: 't' },
    lastDeployment: { revision: 3, status: 'succeeded' as const, createdAt: 't' },
  };

  it('counts directors reachable, real servers per health, and carries VIP owners, drift and the last deployment', () => {
    expect(summarizeLiveState(state(), facts)).toEqual({
      clusterId: 'c1',
      at: '2026-01-01T00:00:00.000Z',
      directors: { reachable: 1, total: 2 },
      vips: { '10.0.0.1': { owner: 'lb1', owners: ['lb1'] } },
      realServers: { up: 1, down: 1, drained: 1, disabled: 0, missing: 0, unknown: 0 },
      ...facts,
    });
  });

  it('changes only with what the overview shows: not with counters or the time', () => {
    const a = summarizeLiveState(state(), facts);
    const busier = state({ at: '2026-01-01T00:00:01.000Z' });
    busier.realServers.a.cps = 500;
    expect(summaryChanged(a, summarizeLiveState(busier, facts))).toBe(false);
    busier.realServers.a.state = 'down';
    expect(summaryChanged(a, summarizeLiveState(busier, facts))).toBe(true);
    expect(summaryChanged(a, summarizeLiveState(state(), { ...facts, drift: null }))).toBe(true);
    expect(summaryChanged(undefined, a)).toBe(true);
  });
});
