import { ClusterSpecSchema, type ClusterLiveState, type VrrpLiveState } from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { evaluateRadar, graceMs, IncidentTracker, type InstanceConfigFacts, type RadarFinding } from './radar';

const spec = ClusterSpecSchema.parse({
  name: 'web',
  directors: [
    { name: 'lb1', address: '10.213.0.11' },
    { name: 'lb2', address: '10.213.0.12' },
    { name: 'lb3', address: '10.213.0.13' },
  ],
  vrrpInstances: [
    {
      name: 'VI_WEB',
      interface: 'eth0',
      virtualRouterId: 51,
      members: [
        { director: 'lb1', priority: 150 },
        { director: 'lb2', priority: 100 },
        { director: 'lb3', priority: 50 },
      ],
      vips: [{ address: '10.213.1.10/32' }, { address: '10.213.1.11/32' }],
    },
  ],
});

const AT = '2026-01-01T00:00:00.000Z';
function live(states: Record<string, VrrpLiveState>, owners: Record<string, string[]>): ClusterLiveState {
  const masters = Object.entries(states)
    .filter(([, s]) => s === 'MASTER')
    .map(([d]) => d);
  return {
    clusterId: 'c1',
    at: AT,
    tickMs: 1000,
    directors: {},
    vips: Object.fromEntries(
      Object.entries(owners).map(([vip, o]) => [vip, { owner: o.length === 1 ? o[0] : null, owners: o, since: AT }]),
    ),
    instances: { VI_WEB: { master: masters.length === 1 ? masters[0] : null, states, since: AT } },
    realServers: {},
  };
}
const healthy = () => live({ lb1: 'MASTER', lb2: 'BACKUP', lb3: 'BACKUP' }, { '10.213.1.10': ['lb1'], '10.213.1.11': ['lb1'] });
const types = (f: RadarFinding[]) => f.map((x) => x.type);

describe('evaluateRadar: one MASTER holding every VIP, nobody else', () => {
  it('a healthy instance has no finding; members not observed or stopped are no votes', () => {
    expect(evaluateRadar(spec, healthy())).toEqual([]);
    expect(
      evaluateRadar(spec, live({ lb1: 'MASTER', lb2: 'unknown', lb3: 'STOPPED' }, { '10.213.1.10': ['lb1'], '10.213.1.11': ['lb1'] })),
    ).toEqual([]);
  });

  it('two MASTERs: one critical finding naming both, with what each says (no separate VIP findings)', () => {
    const f = evaluateRadar(
      spec,
      live({ lb1: 'MASTER', lb2: 'MASTER', lb3: 'BACKUP' }, { '10.213.1.10': ['lb1', 'lb2'], '10.213.1.11': ['lb1', 'lb2'] }),
    );
    expect(types(f)).toEqual(['two_masters']);
    expect(f[0]).toMatchObject({ key: 'VI_WEB|two_masters', severity: 'critical', directors: ['lb1', 'lb2'] });
    expect(f[0].evidence).toEqual([
      { director: 'lb1', says: 'MASTER, holds 10.213.1.10, 10.213.1.11', since: AT },
      { director: 'lb2', says: 'MASTER, holds 10.213.1.10, 10.213.1.11', since: AT },
      { director: 'lb3', says: 'BACKUP', since: AT },
    ]);
  });

  it('no MASTER among running members; all members unobserved is not an incident of the instance', () => {
    expect(
      types(evaluateRadar(spec, live({ lb1: 'FAULT', lb2: 'BACKUP', lb3: 'BACKUP' }, { '10.213.1.10': [], '10.213.1.11': [] }))),
    ).toEqual(['no_master']);
    expect(evaluateRadar(spec, live({ lb1: 'unknown', lb2: 'unknown', lb3: 'unknown' }, {}))).toEqual([]);
  });

  it('a VIP on a BACKUP, on two directors, or missing on the MASTER; several VIPs fold into one finding per type', () => {
    expect(
      types(
        evaluateRadar(
          spec,
          live({ lb1: 'MASTER', lb2: 'BACKUP', lb3: 'BACKUP' }, { '10.213.1.10': ['lb1', 'lb3'], '10.213.1.11': ['lb1'] }),
        ),
      ),
    ).toEqual(['vip_on_several']);
    const onBackup = evaluateRadar(
      spec,
      live({ lb1: 'MASTER', lb2: 'BACKUP', lb3: 'BACKUP' }, { '10.213.1.10': ['lb2'], '10.213.1.11': ['lb2'] }),
    );
    expect(types(onBackup)).toEqual(['vip_on_backup']);
    expect(onBackup[0].evidence).toHaveLength(4);
    expect(onBackup[0].summary).toContain('10.213.1.11');
    expect(
      types(evaluateRadar(spec, live({ lb1: 'MASTER', lb2: 'BACKUP', lb3: 'BACKUP' }, { '10.213.1.10': ['lb1'], '10.213.1.11': [] }))),
    ).toEqual(['vip_missing']);
  });

  it('members whose running configs disagree: the fields, every director’s value, never the secret', () => {
    const base: InstanceConfigFacts = {
      virtualRouterId: 51,
      advertInt: 1,
      auth: 'PASS:aaaaaaaaaaaa',
      vrrpVersion: 2,
      vips: ['10.213.1.10', '10.213.1.11'],
    };
    const configs = new Map([
      ['lb1', new Map([['VI_WEB', base]])],
      ['lb2', new Map([['VI_WEB', { ...base, auth: 'PASS:bbbbbbbbbbbb', advertInt: 2 }]])],
      ['lb3', new Map([['VI_WEB', base]])],
    ]);
    const f = evaluateRadar(spec, healthy(), configs);
    expect(types(f)).toEqual(['config_mismatch']);
    expect(f[0].summary).toBe("VI_WEB: the members' running configs differ in advert_int, authentication");
    expect(f[0].evidence.map((e) => `${e.director} ${e.says}`)).toContain('lb2 advert_int 2');
    expect(f[0].evidence.map((e) => `${e.director} ${e.says}`)).toContain('lb2 authentication PASS, secret 2');
    expect(f[0].evidence.map((e) => `${e.director} ${e.says}`)).toContain('lb3 authentication PASS, secret 1');
    expect(JSON.stringify(f)).not.toMatch(/aaaa|bbbb/);
    // Only one member read: nothing to compare.
    expect(evaluateRadar(spec, healthy(), new Map([['lb1', new Map([['VI_WEB', base]])]]))).toEqual([]);
  });
});

