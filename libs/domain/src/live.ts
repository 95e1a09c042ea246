import type { ClusterIncidents } from './incidents';

/**
 * The typed socket.io event map of the `/live` namespace, shared by the API gateway and the web
 * client. Clients join a cluster room; events carry deltas, not snapshots (except `snapshot`).
 */

export type DeploymentStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'rolled_back' | 'interrupted';
export type TargetStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'rolled_back' | 'skipped';

export interface DeploymentStepEvent {
  clusterId: string;
  deploymentId: string;
  director: string;
  step: string;
  status: 'ok' | 'failed' | 'skipped';
  ms: number;
  output?: string;
  /** 'interim': a step of the first of a two-stage deployment. */
  stage?: 'interim';
}

export interface DeploymentStatusEvent {
  clusterId: string;
  deploymentId: string;
  status: DeploymentStatus;
  director?: string;
  targetStatus?: TargetStatus;
  error?: string;
}

export interface ClusterFlagEvent {
  clusterId: string;
  drift: boolean;
  detail?: string;
}

/** Health of a real server as the directors see it, joined with what the topology wants. */
export type RealServerHealth = 'up' | 'down' | 'drained' | 'disabled' | 'missing' | 'unknown';
export type VrrpLiveState = 'MASTER' | 'BACKUP' | 'FAULT' | 'STOPPED' | 'unknown';

export interface DirectorLive {
  reachable: boolean;
  /** Why it is not reachable, or not fully observed. */
  reason?: string;
  keepalived: 'running' | 'stopped' | 'unknown';
  ipvs: 'available' | 'unavailable' | 'unknown';
  /** Why the IPVS table cannot be read there (e.g. a kernel without IPVS). */
  ipvsReason?: string;
  /** Last successful probe (ISO time). */
  lastSeen?: string;
  /** When reachable/keepalived/ipvs last changed. */
  since: string;
}

export interface VipLive {
  /** The one director holding it; null when none does or several do (then `owners` lists them). */
  owner: string | null;
  owners: string[];
  since: string;
}

export interface InstanceLive {
  master: string | null;
  states: Record<string, VrrpLiveState>;
  since: string;
}

export interface RealServerLive {
  /** virtualServiceKey, e.g. 10.0.0.1:80/TCP. */
  service: string;
  /** realServerKey, e.g. 10.0.0.11:80. */
  realServer: string;
  state: RealServerHealth;
  /** The director whose IPVS table this comes from (the VIP's owner when it can). */
  observedOn?: string;
  weight?: number;
  activeConns?: number;
  inactiveConns?: number;
  conns?: number;
  inPkts?: number;
  outPkts?: number;
  inBytes?: number;
  outBytes?: number;
  cps?: number;
  inPps?: number;
  outPps?: number;
  inBps?: number;
  outBps?: number;
  /** When `state` last changed. */
  since: string;
}

/** Observed state of one cluster: directors, VIP owners, VRRP instances, real servers (key `service>realServer`). */
export interface ClusterLiveState {
  clusterId: string;
  at: string;
  tickMs: number;
  directors: Record<string, DirectorLive>;
  vips: Record<string, VipLive>;
  instances: Record<string, InstanceLive>;
  realServers: Record<string, RealServerLive>;
}

export type LiveSection = 'directors' | 'vips' | 'instances' | 'realServers';

/** Changed fields only, per section and key; `null` removes the key. Apply by shallow merge per key. */
export type ClusterLiveChanges = Partial<Record<LiveSection, Record<string, Record<string, unknown> | null>>>;

export const LIVE_SECTIONS: readonly LiveSection[] = ['directors', 'vips', 'instances', 'realServers'];

export interface ApplyLiveOptions {
  /**
   * A field set to `null` in a delta means "none any more" (e.g. a cleared `reason`). `keep` leaves
   * it as `null` (the wire's own view: the API and its tests); `delete` removes it, so the typed
   * optional fields stay `undefined` (the web).
   */
  nullFields?: 'keep' | 'delete';
  /**
   * Mutate `state`, its section maps and their entries instead of copying them, and return `state`
   * itself: a client holding thousands of real servers then does not copy them on every tick (it
   * must not rely on object identity to see changes; see `liveChangesTouch`).
   */
  inPlace?: boolean;
}

/**
 * Applies a `state.delta` to a state (what every client of `/live` does): per section and key,
 * `null` removes the key, an object is shallow-merged into it. Copies by default.
 */
