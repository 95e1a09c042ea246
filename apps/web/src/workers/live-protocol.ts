import type { ClusterLiveState, ClusterLiveSummary, LiveServerEvents, RealServerHealth } from '@lvs/domain';

/**
 * Messages between the page and the live worker (`live.worker.ts`). The worker holds the socket,
 * the whole observed state and the CPS history; the page gets the small parts of the state
 * (directors, VIPs, VRRP instances), every row's health as one byte when some health changed, and
 * the numbers of the rows on screen only.
 */

/** A real server as the spec has it (the worker joins it with the observed state). */
export interface SpecRow {
  key: string;
  service: string;
  realServer: string;
  admin: 'enabled' | 'drained' | 'disabled';
}

/** The table's columns the worker can sort by. */
export const SORTABLE = [
  'service',
  'realServer',
  'health',
  'admin',
  'weight',
  'activeConns',
  'inactiveConns',
  'cps',
  'inPps',
  'outPps',
  'inBps',
  'outBps',
] as const;
export type SortColumn = (typeof SORTABLE)[number];

/** What part of the table is on screen, and in which order and filter. */
export interface TableView {
  sort: { id: SortColumn; desc: boolean }[];
  /** Healths shown (empty: all). */
  health: RealServerHealth[];
  /** Substring of the service or real server (any case). */
  q: string;
  /** Rows [first, last) of the sorted, filtered list. */
  first: number;
  last: number;
}

/** A row on screen. */
export interface VisibleRow extends SpecRow {
  health: RealServerHealth;
  weight?: number;
  activeConns?: number;
  inactiveConns?: number;
  cps?: number;
  inPps?: number;
  outPps?: number;
  inBps?: number;
  outBps?: number;
  /** Recent CPS, oldest first (NaN: no sample). */
  cpsHistory: number[];
}

/** The observed state without its real servers: what the topology picture and the director cards draw. */
export type LiveTopology = Pick<ClusterLiveState, 'clusterId' | 'at' | 'tickMs' | 'directors' | 'vips' | 'instances'>;

export const HEALTH_CODES: readonly RealServerHealth[] = ['up', 'down', 'drained', 'disabled', 'missing', 'unknown'];

/** One update of the watched cluster for the page. */
export interface LiveFrame {
  clusterId: string;
  /** The `rowsId` of the spec rows this frame was made from (the page ignores a frame of rows it replaced). */
  rowsId: number;
  /** Null until the first snapshot. */
  topology: LiveTopology | null;
  /** Bumped when a director, VIP or instance changed (the page redraws the picture then). */
  topologyVersion: number;
  /** Bumped when some health changed or rows came or went. */
  healthVersion: number;
  /** Each spec row's health (a code of HEALTH_CODES), in the order of the rows the page sent; only when healthVersion moved. */
  health?: Uint8Array;
  counts: Record<RealServerHealth, number>;
  /** Rows passing the filter. */
  total: number;
  first: number;
  rows: VisibleRow[];
}

export type ForwardedEvent = Exclude<keyof LiveServerEvents, 'state.snapshot' | 'state.delta'>;

export type ToWorker =
  | { t: 'watch'; clusterId: string; rows: SpecRow[]; rowsId: number; view: TableView }
  | { t: 'rows'; rows: SpecRow[]; rowsId: number }
  | { t: 'view'; view: TableView }
  | { t: 'unwatch' }
  | { t: 'summaries'; clusterIds: string[] }
  | { t: 'close' };

export type FromWorker =
  | { t: 'connected'; connected: boolean }
  | { t: 'frame'; frame: LiveFrame }
  | { t: 'event'; event: ForwardedEvent; payload: unknown }
  | { t: 'summary'; summary: ClusterLiveSummary };
