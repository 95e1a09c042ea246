'use client';
import { Toast } from 'radix-ui';

export interface ToastItem {
  id: number;
  title: string;
  description?: string;
  tone: 'ok' | 'bad' | 'info';
}

/** Radix toasts: announced to screen readers, paused on hover, dismissed with a swipe, Escape or ×. */
export function ToastView({ items, onDismiss }: { items: ToastItem[]; onDismiss(id: number): void }) {
  return (
    <Toast.Provider swipeDirection="right" duration={6000}>
      {items.map((t) => (
        <Toast.Root
          key={t.id}
          className={`toast toast-${t.tone}`}
          type={t.tone === 'bad' ? 'foreground' : 'background'}
          onOpenChange={(open) => !open && onDismiss(t.id)}
          data-testid="toast"
        >
          <Toast.Title className="toast-title">{t.title}</Toast.Title>
          {t.description && <Toast.Description className="toast-description">{t.description}</Toast.Description>}
          <Toast.Close className="toast-close" aria-label="Dismiss">
            ×
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="toast-viewport" label="Notifications ({hotkey})" />
    </Toast.Provider>
  );
}
