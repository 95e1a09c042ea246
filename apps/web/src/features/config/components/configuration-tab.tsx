'use client';
import type { ClusterSpec } from '@lvs/domain';
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useToast } from '../../../components/ui/toast';
import { clusterKeys, clustersQuery } from '../../clusters/api/queries';
import { useCluster } from '../../clusters/components/cluster-frame';
import { HostKeyCell } from '../../deploy/host-key-cell';
import type { EditTarget } from '../../edit/api/resources';
import { AddButton, Editor, ItemActions } from '../../edit/components/actions';
import { rsKey, vsKey } from '../../live/keys';

/** Configuration: directors (with their host keys), VRRP instances and sync groups, virtual services and their real servers; every editor. */
export function ConfigurationTab() {
  const { clusterId, spec, me, operate } = useCluster();
  const router = useRouter();
  const qc = useQueryClient();
  const toast = useToast();
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [notice, setNotice] = useState<{ message: string; warnings: { path: string; message: string }[] } | null>(null);
  const editBlocked = !operate ? 'Needs the operator role' : undefined;
  const open = (t: EditTarget) => {
    setNotice(null);
    setEditing(t);
  };
  async function saved(message: string, warnings: { path: string; message: string }[], t: EditTarget) {
    setEditing(null);
    toast({ tone: 'ok', title: message });
    if (t.kind === 'cluster' && t.mode === 'delete') {
      qc.removeQueries({ queryKey: clusterKeys.one(clusterId) });
      // The overview must not show the deleted cluster from its cache while it reads the list again.
      qc.setQueryData(clustersQuery().queryKey, (l) => (l ? { ...l, items: l.items.filter((c) => c.id !== clusterId) } : l));
      void qc.invalidateQueries({ queryKey: clusterKeys.list() });
      return router.push('/');
    }
    setNotice({ message, warnings });
    // The plan, the header's counts and the overview were of the spec before this change.
    await qc.invalidateQueries({ queryKey: clusterKeys.one(clusterId) });
    void qc.invalidateQueries({ queryKey: clusterKeys.list() });
  }

  return (
    <>
      <div className="row">
        <ItemActions target={{ kind: 'cluster' }} label={`cluster ${spec.name}`} open={open} blocked={editBlocked} />
      </div>
      {!operate && <p className="muted small">Your role ({me.user.role}) can read this cluster but not change it.</p>}
      {notice && (
        <div className="panel notice" role="status" data-testid="edit-notice">
          <span className="ok">✓</span> {notice.message} It reaches the directors with the next deployment: the{' '}
          <Link href={`/clusters/${clusterId}/deploy?plan=1`}>Deploy tab&apos;s plan</Link> lists what would change.
          {notice.warnings.map((w) => (
            <div key={w.path + w.message} className="warn">
              ⚠ {w.path.replace(/^(body|spec)\./, '')}: {w.message}
            </div>
          ))}
        </div>
      )}
      <section className="panel">
        <h2 style={{ marginTop: 0 }}>Directors</h2>
        {spec.directors.length === 0 ? (
          <p className="empty">
            No directors yet: add the first one (its SSH address, user and credential), then a VRRP instance with the VIPs it holds.
          </p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Director</th>
                <th scope="col">SSH</th>
                <th scope="col">Config</th>
                <th scope="col">Host key</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {spec.directors.map((d) => (
                <tr key={d.name}>
                  <td>{d.name}</td>
                  <td>
                    <code>
                      {d.sshUser}@{d.address}:{d.sshPort}
                    </code>
                    {d.credential ? <span className="muted"> ({d.credential})</span> : null}
                  </td>
                  <td>
                    <code>{d.configPath}</code>
                  </td>
                  <td>
                    <HostKeyCell clusterId={clusterId} director={d.name} me={me} />
                  </td>
                  <td>
                    <ItemActions
                      target={{ kind: 'director', key: d.name }}
                      label={`director ${d.name}`}
                      open={open}
                      blocked={editBlocked}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="row">
          <AddButton target={{ kind: 'director' }} open={open} blocked={editBlocked}>
            Add director
          </AddButton>
        </p>
        <h2>VRRP instances</h2>
        {spec.vrrpInstances.length === 0 ? (
          <p className="muted">
            No VRRP instances yet
            {spec.directors.length === 0
              ? ': add a director first, then an instance that moves the VIPs between directors.'
              : ': add one to give the directors a VIP.'}
          </p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Instance</th>
                <th scope="col">Interface / VRID</th>
                <th scope="col">Members (priority)</th>
                <th scope="col">VIPs</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {spec.vrrpInstances.map((i) => (
                <tr key={i.name}>
                  <td>{i.name}</td>
                  <td>
                    {i.interface} / {i.virtualRouterId}
                  </td>
                  <td>{i.members.map((m) => `${m.director} (${m.priority}${m.state === 'MASTER' ? ', MASTER' : ''})`).join(', ')}</td>
                  <td>{i.vips.map((v) => v.address).join(', ')}</td>
                  <td>
                    <ItemActions
                      target={{ kind: 'vrrpInstance', key: i.name }}
                      label={`VRRP instance ${i.name}`}
                      open={open}
                      blocked={editBlocked}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="row">
          <AddButton target={{ kind: 'vrrpInstance' }} open={open} blocked={editBlocked}>
            Add VRRP instance
          </AddButton>
        </p>
        <h2>VRRP sync groups</h2>
        {spec.vrrpSyncGroups.length === 0 ? (
          <p className="muted">
            No sync groups: instances change state on their own. A group makes two or more instances fail over together.
          </p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Sync group</th>
                <th scope="col">Instances</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {spec.vrrpSyncGroups.map((g) => (
                <tr key={g.name}>
                  <td>{g.name}</td>
                  <td>{g.instances.join(', ')}</td>
                  <td>
                    <ItemActions
                      target={{ kind: 'vrrpSyncGroup', key: g.name }}
                      label={`sync group ${g.name}`}
                      open={open}
                      blocked={editBlocked}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="row">
          <AddButton
            target={{ kind: 'vrrpSyncGroup' }}
            open={open}
            blocked={editBlocked ?? (spec.vrrpInstances.length < 2 ? 'A sync group needs at least two VRRP instances' : undefined)}
          >
            Add sync group
          </AddButton>
        </p>
      </section>

      <section className="panel">
        <h2 style={{ marginTop: 0 }}>Virtual services</h2>
        {spec.virtualServices.length === 0 ? (
          <p className="muted">No virtual services yet: add one on a VIP of a VRRP instance, then its real servers.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">Scheduler</th>
                <th scope="col">Forwarding</th>
                <th scope="col">Persistence</th>
                <th scope="col">Real servers</th>
              </tr>
            </thead>
            <tbody>
              {spec.virtualServices.map((vs) => {
                const key = vsKey(vs);
                return (
                  <tr key={key}>
                    <td>
                      <code>{key}</code>
                      <ItemActions
                        target={{ kind: 'virtualService', key }}
                        label={`virtual service ${key}`}
                        open={open}
                        blocked={editBlocked}
                      />
                    </td>
                    <td>{vs.scheduler}</td>
                    <td>{vs.forwarding}</td>
                    <td>
                      {vs.persistence
                        ? `${vs.persistence.timeout} s${vs.persistence.netmask ? ` per ${vs.persistence.netmask}` : ''}`
                        : '—'}
                    </td>
                    <td>
                      <RealServerList service={key} realServers={vs.realServers} open={open} blocked={editBlocked} />
                      <AddButton target={{ kind: 'realServer', service: key }} open={open} blocked={editBlocked}>
                        Add real server
                      </AddButton>
                      <div className="muted small">
                        Health, traffic and drain/enable/disable: the <Link href={`/clusters/${clusterId}/live`}>Live tab</Link>.
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <p className="row">
          <AddButton target={{ kind: 'virtualService' }} open={open} blocked={editBlocked}>
            Add virtual service
          </AddButton>
        </p>
      </section>
      {editing && (
        <Editor
          clusterId={clusterId}
          spec={spec}
          target={editing}
          onClose={() => setEditing(null)}
          onSaved={(m, w, t) => void saved(m, w, t)}
          onStale={() => void qc.invalidateQueries({ queryKey: clusterKeys.spec(clusterId) })}
        />
      )}
    </>
  );
}

/** Past this many, a service's real servers start folded: 5,000 rows of edit buttons would weigh on every repaint. */
const FOLD_AFTER = 10;
const FOLDED_SHOWN = 5;

/** A virtual service's real servers with their edit actions; long lists fold behind "Show all N". */
function RealServerList({
  service,
  realServers,
  open,
  blocked,
}: {
  service: string;
  realServers: ClusterSpec['virtualServices'][number]['realServers'];
  open: (t: EditTarget) => void;
  blocked: string | undefined;
}) {
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
              <span className="muted">
                weight {rs.weight}
                {rs.healthCheck ? `, ${rs.healthCheck.type}` : ''}
                {rs.adminState !== 'enabled' ? `, ${rs.adminState}` : ''}
              </span>
              <ItemActions
                target={{ kind: 'realServer', key: rk, service }}
                label={`real server ${rk} of ${service}`}
                open={open}
                blocked={blocked}
              />
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
