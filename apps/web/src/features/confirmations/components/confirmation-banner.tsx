'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useToast } from '../../../components/ui/toast';
import { errorText } from '../../../lib/api';
import { ago } from '../../../lib/format';
import { deploymentsQuery } from '../../deploy/api/queries';
import { useConfirm } from '../api/mutations';
import { type Confirmation, confirmationQuery } from '../api/queries';

/** An outcome stays on the page this long after it was decided, then the banner goes. */
const OUTCOME_SHOWN_MS = 30 * 60_000;

/** The time left as m:ss (h:mm:ss beyond an hour). */
export function countdown(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
}

/** The clock, once a second while `on`. */
function useNow(on: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!on) return;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [on]);
  return now;
}

function Outcome({ c, revision }: { c: Confirmation; revision: string }) {
  const when = c.resolvedAt ? ago(c.resolvedAt) : '';
  if (c.status === 'confirmed')
    return (
      <>
        <strong>Confirmed</strong>: the deployment of {revision} stays (confirmed by {c.resolvedBy ?? 'someone'} {when}).
      </>
    );
  if (c.status === 'rolled_back')
    return (
      <>
        <strong>Not confirmed in time</strong>: the cluster was rolled back to revision {c.revertTo}
        {when && `, ${when}`}
        {c.rollbackDeploymentId && (
          <>
            {' '}
            (<Link href={`/clusters/${c.clusterId}/deploy`}>the rollback deployment</Link>)
          </>
        )}
        .
      </>
    );
  if (c.status === 'failed')
    return (
      <>
        <strong>Not confirmed, and the rollback to revision {c.revertTo} could not start</strong>
        {c.error ? `: ${c.error}` : ''}. The deployment of {revision} is still on the directors.
      </>
    );
  return (
    <>
      <strong>Confirmation cancelled</strong> {when}: the deployment of {revision} stays.
    </>
  );
}

/**
 * A confirmed deployment (`lvsctl apply --confirm-within`) in the cluster's header (see ConfirmationSlot): while it is
 * pending, the revision, who asked, the deadline counting down and a Confirm button (operators);
 * once decided, the outcome — confirmed, or rolled back when the deadline passed. The status is read
 * every second while pending, so a confirm from the CLI or the timer's rollback shows without a reload.
 */
export function ConfirmationBanner({ clusterId, requestId, operate }: { clusterId: string; requestId: string; operate: boolean }) {
  const q = useQuery(confirmationQuery(clusterId, requestId));
  const deployments = useQuery(deploymentsQuery(clusterId));
  const c = q.data;
  const pending = c?.status === 'pending';
  const now = useNow(pending);
  const confirm = useConfirm(clusterId, requestId);
  const toast = useToast();
  if (!c) return null;
  if (!pending && (!c.resolvedAt || now - Date.parse(c.resolvedAt) > OUTCOME_SHOWN_MS)) return null;

  const deployed = deployments.data?.items.find((d) => d.id === c.deploymentId);
  const revision = deployed ? `revision ${deployed.revision}` : 'the deployment';
  const left = Date.parse(c.deadline) - now;
  const blocked = !operate ? 'Needs the operator role' : undefined;
  const tone = pending ? 'banner-warn' : c.status === 'confirmed' ? 'banner-ok' : 'banner-bad';
  return (
    <section
      className={`banner ${tone} confirmation`}
      aria-label="Deployment confirmation"
      data-testid="confirmation"
      data-status={c.status}
    >
      <p aria-live="polite">
        {pending ? (
          <>
            <strong>Awaiting confirmation</strong>: the deployment of {revision}, requested by {c.requestedBy}. Unless it is confirmed by{' '}
            {new Date(c.deadline).toLocaleTimeString()}, the cluster is rolled back to revision {c.revertTo}.
          </>
        ) : (
          <Outcome c={c} revision={revision} />
        )}
      </p>
      {pending && (
        <div className="row">
          <span className="countdown" data-testid="confirmation-countdown">
            {left > 0 ? (
              <>
                <time dateTime={c.deadline}>{countdown(left)}</time> left
              </>
            ) : (
              'Deadline passed: rolling back…'
            )}
          </span>
          <button
            type="button"
            className="primary"
            disabled={!!blocked || confirm.isPending || left <= 0}
            title={blocked}
            onClick={() =>
              confirm.mutate(undefined, {
                onSuccess: () => toast({ tone: 'ok', title: `Confirmed: the deployment of ${revision} stays.` }),
                onError: (e) => toast({ tone: 'bad', title: 'Not confirmed', description: errorText(e) }),
              })
            }
          >
            {confirm.isPending ? 'Confirming…' : 'Confirm'}
          </button>
          {blocked && <span className="muted small">{blocked}</span>}
        </div>
      )}
    </section>
  );
}
