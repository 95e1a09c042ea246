import type { ClusterLiveSummary, ClusterSpec } from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { clusterTitle, healthLine, mastersOf } from './health';

const spec = {
  directors: [{ name: 'lb1' }, { name: 'lb2' }],
  vrrpInstances: [
    { name: 'VI_WEB', vips: [{ address: '10.0.0.10/32' }] },
    { name: 'VI_DB', vips: [{ address: '10.0.0.20/32' }] },
  ],
} as unknown as Pick<ClusterSpec, 'directors' | 'vrrpInstances'>;

const summary = (over: Partial<ClusterLiveSummary> = {}): ClusterLiveSummary => ({
  clusterId: 'c',
  at: '2026-12-02T07:00:00Z',
  directors: { reachable: 2, total: 2 },
  vips: { '10.0.0.10': { owner: 'lb1', owners: ['lb1'] }, '10.0.0.20': { owner: 'lb2', owners: ['lb2'] } },
  realServers: { up: 4, down: 0, drained: 1, disabled: 0, missing: 0, unknown: 0 },
  drift: null,
  lastDeployment: null,
  ...over,
});

describe('cluster health', () => {
  it('is healthy when every director answers, each instance has one MASTER and no real server is down', () => {
    expect(healthLine(spec, summary())).toEqual({ tone: 'ok', problems: [] });
    expect(clusterTitle('lab', healthLine(spec, summary()), 'Live')).toBe('● lab — healthy · Live · LVS Console');
  });

  it('names the worst problem first in the title, and counts the rest', () => {
    const h = healthLine(
      spec,
      summary({ directors: { reachable: 1, total: 2 }, realServers: { up: 2, down: 2, drained: 0, disabled: 0, missing: 1, unknown: 0 } }),
    );
    expect(h).toEqual({ tone: 'warn', problems: ['1 director down', '3 real servers down'] });
    expect(clusterTitle('lab', h)).toBe('● lab — 1 director down (+1) · LVS Console');
  });

  it("finds each instance's MASTER from its VIPs, and no MASTER or a split brain as critical", () => {
    const s = summary({ vips: { '10.0.0.10': { owner: null, owners: ['lb1', 'lb2'] }, '10.0.0.20': { owner: null, owners: [] } } });
    expect(mastersOf(spec, s)).toEqual([
      { instance: 'VI_WEB', master: null, owners: ['lb1', 'lb2'], hasVips: true },
      { instance: 'VI_DB', master: null, owners: [], hasVips: true },
    ]);
    expect(healthLine(spec, s)).toEqual({ tone: 'bad', problems: ['VI_WEB split brain (lb1, lb2)', 'VI_DB has no MASTER'] });
    expect(mastersOf(spec, summary()).map((m) => m.master)).toEqual(['lb1', 'lb2']);
  });

  it('says not observed without live state, but still shows drift and a failed deployment', () => {
    expect(healthLine(spec, undefined)).toEqual({ tone: 'unknown', problems: [] });
    expect(healthLine(spec, summary({ live: false, drift: { drifted: true, directors: ['lb2'], checkedAt: '' } }))).toEqual({
      tone: 'bad',
      problems: ['drift on lb2'],
    });
    expect(healthLine(spec, summary({ lastDeployment: { revision: 4, status: 'failed', createdAt: '' } })).problems).toEqual([
      'deployment #4 failed',
    ]);
  });
});
