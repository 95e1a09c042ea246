'use client';
import dynamic from 'next/dynamic';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import type { ToastItem } from './toast-view';

const ToastContext = createContext<(t: Omit<ToastItem, 'id'>) => void>(() => undefined);

// Radix's toast (18 kB gzipped) is fetched with the first toast, not with every page's first load.
const ToastView = dynamic(() => import('./toast-view').then((m) => m.ToastView), { ssr: false });

/** Results of actions ("Saved director lb1.", "Deployment failed") as toasts; see toast-view.tsx. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const push = useCallback((t: Omit<ToastItem, 'id'>) => setItems((l) => [...l.slice(-4), { ...t, id: Date.now() + Math.random() }]), []);
  const dismiss = useCallback((id: number) => setItems((l) => l.filter((x) => x.id !== id)), []);
  // Once loaded it stays mounted, so a toast's exit is Radix's and the next one needs no fetch.
  const used = useRef(false);
  if (items.length > 0) used.current = true;
  return (
    <ToastContext.Provider value={push}>
      {children}
      {used.current && <ToastView items={items} onDismiss={dismiss} />}
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
