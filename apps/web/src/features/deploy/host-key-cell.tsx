'use client';
import { api, type Me } from '../../lib/api';

export interface HostKey {
  director: string;
  offered: string | null;
  pinned: string | null;
  matches: boolean | null;
  error: string | null;
  credential: string | null;
  /** Who may pin the offered key (the API decides; the UI only hides what would be refused). */
  acceptRole: 'operator' | 'admin';
  previous?: string | null;
}

interface Props {
  clusterId: string;
  director: string;
  me: Me | null;
  hostKey: HostKey | undefined;
  onChange: (hk: HostKey) => void;
  run: (label: string, fn: () => Promise<void>) => Promise<unknown>;
}

/**
 * A director's host key: check what it offers, accept it, or (admins) replace a pinned key that
 * changed. Pinning for a director with a stored credential decides which host receives that
 * secret, so the API keeps it to admins; the cell says so instead of offering a button that fails.
 */
export function HostKeyCell({ clusterId, director, me, hostKey: hk, onChange, run }: Props) {
  const role = me?.user.role;
  const mayPin = (hk: HostKey) => role === 'admin' || (hk.acceptRole === 'operator' && role === 'operator');
  const path = `/clusters/${clusterId}/host-keys/${encodeURIComponent(director)}`;
  const check = () => run('hostkey', async () => onChange((await api<HostKey>('GET', path)).data));
  const pin = (fingerprint: string) => run('hostkey', async () => onChange((await api<HostKey>('PUT', path, { fingerprint })).data));
  if (!hk) {
    return (
      <button type="button" onClick={() => void check()}>
        Check host key
      </button>
    );
  }
  const adminNote = hk.credential ? `an admin must accept it: ${director} uses the credential ${hk.credential}` : 'an admin must accept a changed key';
  return (
    <span>
      {hk.error ? <span className="bad">{hk.error}</span> : <code>{hk.offered}</code>}{' '}
      {hk.matches === true && <span className="badge ok">pinned</span>}
      {hk.matches === false && <span className="badge bad">MISMATCH</span>}
      {hk.previous && hk.previous !== hk.pinned && (
        <span className="muted" data-testid="host-key-replaced">
          {' '}
          replaced <code>{hk.previous}</code>
        </span>
      )}
      {hk.pinned === null && hk.offered && role && role !== 'viewer' && (mayPin(hk) ? (
        <button type="button" onClick={() => void pin(hk.offered!)}>
          Accept this key
        </button>
      ) : (
        <span className="muted"> ({adminNote})</span>
      ))}
      {hk.matches === false && hk.offered && (
        <span className="muted">
          {' '}
          pinned <code>{hk.pinned}</code>, offered <code>{hk.offered}</code>
          {role === 'admin' ? (
            <>
              {' '}
              <button
                type="button"
                onClick={() => {
                  // a changed key is what a reinstall and a man in the middle both look like: ask first
                  if (window.confirm(`Replace the pinned host key of ${director}?\n\nold: ${hk.pinned}\nnew: ${hk.offered}\n\nOnly do this when you know why the key changed.`)) void pin(hk.offered!);
                }}
              >
                Re-pin to the offered key
              </button>
            </>
          ) : (
            <> ({adminNote})</>
          )}
        </span>
      )}
    </span>
  );
}
