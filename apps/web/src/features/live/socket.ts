import type { ClusterLiveSummary } from '@lvs/domain';
import { useEffect, useState } from 'react';
import type { LiveFrame } from '../../workers/live-protocol';
import { LiveClient } from './live-client';

/** The page's handle on `/live`: the socket runs in a Web Worker (see LiveClient). */
export type LiveSocket = LiveClient;

/** Opens `/live` in a worker (through the same-origin proxy, cookie auth as REST). */
export function openLive(): LiveSocket {
  return new LiveClient();
}

/** What the live panels draw: the latest frame from the worker (see LiveFrame). */
export type LiveView = LiveFrame;

/**
 * Watches one cluster (joins its room: its deployment events arrive too) and calls `onChange` at
 * most once per animation frame with the latest frame (frames arriving together are drawn once; a
 * hidden tab draws nothing). A frame in which a director, VIP or VRRP instance changed is handed
 * over at once instead (a failover is what an operator waits for: its render then lands in the
 * coming frame, not the one after). Returns the unsubscribe.
 */
export function subscribeLive(socket: LiveSocket, clusterId: string, onChange: (view: LiveView) => void): () => void {
  let latest: LiveFrame | undefined;
  let frame = 0;
  let drawnTopology = -1;
  const flush = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    if (!latest) return;
    drawnTopology = latest.topologyVersion;
    onChange(latest);
  };
  const stop = socket.watch(clusterId, (f) => {
    // Health goes only in the frame where it changed: keep it for a frame drawn later.
    latest = !f.health && latest?.health && latest.healthVersion === f.healthVersion ? { ...f, health: latest.health } : f;
    if (f.topologyVersion !== drawnTopology && document.visibilityState === 'visible') flush();
    else frame ||= requestAnimationFrame(flush);
  });
  return () => {
    cancelAnimationFrame(frame);
    stop();
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

/** One cluster's latest frame; null until the socket is there. */
export function useClusterLive(socket: LiveSocket | null, clusterId: string): LiveView | null {
  const [live, setLive] = useState<LiveView | null>(null);
  useEffect(() => {
    if (!socket) return;
    return subscribeLive(socket, clusterId, setLive);
  }, [socket, clusterId]);
  return live;
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
    return socket.summaries(key.split(','), (e) => setSummaries((m) => ({ ...m, [e.clusterId]: e })));
  }, [socket, key]);
  return summaries;
}

/** A socket (in its worker) for the lifetime of the component (null on the server and before the first effect). */
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
