import type { ClusterLiveState, RealServerLive } from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { MINUTE_MS, MinuteRollup } from './rollup';

const rs = (conns: number, on = 'lb1', extra: Partial<RealServerLive> = {}): RealServerLive => ({
  service: '10.0.0.1:80/TCP',
  realServer: '10.0.0.11:80',
  state: 'up',
  observedOn: on,
  conns,
  inPkts: conns * 10,
  outPkts: 0,
  inBytes: conns * 1000,
  outBytes: 0,
  activeConns: conns % 7,
  since: '',
  ...extra,
});
const state = (r?: RealServerLive): ClusterLiveState => ({
  clusterId: 'c',
  at: '',
  tickMs: 1000,
  directors: {},
  vips: {},
  instances: {},
  realServers: r ? { k: r } : {},
});

describe('per-minute rollups of IPVS counters', () => {
  const t0 = 1_700_000_040_000 - (1_700_000_040_000 % MINUTE_MS);

  it("adds each tick's increment to its minute and hands over only finished minutes", () => {
    const r = new MinuteRollup();
    r.add(state(rs(100)), t0 + 1000); // first sample: a baseline, no increment
    r.add(state(rs(110)), t0 + 2000);
    r.add(state(rs(125)), t0 + 3000);
    expect(r.drain(t0 + 4000)).toEqual([]); // the minute is not over
    r.add(state(rs(130)), t0 + MINUTE_MS + 1000);
    const rows = r.drain(t0 + MINUTE_MS + 2000);
    expect(rows).toEqual([
      {
        service: '10.0.0.1:80/TCP',
        realServer: '10.0.0.11:80',
        minute: t0,
        conns: 25,
        inPkts: 250,
        outPkts: 0,
        inBytes: 25000,
        outBytes: 0,
        activeConnsMax: 6,
        samples: 3,
      },
    ]);
    expect(r.drain(t0 + 10 * MINUTE_MS, true)[0]).toMatchObject({ minute: t0 + MINUTE_MS, conns: 5, samples: 1 });
  });

  it('a counter that went down was reset: its value is the increment', () => {
    const r = new MinuteRollup();
    r.add(state(rs(1000)), t0);
    r.add(state(rs(4)), t0 + 1000);
    expect(r.drain(t0, true)[0].conns).toBe(4);
  });

  it('the VIP moving to another director restarts the series instead of subtracting another table', () => {
    const r = new MinuteRollup();
    r.add(state(rs(1000, 'lb1')), t0);
    r.add(state(rs(3, 'lb2')), t0 + 1000);
    r.add(state(rs(5, 'lb2')), t0 + 2000);
    expect(r.drain(t0, true)[0].conns).toBe(2);
  });

  it('skips real servers without counters (no IPVS, unreachable)', () => {
    const r = new MinuteRollup();
    r.add(state({ ...rs(1), conns: undefined }), t0);
    r.add(state(), t0 + 1000);
    expect(r.drain(t0, true)).toEqual([]);
  });
});
