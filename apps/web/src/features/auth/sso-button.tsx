'use client';
import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../../lib/api';

/** GET /auth/providers: what the sign-in page offers. */
interface Providers {
  password: { enabled: boolean; breakGlassOnly: boolean };
  oidc: { name: string; loginUrl: string } | null;
}

/** Readable words for the codes a failed single sign-on brings back (`/login?error=oidc.<code>`). */
const SSO_ERRORS: Record<string, string> = {
  'oidc.not_configured': 'Single sign-on is not configured on this console.',
  'oidc.provider_unavailable': 'The sign-in provider did not answer. Try again in a moment, or use break-glass sign-in.',
  'oidc.flow_expired': 'That sign-in took too long or was started in another browser. Start it again.',
  'oidc.state_mismatch': 'The answer from the sign-in provider did not belong to the sign-in this browser started. Start it again.',
  'oidc.provider_error': 'The sign-in provider refused the sign-in.',
  'oidc.code_rejected': 'The sign-in provider refused to complete the sign-in (the code was expired or used already). Start it again.',
  'oidc.id_token_invalid': "The sign-in provider's answer failed a security check.",
  'oidc.no_role': 'Your account at the sign-in provider is in no group this console gives a role to. Ask an administrator.',
  'oidc.username_taken': 'A console user with your name exists already and is not linked to your sign-in account. Ask an administrator.',
  'oidc.account_disabled': 'Your account is disabled on this console.',
};

/** The same rule as the API's returnTo (a path on the console, printable ASCII): anything else is left out. */
const SAFE_RETURN = /^\/(?![/\\])[\x21-\x7e]{0,511}$/;

/**
 * The single sign-on part of the sign-in page: the "Sign in with <provider>" button, the error a
 * failed sign-in came back with, and the password form (`children`) — hidden behind a small
 * "break-glass sign-in" link when LOCAL_LOGIN=break-glass-only. Until the providers are known
 * (or when the API cannot say), the password form shows as it always did.
 */
export function SsoSignIn({ returnTo, children }: { returnTo: string; children: ReactNode }) {
  const [error, setError] = useState<string | null>(null);
  const [providers, setProviders] = useState<Providers | null>(null);
  const [breakGlass, setBreakGlass] = useState(false);
  useEffect(() => {
    // Read here rather than with useSearchParams, which would need a Suspense boundary around the page.
    setError(new URLSearchParams(window.location.search).get('error'));
    let live = true;
    api<Providers>('GET', '/auth/providers')
      .then((r) => live && setProviders(r.data))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const oidc = providers?.oidc ?? null;
  const href = oidc
    ? `${oidc.loginUrl}${SAFE_RETURN.test(returnTo) && returnTo !== '/' ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`
    : '';
  const showPassword = !providers || providers.password.enabled || breakGlass;
  return (
    <>
      {error && (
        <p className="field-error" role="alert" data-testid="sso-error">
          {SSO_ERRORS[error] ?? 'Single sign-on failed.'} <span className="muted small">({error})</span>
        </p>
      )}
      {oidc && (
        <p>
          <a
            className="button primary"
            href={href}
            data-testid="sso-button"
            style={{
              display: 'inline-block',
              textDecoration: 'none',
              background: 'var(--accent)',
              borderColor: 'var(--accent)',
              color: 'var(--on-accent)',
            }}
          >
            Sign in with {oidc.name}
          </a>
        </p>
      )}
      {showPassword ? (
        <>
          {oidc && (
            <p className="muted small">
              {providers?.password.enabled ? 'Or with a console password:' : 'Break-glass sign-in (local administrators only):'}
            </p>
          )}
          {children}
        </>
      ) : (
        <p className="muted small">
          <button
            type="button"
            className="link"
            onClick={() => setBreakGlass(true)}
            style={{ background: 'none', border: 'none', padding: 0, textDecoration: 'underline', cursor: 'pointer', color: 'inherit' }}
          >
            Break-glass sign-in
          </button>{' '}
          (local administrators, when single sign-on is down)
        </p>
      )}
    </>
  );
}

/**
 * Signs out everywhere: ends the console session (POST /auth/oidc/logout, which every user may call:
 * a password user gets no end-session URL) and sends the browser on — for a single sign-on user
 * whose provider has an end_session_endpoint to it (RP-initiated logout, which comes back to
 * /login), for everyone else to /login. A session that already ended (401) goes to /login too.
 * A full page load, not a client-side route change: nothing cached for this user stays in memory.
 */
export async function signOutEverywhere(): Promise<void> {
  let next = '/login';
  try {
    const { data } = await api<{ endSessionUrl: string | null }>('POST', '/auth/oidc/logout');
    next = data.endSessionUrl ?? next;
  } catch {
    /* signed out already, or the API is away: the sign-in page says which */
  }
  window.location.assign(next);
}
