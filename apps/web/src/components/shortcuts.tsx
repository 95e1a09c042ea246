'use client';
import { Dialog } from 'radix-ui';
import { CLUSTER_TABS } from '../features/clusters/tabs';

export const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['Ctrl', 'K'], what: 'Command palette: jump to a cluster, a real server or an action (⌘K on a Mac)' },
  { keys: ['?'], what: 'This list' },
  { keys: ['g', 'c'], what: 'Go to the clusters' },
  { keys: ['g', 'a'], what: 'Go to the audit log' },
  ...CLUSTER_TABS.map((t) => ({ keys: [t.key], what: `In a cluster: ${t.label}` })),
  { keys: ['t'], what: 'Switch between the light and dark themes' },
  { keys: ['Esc'], what: 'Close a dialog' },
];

/** The `?` dialog: every keyboard shortcut of the dashboard. */
export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" data-testid="shortcuts">
          <Dialog.Title>Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className="muted small">Not while typing in a field.</Dialog.Description>
          <table>
            <tbody>
              {SHORTCUTS.map((s) => (
                <tr key={s.what}>
                  <td className="nowrap">
                    {s.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && (s.keys[0] === 'g' ? ' then ' : ' + ')}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </td>
                  <td>{s.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row dialog-actions">
            <Dialog.Close asChild>
              <button type="button">Close</button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