export function applyLiveChanges(
  state: ClusterLiveState,
  changes: ClusterLiveChanges,
  at: string,
  opts: ApplyLiveOptions = {},
): ClusterLiveState {
  const dropNulls = opts.nullFields === 'delete';
  const next = opts.inPlace ? state : { ...state };
  next.at = at;
  for (const section of LIVE_SECTIONS) {
    const c = changes[section];
    if (!c) continue;
    const from = state[section] as unknown as Record<string, Record<string, unknown>>;
    const map = opts.inPlace ? from : { ...from };
    for (const key in c) {
      const v = c[key];
      if (v === null) {
        delete map[key];
        continue;
      }
      const cur = map[key];
      const merged = opts.inPlace && cur ? Object.assign(cur, v) : { ...cur, ...v };
      if (dropNulls) for (const f in v) if (v[f] === null) delete merged[f];
      map[key] = merged;
    }
    (next as unknown as Record<LiveSection, unknown>)[section] = map;
  }
  return next;
}

/**
 * What a delta touches, for a client that keeps derived data (health counts, filters, pictures):
 * `health` when a real server's `state` changed or real servers came or went; `topology` when a
 * director, VIP or VRRP instance changed. Read it before applying the delta (it compares with the
 * state's keys).
 */
export function liveChangesTouch(state: ClusterLiveState, changes: ClusterLiveChanges): { health: boolean; topology: boolean } {
  let health = false;
  const rs = changes.realServers;
  if (rs)
    for (const key in rs) {
      const v = rs[key];
      if (v === null || !(key in state.realServers) || 'state' in v) {
        health = true;
        break;
      }
    }
  return { health, topology: !!(changes.directors || changes.vips || changes.instances) };
}

/** Real servers per health. */
export function healthCounts(rows: Iterable<Pick<RealServerLive, 'state'>>): Record<RealServerHealth, number> {
  const out: Record<RealServerHealth, number> = { up: 0, down: 0, drained: 0, disabled: 0, missing: 0, unknown: 0 };
  for (const r of rows) out[r.state] += 1;
  return out;
}

/**
 * One cluster at a glance (the clusters overview): what the overview shows, computed once per tick
 * by the replica polling the cluster and sent on the cluster's summary room only when it changed,
 * instead of every real server's delta.
 */
export interface ClusterLiveSummary {
  clusterId: string;
  /** The state it was computed from. */
  at: string;
  directors: { reachable: number; total: number };
  /** Per VIP address: its owner, or null and who holds it (none, or several: split brain). */
  vips: Record<string, { owner: string | null; owners: string[] }>;
  realServers: Record<RealServerHealth, number>;
  /** The last drift check (null: never checked). */
  drift: { drifted: boolean; directors: string[]; checkedAt: string } | null;
  lastDeployment: { revision: number; status: DeploymentStatus; createdAt: string } | null;
  /**
   * false: the API's telemetry is off (TELEMETRY_TICK_MS=0), so nothing was observed — directors,
   * VIPs and real servers are empty; drift and the last deployment come from the database.
   */
  live?: false;
}

/** Server → client. */
export interface LiveServerEvents {
  'deployment.step': (e: DeploymentStepEvent) => void;
  'deployment.status': (e: DeploymentStatusEvent) => void;
  'cluster.drift': (e: ClusterFlagEvent) => void;
  /** Telemetry: one full state on join, then `state.delta` with changed fields only. */
  'state.snapshot': (e: { clusterId: string; at: string; state: ClusterLiveState }) => void;
  'state.delta': (e: LiveDelta) => void;
  /** To a cluster's summary room: the summary on joining it, then whenever it changes. */
  'cluster.summary': (e: ClusterLiveSummary) => void;
  /** To a cluster's state and summary rooms: the split-brain radar's open incidents, whole, on join and whenever they change (incidents.ts). */
  incidents: (e: ClusterIncidents) => void;
  error: (e: { message: string }) => void;
}

/** Client → server. */
export interface LiveClientEvents {
  /**
   * A cluster's state room (snapshot, deltas, deployment events). The client names the protocol it
   * decodes: a bare cluster id (protocol 1, deltas with an object per row) is refused with a reason.
   */
  join: (request: LiveJoinRequest, ack: (r: { ok: true } | { ok: false; error: string }) => void) => void;
  leave: (clusterId: string) => void;
  /** The summary room of a cluster (the overview): `cluster.summary` only, no per-real-server deltas. */
  joinSummary: (clusterId: string, ack: (r: { ok: true } | { ok: false; error: string }) => void) => void;
  leaveSummary: (clusterId: string) => void;
}