describe('IncidentTracker: grace, stable ids, resolution', () => {
  const twoMasters = evaluateRadar(
    spec,
    live({ lb1: 'MASTER', lb2: 'MASTER', lb3: 'BACKUP' }, { '10.213.1.10': ['lb1', 'lb2'], '10.213.1.11': ['lb1', 'lb2'] }),
  );
  const grace = (f: RadarFinding) => graceMs(f.type, 1);

  it('opens after the grace, as of when first seen, and resolves when the finding is gone', () => {
    let n = 0;
    const t = new IncidentTracker('c1', () => `id-${++n}`);
    const a = t.update(twoMasters, 10_000, grace);
    expect(a).toMatchObject({ opened: [], changed: false, recheckAt: 11_000 });
    const b = t.update(twoMasters, 11_000, grace);
    expect(b.opened).toHaveLength(1);
    expect(b.opened[0]).toMatchObject({
      id: 'id-1',
      clusterId: 'c1',
      instance: 'VI_WEB',
      type: 'two_masters',
      openedAt: new Date(10_000).toISOString(),
    });
    expect(t.update(twoMasters, 12_000, grace)).toMatchObject({ opened: [], resolved: [], changed: false });
    const c = t.update([], 13_000, grace);
    expect(c.resolved).toMatchObject([{ id: 'id-1', resolvedAt: new Date(13_000).toISOString() }]);
    expect(t.list()).toEqual([]);
  });

  it('a finding gone before its grace (a normal hand-over) opens nothing', () => {
    const t = new IncidentTracker('c1', () => 'x');
    t.update(twoMasters, 0, grace);
    expect(t.update([], 500, grace)).toMatchObject({ opened: [], resolved: [], changed: false });
    expect(t.update(twoMasters, 600, grace).recheckAt).toBe(1600);
  });

  it('no MASTER waits the master-down interval (3 × advert_int + 1 s)', () => {
    expect(graceMs('no_master', 2)).toBe(7000);
    expect(graceMs('two_masters', 3)).toBe(1000);
  });

  it('restored incidents are not opened again', () => {
    const t = new IncidentTracker('c1', () => 'new');
    t.restore([
      {
        id: 'old',
        clusterId: 'c1',
        instance: 'VI_WEB',
        type: 'two_masters',
        severity: 'critical',
        summary: 's',
        directors: [],
        evidence: [],
        openedAt: AT,
      },
    ]);
    const u = t.update(twoMasters, 0, grace);
    expect(u.opened).toEqual([]);
    expect(t.list()[0].id).toBe('old');
  });
});
