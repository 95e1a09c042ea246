'use client';
import type { ClusterSpec } from '@lvs/domain';
import { useParams, useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { DiffView } from '../../../components/diff-view';
import { DeployProgress } from '../../../features/deploy/deploy-progress';
import { DriftPanel } from '../../../features/deploy/drift-panel';
import { type HostKey, HostKeyCell } from '../../../features/deploy/host-key-cell';
import { type DirectorProgress, foldProgress, type StepEvent } from '../../../features/deploy/progress';
import { HistoryPanel } from '../../../features/history/history-panel';
import { useSession } from '../../../components/session';
import { LivePanels } from '../../../features/live/components/live-panels';
import { TrafficCharts } from '../../../features/metrics/traffic-charts';
import { AddButton, Editor, ItemActions } from '../../../features/edit/components/actions';
import type { EditTarget } from '../../../features/edit/api/resources';
import { rsKey, vsKey } from '../../../features/live/keys';
import { useLiveSocket } from '../../../features/live/socket';
import { api, ApiError, canOperate } from '../../../lib/api';

interface Step { name: string; status: string; ms: number; output?: string; stage?: string }
interface Deployment { id: string; revision: number; status: string; requestedBy: string; createdAt: string; error: string | null; targets: { director: string; status: string; error: string | null; steps: Step[] }[] }
interface Plan { directors: { name: string; reachable: boolean; error: string | null; changed: boolean | null; drifted: boolean | null; diff: string }[]; warnings: { path: string; message: string }[]; hazards: { kind: string; path: string; message: string }[] }

const statusClass = (s: string) => (s === 'succeeded' || s === 'ok' ? 'ok' : s === 'running' || s === 'pending' ? 'warn' : s === 'skipped' ? 'muted' : 'bad');

export default function ClusterPage() {
  const { clusterId } = useParams<{ clusterId: string }>();
  const { me } = useSession();
  const operate = canOperate(me);
  const [spec, setSpec] = useState<ClusterSpec | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [deployments, setDeployments] = useState<Deployment[]>([]);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [hostKeys, setHostKeys] = useState<Record<string, HostKey>>({});
  const [live, setLive] = useState<string[]>([]);
  const [progress, setProgress] = useState<DirectorProgress[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const socket = useLiveSocket(!!me);
  const router = useRouter();
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [notice, setNotice] = useState<{ message: string; warnings: { path: string; message: string }[] } | null>(null);

  const load = useCallback(async () => {
    try {
      const s = await api<ClusterSpec>('GET', `/clusters/${clusterId}/spec`);
      setSpec(s.data);
      setEtag(s.headers.get('etag'));
      setDeployments((await api<{ items: Deployment[] }>('GET', `/clusters/${clusterId}/deployments?limit=10`)).data.items);
    } catch (e) {
      setError(e instanceof ApiError ? e.problem.detail : String(e));
    }
  }, [clusterId]);

  useEffect(() => {
    if (me) void load();
  }, [me, load]);

  // Deployment progress on the page's /live socket; LivePanels joins the cluster's room (after
  // listening, so the state snapshot sent on join is not missed) and keeps it joined on reconnects.
  useEffect(() => {
    if (!socket) return;
    const onStep = (e: StepEvent) => {
      setLive((l) => [...l.slice(-200), `${e.director}: ${e.stage ? `${e.stage} stage: ` : ''}${e.step} ${e.status} (${e.ms} ms)${e.output ? ` — ${e.output.split('\n')[0]}` : ''}`]);
      setProgress((p) => foldProgress(p, e));
    };
    const onStatus = (e: { status: string; director?: string; targetStatus?: string; error?: string }) => {
      if (!e.director && e.status !== 'running') void load();
      if (e.director && e.targetStatus && e.targetStatus !== 'running') setLive((l) => [...l, `${e.director}: ${e.targetStatus}${e.error ? ` — ${e.error}` : ''}`]);
      if (e.director && e.targetStatus) setProgress((p) => foldProgress(p, { director: e.director!, targetStatus: e.targetStatus!, error: e.error }));
    };
    socket.on('deployment.step', onStep);
    socket.on('deployment.status', onStatus);
    return () => {
      socket.off('deployment.step', onStep);
      socket.off('deployment.status', onStatus);
    };
  }, [socket, load]);

  // One deployment at a time per cluster (the API answers 409 otherwise): while one runs, the deploy
  // and rollback buttons wait, and the list refreshes until it ends (the live event may come first).
  const deploying = deployments.some((d) => d.status === 'running' || d.status === 'pending');
  useEffect(() => {
    if (!deploying) return;
    const t = setInterval(() => void load(), 2000);
    return () => clearInterval(t);
  }, [deploying, load]);
  const deployBlocked = !operate ? 'Needs the operator role' : deploying ? 'A deployment is running' : undefined;
  const editBlocked = !operate ? 'Needs the operator role' : undefined;
  const open = (t: EditTarget) => {
    setNotice(null);
    setEditing(t);
  };
  async function saved(message: string, warnings: { path: string; message: string }[], t: EditTarget) {
    setEditing(null);
    if (t.kind === 'cluster' && t.mode === 'delete') return router.push('/');
    setNotice({ message, warnings });
    // The plan shown was of the spec before this change.
    setPlan(null);
    await load();
  }

  async function run<T>(label: string, fn: () => Promise<T>): Promise<T | undefined> {
    setBusy(label);
    setError(null);
    try {
      return await fn();
    } catch (e) {
      setError(e instanceof ApiError ? `${e.problem.detail}${e.problem.errors.length ? ` (${e.problem.errors.map((x) => `${x.path}: ${x.message}`).join('; ')})` : ''}` : String(e));
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  if (!me) return <p>Sign in to see this cluster.</p>;
  if (!spec) return <p className="muted">{error ?? 'Loading…'}</p>;

  return (
    <>
      <div className="row page-head">
        <h1>{spec.name}</h1>
        <ItemActions target={{ kind: 'cluster' }} label={`cluster ${spec.name}`} open={open} blocked={editBlocked} />
      </div>
      {spec.description && <p className="muted">{spec.description}</p>}
      {!operate && <p className="muted small">Your role ({me.user.role}) can read this cluster but not change it.</p>}
      {notice && (
        <div className="panel notice" role="status" data-testid="edit-notice">
          <span className="ok">✓</span> {notice.message} It reaches the directors with the next deployment: <strong>Show plan</strong> below lists what would change.
          {notice.warnings.map((w) => (
            <div key={w.path + w.message} className="warn">
              ⚠ {w.path.replace(/^(body|spec)\./, '')}: {w.message}
            </div>
          ))}
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <LivePanels
        socket={socket}
        clusterId={clusterId}
        spec={spec}
        canChange={!operate ? 'Needs the operator role' : undefined}
        busy={!!busy}
        onAdminState={(service, realServer, adminState) =>
          void run('admin', async () => {
            await api('POST', `/clusters/${clusterId}/real-servers/admin-state`, { virtualService: service, realServer, adminState }, etag ? { 'if-match': etag } : {});
            await load();
          })
        }
      />
      <TrafficCharts clusterId={clusterId} />
      <section className="panel">
        <h2 style={{ marginTop: 0 }}>Directors</h2>
        {spec.directors.length === 0 ? (
          <p className="empty">No directors yet: add the first one (its SSH address, user and credential), then a VRRP instance with the VIPs it holds.</p>
        ) : (
          <table>
            <thead>
              <tr><th scope="col">Director</th><th scope="col">SSH</th><th scope="col">Config</th><th scope="col">Host key</th><th scope="col"><span className="sr-only">Actions</span></th></tr>
            </thead>
            <tbody>
              {spec.directors.map((d) => {
                const hk = hostKeys[d.name];
                return (
                  <tr key={d.name}>
                    <td>{d.name}</td>
                    <td><code>{d.sshUser}@{d.address}:{d.sshPort}</code>{d.credential ? <span className="muted"> ({d.credential})</span> : null}</td>
                    <td><code>{d.configPath}</code></td>
                    <td><HostKeyCell clusterId={clusterId} director={d.name} me={me} hostKey={hk} onChange={(k) => setHostKeys((m) => ({ ...m, [d.name]: k }))} run={run} /></td>
                    <td><ItemActions target={{ kind: 'director', key: d.name }} label={`director ${d.name}`} open={open} blocked={editBlocked} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <p className="row"><AddButton target={{ kind: 'director' }} open={open} blocked={editBlocked}>Add director</AddButton></p>
        <h2>VRRP instances</h2>
        {spec.vrrpInstances.length === 0 ? (
          <p className="muted">No VRRP instances yet{spec.directors.length === 0 ? ': add a director first, then an instance that moves the VIPs between directors.' : ': add one to give the directors a VIP.'}</p>
        ) : (
          <table>
            <thead><tr><th scope="col">Instance</th><th scope="col">Interface / VRID</th><th scope="col">Members (priority)</th><th scope="col">VIPs</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
            <tbody>
              {spec.vrrpInstances.map((i) => (
                <tr key={i.name}>
                  <td>{i.name}</td>
                  <td>{i.interface} / {i.virtualRouterId}</td>
                  <td>{i.members.map((m) => `${m.director} (${m.priority}${m.state === 'MASTER' ? ', MASTER' : ''})`).join(', ')}</td>
                  <td>{i.vips.map((v) => v.address).join(', ')}</td>
                  <td><ItemActions target={{ kind: 'vrrpInstance', key: i.name }} label={`VRRP instance ${i.name}`} open={open} blocked={editBlocked} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="row"><AddButton target={{ kind: 'vrrpInstance' }} open={open} blocked={editBlocked}>Add VRRP instance</AddButton></p>
        <h2>VRRP sync groups</h2>
        {spec.vrrpSyncGroups.length === 0 ? (
          <p className="muted">No sync groups: instances change state on their own. A group makes two or more instances fail over together.</p>
        ) : (
          <table>
            <thead><tr><th scope="col">Sync group</th><th scope="col">Instances</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
            <tbody>
              {spec.vrrpSyncGroups.map((g) => (
                <tr key={g.name}>
                  <td>{g.name}</td>
                  <td>{g.instances.join(', ')}</td>
                  <td><ItemActions target={{ kind: 'vrrpSyncGroup', key: g.name }} label={`sync group ${g.name}`} open={open} blocked={editBlocked} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="row"><AddButton target={{ kind: 'vrrpSyncGroup' }} open={open} blocked={editBlocked ?? (spec.vrrpInstances.length < 2 ? 'A sync group needs at least two VRRP instances' : undefined)}>Add sync group</AddButton></p>
      </section>

      <section className="panel">
        <h2 style={{ marginTop: 0 }}>Virtual services</h2>
        {spec.virtualServices.length === 0 ? (
          <p className="muted">No virtual services yet: add one on a VIP of a VRRP instance, then its real servers.</p>
        ) : (
          <table>
            <thead><tr><th scope="col">Service</th><th scope="col">Scheduler</th><th scope="col">Forwarding</th><th scope="col">Persistence</th><th scope="col">Real servers</th></tr></thead>
            <tbody>
              {spec.virtualServices.map((vs) => {
                const key = vsKey(vs);
                return (
                  <tr key={key}>
                    <td>
                      <code>{key}</code>
                      <ItemActions target={{ kind: 'virtualService', key }} label={`virtual service ${key}`} open={open} blocked={editBlocked} />
                    </td>
                    <td>{vs.scheduler}</td>
                    <td>{vs.forwarding}</td>
                    <td>{vs.persistence ? `${vs.persistence.timeout} s${vs.persistence.netmask ? ` per ${vs.persistence.netmask}` : ''}` : '—'}</td>
                    <td>
                      <RealServerList service={key} realServers={vs.realServers} open={open} blocked={editBlocked} />
                      <AddButton target={{ kind: 'realServer', service: key }} open={open} blocked={editBlocked}>Add real server</AddButton>
                      <div className="muted small">Health, traffic and drain/enable/disable: the live table above.</div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <p className="row"><AddButton target={{ kind: 'virtualService' }} open={open} blocked={editBlocked}>Add virtual service</AddButton></p>
      </section>

      <section className="panel">
        <h2 style={{ marginTop: 0 }}>Deploy</h2>
        <div className="row">
          <button type="button" disabled={!!busy} onClick={() => run('plan', async () => setPlan((await api<Plan>('GET', `/clusters/${clusterId}/plan`)).data))}>
            {busy === 'plan' ? 'Reading live configs…' : 'Show plan'}
          </button>
          <label htmlFor="deploy-message" className="sr-only">Revision message</label>
          <input id="deploy-message" value={message} onChange={(e) => setMessage(e.target.value)} maxLength={2000} placeholder="What changes, and why (the revision's message)" style={{ minWidth: '20rem' }} />
          <button type="button" className="primary" disabled={!!deployBlocked || !!busy} title={deployBlocked}
            onClick={() => run('deploy', async () => { setLive([]); setProgress([]); await api('POST', `/clusters/${clusterId}/deployments`, { message: message.trim() || 'from the dashboard' }, { 'idempotency-key': crypto.randomUUID() }); setMessage(''); await load(); })}>
            Deploy
          </button>
        </div>
        {plan && (
          <div data-testid="plan">
            {plan.warnings.map((w) => <p key={w.path} className="warn">⚠ {w.path}: {w.message}</p>)}
            {plan.hazards.length > 0 && (
              <div role="note" data-testid="hazards">
                <h3>Reload hazards since the deployed revision</h3>
                <ul>{plan.hazards.map((h, i) => <li key={i} className="warn"><strong>{h.kind}</strong> ({h.path}): {h.message}</li>)}</ul>
              </div>
            )}
            {plan.directors.map((d) => (
              <div key={d.name}>
                <h3>{d.name} {!d.reachable ? <span className="badge bad">unreachable</span> : d.changed ? <span className="badge warn">changes</span> : <span className="badge ok">up to date</span>} {d.drifted && <span className="badge bad">drifted</span>}</h3>
                {d.error ? <p className="bad">{d.error}</p> : <DiffView text={d.diff} />}
              </div>
            ))}
          </div>
        )}
        <DriftPanel clusterId={clusterId} />
        <DeployProgress progress={progress} />
        {live.length > 0 && (
          <details>
            <summary>Step log</summary>
            <pre className="diff" data-testid="live-progress">{live.join('\n')}</pre>
          </details>
        )}
        <h2>Deployments</h2>
        {deployments.length === 0 ? <p className="muted">No deployments yet.</p> : (
          <table>
            <thead><tr><th scope="col">When</th><th scope="col">Revision</th><th scope="col">Status</th><th scope="col">Directors</th><th scope="col">By</th></tr></thead>
            <tbody>
              {deployments.map((d) => (
                <tr key={d.id}>
                  <td>{new Date(d.createdAt).toLocaleString()}</td>
                  <td>#{d.revision}</td>
                  <td><span className={`badge ${statusClass(d.status)}`}>{d.status}</span>{d.error && <div className="bad">{d.error}</div>}</td>
                  <td>{d.targets.map((t) => <div key={t.director}>{t.director}: <span className={statusClass(t.status)}>{t.status}</span>{t.steps.length > 0 && <span className="muted"> ({t.steps.map((s) => `${s.stage ? `${s.stage}: ` : ''}${s.name} ${s.ms}ms`).join(', ')})</span>}</div>)}</td>
                  <td>{d.requestedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <HistoryPanel clusterId={clusterId} canOperate={operate} deploying={deploying} onRolledBack={() => { setLive([]); setProgress([]); void load(); }} />
      {editing && <Editor clusterId={clusterId} spec={spec} target={editing} onClose={() => setEditing(null)} onSaved={(m, w, t) => void saved(m, w, t)} onStale={() => void load()} />}
    </>
  );
}

/** Past this many, a service's real servers start folded: 5,000 rows of edit buttons would weigh on every live repaint. */
const FOLD_AFTER = 10;
const FOLDED_SHOWN = 5;

/** A virtual service's real servers with their edit actions; long lists fold behind "Show all N". */
function RealServerList({ service, realServers, open, blocked }: { service: string; realServers: ClusterSpec['virtualServices'][number]['realServers']; open: Parameters<typeof ItemActions>[0]['open']; blocked: string | undefined }) {
  const [all, setAll] = useState(false);
  const folded = realServers.length > FOLD_AFTER && !all;
  const shown = folded ? realServers.slice(0, FOLDED_SHOWN) : realServers;
  const listId = `rs-${service.replace(/[^A-Za-z0-9]/g, '-')}`;
  return (
    <>
      <ul className="rs-list" id={listId} aria-label={`Real servers of ${service}`}>
        {shown.map((rs) => {
          const rk = rsKey(rs);
          return (
            <li key={rk} className="row">
              <code>{rk}</code>
              <span className="muted">weight {rs.weight}{rs.healthCheck ? `, ${rs.healthCheck.type}` : ''}{rs.adminState !== 'enabled' ? `, ${rs.adminState}` : ''}</span>
              <ItemActions target={{ kind: 'realServer', key: rk, service }} label={`real server ${rk} of ${service}`} open={open} blocked={blocked} />
            </li>
          );
        })}
      </ul>
      {realServers.length > FOLD_AFTER && (
        <button type="button" className="small-btn" aria-expanded={all} aria-controls={listId} onClick={() => setAll((x) => !x)}>
          {all ? `Show the first ${FOLDED_SHOWN}` : `Show all ${realServers.length} real servers`}
        </button>
      )}
    </>
  );
}
