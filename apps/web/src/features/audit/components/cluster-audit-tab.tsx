'use client';
import { useCluster } from '../../clusters/components/cluster-frame';
import { AuditLog } from './audit-log';

/** Audit: this cluster's events, with the audit log's filters (in the address). */
export function ClusterAuditTab() {
  const { clusterId } = useCluster();
  return (
    <section className="panel" aria-label="This cluster's audit events">
      <p className="muted small" style={{ marginTop: 0 }}>
        Events whose target or detail names this cluster: its edits, revisions, deployments, drift and host keys.
      </p>
      <AuditLog scope={{ clusterId }} />
    </section>
  );
}
