'use client';
import Link from 'next/link';
import { useSession } from '../../components/session';
import { CredentialsPanel } from '../../features/credentials/credentials-panel';

export default function CredentialsPage() {
  const { me, loading } = useSession();
  if (loading) return <p className="muted">Loading…</p>;
  if (!me)
    return (
      <p>
        <Link href="/login">Sign in</Link> to see the SSH credentials.
      </p>
    );
  return (
    <>
      <h1>SSH credentials</h1>
      <p className="muted">
        Directors name a credential; the console sends it only to the addresses listed here, and refuses a director outside them before
        connecting. Secrets are sealed at rest and never shown.
      </p>
      <CredentialsPanel me={me} />
    </>
  );
}
