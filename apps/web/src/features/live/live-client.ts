import type { ClusterLiveSummary, LiveServerEvents } from '@lvs/domain';
import type { ForwardedEvent, FromWorker, LiveFrame, SpecRow, TableView, ToWorker } from '../../workers/live-protocol';

type Listener = (...args: never[]) => void;
type ClientEvent = ForwardedEvent | 'cluster.summary' | 'connect' | 'disconnect';
type Handler<E extends ClientEvent> = E extends keyof LiveServerEvents ? LiveServerEvents[E] : () => void;

/**
 * The page's side of `/live`: the socket itself runs in a Web Worker (`workers/live.worker.ts`),
 * which parses and applies the deltas and hands over only what is drawn. This object keeps the
 * part of a socket.io client's interface the pages use (`on`/`off` for deployment events and the
 * connection, `connected`, `close`), plus `watch` for one cluster's frames and `summaries`.
 */
export class LiveClient {
  connected = false;
  private readonly worker: Worker;
  private readonly listeners = new Map<ClientEvent, Set<Listener>>();
  private watching: { clusterId: string; subscribers: Set<(f: LiveFrame) => void> } | undefined;
  /** The table's rows and view per cluster, kept even before `watch` (a child's effect runs before its parent's). */
  private readonly tables = new Map<string, { rows: SpecRow[]; rowsId: number; view: TableView }>();
  private rowsIds = 0;
  private readonly summaryWanted = new Map<string, number>();
  /** The last summary of each cluster: a second component wanting one already joined gets it at once. */
  private readonly summaryLast = new Map<string, ClusterLiveSummary>();

  constructor() {
    this.worker = new Worker(new URL('../../workers/live.worker.ts', import.meta.url), { type: 'module', name: 'live' });
    this.worker.onmessage = (m: MessageEvent<FromWorker>) => this.receive(m.data);
  }

  private post(m: ToWorker): void {
    this.worker.postMessage(m);
  }

  private fire(event: ClientEvent, payload?: unknown): void {
    for (const l of this.listeners.get(event) ?? []) (l as (p: unknown) => void)(payload);
  }

  private receive(m: FromWorker): void {
    if (m.t === 'connected') {
      if (m.connected === this.connected) return;
      this.connected = m.connected;
      this.fire(m.connected ? 'connect' : 'disconnect');
    } else if (m.t === 'frame') {
      // A frame made from rows the page has replaced since would show the old rows (or none): skipped.
      if (this.watching?.clusterId === m.frame.clusterId && m.frame.rowsId === this.table(m.frame.clusterId).rowsId)
        for (const s of this.watching.subscribers) s(m.frame);
    } else if (m.t === 'summary') {
      this.summaryLast.set(m.summary.clusterId, m.summary);
      this.fire('cluster.summary', m.summary);
    } else this.fire(m.event, m.payload);
  }

  on<E extends ClientEvent>(event: E, fn: Handler<E>): this {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(fn as Listener);
    return this;
  }

  off<E extends ClientEvent>(event: E, fn: Handler<E>): this {
    this.listeners.get(event)?.delete(fn as Listener);
    return this;
  }

  /**
   * Joins a cluster's state room (its deployment events then arrive too) and calls `onFrame` with
   * each frame. One cluster at a time: watching another replaces it. Returns the unsubscribe.
   */
  watch(clusterId: string, onFrame: (f: LiveFrame) => void): () => void {
    if (this.watching?.clusterId !== clusterId) {
      this.watching = { clusterId, subscribers: new Set() };
      const t = this.table(clusterId);
      this.post({ t: 'watch', clusterId, rows: t.rows, rowsId: t.rowsId, view: t.view });
    }
    const w = this.watching;
    w.subscribers.add(onFrame);
    return () => {
      w.subscribers.delete(onFrame);
      if (this.watching === w && w.subscribers.size === 0) {
        this.watching = undefined;
        this.post({ t: 'unwatch' });
      }
    };
  }

  /** The spec's real servers of the watched cluster (the table's rows, before any state arrives). */
  setRows(clusterId: string, rows: SpecRow[]): void {
    const t = this.table(clusterId);
    if (t.rows === rows) return;
    t.rows = rows;
    t.rowsId = ++this.rowsIds;
    if (this.watching?.clusterId === clusterId) this.post({ t: 'rows', rows, rowsId: t.rowsId });
  }

  private table(clusterId: string): { rows: SpecRow[]; rowsId: number; view: TableView } {
    let t = this.tables.get(clusterId);
    if (!t) this.tables.set(clusterId, (t = { rows: [], rowsId: 0, view: { sort: [], health: [], q: '', first: 0, last: 40 } }));
    return t;
  }

  /** What part of the table is on screen, sorted and filtered how. */
  setView(clusterId: string, view: TableView): void {
    this.table(clusterId).view = view;
    if (this.watching?.clusterId === clusterId) this.post({ t: 'view', view });
  }

  /** Joins the summary rooms of these clusters (counted: several components may want the same one). Returns the leave. */
  summaries(clusterIds: readonly string[], onSummary: (s: ClusterLiveSummary) => void): () => void {
    const ids = new Set(clusterIds);
    const listener = (s: ClusterLiveSummary) => ids.has(s.clusterId) && onSummary(s);
    this.on('cluster.summary', listener);
    ids.forEach((id) => this.summaryWanted.set(id, (this.summaryWanted.get(id) ?? 0) + 1));
    this.post({ t: 'summaries', clusterIds: [...this.summaryWanted.keys()] });
    ids.forEach((id) => {
      const last = this.summaryLast.get(id);
      if (last) onSummary(last);
    });
    return () => {
      this.off('cluster.summary', listener);
      ids.forEach((id) => {
        const n = (this.summaryWanted.get(id) ?? 1) - 1;
        if (n > 0) this.summaryWanted.set(id, n);
        else {
          this.summaryWanted.delete(id);
          this.summaryLast.delete(id);
        }
      });
      this.post({ t: 'summaries', clusterIds: [...this.summaryWanted.keys()] });
    };
  }

  close(): void {
    this.post({ t: 'close' });
    this.worker.terminate();
    this.listeners.clear();
  }
}
