import type { Metadata } from 'next';
import { AuditLog } from '../../features/audit/components/audit-log';

export const metadata: Metadata = { title: 'Audit log · LVS Console' };

export default function AuditPage() {
  return <AuditLog />;
}
