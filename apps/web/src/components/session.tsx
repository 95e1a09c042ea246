'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useEffect, type ReactNode } from 'react';
import { meQuery, sessionKeys } from '../features/session/api/queries';
import type { Me } from '../lib/api';

/** Pages a signed-out visitor may see; every other page sends them to sign in and back. */
const PUBLIC = ['/login'];

/** Where to come back to after signing in: a path on this origin only (never `//host` or a URL). */
export function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

export function useSession(): { me: Me | null; loading: boolean; refresh: () => Promise<void> } {
  const q = useQuery(meQuery);
  const qc = useQueryClient();
  const refresh = useCallback(async () => {
    await qc.invalidateQueries({ queryKey: sessionKeys.me });
  }, [qc]);
  return { me: q.data ?? null, loading: q.isPending, refresh };
}

/** Sends a signed-out visitor of a private page to /login?returnTo=<this page>. */
export function SessionGuard({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const pathname = usePathname();
  const router = useRouter();
  const open = PUBLIC.includes(pathname);
  useEffect(() => {
    if (loading || me || open) return;
    router.replace(`/login?returnTo=${encodeURIComponent(pathname + window.location.search)}`);
  }, [loading, me, open, pathname, router]);
  if (!open && !me) return <div className="skeleton-page" role="status" aria-busy="true" aria-label="Loading" />;
  return <>{children}</>;
}
