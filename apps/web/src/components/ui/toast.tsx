'use client';
import { Toast } from 'radix-ui';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Tone = 'ok' | 'bad' | 'info';
interface Item { id: number; title: string; description?: string; tone: Tone }

const ToastContext = createContext<(t: Omit<Item, 'id'>) => void>(() => undefined);

/** Results of actions ("Saved director lb1.", "Deployment #4 failed on lb2") as Radix toasts: announced to screen readers, paused on hover, dismissed with a swipe or Escape. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<Item[]>([]);
  const push = useCallback((t: Omit<Item, 'id'>) => setItems((l) => [...l.slice(-4), { ...t, id: Date.now() + Math.random() }]), []);
  return (
    <ToastContext.Provider value={push}>
      <Toast.Provider swipeDirection="right" duration={6000}>
        {children}
        {items.map((t) => (
          <Toast.Root key={t.id} className={`toast toast-${t.tone}`} type={t.tone === 'bad' ? 'foreground' : 'background'} onOpenChange={(open) => !open && setItems((l) => l.filter((x) => x.id !== t.id))} data-testid="toast">
            <Toast.Title className="toast-title">{t.title}</Toast.Title>
            {t.description && <Toast.Description className="toast-description">{t.description}</Toast.Description>}
            <Toast.Close className="toast-close" aria-label="Dismiss">
              ×
            </Toast.Close>
          </Toast.Root>
        ))}
        <Toast.Viewport className="toast-viewport" label="Notifications ({hotkey})" />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