export const LIVE_NAMESPACE = '/live';
export const clusterRoom = (clusterId: string) => `cluster:${clusterId}`;
export const summaryRoom = (clusterId: string) => `summary:${clusterId}`;

// --- the delta codec (protocol 2) ---------------------------------------------------------------

/**
 * The `/live` protocol this code speaks. 2: a real server's changed numbers travel as columns
 * (`LiveDelta.columns`), not inside `changes`. A client joins with `{ clusterId, protocol }`;
 * any other protocol is refused at join with the reason, so an old client stops with a message
 * instead of showing numbers that silently stopped changing.
 */
export const LIVE_PROTOCOL = 2;

/** What a client sends to join a cluster's state room. */
export interface LiveJoinRequest {
  clusterId: string;
  protocol: number;
}

/** The numbers of a real server that change with traffic (every tick on a busy director). */
export const REAL_SERVER_NUMBERS = [
  'weight',
  'activeConns',
  'inactiveConns',
  'conns',
  'inPkts',
  'outPkts',
  'inBytes',
  'outBytes',
  'cps',
  'inPps',
  'outPps',
  'inBps',
  'outBps',
] as const;
export type RealServerNumber = (typeof REAL_SERVER_NUMBERS)[number];
const NUMBER_FIELDS: ReadonlySet<string> = new Set(REAL_SERVER_NUMBERS);
/**
 * Each number read by name (one function per field): the encoder touches 13 fields of 5,000 rows a
 * tick, and a load by a variable key (`row[f]`) there is megamorphic and several times slower.
 */
const NUMBER_OF: Record<RealServerNumber, (r: RealServerLive) => number | undefined> = {
  weight: (r) => r.weight,
  activeConns: (r) => r.activeConns,
  inactiveConns: (r) => r.inactiveConns,
  conns: (r) => r.conns,
  inPkts: (r) => r.inPkts,
  outPkts: (r) => r.outPkts,
  inBytes: (r) => r.inBytes,
  outBytes: (r) => r.outBytes,
  cps: (r) => r.cps,
  inPps: (r) => r.inPps,
  outPps: (r) => r.outPps,
  inBps: (r) => r.inBps,
  outBps: (r) => r.outBps,
};

/** Which numbers differ between two rows, one bit per field of REAL_SERVER_NUMBERS (by name, see NUMBER_OF). */
function numbersChanged(a: RealServerLive, b: RealServerLive): number {
  return (
    (a.weight !== b.weight ? 1 : 0) |
    (a.activeConns !== b.activeConns ? 2 : 0) |
    (a.inactiveConns !== b.inactiveConns ? 4 : 0) |
    (a.conns !== b.conns ? 8 : 0) |
    (a.inPkts !== b.inPkts ? 16 : 0) |
    (a.outPkts !== b.outPkts ? 32 : 0) |
    (a.inBytes !== b.inBytes ? 64 : 0) |
    (a.outBytes !== b.outBytes ? 128 : 0) |
    (a.cps !== b.cps ? 256 : 0) |
    (a.inPps !== b.inPps ? 512 : 0) |
    (a.outPps !== b.outPps ? 1024 : 0) |
    (a.inBps !== b.inBps ? 2048 : 0) |
    (a.outBps !== b.outBps ? 4096 : 0)
  );
}

/** The numbers that are counters since the real server was added (ipvsadm --stats): they only grow, until a reset. */
const COUNTERS: ReadonlySet<RealServerNumber> = new Set(['conns', 'inPkts', 'outPkts', 'inBytes', 'outBytes']);

/**
 * The changed numbers of many real servers as columns: one array per changed field, its values in
 * the order of `rows`, which index the state's row order. A 5,000-row tick is then 13 arrays of
 * numbers instead of 5,000 objects repeating 13 field names and a 30-character key each.
 */
