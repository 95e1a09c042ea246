'use client';
import type { ClusterSpec } from '@lvs/domain';
import type { ReactNode } from 'react';
import type { EditTarget } from '../api/resources';
import { AddButton, ItemActions, type OpenEditor } from './actions';

/**
 * The keepalived objects beside directors, instances and services (keepalived.conf(5)): global_defs,
 * track_file, vrrp_track_process and virtual_server_group, each with its editors. They have no
 * resource route: the editors read the spec document with its ETag and PUT it back whole.
 */
export function KeepalivedObjects({ spec, open, blocked }: { spec: ClusterSpec; open: OpenEditor; blocked: string | undefined }) {
  const g = spec.globalDefs;
  const settings = [
    g?.notificationEmail && `mail to ${g.notificationEmail.join(', ')}`,
    g?.smtpServer && `SMTP ${g.smtpServer.address}`,
    g?.lvsSyncDaemon && `lvs_sync_daemon on ${g.lvsSyncDaemon.interface}`,
    g?.vrrpVersion && `VRRP version ${g.vrrpVersion}`,
    g?.garp && 'gratuitous ARP timing',
  ].filter(Boolean);
  return (
    <section className="panel" aria-labelledby="keepalived-objects">
      <h2 id="keepalived-objects" style={{ marginTop: 0 }}>
        Global settings
      </h2>
      <p data-testid="global-defs">
        {settings.length ? settings.join(' · ') : "keepalived's defaults (no notification mail, no connection sync)."}{' '}
        <button
          type="button"
          className="small-btn"
          disabled={!!blocked}
          title={blocked}
          onClick={() => open({ kind: 'globalDefs', mode: 'edit' })}
        >
          Edit global settings
        </button>
      </p>
      <ObjectTable
        heading="Track files"
        items={spec.trackFiles ?? []}
        empty="No track_file: one lets a file's number move the VIPs (maintenance switches, external health)."
        columns={[
          ['Track file', (x) => x.name],
          ['File', (x) => <code>{x.file}</code>],
          ['Weight', (x) => x.weight ?? '—'],
        ]}
        kind="trackFile"
        what="track file"
        add="Add track file"
        open={open}
        blocked={blocked}
      />
      <ObjectTable
        heading="Tracked processes"
        items={spec.trackProcesses ?? []}
        empty="No vrrp_track_process: one moves the VIPs when a process (haproxy, nginx) is gone, without running a script."
        columns={[
          ['Tracked process', (x) => x.name],
          ['Process', (x) => <code>{x.process.join(' ')}</code>],
          ['Weight', (x) => x.weight ?? '—'],
        ]}
        kind="trackProcess"
        what="tracked process"
        add="Add tracked process"
        open={open}
        blocked={blocked}
      />
      <ObjectTable
        heading="Virtual server groups"
        items={spec.virtualServerGroups ?? []}
        empty="No virtual_server_group: one lets a single virtual service answer on several VIPs, ranges or firewall marks."
        columns={[
          ['Group', (x) => x.name],
          [
            'Members',
            (x) => x.members.map((m) => ('fwmark' in m ? `fwmark ${m.fwmark}` : `${m.address}${m.port ? ` ${m.port}` : ''}`)).join(', '),
          ],
        ]}
        kind="virtualServerGroup"
        what="virtual server group"
        add="Add virtual server group"
        open={open}
        blocked={blocked}
      />
    </section>
  );
}

function ObjectTable<T extends { name: string }>({
  heading,
  items,
  empty,
  columns,
  kind,
  what,
  add,
  open,
  blocked,
}: {
  heading: string;
  items: T[];
  empty: string;
  columns: [header: string, cell: (x: T) => ReactNode][];
  kind: EditTarget['kind'];
  what: string;
  add: string;
  open: OpenEditor;
  blocked: string | undefined;
}) {
  return (
    <>
      <h2>{heading}</h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {columns.map(([h]) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((x) => (
              <tr key={x.name}>
                {columns.map(([h, cell]) => (
                  <td key={h}>{cell(x)}</td>
                ))}
                <td>
                  <ItemActions target={{ kind, key: x.name }} label={`${what} ${x.name}`} open={open} blocked={blocked} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="row">
        <AddButton target={{ kind }} open={open} blocked={blocked}>
          {add}
        </AddButton>
      </p>
    </>
  );
}
