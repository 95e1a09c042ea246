import type { ClusterLiveState } from '@lvs/domain';

/** What one real server added during one minute. */
export interface RollupRow {
  service: string;
  realServer: string;
  /** Start of the minute, ms since the epoch. */
  minute: number;
  conns: number;
  inPkts: number;
  outPkts: number;
  inBytes: number;
  outBytes: number;
  activeConnsMax: number;
  samples: number;
}

type Counters = Pick<RollupRow, 'conns' | 'inPkts' | 'outPkts' | 'inBytes' | 'outBytes'>;
const FIELDS = ['conns', 'inPkts', 'outPkts', 'inBytes', 'outBytes'] as const;
export const MINUTE_MS = 60_000;

/**
 * Turns each tick's running IPVS counters into per-minute increments. Counters only compare with
 * the previous sample of the same director (the VIP moving to another director restarts the
 * series, it is not a negative step), and a counter that went down was reset (keepalived or the
 * director restarted): its new value is the increment.
 */
export class MinuteRollup {
  private readonly last = new Map<string, Counters & { on: string }>();
  private readonly buckets = new Map<number, Map<string, RollupRow>>();

  add(state: ClusterLiveState, now: number): void {
    const minute = Math.floor(now / MINUTE_MS) * MINUTE_MS;
    let bucket = this.buckets.get(minute);
    for (const [key, rs] of Object.entries(state.realServers)) {
      if (rs.conns === undefined || !rs.observedOn) continue;
      const cur = {
        on: rs.observedOn,
        conns: rs.conns,
        inPkts: rs.inPkts ?? 0,
        outPkts: rs.outPkts ?? 0,
        inBytes: rs.inBytes ?? 0,
        outBytes: rs.outBytes ?? 0,
      };
      const prev = this.last.get(key);
      this.last.set(key, cur);
      if (!bucket) {
        bucket = new Map();
        this.buckets.set(minute, bucket);
      }
      let row = bucket.get(key);
      if (!row) {
        row = {
          service: rs.service,
          realServer: rs.realServer,
          minute,
          conns: 0,
          inPkts: 0,
          outPkts: 0,
          inBytes: 0,
          outBytes: 0,
          activeConnsMax: 0,
          samples: 0,
        };
        bucket.set(key, row);
      }
      if (prev && prev.on === cur.on) for (const f of FIELDS) row[f] += cur[f] >= prev[f] ? cur[f] - prev[f] : cur[f];
      row.activeConnsMax = Math.max(row.activeConnsMax, rs.activeConns ?? 0);
      row.samples += 1;
    }
    for (const key of this.last.keys()) if (!(key in state.realServers)) this.last.delete(key);
  }

  /** The rows of every minute before `now`'s (all of them with `all`), handed over once. */
  drain(now: number, all = false): RollupRow[] {
    const current = Math.floor(now / MINUTE_MS) * MINUTE_MS;
    const out: RollupRow[] = [];
    for (const [minute, bucket] of this.buckets) {
      if (!all && minute >= current) continue;
      out.push(...bucket.values());
      this.buckets.delete(minute);
    }
    return out;
  }
}
