'use client';
import dynamic from 'next/dynamic';
import type { EditTarget } from '../api/resources';

/**
 * The editors' entry points on the cluster page. The editor itself (and with it zod) is a chunk of
 * its own, fetched when the first one opens.
 */
export const Editor = dynamic(() => import('./editor'), {
  ssr: false,
  loading: () => (
    <p className="muted" role="status">
      Opening the editor…
    </p>
  ),
});

export type OpenEditor = (t: EditTarget) => void;

/** "Edit" and "Delete" for one object; disabled with the reason when the role cannot change it. */
export function ItemActions({
  target,
  label,
  open,
  blocked,
}: {
  target: Omit<EditTarget, 'mode'>;
  label: string;
  open: OpenEditor;
  blocked?: string;
}) {
  return (
    <span className="row nowrap item-actions">
      <button
        type="button"
        className="small-btn"
        disabled={!!blocked}
        title={blocked}
        aria-label={`Edit ${label}`}
        onClick={() => open({ ...target, mode: 'edit' })}
      >
        Edit
      </button>
      <button
        type="button"
        className="small-btn"
        disabled={!!blocked}
        title={blocked}
        aria-label={`Delete ${label}`}
        onClick={() => open({ ...target, mode: 'delete' })}
      >
        Delete
      </button>
    </span>
  );
}

export function AddButton({
  target,
  children,
  open,
  blocked,
}: {
  target: Omit<EditTarget, 'mode'>;
  children: string;
  open: OpenEditor;
  blocked?: string;
}) {
  return (
    <button type="button" disabled={!!blocked} title={blocked} onClick={() => open({ ...target, mode: 'create' })}>
      {children}
    </button>
  );
}
