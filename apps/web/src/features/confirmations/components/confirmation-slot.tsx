'use client';
import { useQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { confirmationRequestedQuery } from '../api/queries';

// Most clusters never have a confirmed deployment: the banner (and its countdown) is a chunk of its
// own, fetched once the cluster has one — the Live tab's first load stays lean.
const ConfirmationBanner = dynamic(() => import('./confirmation-banner').then((m) => m.ConfirmationBanner), { ssr: false });

/** Where a cluster's header shows its confirmed deployment, if it ever had one. */
export function ConfirmationSlot({ clusterId, operate }: { clusterId: string; operate: boolean }) {
  const requested = useQuery(confirmationRequestedQuery(clusterId));
  return requested.data ? <ConfirmationBanner clusterId={clusterId} requestId={requested.data} operate={operate} /> : null;
}
