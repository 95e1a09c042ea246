import type { ClusterLiveState, ClusterLiveSummary, LiveClientEvents, LiveServerEvents } from '@lvs/domain';
import { applyLiveChanges, liveChangesTouch } from '@lvs/domain/live';
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { CpsHistory } from './live-state';

export type LiveSocket = Socket<LiveServerEvents, LiveClientEvents>;

/**
 * The `/live` namespace through the same-origin proxy. Long-polling only: the Next route handler
 * that proxies `/socket.io/` cannot upgrade to a websocket. Cookie auth, as REST.
 */
export function openLive(): LiveSocket {
  return io('/live', { path: '/socket.io', transports: ['polling'], withCredentials: true });
}

/**
 * A cluster's observed state as the page holds it. Deltas are applied in place (a tick of a
 * 5,000-real-server cluster changes every row: copying the map and its rows each time was most of
 * a tick's work), so the state object keeps its identity and these counters say what changed:
 * components memoise on them, not on the object.
 */
export interface LiveView {
  state: ClusterLiveState;
  /** Every applied snapshot or delta. */
  version: number;
  /** A real server's health changed, or real servers came or went (counts, filters, the topology's dots). */
  healthVersion: number;
  /** A director, VIP or VRRP instance changed. */
  topologyVersion: number;
}

/**
 * Keeps one cluster's state from `state.snapshot` and `state.delta` and calls `onChange` at most
 * once per animation frame (deltas arriving together are applied at once and drawn once; a hidden
 * tab applies them and draws nothing). Listens first, then joins (now and after every reconnect:
 * rooms go with the connection), so the snapshot sent on join is never missed. Returns the
 * unsubscribe.
 */
export function subscribeLive(socket: LiveSocket, clusterId: string, onChange: (view: LiveView) => void): () => void {
  let view: LiveView | undefined;
  let frame = 0;
  const flush = () => {
    frame = 0;
    if (view) onChange({ ...view });
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(flush);
  };
  const onSnapshot: LiveServerEvents['state.snapshot'] = (e) => {
    if (e.clusterId !== clusterId) return;
    const v = (view?.version ?? 0) + 1;
    view = { state: e.state, version: v, healthVersion: v, topologyVersion: v };
    schedule();
  };
  const onDelta: LiveServerEvents['state.delta'] = (e) => {
    // A delta before any snapshot has nothing to apply to; the snapshot on (re)join follows.
    if (e.clusterId !== clusterId || !view) return;
    const touched = liveChangesTouch(view.state, e.changes);
    applyLiveChanges(view.state, e.changes, e.at, { nullFields: 'delete', inPlace: true });
    view.version++;
    if (touched.health) view.healthVersion = view.version;
    if (touched.topology) view.topologyVersion = view.version;
    schedule();
  };
  const join = () => socket.emit('join', clusterId, () => undefined);
  socket.on('state.snapshot', onSnapshot);
  socket.on('state.delta', onDelta);
  socket.on('connect', join);
  if (socket.connected) join();
  return () => {
    cancelAnimationFrame(frame);
    socket.off('state.snapshot', onSnapshot);
    socket.off('state.delta', onDelta);
    socket.off('connect', join);
    if (socket.connected) socket.emit('leave', clusterId);
  };
}

/** Whether the socket is connected, for a "live / reconnecting" badge. */
export function useConnected(socket: LiveSocket | null): boolean {
  const [connected, setConnected] = useState(socket?.connected ?? false);
  useEffect(() => {
    if (!socket) return;
    const on = () => setConnected(true);
    const off = () => setConnected(false);
    setConnected(socket.connected);
    socket.on('connect', on);
    socket.on('disconnect', off);
    return () => {
      socket.off('connect', on);
      socket.off('disconnect', off);
    };
  }, [socket]);
  return connected;
}

/** Roughly two minutes of samples at the cluster's tick. */
const HISTORY_MS = 120_000;

/**
 * One cluster's observed state plus each real server's recent CPS (one sample per drawn update).
 * `live` is null until the first snapshot (the API has not probed the cluster yet).
 */
export function useClusterLive(socket: LiveSocket | null, clusterId: string): { live: LiveView | null; history: CpsHistory } {
  const [live, setLive] = useState<LiveView | null>(null);
  const history = useRef(new CpsHistory(120)).current;
  useEffect(() => {
    if (!socket) return;
    return subscribeLive(socket, clusterId, (v) => {
      history.resize(Math.ceil(HISTORY_MS / Math.max(100, v.state.tickMs)));
      history.sample(v.state.realServers);
      setLive(v);
    });
  }, [socket, clusterId, history]);
  return { live, history };
}

/**
 * Many clusters' summaries (the overview), by cluster id; a cluster not probed yet is absent. Joins
 * each cluster's summary room: a few hundred bytes when a summary changes, instead of every real
 * server's delta of every cluster.
 */
export function useClusterSummaries(socket: LiveSocket | null, clusterIds: readonly string[]): Record<string, ClusterLiveSummary> {
  const [summaries, setSummaries] = useState<Record<string, ClusterLiveSummary>>({});
  const key = clusterIds.join(',');
  useEffect(() => {
    if (!socket || !key) return;
    const ids = new Set(key.split(','));
    const onSummary: LiveServerEvents['cluster.summary'] = (e) => {
      if (ids.has(e.clusterId)) setSummaries((m) => ({ ...m, [e.clusterId]: e }));
    };
    const join = () => ids.forEach((id) => socket.emit('joinSummary', id, () => undefined));
    socket.on('cluster.summary', onSummary);
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      socket.off('cluster.summary', onSummary);
      socket.off('connect', join);
      if (socket.connected) ids.forEach((id) => socket.emit('leaveSummary', id));
    };
  }, [socket, key]);
  return summaries;
}

/** A socket for the lifetime of the component (null on the server and before the first effect). */
export function useLiveSocket(enabled: boolean): LiveSocket | null {
  const [socket, setSocket] = useState<LiveSocket | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const s = openLive();
    setSocket(s);
    return () => {
      s.close();
      setSocket(null);
    };
  }, [enabled]);
  return socket;
}
