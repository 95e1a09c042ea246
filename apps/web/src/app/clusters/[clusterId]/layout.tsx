import type { ReactNode } from 'react';
import { ClusterFrame } from '../../../features/clusters/components/cluster-frame';

export default async function ClusterLayout({ children, params }: { children: ReactNode; params: Promise<{ clusterId: string }> }) {
  const { clusterId } = await params;
  return <ClusterFrame clusterId={clusterId}>{children}</ClusterFrame>;
}
