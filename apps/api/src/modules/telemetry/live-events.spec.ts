import { ClusterSpecSchema, type ClusterLiveState, type RealServerHealth } from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { liveEvents } from './live-events';

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
        { director: 'lb1', priority: 150 },
        { director: 'lb2', priority: 100 },
      ],
      vips: [{ address: '10.213.1.10/32' }],
    },
  ],
  virtualServices: [
    {
      vip: '10.213.1.10',
      port: 80,
      quorum: 15,
      realServers: [
        { address: '10.213.0.21', port: 80, weight: 10 },
        { address: '10.213.0.22', port: 80, weight: 10 },
      ],
    },
  ],
});

function state(
  at: string,
  vrrp: Record<string, string>,
  master: string | null,
  health: [RealServerHealth, RealServerHealth],
): ClusterLiveState {
  const rs = (addr: string, st: RealServerHealth) => ({ service: '10.213.1.10:80/TCP', realServer: `${addr}:80`, state: st, since: at });
  return {
    clusterId: 'c1',
    at,
    tickMs: 1000,
    directors: {},
    vips: {},
    instances: { VI_WEB: { master, states: vrrp as ClusterLiveState['instances'][string]['states'], since: at } },
    realServers: {
      '10.213.1.10:80/TCP>10.213.0.21:80': rs('10.213.0.21', health[0]),
      '10.213.1.10:80/TCP>10.213.0.22:80': rs('10.213.0.22', health[1]),
    },
  };
}

describe('liveEvents: timeline events from consecutive live states', () => {
  it('yields nothing for the first state or an unchanged one', () => {
    const s = state('2026-01-01T00:00:00.000Z', { lb1: 'MASTER', lb2: 'BACKUP' }, 'lb1', ['up', 'up']);
    expect(liveEvents('c1', spec, undefined, s)).toEqual([]);
    expect(liveEvents('c1', spec, s, { ...s, at: '2026-01-01T00:00:01.000Z' })).toEqual([]);
  });

  it('a failover: one transition per director, stamped with the new state time', () => {
    const a = state('2026-01-01T00:00:00.000Z', { lb1: 'MASTER', lb2: 'BACKUP' }, 'lb1', ['up', 'up']);
    const b = state('2026-01-01T00:00:01.000Z', { lb1: 'FAULT', lb2: 'MASTER' }, 'lb2', ['up', 'up']);
    const ev = liveEvents('c1', spec, a, b);
    expect(ev.map((e) => [e.kind, e.severity, e.data.director, e.data.from, e.data.to])).toEqual([
      ['vrrp.transition', 'warning', 'lb1', 'MASTER', 'FAULT'],
      ['vrrp.transition', 'info', 'lb2', 'BACKUP', 'MASTER'],
    ]);
    expect(ev[0]).toMatchObject({ clusterId: 'c1', subject: 'VI_WEB', at: new Date(b.at) });
  });

  it('no MASTER left among observed members is master_lost; an unobserved director is no transition', () => {
    const a = state('2026-01-01T00:00:00.000Z', { lb1: 'MASTER', lb2: 'BACKUP' }, 'lb1', ['up', 'up']);
    const b = state('2026-01-01T00:00:01.000Z', { lb1: 'unknown', lb2: 'BACKUP' }, null, ['up', 'up']);
    const ev = liveEvents('c1', spec, a, b);
    expect(ev.map((e) => e.kind)).toEqual(['vrrp.master_lost']);
    expect(ev[0]).toMatchObject({ severity: 'critical', data: { previousMaster: 'lb1' } });
    const allGone = state('2026-01-01T00:00:01.000Z', { lb1: 'unknown', lb2: 'unknown' }, null, ['up', 'up']);
    expect(liveEvents('c1', spec, a, allGone)).toEqual([]);
  });

  it('real servers down and up, and the service crossing its quorum both ways', () => {
    const a = state('2026-01-01T00:00:00.000Z', { lb1: 'MASTER', lb2: 'BACKUP' }, 'lb1', ['up', 'up']);
    const b = state('2026-01-01T00:00:01.000Z', { lb1: 'MASTER', lb2: 'BACKUP' }, 'lb1', ['down', 'up']);
    const down = liveEvents('c1', spec, a, b);
    expect(down.map((e) => [e.kind, e.subject])).toEqual([
      ['real_server.down', '10.213.1.10:80/TCP>10.213.0.21:80'],
      ['service.below_quorum', '10.213.1.10:80/TCP'],
    ]);
    expect(down[1].data).toMatchObject({ quorum: 15, aliveWeight: 10, before: 20 });
    const up = liveEvents('c1', spec, b, a);
    expect(up.map((e) => e.kind)).toEqual(['real_server.up', 'service.quorum_restored']);
    // Drained or unknown is no health change.
    const c = state('2026-01-01T00:00:02.000Z', { lb1: 'MASTER', lb2: 'BACKUP' }, 'lb1', ['drained', 'unknown']);
    expect(liveEvents('c1', spec, a, c).filter((e) => e.kind.startsWith('real_server.'))).toEqual([]);
  });
});
