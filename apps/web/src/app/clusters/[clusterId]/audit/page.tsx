import { ClusterAuditTab } from '../../../../features/audit/components/cluster-audit-tab';

export default function Page() {
  return <ClusterAuditTab />;
}
