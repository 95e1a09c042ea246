'use client';
import type { ClusterLiveSummary, ClusterSpec, LiveServerEvents } from '@lvs/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useSelectedLayoutSegment } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { NotFoundView } from '../../../components/not-found-view';
import { useSession } from '../../../components/session';
import { useToast } from '../../../components/ui/toast';
import { ApiError, canOperate, type Me } from '../../../lib/api';
import { ago } from '../../../lib/format';
import { deploymentsQuery, isRunning } from '../../deploy/api/queries';
import { type DirectorProgress, foldProgress } from '../../deploy/progress';
import { type LiveSocket, subscribeLive, useClusterSummaries, useLiveSocket } from '../../live/socket';
import { clusterKeys, specQuery } from '../api/queries';
import { clusterTitle, healthLine, mastersOf } from '../health';
import { ConfirmationSlot } from '../../confirmations/components/confirmation-slot';
import { ClusterBanners } from './banners';
import { CLUSTER_TABS } from '../tabs';
import { useWhatIfAddress } from '../../fleet/what-if-address';

// The dialog, its form and answer tables arrive when it first opens (not in any tab's first-load JS).
const WhatIfDialog = dynamic(() => import('../../fleet/components/what-if-panel').then((m) => m.WhatIfDialog), { ssr: false });

export interface ClusterContextValue {
  clusterId: string;
  spec: ClusterSpec;
  etag: string | null;
  me: Me;
  /** The role may change the topology and deploy. */
  operate: boolean;
  /** One /live socket for every tab of the cluster. */
  socket: LiveSocket | null;
  summary: ClusterLiveSummary | undefined;
  /** The running (or last) deployment as its /live events arrive: per director, and the step log. */
  progress: DirectorProgress[];
  log: string[];
  resetProgress(): void;
}

const ClusterContext = createContext<ClusterContextValue | null>(null);

export function useCluster(): ClusterContextValue {
  const c = useContext(ClusterContext);
  if (!c) throw new Error('useCluster outside a cluster page');
  return c;
}

/** Deployment progress from /live, kept here so it survives switching tabs; the end of a deployment invalidates what it changed. */
function useDeploymentEvents(socket: LiveSocket | null, clusterId: string) {
  const [progress, setProgress] = useState<DirectorProgress[]>([]);
  const [log, setLog] = useState<string[]>([]);
  const qc = useQueryClient();
  const toast = useToast();
  useEffect(() => {
    if (!socket) return;
    const onStep: LiveServerEvents['deployment.step'] = (e) => {
      if (e.clusterId !== clusterId) return;
      setLog((l) => [
        ...l.slice(-200),
        `${e.director}: ${e.stage ? `${e.stage} stage: ` : ''}${e.step} ${e.status} (${e.ms} ms)${e.output ? ` — ${e.output.split('\n')[0]}` : ''}`,
      ]);
      setProgress((p) => foldProgress(p, e));
    };
    const onStatus: LiveServerEvents['deployment.status'] = (e) => {
      if (e.clusterId !== clusterId) return;
      if (e.director && e.targetStatus) {
        if (e.targetStatus !== 'running') setLog((l) => [...l, `${e.director}: ${e.targetStatus}${e.error ? ` — ${e.error}` : ''}`]);
        setProgress((p) => foldProgress(p, { director: e.director!, targetStatus: e.targetStatus!, error: e.error }));
      }
      if (!e.director) {
        void qc.invalidateQueries({ queryKey: clusterKeys.one(clusterId) });
        if (e.status === 'succeeded') toast({ tone: 'ok', title: 'Deployment succeeded' });
        else if (e.status !== 'running' && e.status !== 'pending')
          toast({ tone: 'bad', title: `Deployment ${e.status}`, description: e.error });
      }
    };
    socket.on('deployment.step', onStep);
    socket.on('deployment.status', onStatus);
    return () => {
      socket.off('deployment.step', onStep);
      socket.off('deployment.status', onStatus);
    };
  }, [socket, clusterId, qc, toast]);
  const resetProgress = useCallback(() => {
    setProgress([]);
    setLog([]);
  }, []);
  return useMemo(() => ({ progress, log, resetProgress }), [progress, log, resetProgress]);
}

