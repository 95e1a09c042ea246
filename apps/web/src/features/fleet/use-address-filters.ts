'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';

/**
 * Filters that live in the page's address (a link shared in a chat opens the same view): read with
 * `parse` from the query, written with `serialize` by replacing the address (no new history entry,
 * no scroll). Used by the fleet page and a cluster's timeline.
 */
export function useAddressFilters<F>(parse: (p: URLSearchParams) => F, serialize: (f: F) => string) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const search = params.toString();
  // parse and serialize are module functions (stable): the query string decides the filters.
  const filters = useMemo(() => parse(new URLSearchParams(search)), [parse, search]);
  const show = useCallback(
    (f: F) => {
      const q = serialize(f);
      router.replace(q ? `${pathname}?${q}` : pathname, { scroll: false });
    },
    [router, pathname, serialize],
  );
  return { filters, show, search };
}
