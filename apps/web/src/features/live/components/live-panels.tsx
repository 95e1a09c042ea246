'use client';
import type { ClusterSpec } from '@lvs/domain';
import { useEffect, useMemo, useState } from 'react';
import { rsKey, vsKey } from '../keys';
import { type LiveSocket, useClusterLive, useConnected } from '../socket';
import { DirectorCards } from './director-cards';
import { type RealServerFilters, RealServerTable, specRows } from './real-server-table';
import { Topology } from './topology';

/** Waiting this long for a first snapshot, the page says why there may be none. */
const PATIENCE_MS = 8000;

/**
 * The cluster as observed now: topology picture, director cards and the real-server table, kept
 * current from `/live` through the live worker (the socket and the deltas stay off the main thread).
 * Its own component so a tick re-renders only this, not the whole page.
 */
export function LivePanels(props: {
  socket: LiveSocket | null;
  clusterId: string;
  spec: ClusterSpec;
  canChange: string | undefined;
  busy: boolean;
  onAdminState: (service: string, realServer: string, to: 'enabled' | 'drained' | 'disabled') => void;
  /** The real-server table's filters when the page keeps them (its URL); see RealServerTable. */
  filters?: RealServerFilters;
  onFiltersChange?: (f: RealServerFilters) => void;
}) {
  const { socket, clusterId, spec } = props;
  const live = useClusterLive(socket, clusterId);
  const state = live?.topology ?? null;
  // The worker joins these with the observed state; their order is the topology's too.
  const rows = useMemo(() => specRows(spec, rsKey, vsKey), [spec]);
  const connected = useConnected(socket);
  const [impatient, setImpatient] = useState(false);
  // Only while there is no state: once it arrives the hint is never shown, and a late timer would
  // only re-render the panels for nothing.
  const observed = !!live;
  useEffect(() => {
    if (observed) return;
    const t = setTimeout(() => setImpatient(true), PATIENCE_MS);
    return () => clearTimeout(t);
  }, [observed]);

  return (
    <>
      <div className="panel" role="region" aria-labelledby="live-h">
        <h2 id="live-h" style={{ marginTop: 0 }}>
          Live{' '}
          <span className="small muted" data-testid="live-status">
            <span className={`live-dot ${connected ? '' : 'off'}`} aria-hidden="true" />
            {!connected
              ? 'connecting…'
              : state
                ? `updated ${new Date(state.at).toLocaleTimeString()} · every ${state.tickMs / 1000} s`
                : 'waiting for the first probe…'}
          </span>
        </h2>
        {!state && impatient && (
          <p className="muted">
            No observed state yet. The API probes every director over SSH once a tick; none arriving usually means telemetry is off (
            <code>TELEMETRY_TICK_MS=0</code>) or the cluster was created a moment ago. The picture below is the desired topology, with
            unknown state.
          </p>
        )}
        <Topology spec={spec} live={live} />
        <DirectorCards spec={spec} state={state} />
      </div>
      <div className="panel" role="region" aria-labelledby="rs-h">
        <h2 id="rs-h" style={{ marginTop: 0 }}>
          Real servers
        </h2>
        <RealServerTable
          socket={socket}
          clusterId={clusterId}
          rows={rows}
          live={live}
          canChange={props.canChange}
          busy={props.busy}
          onAdminState={props.onAdminState}
          filters={props.filters}
          onFiltersChange={props.onFiltersChange}
        />
      </div>
    </>
  );
}
