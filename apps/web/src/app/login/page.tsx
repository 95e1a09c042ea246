'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useState, type FormEvent } from 'react';
import { Readiness } from '../../components/readiness';
import { safeReturnTo, useSession } from '../../components/session';
import { useLogin } from '../../features/session/api/mutations';
import { ApiError } from '../../lib/api';
import { SsoSignIn } from '../../features/auth/sso-button';

function LoginForm() {
  const router = useRouter();
  const params = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const { me } = useSession();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.title = 'Sign in · LVS Console';
  }, []);
  // Signed in already (another tab, or the back button): straight on.
  useEffect(() => {
    if (me) router.replace(returnTo);
  }, [me, returnTo, router]);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setError(null);
    login.mutate(
      { username: String(form.get('username')), password: String(form.get('password')) },
      {
        onSuccess: () => router.replace(returnTo),
        onError: (err) => setError(err instanceof ApiError ? err.problem.detail : 'Sign-in failed.'),
      },
    );
  }

  return (
    <div className="panel" style={{ maxWidth: 420 }}>
      <h1>Sign in</h1>
      {returnTo !== '/' && (
        <p className="muted small" data-testid="return-to">
          After signing in you go back to {returnTo}.
        </p>
      )}
      <SsoSignIn returnTo={returnTo}>
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
            <button className="primary" type="submit" disabled={login.isPending}>
              {login.isPending ? 'Signing in…' : 'Sign in'}
            </button>
          </p>
        </form>
      </SsoSignIn>
      <p className="muted">The first start prints the password of the user admin (or set ADMIN_PASSWORD).</p>
    </div>
  );
}

export default function LoginPage() {
  return (
    <>
      <Suspense>
        <LoginForm />
      </Suspense>
      <Readiness />
    </>
  );
}
