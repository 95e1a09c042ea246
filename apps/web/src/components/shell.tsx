'use client';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { signOutEverywhere } from '../features/auth/sso-button';
import { CLUSTER_TABS } from '../features/clusters/tabs';
import { type Theme, THEME_KEY } from '../lib/theme';
import { QueryProvider } from '../lib/query';
import { SessionGuard, useSession } from './session';
import { ToastProvider } from './ui/toast';

// The palette (cmdk) and the shortcuts list are fetched on first use, not with every page's first load.
const CommandPalette = dynamic(() => import('./command-palette').then((m) => m.CommandPalette), { ssr: false });
const ShortcutsDialog = dynamic(() => import('./shortcuts').then((m) => m.ShortcutsDialog), { ssr: false });

const currentTheme = (): Theme => {
  const saved = localStorage.getItem(THEME_KEY);
  return saved === 'light' || saved === 'dark' ? saved : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
};

/**
 * Light or dark: the system's preference until the user picks one (kept in localStorage). The
 * layout's inline script applies a saved choice before the first paint.
 */
function useTheme(): [Theme | null, () => void] {
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => setTheme(currentTheme()), []);
  const toggle = useCallback(() => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    setTheme(next);
    localStorage.setItem(THEME_KEY, next);
    document.documentElement.setAttribute('data-theme', next);
  }, []);
  return [theme, toggle];
}

function ThemeToggle({ theme, toggle }: { theme: Theme | null; toggle: () => void }) {
  if (!theme)
    return (
      <button type="button" aria-label="Theme" disabled>
        ◐
      </button>
    );
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  // A plain title, not a Radix tooltip: the tooltip's positioning engine was 16 kB (gzipped) of every first load for this one hint.
  return (
    <button type="button" aria-label={`Switch to the ${next} theme`} title={`Switch to the ${next} theme (t)`} onClick={toggle}>
      {theme === 'dark' ? '☀︎' : '☾'}
    </button>
  );
}

function Who() {
  const { me } = useSession();
  const [busy, setBusy] = useState(false);
  if (!me) return <Link href="/login">Sign in</Link>;
  return (
    <span className="row">
      <span>
        {me.user.username} <span className="badge muted">{me.user.role}</span>
      </span>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          // Ends the console session and, for a single sign-on user, the provider's too (its end_session page, then /login).
          void signOutEverywhere();
        }}
      >
        Sign out
      </button>
    </span>
  );
}

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

/** The keyboard: Ctrl/⌘+K palette, ? shortcuts, g-then-letter navigation, digits for a cluster's tabs, t theme. */
function useKeys(open: { palette(): void; shortcuts(): void; theme(): void }) {
  const router = useRouter();
  const pathname = usePathname();
  const pending = useRef<number>(0);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        open.palette();
        return;
      }
      if (
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        typing(e.target) ||
        document.querySelector('[role=dialog], [role=alertdialog], dialog[open]')
      )
        return;
      const cluster = /^\/clusters\/([0-9a-f-]{36})/.exec(pathname)?.[1];
      if (pending.current && Date.now() - pending.current < 1500) {
        pending.current = 0;
        if (e.key === 'c') router.push('/');
        else if (e.key === 'a') router.push('/audit');
        return;
      }
      if (e.key === '?') open.shortcuts();
      else if (e.key === 'g') pending.current = Date.now();
      else if (e.key === 't') open.theme();
      else if (cluster) {
        const tab = CLUSTER_TABS.find((t) => t.key === e.key);
        if (tab) router.push(`/clusters/${cluster}/${tab.segment}`);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, pathname, router]);
}

const MAIN_NAV = [
  ['/', 'Clusters'],
  ['/fleet', 'Fleet'],
  ['/clusters/import', 'Import'],
  ['/audit', 'Audit log'],
  ['/credentials', 'Credentials'],
  ['/notifications', 'Notifications'],
] as const;

function Frame({ children }: { children: ReactNode }) {
  const [palette, setPalette] = useState(false);
  const [shortcuts, setShortcuts] = useState(false);
  const [theme, toggleTheme] = useTheme();
  const handlers = useRef({ palette: () => setPalette(true), shortcuts: () => setShortcuts(true), theme: toggleTheme }).current;
  useKeys(handlers);
  const { me } = useSession();
  const pathname = usePathname();
  const current = (href: string) =>
    href === '/' ? pathname === '/' || (pathname.startsWith('/clusters/') && pathname !== '/clusters/import') : pathname === href;
  return (
    <div className={`shell${me ? '' : ' no-nav'}`}>
      <a href="#main" className="skip-link">
        Skip to the content
      </a>
      <header>
        <Link href="/" className="brand">
          LVS Console
        </Link>
        {me && (
          <button type="button" className="palette-button" onClick={() => setPalette(true)} aria-keyshortcuts="Control+K">
            Search… <kbd>Ctrl K</kbd>
          </button>
        )}
        <Who />
        <button type="button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" onClick={() => setShortcuts(true)}>
          ?
        </button>
        <ThemeToggle theme={theme} toggle={toggleTheme} />
      </header>
      {me && (
        <nav aria-label="Main">
          {MAIN_NAV.map(([href, label]) => (
            <Link key={href} href={href} aria-current={current(href) ? 'page' : undefined}>
              {label}
            </Link>
          ))}
          <a href="/api/docs">API docs</a>
        </nav>
      )}
      <main id="main">
        <SessionGuard>{children}</SessionGuard>
      </main>
      {palette && <CommandPalette open onOpenChange={setPalette} onToggleTheme={toggleTheme} onShortcuts={() => setShortcuts(true)} />}
      {shortcuts && <ShortcutsDialog open onOpenChange={setShortcuts} />}
    </div>
  );
}

export function Shell({ children }: { children: ReactNode }) {
  return (
    <QueryProvider>
      <ToastProvider>
        <Frame>{children}</Frame>
      </ToastProvider>
    </QueryProvider>
  );
}
