'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { DiffView } from '../../../components/diff-view';
import { useToast } from '../../../components/ui/toast';
import { errorText } from '../../../lib/api';
import { useCluster } from '../../clusters/components/cluster-frame';
import { useDeploy } from '../api/mutations';
import { deploymentsQuery, deployKeys, isRunning, type Plan, planQuery } from '../api/queries';
import { DeployProgress } from '../deploy-progress';
import { DriftPanel } from '../drift-panel';

/** A lint finding of the plan (docs/fleet-safety.md), as the API's OpenAPI document names it. */
type LintFinding = Plan['lint'][number];

/** VRRP lint of the planned spec: errors first (red, "blocks deployment"), each with its fix. */
function LintFindings({ findings }: { findings: LintFinding[] }) {
  if (findings.length === 0) return null;
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <div role="note" data-testid="lint">
      <h3>Lint</h3>
      <ul>
        {sorted.map((f, i) => (
          <li key={i} className={`lint-finding ${f.severity === 'error' ? 'bad' : 'warn'}`}>
            <strong>{f.code}</strong>
            {f.blocksDeployment && <span className="badge bad">blocks deployment</span>} {f.instance && <>({f.instance}) </>}
            {f.message}
            {f.related && (
              <>
                {' '}
                — <Link href={`/clusters/${f.related.clusterId}/configuration`}>{f.related.cluster ?? 'the other cluster'}</Link>
              </>
            )}
            <div className="fix">{f.fix}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}

const statusClass = (s: string) =>
  s === 'succeeded' || s === 'ok' ? 'ok' : s === 'running' || s === 'pending' ? 'warn' : s === 'skipped' ? 'muted' : 'bad';

/**
 * Deploy: the plan (per-director diff and reload hazards), deploy with live progress, drift, the
 * last deployments. `?plan=1` in the address shows the plan on opening (a link from an edit's notice).
 */
export function DeployTab() {
  const { clusterId, operate, progress, log, resetProgress } = useCluster();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const qc = useQueryClient();
  const toast = useToast();
  const showPlan = params.get('plan') === '1';
  const plan = useQuery({ ...planQuery(clusterId), enabled: showPlan });
  const deployments = useQuery(deploymentsQuery(clusterId));
  const deploy = useDeploy(clusterId);
  const [message, setMessage] = useState('');
  const deploying = deployments.data?.items.some(isRunning) ?? false;
  const deployBlocked = !operate ? 'Needs the operator role' : deploying ? 'A deployment is running' : undefined;
  const error = deploy.error ?? plan.error;

  function askPlan() {
    if (showPlan) void qc.invalidateQueries({ queryKey: deployKeys.plan(clusterId) });
    else {
      // Keeps the rest of the address (the header's what-if question, say).
      const next = new URLSearchParams(params.toString());
      next.set('plan', '1');
      router.replace(`${pathname}?${next.toString()}`, { scroll: false });
    }
  }

  return (
    <section className="panel">
      <h2 style={{ marginTop: 0 }}>Deploy</h2>
      <div className="row">
        <button type="button" disabled={plan.isFetching} onClick={askPlan}>
          {plan.isFetching ? 'Reading live configs…' : 'Show plan'}
        </button>
        <label htmlFor="deploy-message" className="sr-only">
          Revision message
        </label>
        <input
          id="deploy-message"
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          maxLength={2000}
          placeholder="What changes, and why (the revision's message)"
          style={{ minWidth: '20rem' }}
        />
        <button
          type="button"
          className="primary"
          disabled={!!deployBlocked || deploy.isPending}
          title={deployBlocked}
          onClick={() => {
            resetProgress();
            deploy.mutate(message.trim() || 'from the dashboard', {
              onSuccess: (d) => {
                setMessage('');
                toast({
                  tone: 'info',
                  title: `Deploying revision #${d.revision}`,
                  description: 'BACKUP directors first, the MASTER last.',
                });
              },
            });
          }}
        >
          Deploy
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {errorText(error)}
        </p>
      )}
      {showPlan && plan.isPending && (
        <div className="skeleton skeleton-block" role="status" aria-busy="true" aria-label="Reading the directors" />
      )}
      {plan.data && (
        <div data-testid="plan">
          {plan.data.warnings.map((w) => (
            <p key={w.path} className="warn">
              ⚠ {w.path}: {w.message}
            </p>
          ))}
          {plan.data.hazards.length > 0 && (
            <div role="note" data-testid="hazards">
              <h3>Reload hazards since the deployed revision</h3>
              <ul>
                {plan.data.hazards.map((h, i) => (
                  <li key={i} className="warn">
                    <strong>{h.kind}</strong> ({h.path}): {h.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <LintFindings findings={plan.data.lint} />
          {plan.data.directors.map((d) => (
            <div key={d.name}>
              <h3>
                {d.name}{' '}
                {!d.reachable ? (
                  <span className="badge bad">unreachable</span>
                ) : d.changed ? (
                  <span className="badge warn">changes</span>
                ) : (
                  <span className="badge ok">up to date</span>
                )}{' '}
                {d.drifted && <span className="badge bad">drifted</span>}
              </h3>
              {d.error ? <p className="bad">{d.error}</p> : <DiffView text={d.diff} label={`${d.name}: live → new`} />}
            </div>
          ))}
        </div>
      )}
      <DriftPanel clusterId={clusterId} />
      <DeployProgress progress={progress} />
      {log.length > 0 && (
        <details>
          <summary>Step log</summary>
          <pre className="diff" data-testid="live-progress">
            {log.join('\n')}
          </pre>
        </details>
      )}
      <h2>Deployments</h2>
      {deployments.isPending ? (
        <div className="skeleton skeleton-bar" role="status" aria-busy="true" aria-label="Loading deployments" />
      ) : !deployments.data?.items.length ? (
        <p className="muted">No deployments yet.</p>
      ) : (
        <table data-testid="deployments">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Revision</th>
              <th scope="col">Status</th>
              <th scope="col">Directors</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {deployments.data.items.map((d) => (
              <tr key={d.id}>
                <td>{new Date(d.createdAt).toLocaleString()}</td>
                <td>#{d.revision}</td>
                <td>
                  <span className={`badge ${statusClass(d.status)}`}>{d.status}</span>
                  {d.error && <div className="bad">{d.error}</div>}
                </td>
                <td>
                  {d.targets.map((t) => (
                    <div key={t.director}>
                      {t.director}: <span className={statusClass(t.status)}>{t.status}</span>
                      {t.steps.length > 0 && (
                        <span className="muted">
                          {' '}
                          ({t.steps.map((s) => `${s.stage ? `${s.stage}: ` : ''}${s.name} ${s.ms}ms`).join(', ')})
                        </span>
                      )}
                    </div>
                  ))}
                </td>
                <td>{d.requestedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
