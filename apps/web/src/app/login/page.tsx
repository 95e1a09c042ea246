'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useSession } from '../../components/session';
import { api, ApiError } from '../../lib/api';
import { SsoSignIn } from '../../features/auth/sso-button';

export default function LoginPage() {
  const router = useRouter();
  const { refresh } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await api('POST', '/auth/login', { username: String(form.get('username')), password: String(form.get('password')) });
      await refresh();
      router.push('/');
    } catch (err) {
      setError(err instanceof ApiError ? err.problem.detail : 'Sign-in failed.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="panel" style={{ maxWidth: 420 }}>
      <h1>Sign in</h1>
      <SsoSignIn returnTo="/">
      <form onSubmit={submit} noValidate>
        <label htmlFor="username">User name</label>
        <input id="username" name="username" autoComplete="username" required autoFocus />
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <p>
          <button className="primary" type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </p>
      </form>
      </SsoSignIn>
      <p className="muted">The first start prints the password of the user admin (or set ADMIN_PASSWORD).</p>
    </div>
  );
}