function Chip({ tone, label, children }: { tone: string; label: string; children: ReactNode }) {
  return (
    <div className="chip">
      <span className="chip-label">{label}</span> <span className={`badge ${tone}`}>{children}</span>
    </div>
  );
}

/** Health at a glance, on every tab: directors, MASTER per instance, VIP owners, real servers, drift, a running deployment. */
function ClusterHeader({
  spec,
  summary,
  clusterId,
  progress,
}: {
  spec: ClusterSpec;
  summary: ClusterLiveSummary | undefined;
  clusterId: string;
  progress: DirectorProgress[];
}) {
  const deployments = useQuery(deploymentsQuery(clusterId));
  const running = deployments.data?.items.find(isRunning);
  const observed = summary && summary.live !== false && summary.directors.total > 0;
  const rs = summary?.realServers;
  const masters = mastersOf(spec, summary);
  const vips = summary ? Object.entries(summary.vips) : [];
  const done = progress.filter((p) => p.status !== 'running').length;
  return (
    <section className="cluster-health" aria-label="Cluster health" data-testid="cluster-health">
      {!observed ? (
        <Chip tone="muted" label="Live state">
          {spec.directors.length === 0
            ? 'no directors to observe'
            : summary?.live === false
              ? 'off (TELEMETRY_TICK_MS=0)'
              : 'not probed yet'}
        </Chip>
      ) : (
        <>
          <Chip
            tone={summary.directors.reachable === summary.directors.total ? 'ok' : summary.directors.reachable === 0 ? 'bad' : 'warn'}
            label="Directors"
          >
            {summary.directors.reachable}/{summary.directors.total} reachable
          </Chip>
          {masters.map((m) => (
            <Chip key={m.instance} tone={m.master ? 'ok' : m.hasVips ? 'bad' : 'muted'} label={m.instance}>
              {m.master
                ? `MASTER ${m.master}`
                : m.owners.length > 1
                  ? `split: ${m.owners.join(', ')}`
                  : m.hasVips
                    ? 'no MASTER'
                    : 'no VIPs'}
            </Chip>
          ))}
          {vips.length > 0 && (
            <Chip tone={vips.every(([, v]) => v.owner) ? 'ok' : 'bad'} label="VIPs">
              {vips.map(([a, v]) => `${a} → ${v.owner ?? (v.owners.length ? v.owners.join('+') : 'nobody')}`).join(', ')}
            </Chip>
          )}
          {rs && (
            <Chip tone={(rs.down ?? 0) + (rs.missing ?? 0) > 0 ? 'warn' : (rs.up ?? 0) > 0 ? 'ok' : 'muted'} label="Real servers">
              {rs.up ?? 0} up · {(rs.down ?? 0) + (rs.missing ?? 0)} down · {rs.drained ?? 0} drained
              {(rs.unknown ?? 0) > 0 && ` · ${rs.unknown} unknown`}
            </Chip>
          )}
        </>
      )}
      <Chip tone={summary?.drift?.drifted ? 'bad' : summary?.drift ? 'ok' : 'muted'} label="Drift">
        {summary?.drift
          ? summary.drift.drifted
            ? `drifted: ${summary.drift.directors.join(', ')}`
            : `none (${ago(summary.drift.checkedAt)})`
          : 'not checked'}
      </Chip>
      {running ? (
        <Chip tone="warn" label="Deploying">
          <Link href={`/clusters/${clusterId}/deploy`}>
            #{running.revision}: {done}/{Math.max(running.targets.length, progress.length)} directors
          </Link>
        </Chip>
      ) : deployments.data?.items[0] ? (
        <Chip tone={deployments.data.items[0].status === 'succeeded' ? 'ok' : 'bad'} label="Last deployment">
          #{deployments.data.items[0].revision} {deployments.data.items[0].status}
        </Chip>
      ) : null}
    </section>
  );
}

/**
 * "What if … fails?" in the header, on every tab: opens the what-if dialog (the address's `whatIf`,
 * so the command palette and a shared link open it too).
 */
