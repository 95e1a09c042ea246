import type { ClusterLiveState, LiveClientEvents, LiveServerEvents } from '@lvs/domain';
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { applyLiveChanges, CpsHistory } from './live-state';

export type LiveSocket = Socket<LiveServerEvents, LiveClientEvents>;

/**
 * The `/live` namespace through the same-origin proxy. Long-polling only: the Next route handler
 * that proxies `/socket.io/` cannot upgrade to a websocket. Cookie auth, as REST.
 */
export function openLive(): LiveSocket {
  return io('/live', { path: '/socket.io', transports: ['polling'], withCredentials: true });
}

/**
 * Keeps each cluster's state from `state.snapshot` and `state.delta` and calls `onState` on every
 * change. Listens first, then joins (now and after every reconnect: rooms go with the connection),
 * so the snapshot sent on join is never missed. Returns the unsubscribe.
 */
export function subscribeLive(socket: LiveSocket, clusterIds: readonly string[], onState: (clusterId: string, s: ClusterLiveState) => void): () => void {
  const ids = new Set(clusterIds);
  const states = new Map<string, ClusterLiveState>();
  const onSnapshot: LiveServerEvents['state.snapshot'] = (e) => {
    if (!ids.has(e.clusterId)) return;
    states.set(e.clusterId, e.state);
    onState(e.clusterId, e.state);
  };
  const onDelta: LiveServerEvents['state.delta'] = (e) => {
    const cur = states.get(e.clusterId);
    // A delta before any snapshot has nothing to apply to; the snapshot on (re)join follows.
    if (!ids.has(e.clusterId) || !cur) return;
    const next = applyLiveChanges(cur, e.changes, e.at);
    states.set(e.clusterId, next);
    onState(e.clusterId, next);
  };
  const join = () => ids.forEach((id) => socket.emit('join', id, () => undefined));
  socket.on('state.snapshot', onSnapshot);
  socket.on('state.delta', onDelta);
  socket.on('connect', join);
  if (socket.connected) join();
  return () => {
    socket.off('state.snapshot', onSnapshot);
    socket.off('state.delta', onDelta);
    socket.off('connect', join);
    if (socket.connected) ids.forEach((id) => socket.emit('leave', id));
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
 * One cluster's observed state plus each real server's recent CPS. `state` is null until the
 * first snapshot (the API has not probed the cluster yet).
 */
export function useClusterLive(socket: LiveSocket | null, clusterId: string): { state: ClusterLiveState | null; history: CpsHistory } {
  const [state, setState] = useState<ClusterLiveState | null>(null);
  const history = useRef(new CpsHistory(120)).current;
  useEffect(() => {
    if (!socket) return;
    return subscribeLive(socket, [clusterId], (_, s) => {
      history.resize(Math.ceil(HISTORY_MS / Math.max(100, s.tickMs)));
      history.sample(s.realServers);
      setState(s);
    });
  }, [socket, clusterId, history]);
  return { state, history };
}

/** Many clusters' observed states (the overview), by cluster id; a cluster not probed yet is absent. */
export function useClustersLive(socket: LiveSocket | null, clusterIds: readonly string[]): Record<string, ClusterLiveState> {
  const [states, setStates] = useState<Record<string, ClusterLiveState>>({});
  const key = clusterIds.join(',');
  useEffect(() => {
    if (!socket || !key) return;
    return subscribeLive(socket, key.split(','), (id, s) => setStates((m) => ({ ...m, [id]: s })));
  }, [socket, key]);
  return states;
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
