import { describe, expect, it } from 'vitest';
import { ExtraEntrySchema, VirtualServerGroupMemberSchema } from './keepalived-objects';
import { validateClusterSpec } from './rules';
import { scriptsOf } from './scripts';
import { ClusterSpecSchema, type ClusterSpecInput } from './spec';

const base = (over: Partial<ClusterSpecInput> = {}) =>
  ClusterSpecSchema.parse({
    name: 'k',
    directors: [
      { name: 'lb1', address: '10.0.0.1' },
      { name: 'lb2', address: '10.0.0.2' },
    ],
    vrrpInstances: [
      {
        name: 'VI_1',
        interface: 'eth0',
        virtualRouterId: 1,
        members: [
          { director: 'lb1', priority: 150 },
          { director: 'lb2', priority: 100 },
        ],
        vips: [{ address: '10.0.1.1/24' }],
      },
      {
        name: 'VI_2',
        interface: 'eth1',
        virtualRouterId: 2,
        members: [
          { director: 'lb1', priority: 150 },
          { director: 'lb2', priority: 100 },
        ],
        vips: [{ address: '10.0.2.1/24' }],
      },
    ],
    ...over,
  });
const errorsOf = (spec: ReturnType<typeof base>) => validateClusterSpec(spec).errors;

describe('verbatim entries', () => {
  it('refuses an include, a keyword with spaces or braces, and an argument that could open or close a block', () => {
    const bad = (e: unknown) => ExtraEntrySchema.safeParse(e).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(bad({ keyword: 'include', args: ['/etc/x.conf'] })).toEqual([
      'keyword: an include cannot be kept verbatim: import it with its files instead',
    ]);
    expect(bad({ keyword: 'includem', args: ['/x'] })?.[0]).toMatch(/^keyword: an include/);
    expect(bad({ keyword: 'static_routes {' })?.[0]).toMatch(/^keyword: keyword must be one bare keepalived word/);
    expect(bad({ keyword: 'notify_up', args: ['/bin/x }\nvrrp_instance'] })?.[0]).toMatch(
      /^args\.0: an argument must not contain double quotes, braces or line breaks/,
    );
    expect(bad({ keyword: 'a', block: [{ keyword: 'b', block: [{ keyword: 'c', block: [] }] }] })?.[0]).toMatch(/^block\.0\.block\.0/);
    expect(
      ExtraEntrySchema.parse({ keyword: 'static_routes', block: [{ keyword: '10.9.0.0/16', args: ['via', '10.0.0.254'] }] }),
    ).toBeTruthy();
  });

  it('lines naming a script are scripts: scriptsOf lists them with vrrp_script and additional MISC_CHECKs', () => {
    const spec = base({
      vrrpScripts: [{ name: 'chk', script: '/usr/bin/pgrep -x haproxy' }],
      vrrpSyncGroups: [
        { name: 'G', instances: ['VI_1', 'VI_2'], extra: [{ keyword: 'notify_master', args: ['/usr/local/bin/g master'] }] },
      ],
      virtualServices: [
        {
          vip: '10.0.1.1',
          port: 80,
          realServers: [
            {
              address: '10.0.3.1',
              port: 80,
              extra: [
                { keyword: 'notify_down', args: ['/usr/local/bin/rs-down', 'arg'] },
                { keyword: 'delay_loop', args: ['9'] },
              ],
              additionalChecks: [{ type: 'MISC_CHECK', script: '/usr/local/bin/misc 1' }],
            },
          ],
        },
      ],
    });
    expect(scriptsOf(spec).map((s) => [s.path, s.keyword, s.script])).toEqual([
      ['virtualServices.0.realServers.0.additionalChecks.0.script', 'misc_path', '/usr/local/bin/misc 1'],
      ['vrrpScripts.0.script', 'script', '/usr/bin/pgrep -x haproxy'],
      ['vrrpSyncGroups.0.extra.0', 'notify_master', '/usr/local/bin/g master'],
      ['virtualServices.0.realServers.0.extra.0', 'notify_down', '/usr/local/bin/rs-down arg'],
    ]);
  });
});

