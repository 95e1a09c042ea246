'use client';
import Link from 'next/link';
import { useSession } from '../../../components/session';
import { ImportForm } from '../../../features/import/import-form';
import { canOperate } from '../../../lib/api';

export default function ImportPage() {
  const { me, loading } = useSession();
  if (loading) return <p className="muted">Loading…</p>;
  if (!me)
    return (
      <p>
        <Link href="/login">Sign in</Link> to import a cluster.
      </p>
    );
  return (
    <>
      <h1>Import a cluster from keepalived.conf</h1>
      <p className="muted">
        One file per director. VRRP instances merge by name (each file adds its director with its priority and state); virtual services
        merge by VIP:port/protocol or fwmark. Files named by <code>include</code> lines are not read here: the preview says which include it
        could not follow.
      </p>
      {canOperate(me) ? <ImportForm /> : <p className="muted">Your role ({me.user.role}) can read but not import clusters.</p>}
    </>
  );
}
