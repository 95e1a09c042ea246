'use client';
import { useEffect, useState } from 'react';
import { useSession } from '../../../../components/session';
import { api } from '../../../../lib/api';

/** What every editor's fields share: who may change what (docs/trust-model.md), and a few helpers. */
export const isOn = (v: unknown) => v === true;

/** The names of the stored SSH credentials, offered in the director form (none when they cannot be read). */
export function useCredentialNames(wanted: boolean): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    if (!wanted) return;
    let stale = false;
    api<{ items: { name: string }[] }>('GET', '/credentials').then(
      (r) => !stale && setNames(r.data.items.map((c) => c.name)),
      () => undefined, // a suggestion list, not a requirement
    );
    return () => {
      stale = true;
    };
  }, [wanted]);
  return names;
}

/**
 * Why a field is the admin's (docs/trust-model.md), or undefined for an admin. The API refuses these
 * changes from anyone else (403 naming the field); the form says so up front instead.
 */
export const ROOT_ONLY = 'Needs the admin role: keepalived runs it as root on the directors';
export const TRUST_ONLY = 'Needs the admin role: it decides which host the console logs in to, and with what';
export function useAdminOnly(reason: string): string | undefined {
  const { me } = useSession();
  return me?.user.role === 'admin' ? undefined : reason;
}