describe('cluster rules of the keepalived objects', () => {
  it('a verbatim line cannot stand in for a modelled keyword or a new top-level block', () => {
    const spec = base({
      extra: [{ keyword: 'vrrp_instance', args: ['VI_X'], block: [{ keyword: 'priority', args: ['200'] }] }, { keyword: 'static_routes' }],
    });
    spec.vrrpInstances[0].extra = [
      { keyword: 'priority', args: ['200'] },
      { keyword: 'garp_extra_if', args: ['10'] },
    ];
    spec.globalDefs = { extra: [{ keyword: 'router_id', args: ['other'] }] };
    expect(errorsOf(spec).map((e) => e.path)).toEqual(['extra.0.keyword', 'globalDefs.extra.0.keyword', 'vrrpInstances.0.extra.0.keyword']);
  });

  it('tracked names must exist, be tracked once, and weights on interfaces must be tracked', () => {
    const spec = base();
    spec.vrrpInstances[0].trackScripts = [{ name: 'nope' }];
    spec.vrrpInstances[0].trackFiles = [{ name: 'f' }, { name: 'f' }];
    spec.vrrpInstances[0].trackInterfaceWeights = { eth3: { weight: -10 } };
    spec.trackFiles = [{ name: 'f', file: '/run/f' }];
    expect(errorsOf(spec).map((e) => e.path)).toEqual([
      'vrrpInstances.0.trackScripts.0.name',
      'vrrpInstances.0.trackFiles.1.name',
      'vrrpInstances.0.trackInterfaceWeights.eth3',
    ]);
  });

  it('in a sync group, weighted tracking needs trackingWeight (keepalived ignores it otherwise)', () => {
    const spec = base({
      vrrpScripts: [{ name: 'chk', script: '/bin/true', weight: -20 }],
      vrrpSyncGroups: [{ name: 'G', instances: ['VI_1', 'VI_2'] }],
    });
    spec.vrrpInstances[0].trackScripts = [{ name: 'chk' }];
    expect(errorsOf(spec)).toEqual([
      {
        code: 'spec.sync_group_weighted_tracking',
        path: 'vrrpSyncGroups.0.instances.0',
        message: expect.stringMatching(/tracks vrrp_script chk with a non-zero weight/),
      },
    ]);
    spec.vrrpSyncGroups[0].trackingWeight = true;
    expect(errorsOf(spec)).toEqual([]);
    spec.vrrpSyncGroups[0].trackingWeight = undefined;
    spec.vrrpInstances[0].trackScripts = [{ name: 'chk', weight: 0 }];
    expect(errorsOf(spec)).toEqual([]);
  });

  it('auth_type needs auth_pass; AH is a warning (deprecated)', () => {
    const spec = base();
    spec.vrrpInstances[0].authType = 'AH';
    expect(errorsOf(spec).map((e) => e.path)).toEqual(['vrrpInstances.0.authType']);
    spec.vrrpInstances[0].authPass = 'secret';
    const v = validateClusterSpec(spec);
    expect(v.errors).toEqual([]);
    expect(v.warnings).toContainEqual({
      code: 'spec.auth_ah_deprecated',
      path: 'vrrpInstances.0.authType',
      message: expect.stringMatching(/deprecated/),
    });
  });

  it('a group service names an existing group; DR real server ports must match every address member', () => {
    const spec = base({
      virtualServerGroups: [
        { name: 'G', members: [{ address: '10.0.1.1', port: 80 }, { address: '10.0.1.10-12', port: 8080 }, { fwmark: 3 }] },
      ],
      virtualServices: [
        { group: 'G', forwarding: 'DR', realServers: [{ address: '10.0.3.1', port: 80 }] },
        { group: 'H', forwarding: 'NAT', realServers: [{ address: '10.0.3.2', port: 1358 }] },
      ],
    });
    expect(errorsOf(spec).map((e) => e.path)).toEqual(['virtualServices.0.realServers.0.port', 'virtualServices.1.group']);
    expect(VirtualServerGroupMemberSchema.safeParse({ address: '10.0.0.9-3' }).success).toBe(false);
    expect(VirtualServerGroupMemberSchema.safeParse({ address: '2001:db8::10-1f', port: 80 }).success).toBe(true);
  });
});
