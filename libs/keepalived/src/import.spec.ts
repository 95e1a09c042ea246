import { ClusterSpecSchema } from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { clusterSpec } from '../../../test/factories';
import { importCluster, ImportError } from './import';
import { mergeOrders } from './merge-order';
import { normaliseForRender } from './normalise';
import { render } from './render';

const instance = (name: string, extra: string, priority: number, state = 'BACKUP', vrid = 51) => `vrrp_instance ${name} {
  state ${state}
  interface eth0
  virtual_router_id ${vrid}
  priority ${priority}
${extra}  virtual_ipaddress {
    10.0.${vrid}.10/24
  }
}
`;

const service = (weight: number, extra = '') => `virtual_server 10.0.51.10 80 {
  lvs_sched wrr
  lvs_method DR
  protocol TCP
${extra}  real_server 10.0.0.21 80 {
    weight ${weight}
  }
}
`;

describe('importCluster', () => {
  it("merges the directors' files: each adds itself as a member with its own priority and state", () => {
    const { spec, warnings } = importCluster('web', [
      {
        director: 'lb1',
        address: '10.0.0.11',
        text: `global_defs {\n  router_id lb1\n}\n${instance('VI_1', '', 150, 'MASTER')}${service(5)}`,
      },
      { director: 'lb2', address: '10.0.0.12', text: `global_defs {\n  router_id lb2\n}\n${instance('VI_1', '', 100)}${service(5)}` },
    ]);
    expect(warnings).toEqual([]);
    expect(spec).toEqual(
      ClusterSpecSchema.parse({
        name: 'web',
        directors: [
          { name: 'lb1', address: '10.0.0.11' },
          { name: 'lb2', address: '10.0.0.12' },
        ],
        vrrpInstances: [
          {
            name: 'VI_1',
            interface: 'eth0',
            virtualRouterId: 51,
            members: [
              { director: 'lb1', priority: 150, state: 'MASTER' },
              { director: 'lb2', priority: 100 },
            ],
            vips: [{ address: '10.0.51.10/24' }],
          },
        ],
        virtualServices: [
          { vip: '10.0.51.10', port: 80, scheduler: 'wrr', forwarding: 'DR', realServers: [{ address: '10.0.0.21', port: 80, weight: 5 }] },
        ],
      }),
    );
  });

  it('round-trips the factory cluster exactly (up to the documented normalisations)', () => {
    const spec = clusterSpec();
    const files = spec.directors.map((d) => ({ director: d.name, address: d.address, text: render(spec, d.name) }));
    const r = importCluster(spec.name, files);
    expect(r.warnings).toEqual([]);
    expect(r.spec).toEqual(normaliseForRender(spec));
  });

  it("reports where the files disagree, keeping the first file's version", () => {
    const { spec, warnings } = importCluster('web', [
      { director: 'lb1', address: '10.0.0.11', text: instance('VI_1', '  advert_int 2\n', 150) + service(5) },
      {
        director: 'lb2',
        address: '10.0.0.12',
        text: instance('VI_1', '  advert_int 3\n  nopreempt\n', 100).replace('eth0', 'eth1') + service(0, '  delay_loop 9\n'),
      },
    ]);
    expect(spec.vrrpInstances[0]).toMatchObject({ interface: 'eth0', advertInt: 2, nopreempt: false });
    expect(spec.virtualServices[0].realServers[0].weight).toBe(5);
    expect(warnings.filter((w) => w.line > 0).map((w) => `${w.director}:${w.line}: ${w.message}`)).toEqual([
      "lb2:1: vrrp_instance VI_1: interface differs between lb1 (eth0) and lb2 (eth1); lb1's is imported",
      "lb2:1: vrrp_instance VI_1: advertInt differs between lb1 (2) and lb2 (3); lb1's is imported",
      "lb2:1: vrrp_instance VI_1: nopreempt differs between lb1 (false) and lb2 (true); lb1's is imported",
      "lb2:12: virtual_server 10.0.51.10:80/TCP differs between lb1 and lb2 at delayLoop (6 vs 9); lb1's is imported",
    ]);
  });

  it('takes addresses from unicast_src_ip, infers a missing one from the peers, and checks the peer lists', () => {
    const uni = (src: string | undefined, peers: string[]) =>
      `${src ? `  unicast_src_ip ${src}\n` : ''}  unicast_peer {\n${peers.map((p) => `    ${p}\n`).join('')}  }\n`;
    const { spec, warnings } = importCluster('u', [
      { director: 'lb1', text: instance('VI_1', uni('10.0.0.11', ['10.0.0.12', '10.0.0.13']), 150) },
      { director: 'lb2', text: instance('VI_1', uni('10.0.0.12', ['10.0.0.11', '10.0.0.13', '10.0.0.99']), 100) },
      { director: 'lb3', text: instance('VI_1', uni(undefined, ['10.0.0.11', '10.0.0.12']), 50) },
    ]);
    expect(spec.directors.map((d) => d.address)).toEqual(['10.0.0.11', '10.0.0.12', '10.0.0.13']);
    expect(spec.vrrpInstances[0].unicast).toBe(true);
    expect(warnings.map((w) => `${w.director}: ${w.message}`)).toEqual([
      "lb3: no address given and no unicast_src_ip: 10.0.0.13 inferred from the other directors' unicast_peer lists",
      'lb2: vrrp_instance VI_1: unicast_peer 10.0.0.99 is not one of the imported directors; import its keepalived.conf to keep it as a member',
    ]);
  });

  it('refuses files that cannot make a cluster', () => {
    expect(() => importCluster('bad name', [])).toThrow(ImportError);
    expect(() => importCluster('c', [{ director: 'a b', address: '10.0.0.1', text: '' }])).toThrow(/director name "a b"/);
    expect(() =>
      importCluster('c', [
        { director: 'lb1', address: '10.0.0.1', text: '' },
        { director: 'lb1', address: '10.0.0.2', text: '' },
      ]),
    ).toThrow(/given twice/);
    expect(() => importCluster('c', [{ director: 'lb1', text: instance('VI_1', '', 100) }])).toThrow(/director lb1 has no address/);
    expect(() => importCluster('c', [{ director: 'lb1', address: 'not-an-ip', text: '' }])).toThrow(
      /"not-an-ip" is not an IPv4 or IPv6 address/,
    );
    expect(() => importCluster('c', [{ director: 'lb1', text: instance('VI_1', '  unicast_src_ip 10.0.0.999\n', 100) }])).toThrow(
      /"10.0.0.999" is not an IPv4/,
    );
  });

  it('reports router_id and unicast_src_ip that differ from what the import was given', () => {
    const { spec, warnings } = importCluster('c', [
      {
        director: 'lb1',
        address: '10.0.0.11',
        text: `global_defs {\n  router_id LVS_DEVEL\n}\n${instance('VI_1', '  unicast_src_ip 10.0.0.5\n  unicast_peer {\n  }\n', 100)}`,
      },
    ]);
    expect(spec.directors[0]).toMatchObject({ name: 'lb1', address: '10.0.0.11' });
    expect(warnings.map((w) => w.message)).toEqual([
      'router_id LVS_DEVEL differs from the director name lb1; the director name is used (render writes it as router_id)',
      'unicast_src_ip 10.0.0.5 differs from the given address 10.0.0.11; 10.0.0.11 is used',
      "vrrp_instance VI_1: unicast_src_ip 10.0.0.5 is not the director's address 10.0.0.11; the director's address is rendered",
    ]);
  });

  it('merges sync groups and instance order across directors that hold different instances', () => {
    const group = (names: string[]) => `vrrp_sync_group VG {\n  group {\n${names.map((n) => `    ${n}\n`).join('')}  }\n}\n`;
    const { spec, warnings } = importCluster('g', [
      {
        director: 'lb1',
        address: '10.0.0.11',
        text: group(['VI_A', 'VI_C']) + instance('VI_A', '', 150, 'BACKUP', 1) + instance('VI_C', '', 150, 'BACKUP', 3),
      },
      {
        director: 'lb2',
        address: '10.0.0.12',
        text: group(['VI_B', 'VI_C']) + instance('VI_B', '', 100, 'BACKUP', 2) + instance('VI_C', '', 100, 'BACKUP', 3),
      },
    ]);
    expect(warnings).toEqual([]);
    expect(spec.vrrpInstances.map((i) => [i.name, i.members.map((m) => m.director).join('+')])).toEqual([
      ['VI_A', 'lb1'],
      ['VI_B', 'lb2'],
      ['VI_C', 'lb1+lb2'],
    ]);
    expect(spec.vrrpSyncGroups).toEqual([{ name: 'VG', instances: ['VI_A', 'VI_B', 'VI_C'] }]);
  });

  it('reports cluster-rule errors (validateClusterSpec) so the caller can refuse or fix them', () => {
    const { warnings } = importCluster('r', [
      { director: 'lb1', address: '10.0.0.11', text: instance('VI_1', '', 100) },
      { director: 'lb2', address: '10.0.0.12', text: instance('VI_1', '', 100) },
    ]);
    expect(warnings).toEqual([
      {
        code: 'spec.priority_tie',
        line: 0,
        path: 'vrrpInstances.0.members',
        message:
          'cluster rule: vrrpInstances.0.members: lb1 and lb2 share the highest priority 100: give peers distinct priorities so one MASTER wins',
      },
    ]);
  });

  it('passes includes to the resolver with the director they belong to', () => {
    const seen: string[] = [];
    const { spec } = importCluster('i', [{ director: 'lb1', address: '10.0.0.11', text: 'include services.conf\n' }], {
      resolveInclude: (path, director) => {
        seen.push(`${director}:${path}`);
        return service(2);
      },
    });
    expect(seen).toEqual(['lb1:services.conf']);
    expect(spec.virtualServices).toHaveLength(1);
  });
});

describe('mergeOrders', () => {
  it('keeps every ordering where they agree and falls back to first appearance', () => {
    expect(mergeOrders([])).toEqual([]);
    expect(
      mergeOrders([
        ['a', 'b', 'c'],
        ['a', 'b', 'c'],
      ]),
    ).toEqual(['a', 'b', 'c']);
    expect(
      mergeOrders([
        ['a', 'c'],
        ['b', 'c'],
      ]),
    ).toEqual(['a', 'b', 'c']);
    expect(
      mergeOrders([
        ['b', 'd'],
        ['a', 'b', 'c', 'd'],
      ]),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(mergeOrders([['x'], ['y']])).toEqual(['x', 'y']);
    // Files that order two names differently: no cycle hangs, every name once.
    expect(
      mergeOrders([
        ['a', 'b'],
        ['b', 'a'],
      ]).sort(),
    ).toEqual(['a', 'b']);
  });
});
