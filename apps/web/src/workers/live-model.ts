import type { ClusterLiveState, LiveDelta, RealServerHealth, RealServerLive } from '@lvs/domain';
import { healthCounts, LiveStateKeeper } from '@lvs/domain/live';
import { CpsHistory } from '../features/live/live-state';
import { HEALTH_CODES, type LiveFrame, type SortColumn, type SpecRow, type TableView, type VisibleRow } from './live-protocol';

/** Roughly two minutes of samples at the cluster's tick. */
const HISTORY_MS = 120_000;
const CODE: Record<RealServerHealth, number> = Object.fromEntries(HEALTH_CODES.map((h, i) => [h, i])) as Record<RealServerHealth, number>;
const NUMBER_COLUMNS: ReadonlySet<SortColumn> = new Set([
  'weight',
  'activeConns',
  'inactiveConns',
  'cps',
  'inPps',
  'outPps',
  'inBps',
  'outBps',
]);

export const emptyView = (): TableView => ({ sort: [], health: [], q: '', first: 0, last: 40 });

/**
 * One watched cluster in the worker: the state kept from the snapshot and deltas, joined with the
 * spec's rows, filtered and sorted for the table, and cut to the rows on screen. Pure (no socket,
 * no postMessage), so its handling of every message is unit-tested.
 */
export class LiveModel {
  private readonly keeper = new LiveStateKeeper({ nullFields: 'delete', inPlace: true });
  private readonly history = new CpsHistory(120);
  private rows: SpecRow[];
  private view: TableView;
  /** Each spec row's health code. */
  private health: Uint8Array;
  /** Indexes into `rows` passing the filter, in the view's order; undefined: to be derived again. */
  private list: number[] | undefined;
  private topologyVersion = 0;
  private healthVersion = 0;
  private healthSent = -1;
  private rowsId: number;

  constructor(
    readonly clusterId: string,
    rows: SpecRow[],
    view: TableView = emptyView(),
    rowsId = 0,
  ) {
    this.rows = rows;
    this.rowsId = rowsId;
    this.view = view;
    this.health = new Uint8Array(rows.length).fill(CODE.unknown);
  }

  get state(): ClusterLiveState | undefined {
    return this.keeper.state;
  }

  snapshot(state: ClusterLiveState): void {
    this.keeper.snapshot(state);
    this.history.resize(Math.ceil(HISTORY_MS / Math.max(100, state.tickMs)));
    this.history.sample(state.realServers);
    this.topologyVersion++;
    this.healthChanged();
  }

  /** Applies a delta; throws LiveOutOfStepError (the copy is then dropped: rejoin). */
  delta(e: LiveDelta): void {
    const touched = this.keeper.delta(e);
    if (!touched) return;
    this.history.sample(this.keeper.state!.realServers);
    if (touched.topology) this.topologyVersion++;
    if (touched.health) this.healthChanged();
    else if (touched.numbers && this.view.sort.some((s) => NUMBER_COLUMNS.has(s.id))) this.list = undefined;
  }

  /** The copy is gone (out of step, or the socket reconnects): unknown until the next snapshot. */
  forget(): void {
    this.keeper.state = undefined;
    this.topologyVersion++;
    this.healthChanged();
  }

  setRows(rows: SpecRow[], rowsId = this.rowsId + 1): void {
    this.rows = rows;
    this.rowsId = rowsId;
    this.health = new Uint8Array(rows.length);
    this.healthChanged();
  }

  setView(view: TableView): void {
    const o = this.view;
    if (o.q !== view.q || o.health.join() !== view.health.join() || JSON.stringify(o.sort) !== JSON.stringify(view.sort))
      this.list = undefined;
    this.view = view;
  }

  private healthChanged(): void {
    const rs = this.keeper.state?.realServers;
    for (let i = 0; i < this.rows.length; i++) this.health[i] = CODE[rs?.[this.rows[i].key]?.state ?? 'unknown'];
    this.healthVersion++;
    this.list = undefined;
  }

  private derive(): number[] {
    const { q, health, sort } = this.view;
    const needle = q.trim().toLowerCase();
    const shown = new Set(health.map((h) => CODE[h]));
    const out: number[] = [];
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i];
      if (shown.size && !shown.has(this.health[i])) continue;
      if (needle && !r.service.toLowerCase().includes(needle) && !r.realServer.toLowerCase().includes(needle)) continue;
      out.push(i);
    }
    if (sort.length) {
      const rs = this.keeper.state?.realServers;
      const keyOf = (id: SortColumn, i: number): string | number | undefined => {
        if (id === 'health') return this.health[i];
        if (id === 'service' || id === 'realServer' || id === 'admin') return this.rows[i][id];
        return rs?.[this.rows[i].key]?.[id as keyof RealServerLive] as number | undefined;
      };
      out.sort((a, b) => {
        for (const s of sort) {
          const x = keyOf(s.id, a);
          const y = keyOf(s.id, b);
          if (x === y) continue;
          // No number sorts last whichever the direction (as a spreadsheet does).
          if (x === undefined) return 1;
          if (y === undefined) return -1;
          const c = x < y ? -1 : 1;
          return s.desc ? -c : c;
        }
        return a - b;
      });
    }
    return out;
  }

  /** What the page draws now: the small state, health when it changed, the rows in [first, last). */
  frame(): LiveFrame {
    const list = (this.list ??= this.derive());
    const s = this.keeper.state;
    const first = Math.max(0, Math.min(this.view.first, list.length));
    const last = Math.max(first, Math.min(this.view.last, list.length));
    const rows: VisibleRow[] = [];
    for (let j = first; j < last; j++) {
      const i = list[j];
      const spec = this.rows[i];
      const l = s?.realServers[spec.key];
      rows.push({
        ...spec,
        health: HEALTH_CODES[this.health[i]],
        weight: l?.weight,
        activeConns: l?.activeConns,
        inactiveConns: l?.inactiveConns,
        cps: l?.cps,
        inPps: l?.inPps,
        outPps: l?.outPps,
        inBps: l?.inBps,
        outBps: l?.outBps,
        cpsHistory: [...this.history.get(spec.key)],
      });
    }
    const sendHealth = this.healthSent !== this.healthVersion;
    this.healthSent = this.healthVersion;
    return {
      clusterId: this.clusterId,
      rowsId: this.rowsId,
      topology: s
        ? { clusterId: s.clusterId, at: s.at, tickMs: s.tickMs, directors: s.directors, vips: s.vips, instances: s.instances }
        : null,
      topologyVersion: this.topologyVersion,
      healthVersion: this.healthVersion,
      ...(sendHealth && { health: this.health.slice() }),
      counts: healthCounts(Array.from(this.health, (c) => ({ state: HEALTH_CODES[c] }))),
      total: list.length,
      first,
      rows,
    };
  }
}
