'use client';
import Link from 'next/link';
import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../lib/api';
import { SessionProvider, useSession } from './session';

function ThemeToggle() {
  const [theme, setTheme] = useState<'light' | 'dark' | 'system'>('system');
  useEffect(() => {
    const saved = localStorage.getItem('lvs-theme') as 'light' | 'dark' | null;
    if (saved) setTheme(saved);
  }, []);
  useEffect(() => {
    if (theme === 'system') document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', theme);
  }, [theme]);
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      aria-label={`Switch to ${next} theme`}
      onClick={() => {
        setTheme(next);
        localStorage.setItem('lvs-theme', next);
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
          <Link href="/audit">Audit log</Link>
          <a href="/api/docs">API docs</a>
        </nav>
        <main>{children}</main>
      </div>
    </SessionProvider>
  );
}
