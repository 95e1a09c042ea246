'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Command } from 'cmdk';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Dialog, VisuallyHidden } from 'radix-ui';
import { useMemo } from 'react';
import { canOperate } from '../lib/api';
import { clustersQuery, specQuery } from '../features/clusters/api/queries';
import { CLUSTER_TABS } from '../features/clusters/tabs';
import { whatIfHref } from '../features/fleet/what-if-address';
import { rsKey, vsKey } from '../features/live/keys';
import { useSession } from './session';

export interface PaletteProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  onToggleTheme(): void;
  onShortcuts(): void;
}

/**
 * ⌘K / Ctrl+K: jump to a cluster or one of its tabs, to a real server of the cluster on screen
 * (its row in the Live tab, filtered), or run an action. cmdk filters and ranks as you type;
 * the dialog is Radix's, titled for screen readers.
 */
export function CommandPalette({ open, onOpenChange, onToggleTheme, onShortcuts }: PaletteProps) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const { me } = useSession();
  const clusters = useQuery({ ...clustersQuery(), enabled: open && !!me });
  const current = /^\/clusters\/([0-9a-f-]{36})/.exec(pathname)?.[1];
  const qc = useQueryClient();
  // The cluster on screen has its spec cached already (its layout read it): no new request.
  const spec = useQuery({
    ...specQuery(current ?? ''),
    enabled: open && !!current && !!qc.getQueryData(specQuery(current ?? '').queryKey),
  });
  const realServers = useMemo(() => {
    const s = spec.data?.spec;
    if (!s) return [];
    const out: { service: string; rs: string }[] = [];
    for (const vs of s.virtualServices) {
      const service = vsKey(vs);
      for (const rs of vs.realServers) if (out.length < 500) out.push({ service, rs: rsKey(rs) });
    }
    return out;
  }, [spec.data]);
  const go = (href: string) => {
    onOpenChange(false);
    router.push(href);
  };
  const run = (fn: () => void) => {
    onOpenChange(false);
    fn();
  };
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog palette" aria-describedby={undefined}>
          <VisuallyHidden.Root asChild>
            <Dialog.Title>Command palette</Dialog.Title>
          </VisuallyHidden.Root>
          <Command label="Command palette" loop>
            <Command.Input placeholder="Jump to a cluster, a real server or an action…" aria-label="Search commands" />
            <Command.List>
              <Command.Empty>Nothing matches.</Command.Empty>
              {current && spec.data && (
                <Command.Group heading={spec.data.spec.name}>
                  {CLUSTER_TABS.map((t) => (
                    <Command.Item
                      key={t.segment}
                      value={`${spec.data.spec.name} ${t.label}`}
                      onSelect={() => go(`/clusters/${current}/${t.segment}`)}
                    >
                      {spec.data.spec.name} › {t.label}
                    </Command.Item>
                  ))}
                </Command.Group>
              )}
              <Command.Group heading="Clusters">
                {(clusters.data?.items ?? []).map((c) => (
                  <Command.Item key={c.id} value={`cluster ${c.name}`} onSelect={() => go(`/clusters/${c.id}/live`)}>
                    {c.name}
                    <span className="muted small"> cluster</span>
                  </Command.Item>
                ))}
              </Command.Group>
              {realServers.length > 0 && (
                <Command.Group heading="Real servers">
                  {realServers.map((r) => (
                    <Command.Item
                      key={`${r.service} ${r.rs}`}
                      value={`real server ${r.rs} ${r.service}`}
                      onSelect={() => go(`/clusters/${current}/live?q=${encodeURIComponent(r.rs)}`)}
                    >
                      {r.rs}
                      <span className="muted small"> of {r.service}</span>
                    </Command.Item>
                  ))}
                </Command.Group>
              )}
              <Command.Group heading="Actions">
                {current && canOperate(me) && (
                  <Command.Item value="Show the plan of this cluster deploy" onSelect={() => go(`/clusters/${current}/deploy?plan=1`)}>
                    Show the plan of this cluster
                  </Command.Item>
                )}
                <Command.Item value="Go to the clusters overview" onSelect={() => go('/')}>
                  Go to the clusters
                </Command.Item>
                <Command.Item value="Go to the audit log" onSelect={() => go('/audit')}>
                  Go to the audit log
                </Command.Item>
                <Command.Item value="Go to the fleet lint findings VRRP safety" onSelect={() => go('/fleet')}>
                  Go to the fleet (lint across clusters)
                </Command.Item>
                {current && (
                  <Command.Item
                    value="What if a director fails? failover what-if MASTER VIPs"
                    onSelect={() => go(whatIfHref(pathname, search.toString()))}
                  >
                    What if… fails? (this cluster)
                  </Command.Item>
                )}
                {current && (
                  <Command.Item value="Show the timeline of this cluster events" onSelect={() => go(`/clusters/${current}/timeline`)}>
                    Show the timeline of this cluster
                  </Command.Item>
                )}
                <Command.Item value="Go to the notifications channels rules webhook slack e-mail" onSelect={() => go('/notifications')}>
                  Go to the notifications (channels and rules)
                </Command.Item>
                <Command.Item value="Go to the SSH credentials" onSelect={() => go('/credentials')}>
                  Go to the SSH credentials
                </Command.Item>
                {canOperate(me) && (
                  <Command.Item value="Import from keepalived.conf" onSelect={() => go('/clusters/import')}>
                    Import from keepalived.conf
                  </Command.Item>
                )}
                <Command.Item value="Switch the theme dark light" onSelect={() => run(onToggleTheme)}>
                  Switch the theme
                </Command.Item>
                <Command.Item value="Keyboard shortcuts help" onSelect={() => run(onShortcuts)}>
                  Keyboard shortcuts
                </Command.Item>
              </Command.Group>
            </Command.List>
          </Command>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
