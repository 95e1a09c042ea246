'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { errorText, type Me } from '../../lib/api';
import { useHostKey } from './api/mutations';
import { deployKeys, type HostKey } from './api/queries';

/**
 * A director's host key: check what it offers, accept it, or (admins) replace a pinned key that
 * changed. Pinning for a director with a stored credential decides which host receives that
 * secret, so the API keeps it to admins; the cell says so instead of offering a button that fails.
 */
export function HostKeyCell({ clusterId, director, me }: { clusterId: string; director: string; me: Me | null }) {
  const role = me?.user.role;
  // Only read when asked ("Check host key": an SSH round trip), then kept in the cache.
  const hk = useQuery<HostKey>({
    queryKey: deployKeys.hostKey(clusterId, director),
    queryFn: () => Promise.reject(new Error('not checked')),
    enabled: false,
  }).data;
  const { check, pin } = useHostKey(clusterId, director);
  const [confirming, setConfirming] = useState(false);
  const mayPin = (k: HostKey) => role === 'admin' || (k.acceptRole === 'operator' && role === 'operator');
  const failure = check.error ?? pin.error;
  if (!hk) {
    return (
      <>
        <button type="button" disabled={check.isPending} onClick={() => check.mutate()}>
          {check.isPending ? 'Connecting…' : 'Check host key'}
        </button>
        {failure && <span className="bad small"> {errorText(failure)}</span>}
      </>
    );
  }
  const adminNote = hk.credential
    ? `an admin must accept it: ${director} uses the credential ${hk.credential}`
    : 'an admin must accept a changed key';
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
      {hk.pinned === null &&
        hk.offered &&
        role &&
        role !== 'viewer' &&
        (mayPin(hk) ? (
          <button type="button" disabled={pin.isPending} onClick={() => pin.mutate(hk.offered!)}>
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
              <button type="button" onClick={() => setConfirming(true)}>
                Re-pin to the offered key
              </button>
              {/* a changed key is what a reinstall and a man in the middle both look like: ask first, showing both */}
              <ConfirmDialog
                open={confirming}
                onOpenChange={setConfirming}
                title={`Replace the pinned host key of ${director}?`}
                description="Only do this when you know why the key changed: a reinstalled host and a man in the middle look the same from here."
                confirmLabel="Replace the pinned key"
                danger
                onConfirm={() => pin.mutateAsync(hk.offered!)}
              >
                <dl className="kv">
                  <dt>Pinned now</dt>
                  <dd>
                    <code>{hk.pinned}</code>
                  </dd>
                  <dt>Offered</dt>
                  <dd>
                    <code>{hk.offered}</code>
                  </dd>
                </dl>
              </ConfirmDialog>
            </>
          ) : (
            <> ({adminNote})</>
          )}
        </span>
      )}
      {failure && <span className="bad small"> {errorText(failure)}</span>}
    </span>
  );
}
