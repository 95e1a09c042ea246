'use client';
import type { ClusterSpec } from '@lvs/domain';
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { useToast } from '../../../components/ui/toast';
import { clusterKeys, clustersQuery } from '../../clusters/api/queries';
import { useCluster } from '../../clusters/components/cluster-frame';
import { HostKeyCell } from '../../deploy/host-key-cell';
import type { EditTarget } from '../../edit/api/resources';
import { AddButton, Editor, ItemActions } from '../../edit/components/actions';
import { KeepalivedObjects } from '../../edit/components/keepalived-objects';
import { DirectorCapabilities } from '../../fleet/components/director-capabilities';
import { rsKey, vsKey } from '../../live/keys';
import { RealServerChecks } from './real-server-checks';

/** Configuration: directors (with their host keys), VRRP instances and sync groups, virtual services and their real servers; every editor. */
export function ConfigurationTab() {
  const { clusterId, spec, etag, me, operate } = useCluster();
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

  // What every table's Edit, Delete and Add buttons share: the editor to open, or why they cannot.
  const tableEdit = { open, blocked: editBlocked };

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
        <SpecTable
          first
          heading="Directors"
          rowKey={byName}
          items={spec.directors}
          empty={
            <p className="empty">
              No directors yet: add the first one (its SSH address, user and credential), then a VRRP instance with the VIPs it holds.
            </p>
          }
          columns={[
            { header: 'Director', cell: (d) => d.name },
            {
              header: 'SSH',
              cell: (d) => (
                <>
                  <code>
                    {d.sshUser}@{d.address}:{d.sshPort}
                  </code>
                  {d.credential ? <span className="muted"> ({d.credential})</span> : null}
                </>
              ),
            },
            { header: 'Config', cell: (d) => <code>{d.configPath}</code> },
            { header: 'Host key', cell: (d) => <HostKeyCell clusterId={clusterId} director={d.name} me={me} /> },
            {
              header: 'Capabilities',
              cell: (d) => <DirectorCapabilities clusterId={clusterId} director={d.name} specTag={etag} blocked={editBlocked} />,
            },
          ]}
          item={(d) => ({ target: { kind: 'director', key: d.name }, label: `director ${d.name}` })}
          add={{ target: { kind: 'director' }, label: 'Add director' }}
          {...tableEdit}
        />
        <SpecTable
          heading="VRRP instances"
          rowKey={byName}
          items={spec.vrrpInstances}
          empty={
            <p className="muted">
              No VRRP instances yet
              {spec.directors.length === 0
                ? ': add a director first, then an instance that moves the VIPs between directors.'
                : ': add one to give the directors a VIP.'}
            </p>
          }
          columns={[
            { header: 'Instance', cell: (i) => i.name },
            {
              header: 'Interface / VRID',
              cell: (i) => (
                <>
                  {i.interface} / {i.virtualRouterId}
                </>
              ),
            },
            {
              header: 'Members (priority)',
              cell: (i) => i.members.map((m) => `${m.director} (${m.priority}${m.state === 'MASTER' ? ', MASTER' : ''})`).join(', '),
            },
            { header: 'VIPs', cell: (i) => i.vips.map((v) => v.address).join(', ') },
            {
              header: 'Tracks',
              cell: (i) => {
                const w = (x?: { weight?: number }) => (x?.weight === undefined ? '' : ` weight ${x.weight}`);
                const all = [
                  ...(i.trackScripts ?? []).map((t) => `${t.name}${w(t)}`),
                  ...i.trackInterfaces.map((n) => `${n}${w(i.trackInterfaceWeights?.[n])}`),
                ];
                return all.length ? all.join(', ') : '—';
              },
            },
          ]}
          item={(i) => ({ target: { kind: 'vrrpInstance', key: i.name }, label: `VRRP instance ${i.name}` })}
          add={{ target: { kind: 'vrrpInstance' }, label: 'Add VRRP instance' }}
          {...tableEdit}
        />
        <SpecTable
          heading="VRRP sync groups"
          rowKey={byName}
          items={spec.vrrpSyncGroups}
          empty={
            <p className="muted">
              No sync groups: instances change state on their own. A group makes two or more instances fail over together.
            </p>
          }
          columns={[
            { header: 'Sync group', cell: (g) => g.name },
            { header: 'Instances', cell: (g) => g.instances.join(', ') },
          ]}
          item={(g) => ({ target: { kind: 'vrrpSyncGroup', key: g.name }, label: `sync group ${g.name}` })}
          add={{
            target: { kind: 'vrrpSyncGroup' },
            label: 'Add sync group',
            blocked: spec.vrrpInstances.length < 2 ? 'A sync group needs at least two VRRP instances' : undefined,
          }}
          {...tableEdit}
        />
        <SpecTable
          heading="VRRP scripts"
          rowKey={byName}
          items={spec.vrrpScripts ?? []}
          empty={
            <p className="muted">
              No vrrp_script: add one (a check such as <code>pgrep -x haproxy</code>) and track it from a VRRP instance, so a dead proxy
              moves the VIP.
            </p>
          }
          columns={[
            { header: 'Script name', cell: (x) => x.name },
            {
              header: 'Script',
              cell: (x) => (
                <code title={x.script} style={TRUNCATED}>
                  {x.script}
                </code>
              ),
            },
            { header: 'Interval', cell: (x) => (x.interval === undefined ? '—' : `${x.interval} s`) },
            { header: 'Weight', cell: (x) => x.weight ?? '—' },
            { header: 'Rise / fall', cell: (x) => `${x.rise ?? '—'} / ${x.fall ?? '—'}` },
            { header: 'User', cell: (x) => x.user ?? '—' },
          ]}
          item={(x) => ({ target: { kind: 'vrrpScript', key: x.name }, label: `VRRP script ${x.name}` })}
          add={{
            target: { kind: 'vrrpScript' },
            label: 'Add VRRP script',
            // keepalived runs it as root on the directors (docs/trust-model.md): the API refuses it from anyone else.
            blocked: me.user.role === 'admin' ? undefined : 'Needs the admin role: keepalived runs it as root on the directors',
          }}
          {...tableEdit}
        />
      </section>

      <KeepalivedObjects spec={spec} open={open} blocked={editBlocked} />

      <section className="panel">
        <SpecTable
          first
          heading="Virtual services"
          items={spec.virtualServices}
          rowKey={vsKey}
          empty={<p className="muted">No virtual services yet: add one on a VIP of a VRRP instance, then its real servers.</p>}
          columns={[
            {
              header: 'Service',
              cell: (vs) => (
                <>
                  <code>{vsKey(vs)}</code>
                  <ItemActions
                    target={{ kind: 'virtualService', key: vsKey(vs) }}
                    label={`virtual service ${vsKey(vs)}`}
                    open={open}
                    blocked={editBlocked}
                  />
                </>
              ),
            },
            { header: 'Scheduler', cell: (vs) => vs.scheduler },
            { header: 'Forwarding', cell: (vs) => vs.forwarding },
            {
              header: 'Persistence',
              cell: (vs) =>
                vs.persistence ? `${vs.persistence.timeout} s${vs.persistence.netmask ? ` per ${vs.persistence.netmask}` : ''}` : '—',
            },
            {
              header: 'Real servers',
              cell: (vs) => (
                <>
                  <RealServerList
                    clusterId={clusterId}
                    service={vsKey(vs)}
                    realServers={vs.realServers}
                    open={open}
                    blocked={editBlocked}
                  />
                  <AddButton target={{ kind: 'realServer', service: vsKey(vs) }} open={open} blocked={editBlocked}>
                    Add real server
                  </AddButton>
                  <div className="muted small">
                    Health, traffic and drain/enable/disable: the <Link href={`/clusters/${clusterId}/live`}>Live tab</Link>.
                  </div>
                </>
              ),
            },
          ]}
          add={{ target: { kind: 'virtualService' }, label: 'Add virtual service' }}
          {...tableEdit}
        />
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

const byName = (x: { name: string }) => x.name;
/** A long script on one line: cut with an ellipsis on screen, the whole text in the title (and to a screen reader). */
const TRUNCATED = {
  display: 'inline-block',
  maxWidth: '28ch',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  verticalAlign: 'bottom',
} as const;

/** One column of a spec table: its header and what a row shows in it. */
interface Column<T> {
  header: string;
  cell(item: T): ReactNode;
}

/**
 * One kind of spec object as a table with its editors: a heading, the rows (or what to do when there
 * are none), Edit/Delete per row (`item`; without it the columns carry their own actions) and an Add
 * button — every block of the Configuration tab, disabled with the reason when the role cannot edit.
 */
function SpecTable<T>({
  heading,
  first,
  items,
  rowKey,
  empty,
  columns,
  item,
  add,
  open,
  blocked,
}: {
  heading: string;
  first?: boolean;
  items: T[];
  rowKey: (item: T) => string;
  empty: ReactNode;
  columns: Column<T>[];
  item?: (item: T) => { target: Omit<EditTarget, 'mode'>; label: string };
  add: { target: Omit<EditTarget, 'mode'>; label: string; blocked?: string };
  open: (t: EditTarget) => void;
  blocked: string | undefined;
}) {
  return (
    <>
      <h2 style={first ? { marginTop: 0 } : undefined}>{heading}</h2>
      {items.length === 0 ? (
        empty
      ) : (
        <table>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col">
                  {c.header}
                </th>
              ))}
              {item && (
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {items.map((x) => {
              const actions = item?.(x);
              return (
                <tr key={rowKey(x)}>
                  {columns.map((c) => (
                    <td key={c.header}>{c.cell(x)}</td>
                  ))}
                  {actions && (
                    <td>
                      <ItemActions target={actions.target} label={actions.label} open={open} blocked={blocked} />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="row">
        <AddButton target={add.target} open={open} blocked={blocked ?? add.blocked}>
          {add.label}
        </AddButton>
      </p>
    </>
  );
}

/** Past this many, a service's real servers start folded: 5,000 rows of edit buttons would weigh on every repaint. */
const FOLD_AFTER = 10;
const FOLDED_SHOWN = 5;

/** A virtual service's real servers with their edit actions; long lists fold behind "Show all N". */
function RealServerList({
  clusterId,
  service,
  realServers,
  open,
  blocked,
}: {
  clusterId: string;
  service: string;
  realServers: ClusterSpec['virtualServices'][number]['realServers'];
  open: (t: EditTarget) => void;
  blocked: string | undefined;
}) {
  const [all, setAll] = useState(false);
  // Checks run over SSH on the real server when asked: which rows have them open.
  const [checking, setChecking] = useState<ReadonlySet<string>>(new Set());
  const toggleChecks = (rk: string) =>
    setChecking((s) => {
      const n = new Set(s);
      if (!n.delete(rk)) n.add(rk);
      return n;
    });
  const folded = realServers.length > FOLD_AFTER && !all;
  const shown = folded ? realServers.slice(0, FOLDED_SHOWN) : realServers;
  const listId = `rs-${service.replace(/[^A-Za-z0-9]/g, '-')}`;
  return (
    <>
      <ul className="rs-list" id={listId} aria-label={`Real servers of ${service}`}>
        {shown.map((rs) => {
          const rk = rsKey(rs);
          return (
            <li key={rk}>
              <div className="row">
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
                <button
                  type="button"
                  className="small-btn"
                  aria-expanded={checking.has(rk)}
                  aria-label={`${checking.has(rk) ? 'Hide' : 'Show'} the checks of real server ${rk} of ${service}`}
                  onClick={() => toggleChecks(rk)}
                >
                  Checks
                </button>
              </div>
              {checking.has(rk) && <RealServerChecks clusterId={clusterId} service={service} realServer={rk} />}
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