export interface RealServerColumns {
  /**
   * The row order after this delta, sent only when it changed (real servers came, went or moved);
   * otherwise it is the one the client holds, from the snapshot's key order or the last `order`.
   */
  order?: string[];
  /** How many rows the order has: a client holding another count is out of step (rejoin for a snapshot). */
  n: number;
  /** Indexes into the order of the rows whose numbers changed; absent: every row, in order. */
  rows?: number[];
  /** Per changed field, each listed row's value now (null: no number any more). */
  values: Partial<Record<RealServerNumber, (number | null)[]>>;
  /**
   * Per changed counter (conns, packets, bytes: they only grow), each listed row's increase since
   * the last delta: a few digits instead of a counter's ten to thirteen. Sent instead of `values`
   * for a field when every listed row had a number before and has a larger or equal one now.
   */
  increments?: Partial<Record<RealServerNumber, number[]>>;
}

/**
 * A `state.delta`: `changes` as before for directors, VIPs, instances and the rest of a real
 * server (state, since, rows that came or went), and `columns` for the numbers of rows that stayed.
 * `at` comes first on the wire (benches read it without parsing the rest).
 */
export interface LiveDelta {
  clusterId: string;
  at: string;
  protocol: typeof LIVE_PROTOCOL;
  changes: ClusterLiveChanges;
  columns?: RealServerColumns;
}

/** Changed fields of one section (null: the key went; a field that went is null). */
export function diffLiveSection(
  a: Record<string, Record<string, unknown>>,
  b: Record<string, Record<string, unknown>>,
  skip?: ReadonlySet<string>,
): Record<string, Record<string, unknown> | null> | undefined {
  const changes: Record<string, Record<string, unknown> | null> = {};
  let any = false;
  for (const key in b) {
    const before = a[key];
    const after = b[key];
    if (!before) {
      changes[key] = after;
      any = true;
      continue;
    }
    let fields: Record<string, unknown> | undefined;
    const diff = (f: string) => {
      if (skip?.has(f)) return;
      const x = before[f];
      const y = after[f];
      if (x === y || (typeof x === 'object' && typeof y === 'object' && JSON.stringify(x) === JSON.stringify(y))) return;
      (fields ??= {})[f] = y === undefined ? null : y;
    };
    for (const f in after) diff(f);
    for (const f in before) if (!(f in after)) diff(f);
    if (fields) {
      changes[key] = fields;
      any = true;
    }
  }
  for (const key in a) {
    if (!(key in b)) {
      changes[key] = null;
      any = true;
    }
  }
  return any ? changes : undefined;
}

function sameOrder(a: Record<string, unknown>, order: readonly string[]): boolean {
  let i = 0;
  for (const key in a) if (order[i++] !== key) return false;
  return i === order.length;
}

/**
 * The delta from `prev` to `next` (undefined when nothing changed). A real server that stayed has
 * its changed numbers in `columns` and its other changed fields in `changes`; one that came is
 * whole in `changes`, one that went is null there. The row order is `next`'s key order.
 */
export function encodeLiveDelta(prev: ClusterLiveState, next: ClusterLiveState): LiveDelta | undefined {
  const changes: ClusterLiveChanges = {};
  let any = false;
  for (const section of LIVE_SECTIONS) {
    const a = prev[section] as unknown as Record<string, Record<string, unknown>>;
    const b = next[section] as unknown as Record<string, Record<string, unknown>>;
    const c = diffLiveSection(a, b, section === 'realServers' ? NUMBER_FIELDS : undefined);
    if (c) {
      changes[section] = c;
      any = true;
    }
  }
  const before = prev.realServers;
  const after = next.realServers;
  const order = Object.keys(after);
  const rows: number[] = [];
  let changedFields = 0;
  for (let i = 0; i < order.length; i++) {
    const a = before[order[i]];
    if (!a) continue; // came: whole in `changes`
    const m = numbersChanged(a, after[order[i]]);
    if (m) {
      changedFields |= m;
      rows.push(i);
    }
  }
  const reordered = !sameOrder(before, order);
  if (rows.length === 0 && !reordered)
    return any ? { clusterId: next.clusterId, at: next.at, protocol: LIVE_PROTOCOL, changes } : undefined;
  const values: RealServerColumns['values'] = {};
  const increments: NonNullable<RealServerColumns['increments']> = {};
  let anyIncrement = false as boolean;
  const listed = rows.map((i) => order[i]);
  REAL_SERVER_NUMBERS.forEach((f, bit) => {
    if (!(changedFields & (1 << bit))) return;
    const get = NUMBER_OF[f];
    if (COUNTERS.has(f)) {
      const inc = new Array<number>(listed.length);
      let grows = true;
      for (let j = 0; j < listed.length && grows; j++) {
        const x = get(before[listed[j]]);
        const y = get(after[listed[j]]);
        if (x === undefined || y === undefined || y < x) grows = false;
        else inc[j] = y - x;
      }
      if (grows) {
        increments[f] = inc;
        anyIncrement = true;
        return;
      }
    }
    const col = new Array<number | null>(listed.length);
    for (let j = 0; j < listed.length; j++) col[j] = get(after[listed[j]]) ?? null;
    values[f] = col;
  });
  const columns: RealServerColumns = {
    ...(reordered && { order }),
    n: order.length,
    ...(rows.length !== order.length && { rows }),
    values,
    ...(anyIncrement && { increments }),
  };
  return { clusterId: next.clusterId, at: next.at, protocol: LIVE_PROTOCOL, changes, columns };
}

