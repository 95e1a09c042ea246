import { describe, expect, it } from 'vitest';
import { clusterSpec } from '../../../../test/factories';
import type { ClusterSpecInput } from '../spec';
import { type DirectorCapabilities, parseKeepalivedVersion } from './capabilities';
import { lintFleet, type FleetCluster } from './lint';
import { networkOf } from './net';

const cluster = (id: string, over: Partial<ClusterSpecInput> = {}): FleetCluster => {
  const spec = clusterSpec(over);
  return { id, name: spec.name, spec };
};
const codes = (f: { code: string; severity: string; clusterId?: string }[]) => f.map((x) => `${x.clusterId}:${x.code}:${x.severity}`);

function caps(
  over: {
    version?: string;
    options?: string;
    interfaces?: { name: string; addresses: string[] }[];
    schedulers?: string[];
    ipvs?: boolean;
  } = {},
): DirectorCapabilities {
  return {
    keepalived: parseKeepalivedVersion(
      `Keepalived v${over.version ?? '2.2.7'} (01/16,2022)\n\nConfig options:  ${over.options ?? 'NFTABLES LVS REGEX VRRP VRRP_AUTH VRRP_VMAC JSON BFD SNMP_V3_FOR_V2 DBUS'}\n`,
    ),
    ipvs: {
      present: over.ipvs ?? true,
      loaded: over.ipvs ?? true,
      schedulers: over.schedulers ?? ['rr', 'wrr', 'wlc'],
      schedulersKnown: true,
    },
    ipvsadm: { version: '1.31' },
    kernel: { release: '6.1.0-13-amd64' },
    interfaces: over.interfaces ?? [],
  };
}
const eth0 = (address: string) => [
  { name: 'lo', addresses: ['127.0.0.1/8'] },
  { name: 'eth0', addresses: [address, 'fe80::1/64'] },
];

/** A second cluster on other directors, with instance VI_API on eth0 and the given VRID. */
function other(id: string, vrid: number, over: Record<string, unknown> = {}): FleetCluster {
  const base = clusterSpec();
  return cluster(id, {
    directors: [
      { name: 'api1', address: '10.213.0.31' },
      { name: 'api2', address: '10.213.0.32' },
    ],
    vrrpInstances: [
      {
        ...base.vrrpInstances[0],
        name: 'VI_API',
        virtualRouterId: vrid,
        members: [
          { director: 'api1', priority: 150, state: 'MASTER' },
          { director: 'api2', priority: 100 },
        ],
        vips: [{ address: '10.213.1.20/32' }],
        ...over,
      },
    ],
    virtualServices: [{ ...base.virtualServices[0], vip: '10.213.1.20' }],
  });
}

describe('networkOf', () => {
  it('masks IPv4 and IPv6; host routes and link-local name no segment', () => {
    expect(networkOf('10.213.0.31/24')).toBe('10.213.0.0/24');
    expect(networkOf('2001:db8:0:1::5/64')).toBe('2001:db8:0:1::/64');
    expect(networkOf('10.0.0.1/32')).toBeNull();
    expect(networkOf('fe80::1/64')).toBeNull();
    expect(networkOf('10.0.0.1')).toBeNull();
  });
});