function WhatIfControl({ clusterId, spec }: { clusterId: string; spec: ClusterSpec }) {
  const { open, openIt } = useWhatIfAddress();
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useCallback(() => button.current?.focus(), []);
  return (
    <>
      <button ref={button} type="button" onClick={openIt} aria-haspopup="dialog" aria-expanded={open} data-testid="what-if-open">
        What if… fails?
      </button>
      {open && <WhatIfDialog clusterId={clusterId} spec={spec} returnFocus={returnFocus} />}
    </>
  );
}

/** The frame of every cluster tab: the spec, the socket, the header, the tabs; a cluster that does not exist is the 404 page. */
export function ClusterFrame({ clusterId, children }: { clusterId: string; children: ReactNode }) {
  const { me } = useSession();
  const q = useQuery({ ...specQuery(clusterId), enabled: !!me });
  const socket = useLiveSocket(!!me && !!q.data);
  const summary = useClusterSummaries(
    socket,
    useMemo(() => [clusterId], [clusterId]),
  )[clusterId];
  const events = useDeploymentEvents(socket, clusterId);
  const segment = useSelectedLayoutSegment();
  // Deployment events go to the cluster's room. The Live tab's panels join it; on the other tabs
  // the frame does, so a deploy or rollback started there shows its progress.
  const joined = segment === 'live';
  useEffect(() => {
    if (!socket || joined) return;
    return subscribeLive(socket, clusterId, () => undefined);
  }, [socket, clusterId, joined]);
  const tab = CLUSTER_TABS.find((t) => t.segment === segment);
  const spec = q.data?.spec;
  const health = useMemo(() => (spec ? healthLine(spec, summary) : null), [spec, summary]);
  const title = spec && health ? clusterTitle(spec.name, health, tab?.label) : null;
  useEffect(() => {
    if (!title) return;
    const apply = () => {
      if (document.title !== title) document.title = title;
    };
    apply();
    // After a navigation Next commits the route's metadata title (the root layout's "LVS Console") to
    // <head>, at times after this effect ran: the cluster's title is put back whenever <head> changes.
    const head = new MutationObserver(apply);
    head.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => head.disconnect();
  }, [title]);

  const value = useMemo<ClusterContextValue | null>(
    () => (spec && me ? { clusterId, spec, etag: q.data?.etag ?? null, me, operate: canOperate(me), socket, summary, ...events } : null),
    [clusterId, spec, q.data?.etag, me, socket, summary, events],
  );

  if (q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 400))
    return <NotFoundView what="cluster" detail={q.error.problem.detail} />;
  if (q.error) throw q.error;
  if (!value || !spec)
    return (
      <div role="status" aria-busy="true" aria-label="Loading the cluster">
        <div className="skeleton skeleton-title" />
        <div className="skeleton skeleton-bar" />
        <div className="skeleton skeleton-block" />
      </div>
    );
  return (
    <ClusterContext.Provider value={value}>
      <div className="row page-head">
        <h1>{spec.name}</h1>
        <div className="row">
          {health && (
            <span className={`badge ${health.tone === 'unknown' ? 'muted' : health.tone}`} data-testid="cluster-status">
              {health.problems[0] ?? (health.tone === 'ok' ? 'healthy' : 'not observed')}
            </span>
          )}
          <WhatIfControl clusterId={clusterId} spec={spec} />
        </div>
      </div>
      {spec.description && <p className="muted">{spec.description}</p>}
      <ClusterHeader spec={spec} summary={summary} clusterId={clusterId} progress={events.progress} />
      <ConfirmationSlot clusterId={clusterId} operate={value.operate} />
      <ClusterBanners clusterId={clusterId} />
      <nav className="tabs" aria-label="Cluster">
        {CLUSTER_TABS.map((t) => (
          <Link
            key={t.segment}
            href={`/clusters/${clusterId}/${t.segment}`}
            aria-current={t.segment === segment ? 'page' : undefined}
            aria-keyshortcuts={t.key}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      <div className="tab-body">{children}</div>
    </ClusterContext.Provider>
  );
}
