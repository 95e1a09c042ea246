/// <reference lib="webworker" />
import type { LiveClientEvents, LiveServerEvents } from '@lvs/domain';
import { LIVE_PROTOCOL } from '@lvs/domain/live';
import { io, type Socket } from 'socket.io-client';
import { LiveModel } from './live-model';
import type { ForwardedEvent, FromWorker, ToWorker } from './live-protocol';

/**
 * The `/live` socket and the state of the watched cluster, off the page's main thread: receiving
 * and parsing a 5,000-row delta, applying it, filtering and sorting the table all happen here; the
 * page gets a frame with the rows on screen (about 20) after each change.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromWorker) => scope.postMessage(m);

// Polling only: the Next route handler that proxies `/socket.io/` cannot upgrade to a websocket.
// Same origin as the page, so the session cookie goes with every request.
const socket: Socket<LiveServerEvents, LiveClientEvents> = io('/live', {
  path: '/socket.io',
  transports: ['polling'],
  withCredentials: true,
});
let model: LiveModel | undefined;
let summaries = new Set<string>();
/** A frame is posted at most once per turn of the worker's event loop (deltas arriving together are drawn once). */
let pending = false;

function flush(): void {
  pending = false;
  if (model) post({ t: 'frame', frame: model.frame() });
}
function schedule(): void {
  if (pending) return;
  pending = true;
  setTimeout(flush, 0);
}
const join = () => model && socket.emit('join', { clusterId: model.clusterId, protocol: LIVE_PROTOCOL }, () => undefined);
const joinSummaries = () => summaries.forEach((id) => socket.emit('joinSummary', id, () => undefined));

socket.on('connect', () => {
  post({ t: 'connected', connected: true });
  join();
  joinSummaries();
});
socket.on('disconnect', () => post({ t: 'connected', connected: false }));
socket.on('state.snapshot', (e) => {
  if (!model || e.clusterId !== model.clusterId) return;
  model.snapshot(e.state);
  schedule();
});
socket.on('state.delta', (e) => {
  if (!model || e.clusterId !== model.clusterId) return;
  try {
    model.delta(e);
  } catch {
    // Out of step (rows this copy does not hold): forget it, and join again for a snapshot.
    model.forget();
    socket.emit('leave', model.clusterId);
    join();
  }
  schedule();
});
socket.on('cluster.summary', (summary) => summaries.has(summary.clusterId) && post({ t: 'summary', summary }));
// Every other event (deployment progress, drift, incidents, errors) goes to the page as it came: small and rare.
const KEPT = new Set(['state.snapshot', 'state.delta', 'cluster.summary']);
socket.onAny((event: string, payload: unknown) => {
  if (!KEPT.has(event)) post({ t: 'event', event: event as ForwardedEvent, payload });
});

scope.onmessage = (m: MessageEvent<ToWorker>) => {
  const msg = m.data;
  switch (msg.t) {
    case 'watch':
      if (model && socket.connected) socket.emit('leave', model.clusterId);
      model = new LiveModel(msg.clusterId, msg.rows, msg.view, msg.rowsId);
      if (socket.connected) join();
      schedule();
      break;
    case 'rows':
      model?.setRows(msg.rows, msg.rowsId);
      schedule();
      break;
    case 'view':
      model?.setView(msg.view);
      schedule();
      break;
    case 'unwatch':
      if (model && socket.connected) socket.emit('leave', model.clusterId);
      model = undefined;
      break;
    case 'summaries': {
      const next = new Set(msg.clusterIds);
      if (socket.connected) {
        summaries.forEach((id) => !next.has(id) && socket.emit('leaveSummary', id));
        next.forEach((id) => !summaries.has(id) && socket.emit('joinSummary', id, () => undefined));
      }
      summaries = next;
      break;
    }
    case 'close':
      socket.close();
      scope.close();
      break;
  }
};
post({ t: 'connected', connected: socket.connected });
