import { describe, expect, it } from 'vitest';
import { clusterSpec } from '../../../test/factories';
import { type ClusterSpec, ClusterSpecSchema } from './spec';
import { validateClusterSpec } from './rules';

const paths = (issues: { path: string }[]) => issues.map((i) => i.path);

describe('validateClusterSpec', () => {
  it('accepts the factory cluster without errors or warnings', () => {
    expect(validateClusterSpec(clusterSpec())).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a VRID clash on the same interface', () => {
    const base = clusterSpec();
    const spec = {
      ...base,
      vrrpInstances: [...base.vrrpInstances, { ...base.vrrpInstances[0], name: 'VI_2', vips: [{ address: '10.213.1.11/32' }] }],
    };
    const { errors } = validateClusterSpec(spec);
    expect(errors).toContainEqual(
      expect.objectContaining({ path: 'vrrpInstances.1.virtualRouterId', message: expect.stringMatching(/51.*eth0/) }),
    );
  });

  it('refuses two members sharing the top priority, and unknown directors', () => {
    const base = clusterSpec();
    const inst = {
      ...base.vrrpInstances[0],
      members: [
        { director: 'lb1', priority: 100, state: 'BACKUP' as const },
        { director: 'ghost', priority: 100, state: 'BACKUP' as const },
      ],
    };
    const { errors } = validateClusterSpec({ ...base, vrrpInstances: [inst] });
    expect(paths(errors)).toEqual(expect.arrayContaining(['vrrpInstances.0.members', 'vrrpInstances.0.members.1.director']));
  });

  it('refuses DR port changes and duplicate real servers, warns about a VIP no instance carries', () => {
    const base = clusterSpec();
    const vs = base.virtualServices[0];
    const spec = {
      ...base,
      virtualServices: [
        { ...vs, vip: '10.213.1.99', realServers: [{ ...vs.realServers[0], port: 8080 }, vs.realServers[1], vs.realServers[1]] },
      ],
    };
    const { errors, warnings } = validateClusterSpec(spec);
    expect(paths(errors)).toEqual(expect.arrayContaining(['virtualServices.0.realServers.0.port', 'virtualServices.0.realServers.2']));
    expect(paths(warnings)).toContain('virtualServices.0.vip');
  });

  it('checks persistence netmasks by family', () => {
    const base = clusterSpec();
    const bad = { ...base, virtualServices: [{ ...base.virtualServices[0], persistence: { timeout: 300, netmask: '255.0.255.0' } }] };
    expect(paths(validateClusterSpec(bad).errors)).toContain('virtualServices.0.persistence.netmask');
    const good = { ...base, virtualServices: [{ ...base.virtualServices[0], persistence: { timeout: 300, netmask: '255.255.255.0' } }] };
    expect(validateClusterSpec(good).errors).toEqual([]);
  });

  it('rejects names keepalived cannot take, at the field level', () => {
    for (const name of ['a b', 'x{', 'q"', 'h#1', 'bang!', 'new\nline', '']) {
      const r = ClusterSpecSchema.safeParse({ name });
      expect(r.success, name).toBe(false);
    }
    expect(ClusterSpecSchema.safeParse({ name: 'prod-eu_1.a' }).success).toBe(true);
  });

  it('rejects malformed addresses, v4 and v6, and out-of-range numbers', () => {
    const base = clusterSpec();
    const bad = (patch: object) => ClusterSpecSchema.safeParse({ ...base, virtualServices: [{ ...base.virtualServices[0], ...patch }] });
    expect(bad({ vip: '10.0.0.256' }).success).toBe(false);
    expect(bad({ vip: '2001:db8:::1' }).success).toBe(false);
    expect(bad({ vip: '2001:db8::1', realServers: [] }).success).toBe(true);
    expect(bad({ port: 70000 }).success).toBe(false);
    expect(bad({ scheduler: 'fastest' }).success).toBe(false);
    const r = bad({ realServers: [{ address: '10.213.0.21', weight: 65536 }] });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].path).toEqual(['virtualServices', 0, 'realServers', 0, 'weight']);
  });
});

