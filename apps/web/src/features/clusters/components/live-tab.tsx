'use client';
import type { RealServerHealth } from '@lvs/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useToast } from '../../../components/ui/toast';
import { api, errorText } from '../../../lib/api';
import { LivePanels } from '../../live/components/live-panels';
import type { RealServerFilters } from '../../live/components/real-server-table';
import { TrafficCharts } from '../../metrics/traffic-charts';
import { clusterKeys } from '../api/queries';
import { useCluster } from './cluster-frame';

interface AdminStateAnswer {
  runtime?: {
    applied: 'now' | 'next-deployment';
    message: string;
    reason?: string;
    status: string;
    directors?: { director: string; status: string; error?: string | null }[];
  };
}

/**
 * Loads uPlot (the traffic chart's library, a dynamic import) while the page is idle after it
 * opened. Otherwise it is fetched, compiled and run when the first history arrives — a minute or
 * more later, while the live table updates every tick — and that one task took 24–33 ms of the main
 * thread (frame-time bench, issue 16): uPlot's own start-up, a major GC it set off, and the chart.
 */
function usePreloadChartLibrary(): void {
  useEffect(() => {
    const load = () => void import('uplot');
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(load, { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    const t = setTimeout(load, 500);
    return () => clearTimeout(t);
  }, []);
}

/** Live: the topology picture and director cards, the real servers (drain/enable/disable), traffic history. */
export function LiveTab() {
  const { clusterId, spec, etag, socket, operate } = useCluster();
  usePreloadChartLibrary();
  const qc = useQueryClient();
  const toast = useToast();
  // The real-server table's search and health filters live in the address (?q=…&health=down,drained),
  // so a link shared in a chat opens the same rows. Kept here as state too: typing must not wait
  // for a navigation; history.replaceState keeps Next's router in step without one.
  const params = useSearchParams();
  const fromUrl = (): Required<RealServerFilters> => ({
    q: params.get('q') ?? '',
    health: (params.get('health') ?? '').split(',').filter(Boolean) as RealServerHealth[],
  });
  const [filters, setFilters] = useState<Required<RealServerFilters>>(fromUrl);
  // A navigation to this tab with other filters (the command palette's jump to a real server) does
  // not remount it: take the address's filters when they change from outside.
  const urlKey = `${params.get('q') ?? ''}\n${params.get('health') ?? ''}`;
  useEffect(() => {
    setFilters((f) => (`${f.q}\n${f.health.join(',')}` === urlKey ? f : fromUrl()));
    // fromUrl reads the same params urlKey names: the key is the dependency
  }, [urlKey]);
  const onFiltersChange = (f: RealServerFilters) => {
    const next = { q: f.q ?? '', health: f.health ?? [] };
    setFilters(next);
    const u = new URLSearchParams(window.location.search);
    if (next.q) u.set('q', next.q);
    else u.delete('q');
    if (next.health.length) u.set('health', next.health.join(','));
    else u.delete('health');
    const search = u.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
  };
  // Drain / disable / enable are applied now on the directors (the track file keepalived watches, no
  // reload) and kept in the topology; the answer says whether it took (docs/runtime.md). The route's
  // `apply` is newer than the committed schema.ts, so the call goes by path until it is regenerated.
  const adminState = useMutation({
    mutationFn: async (v: { virtualService: string; realServer: string; adminState: 'enabled' | 'drained' | 'disabled' }) =>
      (
        await api<AdminStateAnswer>(
          'POST',
          `/clusters/${clusterId}/real-servers/admin-state`,
          { ...v, apply: 'now' },
          etag ? { 'if-match': etag } : {},
        )
      ).data,
    onSuccess: (r, v) => {
      const rt = r?.runtime;
      const failed = (rt?.directors ?? []).filter((d) => d.status !== 'applied' && d.error).map((d) => `${d.director}: ${d.error}`);
      toast({
        tone: rt?.applied === 'now' && failed.length === 0 ? 'ok' : rt ? 'info' : 'ok',
        title: `${v.realServer} ${v.adminState}${rt?.message ? ` — ${rt.message}` : ''}`,
        description:
          [
            rt?.applied === 'next-deployment'
              ? (rt.reason ?? 'The next deployment applies it on the directors.')
              : rt
                ? ''
                : 'Saved in the topology: the next deployment applies it on the directors.',
            ...failed,
          ]
            .filter(Boolean)
            .join(' · ') || undefined,
      });
    },
    onError: (e) => toast({ tone: 'bad', title: 'Not changed', description: errorText(e) }),
    onSettled: () => qc.invalidateQueries({ queryKey: clusterKeys.one(clusterId) }),
  });
  return (
    <>
      <LivePanels
        socket={socket}
        clusterId={clusterId}
        spec={spec}
        canChange={!operate ? 'Needs the operator role' : undefined}
        busy={adminState.isPending}
        onAdminState={(virtualService, realServer, to) => adminState.mutate({ virtualService, realServer, adminState: to })}
        filters={filters}
        onFiltersChange={onFiltersChange}
      />
      <TrafficCharts clusterId={clusterId} />
    </>
  );
}
