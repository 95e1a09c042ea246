'use client';
import { AlertDialog } from 'radix-ui';
import { useState, type ReactNode } from 'react';
import { errorText } from '../../lib/api';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  /** What will happen, in words: the dialog's description. */
  description: ReactNode;
  /** The evidence: a diff, the list of what goes with a delete. */
  children?: ReactNode;
  confirmLabel: string;
  /** Runs on confirm; the dialog stays open (its button busy) until it settles, and shows a refusal. */
  onConfirm(): Promise<unknown>;
  danger?: boolean;
}

/** A confirmation that shows what will happen before it happens (instead of window.confirm). */
export function ConfirmDialog({ open, onOpenChange, title, description, children, confirmLabel, onConfirm, danger }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(o) => {
        if (busy) return;
        setError(null);
        onOpenChange(o);
      }}
    >
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog wide" data-testid="confirm-dialog">
          <AlertDialog.Title>{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="dialog-description">{description}</div>
          </AlertDialog.Description>
          {children && <div className="dialog-body">{children}</div>}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="row dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" disabled={busy}>
                Cancel
              </button>
            </AlertDialog.Cancel>
            <button
              type="button"
              className={danger ? 'danger' : 'primary'}
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                setError(null);
                try {
                  await onConfirm();
                  onOpenChange(false);
                } catch (e) {
                  setError(errorText(e));
                } finally {
                  setBusy(false);
                }
              }}
            >
              {busy ? 'Working…' : confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