describe('rules that keepalived 2.2.7 itself enforces', () => {
  const paths = (issues: { path: string }[]) => issues.map((i) => i.path);

  it('refuses draining every real server of a service (total weight below quorum)', () => {
    const spec = clusterSpec();
    spec.virtualServices[0].realServers.forEach((r) => (r.adminState = 'drained'));
    expect(validateClusterSpec(spec).errors).toContainEqual(
      expect.objectContaining({ path: 'virtualServices.0.realServers', message: expect.stringMatching(/below the quorum/) }),
    );
    spec.virtualServices[0].realServers.forEach((r) => (r.adminState = 'disabled'));
    expect(validateClusterSpec(spec).errors).toEqual([]);
  });

  it('refuses an instance without VIPs, VRRPv3 limits, port-less non-persistent services, TUN port changes', () => {
    const spec = clusterSpec();
    spec.vrrpInstances[0].vips = [];
    spec.virtualServices[0].port = undefined;
    spec.virtualServices[0].forwarding = 'TUN';
    spec.virtualServices[0].realServers[0].port = 8080;
    const e = paths(validateClusterSpec(spec).errors);
    expect(e).toEqual(expect.arrayContaining(['vrrpInstances.0.vips', 'virtualServices.0.port', 'virtualServices.0.realServers.0.port']));
    const v6 = clusterSpec();
    v6.vrrpInstances[0].vips = [{ address: '2001:db8::10/64' }];
    v6.vrrpInstances[0].advertInt = 60;
    v6.vrrpInstances[0].authPass = 'secret';
    expect(paths(validateClusterSpec(v6).errors)).toEqual(
      expect.arrayContaining(['vrrpInstances.0.advertInt', 'vrrpInstances.0.authPass']),
    );
  });

  it('refuses an SMTP_CHECK host whose bindto is not of the family of the address it checks (connect_ip, else the real server)', () => {
    const spec = clusterSpec();
    const rs = spec.virtualServices[0].realServers[0];
    rs.healthCheck = {
      type: 'SMTP_CHECK',
      hosts: [
        { bindTo: '2001:db8::2' }, // checks the IPv4 real server: refused
        { connectIp: '2001:db8::25', bindTo: '2001:db8::2' }, // same family: taken
        { connectIp: '2001:db8::25', bindTo: '10.213.0.2' }, // refused
        { connectIp: '10.213.0.25' }, // no bindto: taken
      ],
    } as typeof rs.healthCheck;
    const issues = validateClusterSpec(spec).errors.filter((e) => e.code === 'spec.smtp_bindto_family');
    expect(paths(issues)).toEqual([
      'virtualServices.0.realServers.0.healthCheck.hosts.0.bindTo',
      'virtualServices.0.realServers.0.healthCheck.hosts.2.bindTo',
    ]);
    expect(issues[0].message).toMatch(/the real server/);
  });
});