/** A delta this client cannot apply: another protocol, or rows it does not hold (rejoin for a snapshot). */
export class LiveOutOfStepError extends Error {
  override readonly name = 'LiveOutOfStepError';
}

/** What a delta touched (see liveChangesTouch); `numbers`: some real server's numbers changed. */
export interface LiveTouched {
  health: boolean;
  topology: boolean;
  numbers: boolean;
}

/**
 * A client's copy of one cluster's state, kept from `state.snapshot` and `state.delta` (protocol 2):
 * the web's worker, lvsctl and the tests all keep it this way. `order` is the row order the
 * deltas' columns index.
 */
export class LiveStateKeeper {
  state: ClusterLiveState | undefined;
  order: string[] = [];

  constructor(private readonly opts: ApplyLiveOptions = {}) {}

  snapshot(state: ClusterLiveState): void {
    this.state = state;
    this.order = Object.keys(state.realServers);
  }

  /**
   * Applies a delta (nothing before the first snapshot: the one sent on join follows). Throws
   * LiveOutOfStepError for another protocol or a row count this copy does not have; the copy is
   * then dropped, and the client should rejoin.
   */
  delta(e: LiveDelta): LiveTouched | undefined {
    if (e.protocol !== LIVE_PROTOCOL)
      throw new LiveOutOfStepError(`a /live delta of protocol ${String(e.protocol)}; this client speaks ${LIVE_PROTOCOL}`);
    if (!this.state) return undefined;
    const touched = liveChangesTouch(this.state, e.changes);
    const next = applyLiveChanges(this.state, e.changes, e.at, this.opts);
    const c = e.columns;
    if (c?.order) this.order = c.order;
    if (c && c.n !== this.order.length) {
      this.state = undefined;
      throw new LiveOutOfStepError(`a /live delta for ${c.n} real servers; this copy holds ${this.order.length}`);
    }
    this.state = next;
    if (!c) return { ...touched, numbers: false };
    const inPlace = this.opts.inPlace;
    const drop = this.opts.nullFields === 'delete';
    const map = inPlace ? next.realServers : (next.realServers = { ...next.realServers });
    const rows = c.rows;
    const count = rows ? rows.length : this.order.length;
    const copied = inPlace ? undefined : new Set<string>();
    let numbers = false;
    const columns: [string, (number | null)[], boolean][] = [
      ...Object.entries(c.values).map(([f, col]) => [f, col, false] as [string, (number | null)[], boolean]),
      ...Object.entries(c.increments ?? {}).map(([f, col]) => [f, col, true] as [string, (number | null)[], boolean]),
    ];
    for (const [f, col, increment] of columns) {
      for (let j = 0; j < count; j++) {
        const key = this.order[rows ? rows[j] : j];
        let row = map[key] as unknown as Record<string, unknown> | undefined;
        if (!row) {
          this.state = undefined;
          throw new LiveOutOfStepError(`a /live delta names real server ${key}, which this copy does not hold`);
        }
        if (copied && !copied.has(key)) {
          row = { ...row };
          map[key] = row as unknown as RealServerLive;
          copied.add(key);
        }
        const v = col[j];
        if (increment) {
          const was = row[f];
          if (typeof was !== 'number') {
            this.state = undefined;
            throw new LiveOutOfStepError(`a /live delta adds to ${f} of ${key}, which has no number in this copy`);
          }
          row[f] = was + (v as number);
        } else if (v === null && drop) delete row[f];
        else row[f] = v;
        numbers = true;
      }
    }
    return { ...touched, numbers };
  }
}
