'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';

/** The address's key of the what-if question: present (even empty) means the dialog is open. */
export const WHAT_IF_PARAM = 'whatIf';

/** The address of the current page with the what-if dialog open on `fail` (empty: no question yet), the rest of its query kept. */
export function whatIfHref(pathname: string, search: string, fail = ''): string {
  const p = new URLSearchParams(search);
  p.set(WHAT_IF_PARAM, fail);
  return `${pathname}?${p.toString()}`;
}

/**
 * The what-if dialog's state is the address (`?whatIf=director:lb1`): a link opens the same question
 * and its answer on any tab of the cluster, whose own filters stay beside it.
 */
export function useWhatIfAddress() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const open = params.has(WHAT_IF_PARAM);
  const fail = params.get(WHAT_IF_PARAM) ?? '';
  const replace = useCallback(
    (edit: (p: URLSearchParams) => void) => {
      const p = new URLSearchParams(params.toString());
      edit(p);
      const q = p.toString();
      router.replace(q ? `${pathname}?${q}` : pathname, { scroll: false });
    },
    [params, pathname, router],
  );
  const ask = useCallback((value: string) => replace((p) => p.set(WHAT_IF_PARAM, value)), [replace]);
  const close = useCallback(() => replace((p) => p.delete(WHAT_IF_PARAM)), [replace]);
  const openIt = useCallback(() => replace((p) => p.set(WHAT_IF_PARAM, p.get(WHAT_IF_PARAM) ?? '')), [replace]);
  return { open, fail, ask, close, openIt };
}
