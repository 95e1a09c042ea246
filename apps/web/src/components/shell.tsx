'use client';
import Link from 'next/link';
import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../lib/api';
import { type Theme, THEME_KEY } from '../lib/theme';
import { SessionProvider, useSession } from './session';

/**
 * Light or dark: the system's preference until the user picks one here (kept in localStorage).
 * The layout's inline script applies a saved choice before the first paint.
 */
function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => {
    const saved = localStorage.getItem(THEME_KEY);
    setTheme(saved === 'light' || saved === 'dark' ? saved : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }, []);
  if (!theme) return <button type="button" aria-label="Theme" disabled>◐</button>;
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      aria-label={`Switch to the ${next} theme`}
      title={`Switch to the ${next} theme`}
      onClick={() => {
        setTheme(next);
        localStorage.setItem(THEME_KEY, next);
        document.documentElement.setAttribute('data-theme', next);
      }}
    >
      {theme === 'dark' ? '☀︎' : '☾'}
    </button>
  );
}

function Who() {
  const { me, refresh } = useSession();
  if (!me) return <Link href="/login">Sign in</Link>;
  return (
    <span className="row">
      <span>
        {me.user.username} <span className="badge muted">{me.user.role}</span>
      </span>
      <button
        type="button"
        onClick={async () => {
          await api('POST', '/auth/logout');
          await refresh();
          location.assign('/login');
        }}
      >
        Sign out
      </button>
    </span>
  );
}

export function Shell({ children }: { children: ReactNode }) {
  return (
    <SessionProvider>
      <div className="shell">
        <header>
          <Link href="/" className="brand">
            LVS Console
          </Link>
          <Who />
          <ThemeToggle />
        </header>
        <nav aria-label="Main">
          <Link href="/">Clusters</Link>
          <Link href="/clusters/import">Import</Link>
          <Link href="/audit">Audit log</Link>
          <Link href="/credentials">Credentials</Link>
          <a href="/api/docs">API docs</a>
        </nav>
        <main>{children}</main>
      </div>
    </SessionProvider>
  );
}
