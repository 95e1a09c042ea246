import type { Metadata } from 'next';
import { Suspense } from 'react';
import { FleetPage } from '../../features/fleet/components/fleet-page';

export const metadata: Metadata = { title: 'Fleet · LVS Console' };

// The filters are read from the address (useSearchParams): on a static route that needs a Suspense boundary.
export default function Page() {
  return (
    <Suspense fallback={<div className="skeleton skeleton-block" role="status" aria-busy="true" aria-label="Loading the fleet" />}>
      <FleetPage />
    </Suspense>
  );
}