describe('sync groups as keepalived 2.2.7 reads them', () => {
  /** Two instances on lb1 only, in a sync group, in the given order; `a` and `b` override each. */
  const grouped = (order: ['A' | 'B', 'A' | 'B'], a: Record<string, unknown>, b: Record<string, unknown>) =>
    ClusterSpecSchema.parse({
      name: 'sg',
      directors: [{ name: 'lb1', address: '10.213.0.11' }],
      trackProcesses: [{ name: 'haproxy', process: ['haproxy'] }],
      vrrpInstances: [
        {
          name: 'A',
          interface: 'eth0',
          virtualRouterId: 1,
          members: [{ director: 'lb1', priority: 100 }],
          vips: [{ address: '10.214.0.1/32' }],
          ...a,
        },
        {
          name: 'B',
          interface: 'eth0',
          virtualRouterId: 2,
          members: [{ director: 'lb1', priority: 100 }],
          vips: [{ address: '10.214.0.2/32' }],
          ...b,
        },
      ],
      vrrpSyncGroups: [{ name: 'G', instances: order }],
    });
  const codes = (spec: ClusterSpec) => validateClusterSpec(spec).errors.map((e) => e.code);
  const owner = { members: [{ director: 'lb1', priority: 255, state: 'MASTER' }] };

  it('an owner listed before an instance that starts as BACKUP is refused; listed after it, taken (the order keepalived walks)', () => {
    expect(codes(grouped(['B', 'A'], {}, owner))).toContain('spec.sync_group_owner_mix');
    expect(codes(grouped(['A', 'B'], {}, owner))).not.toContain('spec.sync_group_owner_mix');
    // a non-owner starting as MASTER after the owner: keepalived takes it
    expect(codes(grouped(['B', 'A'], { members: [{ director: 'lb1', priority: 100, state: 'MASTER' }] }, owner))).not.toContain(
      'spec.sync_group_owner_mix',
    );
    // preempt_delay renders the owner's start state BACKUP: it is not an owner then
    expect(codes(grouped(['B', 'A'], {}, { ...owner, preemptDelay: 5 }))).not.toContain('spec.sync_group_owner_mix');
  });

  it('weighted tracking: interfaces, scripts and files are refused without trackingWeight; a tracked process and the own interface are not', () => {
    const weighted = (b: Record<string, unknown>) =>
      validateClusterSpec(grouped(['A', 'B'], {}, b)).errors.filter((e) => e.code === 'spec.sync_group_weighted_tracking');
    expect(weighted({ trackInterfaces: ['eth1'], trackInterfaceWeights: { eth1: { weight: 3 } } })).toHaveLength(1);
    expect(weighted({ trackProcesses: [{ name: 'haproxy', weight: 3 }] })).toEqual([]);
    expect(weighted({ trackProcesses: [{ name: 'haproxy' }] })).toEqual([]); // default weight 1
    expect(weighted({ trackInterfaces: ['eth0'], trackInterfaceWeights: { eth0: { weight: 3 } } })).toEqual([]);
  });
});

describe('spec issue codes', () => {
  it('every issue carries a code of SPEC_ISSUE_CODES; collisions are told by code', async () => {
    const { COLLISION_CODES, SPEC_ISSUE_CODES, validateClusterSpec } = await import('./rules');
    const { ClusterSpecSchema } = await import('./spec');
    const spec = ClusterSpecSchema.parse({
      name: 'c',
      directors: [
        { name: 'a', address: '10.0.0.1' },
        { name: 'a', address: '10.0.0.1' },
      ],
      vrrpInstances: [
        {
          name: 'V',
          interface: 'eth0',
          virtualRouterId: 1,
          advertInt: 0.5,
          members: [
            { director: 'a', priority: 255 },
            { director: 'x', priority: 255 },
          ],
          nopreempt: true,
          vips: [{ address: '10.0.1.1' }],
        },
        { name: 'W', interface: 'eth0', virtualRouterId: 1, members: [{ director: 'a', priority: 100 }], vips: [{ address: '10.0.1.1' }] },
      ],
      virtualServices: [
        {
          vip: '10.0.1.1',
          port: 80,
          scheduler: 'rr',
          schedulerFlags: ['sh-port'],
          ops: true,
          realServers: [{ address: '10.0.2.1', port: 80 }],
        },
      ],
    });
    const { errors, warnings } = validateClusterSpec(spec);
    for (const i of [...errors, ...warnings]) expect(SPEC_ISSUE_CODES, JSON.stringify(i)).toContain(i.code);
    expect(errors.map((e) => e.code)).toEqual(
      expect.arrayContaining([
        'spec.duplicate_director_name',
        'spec.duplicate_director_address',
        'spec.unknown_director',
        'spec.priority_tie',
        'spec.vrrp2_advert_int',
        'spec.owner_nopreempt',
        'spec.vrid_in_use',
        'spec.vip_in_use',
        'spec.scheduler_flag',
        'spec.ops_needs_udp',
      ]),
    );
    expect(errors.filter((e) => COLLISION_CODES.has(e.code)).map((e) => e.code)).toEqual([
      'spec.duplicate_director_name',
      'spec.duplicate_director_address',
      'spec.vrid_in_use',
      'spec.vip_in_use',
    ]);
  });
});
