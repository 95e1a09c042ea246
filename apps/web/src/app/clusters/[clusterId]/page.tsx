import { redirect } from 'next/navigation';

/** A cluster opens on its Live tab. */
export default async function ClusterIndex({ params }: { params: Promise<{ clusterId: string }> }) {
  const { clusterId } = await params;
  redirect(`/clusters/${encodeURIComponent(clusterId)}/live`);
}