describe('lintFleet', () => {
  it('the factory cluster on its own has nothing to say', () => {
    expect(lintFleet([cluster('a')])).toEqual([]);
  });

  it("a VRID reused by another cluster on the same subnet (from the directors' interfaces) is an error on both sides", () => {
    const a = cluster('a');
    const b = other('b', 51);
    const capabilities = {
      a: { lb1: caps({ interfaces: eth0('10.213.0.11/24') }), lb2: caps({ interfaces: eth0('10.213.0.12/24') }) },
      b: { api1: caps({ interfaces: eth0('10.213.0.31/24') }), api2: caps({ interfaces: eth0('10.213.0.32/24') }) },
    };
    const f = lintFleet([a, b], capabilities);
    expect(codes(f)).toEqual(['a:vrid_reused:error', 'b:vrid_reused:error']);
    expect(f[0]).toMatchObject({
      instance: 'VI_WEB',
      path: 'vrrpInstances.0.virtualRouterId',
      related: { clusterId: 'b', instance: 'VI_API' },
      message: expect.stringMatching(
        /virtual_router_id 51 \(inet\) is also used by instance "VI_API" of cluster "cluster-\d+" on the same L2 segment \(subnet 10\.213\.0\.0\/24\)/,
      ),
    });
    expect(f[0].fix).toMatch(/give one of them a virtual_router_id/);
    // another subnet, another VRID, or another address family: no clash
    expect(
      lintFleet([a, b], {
        ...capabilities,
        b: { api1: caps({ interfaces: eth0('10.214.0.31/24') }), api2: caps({ interfaces: eth0('10.214.0.32/24') }) },
      }),
    ).toEqual([]);
    expect(lintFleet([a, other('b', 52)], capabilities)).toEqual([]);
    const v6 = other('b', 51, { vips: [{ address: '2001:db8::20/128' }] });
    expect(lintFleet([a, { ...v6, spec: { ...v6.spec, virtualServices: [] } }], capabilities)).toEqual([]);
  });

  it('without capabilities: VIP subnets and the same director host and interface tell the segment', () => {
    const a = cluster('a', { vrrpInstances: [{ ...clusterSpec().vrrpInstances[0], vips: [{ address: '10.213.1.10/24' }] }] });
    const b = other('b', 51, { vips: [{ address: '10.213.1.20/24' }] });
    expect(codes(lintFleet([a, { ...b, spec: { ...b.spec, virtualServices: [] } }]))).toEqual([
      'a:vrid_reused:error',
      'b:vrid_reused:error',
    ]);
    // the same director address in two clusters (one host), same interface
    const c = other('c', 51);
    const shared = { ...c.spec, directors: [{ ...c.spec.directors[0], address: '10.213.0.11' }, c.spec.directors[1]] };
    expect(codes(lintFleet([cluster('a'), { ...c, spec: shared }]))).toEqual(['a:vrid_reused:error', 'c:vrid_reused:error']);
    expect(lintFleet([cluster('a'), { ...c, spec: shared }])[0].message).toMatch(/interface eth0 of 10\.213\.0\.11/);
  });

  it('unicast between disjoint directors only warns; a differing advert_int is named', () => {
    const a = cluster('a', {
      vrrpInstances: [{ ...clusterSpec().vrrpInstances[0], unicast: true, vips: [{ address: '10.213.1.10/24' }] }],
    });
    const b = other('b', 51, { unicast: true, advertInt: 2, vips: [{ address: '10.213.1.20/24' }] });
    const f = lintFleet([a, { ...b, spec: { ...b.spec, virtualServices: [] } }]);
    expect(codes(f)).toEqual(['a:vrid_reused:warning', 'b:vrid_reused:warning']);
    expect(f[0].message).toMatch(/their advert_int differ: 1 s and 2 s.*virtual MAC 00:00:5e:00:01:33/);
  });

  it('equal priorities among members and nopreempt with a MASTER start state are warnings', () => {
    const base = clusterSpec();
    const s = cluster('a', {
      directors: [...base.directors, { name: 'lb3', address: '10.213.0.13' }],
      vrrpInstances: [
        {
          ...base.vrrpInstances[0],
          nopreempt: true,
          members: [
            { director: 'lb1', priority: 150, state: 'MASTER' },
            { director: 'lb2', priority: 100 },
            { director: 'lb3', priority: 100 },
          ],
        },
      ],
    });
    const f = lintFleet([s]);
    expect(f.map((x) => x.code)).toEqual(['priority_equal', 'nopreempt_master_state']);
    expect(f[0].message).toMatch(/lb2 and lb3 have the same priority 100/);
    expect(f[1]).toMatchObject({ path: 'vrrpInstances.0.nopreempt', fix: 'set state BACKUP on every member of VI_WEB' });
  });

  const tracked = (weight: number, refWeight?: number): Partial<ClusterSpecInput> => ({
    vrrpScripts: [{ name: 'chk_haproxy', script: '/usr/bin/killall -0 haproxy', weight }],
    vrrpInstances: [
      {
        ...clusterSpec().vrrpInstances[0],
        trackScripts: [refWeight === undefined ? { name: 'chk_haproxy' } : { name: 'chk_haproxy', weight: refWeight }],
      },
    ],
  });

  it('a MASTER whose weighted script failure keeps it above the BACKUP never yields', () => {
    const f = lintFleet([cluster('a', tracked(-20))]);
    expect(f).toEqual([
      expect.objectContaining({
        code: 'master_never_yields',
        severity: 'warning',
        director: 'lb1',
        message:
          "when vrrp_script chk_haproxy fails on lb1 (MASTER, 150), its priority falls to 130, still above lb2's 100: lb1 keeps the VIPs with chk_haproxy failing",
        fix: 'make the weight of chk_haproxy -51 or lower (or 0: FAULT on failure)',
      }),
    ]);
    expect(lintFleet([cluster('a', tracked(-20, -60))])).toEqual([]); // the instance's own weight overrides
    expect(lintFleet([cluster('a', tracked(-51))])).toEqual([]);
    // positive weights: both gain +30 while OK; failing on lb1 leaves 150 vs 130
    expect(lintFleet([cluster('a', tracked(30))])[0]).toMatchObject({
      code: 'master_never_yields',
      fix: 'make the weight of chk_haproxy larger than 50 (or use a negative weight)',
    });
    expect(lintFleet([cluster('a', tracked(60))])).toEqual([]);
  });

  it('a BACKUP that no weights lift above the MASTER takes over only when the MASTER is down or in FAULT', () => {
    const base = clusterSpec();
    const s = cluster('a', {
      ...tracked(-60),
      directors: [...base.directors, { name: 'lb3', address: '10.213.0.13' }],
      vrrpInstances: [
        {
          ...base.vrrpInstances[0],
          trackScripts: [{ name: 'chk_haproxy' }],
          members: [
            { director: 'lb1', priority: 150, state: 'MASTER' },
            { director: 'lb2', priority: 100 },
            { director: 'lb3', priority: 30 },
          ],
        },
      ],
    });
    const f = lintFleet([s]);
    expect(f).toEqual([
      expect.objectContaining({
        code: 'backup_never_master',
        director: 'lb3',
        message:
          'lb3 reaches at most 30 and lb1 never falls below 90: lb3 becomes MASTER only when lb1 is down or in FAULT, never by its tracking weights',
      }),
    ]);
  });

  it('a process tracked with +10 on both members: its failure on the MASTER still leaves it above the BACKUP', () => {
    const base = clusterSpec();
    const s = cluster('a', {
      trackProcesses: [{ name: 'haproxy', process: ['haproxy'], weight: 10 }],
      vrrpInstances: [
        {
          ...base.vrrpInstances[0],
          trackProcesses: [{ name: 'haproxy' }],
          members: [
            { director: 'lb1', priority: 200, state: 'MASTER' },
            { director: 'lb2', priority: 100 },
          ],
        },
      ],
    });
    const f = lintFleet([s]);
    expect(f.map((x) => x.code)).toEqual(['master_never_yields']);
    expect(f[0].message).toMatch(
      /vrrp_track_process haproxy fails on lb1 \(MASTER, 210\), its priority falls to 200, still above lb2's 110/,
    );
  });

  it('capabilities: version skew across members, a unicast address the director does not have, a missing scheduler', () => {
    const base = clusterSpec();
    const s = cluster('a', {
      vrrpInstances: [{ ...base.vrrpInstances[0], unicast: true }],
      virtualServices: [{ ...base.virtualServices[0], scheduler: 'mh' }],
    });
    const f = lintFleet([s], {
      a: { lb1: caps({ interfaces: eth0('10.213.0.11/24') }), lb2: caps({ version: '2.0.5', interfaces: eth0('10.213.0.99/24') }) },
    });
    expect(f.map((x) => `${x.code}:${x.severity}:${x.director ?? ''}`)).toEqual([
      'unicast_peer_mismatch:error:lb2',
      'version_skew:warning:',
      'capability_missing:error:lb1',
      'capability_missing:error:lb2',
      'capability_missing:error:lb2',
    ]);
    expect(f[0].message).toMatch(/no interface of lb2 has that address/);
    expect(f[0].fix).toMatch(/10\.213\.0\.99\/24/);
    expect(f[1].message).toBe('the members run different keepalived versions: 2.2.7 on lb1; 2.0.5 on lb2');
    expect(f[2]).toMatchObject({
      path: 'virtualServices.0.scheduler',
      message: expect.stringMatching(
        /director lb1 cannot run lvs_sched mh: its kernel 6\.1\.0-13-amd64 has no ip_vs_mh module \(it has rr, wrr, wlc\)/,
      ),
    });
    expect(f[4].message).toBe('director lb2 cannot run lvs_sched mh: its keepalived is 2.0.5; lvs_sched mh needs 2.0.7 or later');
  });

  it('a sync group whose instances differ in advert_int', () => {
    const base = clusterSpec();
    const s = cluster('a', {
      vrrpInstances: [
        base.vrrpInstances[0],
        { ...base.vrrpInstances[0], name: 'VI_2', interface: 'eth1', advertInt: 3, vips: [{ address: '10.213.1.11/32' }] },
      ],
      vrrpSyncGroups: [{ name: 'G', instances: ['VI_WEB', 'VI_2'] }],
    });
    expect(lintFleet([s])).toEqual([
      expect.objectContaining({
        code: 'advert_int_mismatch',
        path: 'vrrpSyncGroups.0',
        message: expect.stringMatching(/VI_WEB 1 s, VI_2 3 s/),
      }),
    ]);
  });

  it('vrrp_strict in global_defs: the VIPs drop traffic (LVS breaks), and what it does not allow', () => {
    const base = clusterSpec();
    const f = lintFleet([
      cluster('a', {
        globalDefs: { extra: [{ keyword: 'vrrp_strict' }] },
        vrrpInstances: [{ ...base.vrrpInstances[0], authPass: 'secret1' }],
      }),
    ]);
    expect(f).toEqual([
      expect.objectContaining({
        code: 'vrrp_strict',
        severity: 'warning',
        path: 'globalDefs.extra',
        message:
          'global_defs sets vrrp_strict: keepalived then drops traffic addressed to the VIPs (no accept mode below priority 255), so the virtual services on them stop answering; and it does not allow what VI_WEB uses authentication, VI_WEB starts a member as MASTER below priority 255',
      }),
    ]);
    expect(
      lintFleet([
        cluster('b', {
          globalDefs: { extra: [{ keyword: 'vrrp_strict' }] },
          virtualServices: [],
          vrrpInstances: [
            {
              ...base.vrrpInstances[0],
              members: [
                { director: 'lb1', priority: 150 },
                { director: 'lb2', priority: 100 },
              ],
            },
          ],
        }),
      ]),
    ).toEqual([]);
  });

  it('a director without IPVS in a cluster with services is a warning', () => {
    const f = lintFleet([cluster('a')], { a: { lb1: caps({ ipvs: false, schedulers: [] }) } });
    expect(f).toEqual([expect.objectContaining({ code: 'no_ipvs', severity: 'warning', director: 'lb1' })]);
  });
});
