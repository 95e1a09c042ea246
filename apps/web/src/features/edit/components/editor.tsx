'use client';
import { type ClusterSpec, realServerKey, virtualServiceKey } from '@lvs/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api';
import { BODY, draftOf } from '../schemas/drafts';
import { EditForm, KeptKeywords, type Draft } from './form-kit';
import { type EditTarget, locate, type Located, write } from '../api/resources';
import { resolveDraft } from '../schemas/validate';
import { GlobalDefsFields, TrackFileFields, TrackProcessFields, VirtualServerGroupFields } from './fields/object-fields';
import { RealServerFields, VirtualServiceFields } from './fields/service-fields';
import { ClusterFields, DirectorFields, VrrpInstanceFields, VrrpScriptFields, VrrpSyncGroupFields } from './fields/topology-fields';

/**
 * The editors of the cluster page, in a modal <dialog> (Escape closes it, focus stays inside and
 * returns to the button that opened it). Loaded with next/dynamic when the first one opens: this
 * chunk carries zod and libs/domain's schemas, the cluster page's own bundle does not.
 */
export interface EditorProps {
  clusterId: string;
  spec: ClusterSpec;
  target: EditTarget;
  onClose(): void;
  onSaved(message: string, warnings: { path: string; message: string }[], target: EditTarget): void;
  /** A write was refused as stale (412): the page should read the cluster again. */
  onStale(): void;
}

const WHAT: Record<EditTarget['kind'], string> = {
  cluster: 'cluster',
  director: 'director',
  vrrpInstance: 'VRRP instance',
  vrrpSyncGroup: 'VRRP sync group',
  vrrpScript: 'VRRP script',
  trackFile: 'track file',
  trackProcess: 'tracked process',
  virtualServerGroup: 'virtual server group',
  globalDefs: 'global settings',
  virtualService: 'virtual service',
  realServer: 'real server',
};
const keys = { vs: virtualServiceKey, rs: realServerKey };

export default function Editor({ clusterId, spec, target, onClose, onSaved, onStale }: EditorProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [at, setAt] = useState<Located | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const d = dialog.current;
    const opener = document.activeElement;
    if (d && !d.open) d.showModal();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  useEffect(() => {
    locate(clusterId, target).then(setAt, (e: Error) => setFailed(e.message));
  }, [clusterId, target]);
  // The form appears once the object is read: focus its first field (or the Delete button).
  useEffect(() => {
    const d = dialog.current;
    if (d && (at || failed))
      (d.querySelector<HTMLElement>('[data-autofocus]') ?? d.querySelector<HTMLElement>('input, select, textarea, button'))?.focus();
  }, [at, failed]);

  const what = WHAT[target.kind];
  const name = target.kind === 'cluster' ? spec.name : target.key;
  // global_defs is one per cluster: it has no name of its own.
  const title =
    target.kind === 'globalDefs'
      ? target.mode === 'delete'
        ? 'Reset the global settings'
        : 'Edit the global settings (global_defs)'
      : target.mode === 'create'
        ? `Add a ${what}`
        : target.mode === 'delete'
          ? `Delete ${what} ${name}`
          : `Edit ${what} ${name}`;
  const found = useMemo(() => (at ? draftOf(target.kind, spec, target.key, target.service, keys, at.item) : null), [at, spec, target]);

  async function save(draft: Draft) {
    if (!at) return;
    const body = target.mode === 'delete' ? undefined : BODY[target.kind](draft);
    try {
      const warnings = await write(at, target.mode, body, target.kind === 'cluster' ? 'PATCH' : 'PUT');
      const done = target.mode === 'create' ? 'Added' : target.mode === 'delete' ? 'Deleted' : 'Saved';
      onSaved(
        target.kind === 'globalDefs'
          ? `Saved the global settings.`
          : `${done} ${what} ${target.mode === 'create' ? describe(target, body) : name}.`,
        warnings,
        target,
      );
    } catch (e) {
      // Someone else changed it: the page reads the cluster again, so a fresh editor starts from the new copy.
      if (e instanceof ApiError && e.status === 412) onStale();
      throw e;
    }
  }

  return (
    <dialog
      ref={dialog}
      className="editor"
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {failed ? (
        <div>
          <p className="field-error" role="alert">
            {failed}
          </p>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      ) : !found ? (
        <p className="muted" role="status">
          Reading {what}…
        </p>
      ) : (
        <EditForm
          title={title}
          initial={found.draft}
          submitLabel={target.mode === 'delete' ? 'Delete' : target.mode === 'create' ? 'Add' : 'Save'}
          busyLabel={target.mode === 'delete' ? 'Deleting…' : undefined}
          danger={target.mode === 'delete'}
          check={
            target.mode === 'delete'
              ? undefined
              : (d, options) =>
                  resolveDraft(target.kind, BODY[target.kind](d), spec, { index: found.index, service: found.service }, options)
          }
          save={save}
          onCancel={onClose}
        >
          {target.mode === 'delete' ? (
            <DeleteNote target={target} spec={spec} />
          ) : (
            <>
              <Fields target={target} spec={spec} />
              <KeptKeywords />
            </>
          )}
        </EditForm>
      )}
    </dialog>
  );
}

function describe(t: EditTarget, body: unknown): string {
  const b = body as Record<string, unknown>;
  if (t.kind === 'virtualService')
    return b.group !== undefined
      ? `group:${String(b.group)}`
      : b.fwmark !== undefined
        ? `fwmark:${String(b.fwmark)}`
        : `${String(b.vip)}:${String(b.port ?? 0)}`;
  if (t.kind === 'realServer') return `${String(b.address)}:${String(b.port ?? 0)}`;
  return String(b.name);
}

const list = (items: string[], most = 8) =>
  items.length <= most ? items.join(', ') : `${items.slice(0, most).join(', ')} and ${items.length - most} more`;

/** What goes with a delete, named from the spec (not only in general words). */
function DeleteNote({ target, spec }: { target: EditTarget; spec: ClusterSpec }) {
  const note: Record<EditTarget['kind'], string> = {
    cluster: 'The cluster goes with its whole topology, revisions, deployments and scoped tokens. Nothing on the directors is touched.',
    director: 'Refused while a VRRP instance has it as a member. Nothing on the director host is touched.',
    vrrpInstance: 'Its VIPs go with it on the next deployment. Removing an instance has lost VIPs on reload: the plan flags it.',
    vrrpSyncGroup: 'Its instances stay; they just stop changing state together.',
    vrrpScript: 'keepalived stops running it; the instances that track it must stop tracking it first (the API refuses otherwise).',
    trackFile: 'keepalived stops watching the file; the instances that track it must stop tracking it first (the API refuses otherwise).',
    trackProcess:
      'keepalived stops watching the process; the instances that track it must stop tracking it first (the API refuses otherwise).',
    virtualServerGroup: 'The virtual services that answer on it must go first (the API refuses otherwise).',
    globalDefs:
      "Every global setting goes back to keepalived's default (notification mail, lvs_sync_daemon, gratuitous ARP timing, VRRP version).",
    virtualService: 'Its real servers go with it on the next deployment.',
    realServer:
      'Removing a real server by reload would cut its connections: the next deployment drains it first and waits for them to end, then removes it.',
  };
  const goes: string[] = [];
  if (target.kind === 'cluster') {
    const rs = spec.virtualServices.reduce((n, v) => n + v.realServers.length, 0);
    goes.push(
      `${spec.directors.length} directors, ${spec.vrrpInstances.length} VRRP instances, ${spec.vrrpSyncGroups.length} sync groups, ${spec.virtualServices.length} virtual services with ${rs} real servers`,
    );
  } else if (target.kind === 'director') {
    const member = spec.vrrpInstances.filter((i) => i.members.some((m) => m.director === target.key)).map((i) => i.name);
    if (member.length) goes.push(`member of ${list(member)}: remove it there first`);
  } else if (target.kind === 'vrrpInstance') {
    const vips = spec.vrrpInstances.find((i) => i.name === target.key)?.vips.map((v) => v.address.replace(/\/\d+$/, '')) ?? [];
    const services = spec.virtualServices.filter((v) => v.vip && vips.includes(v.vip)).map((v) => keys.vs(v));
    if (vips.length) goes.push(`VIPs ${list(vips)}`);
    if (services.length) goes.push(`the virtual services on them lose their VIP: ${list(services)}`);
    const groups = spec.vrrpSyncGroups.filter((g) => g.instances.includes(target.key ?? '')).map((g) => g.name);
    if (groups.length) goes.push(`it leaves the sync groups ${list(groups)}`);
  } else if (target.kind === 'vrrpScript') {
    const by = spec.vrrpInstances.filter((i) => i.trackScripts?.some((t) => t.name === target.key)).map((i) => i.name);
    if (by.length) goes.push(`tracked by the VRRP instances ${list(by)}: remove it from their Tracked scripts first`);
  } else if (target.kind === 'trackFile' || target.kind === 'trackProcess') {
    const refs = (i: ClusterSpec['vrrpInstances'][number]) => (target.kind === 'trackFile' ? i.trackFiles : i.trackProcesses);
    const by = spec.vrrpInstances.filter((i) => refs(i)?.some((t) => t.name === target.key)).map((i) => i.name);
    if (by.length)
      goes.push(
        `tracked by the VRRP instances ${list(by)}: remove it from their tracked ${target.kind === 'trackFile' ? 'files' : 'processes'} first`,
      );
  } else if (target.kind === 'virtualServerGroup') {
    const by = spec.virtualServices.filter((v) => v.group === target.key).map((v) => keys.vs(v));
    if (by.length) goes.push(`used by the virtual services ${list(by)}`);
  } else if (target.kind === 'virtualService') {
    const vs = spec.virtualServices.find((v) => keys.vs(v) === target.key);
    if (vs)
      goes.push(
        vs.realServers.length ? `${vs.realServers.length} real servers: ${list(vs.realServers.map((r) => keys.rs(r)))}` : 'no real servers',
      );
  }
  return (
    <>
      <p>{note[target.kind]}</p>
      {goes.length > 0 && (
        <ul data-testid="delete-goes">
          {goes.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Each kind's fields (fields/): the form of one object, and what it keeps verbatim (read-only). */
function Fields({ target, spec }: { target: EditTarget; spec: ClusterSpec }) {
  switch (target.kind) {
    case 'cluster':
      return <ClusterFields />;
    case 'director':
      return <DirectorFields target={target} spec={spec} />;
    case 'vrrpInstance':
      return <VrrpInstanceFields target={target} spec={spec} />;
    case 'vrrpScript':
      return <VrrpScriptFields target={target} spec={spec} />;
    case 'vrrpSyncGroup':
      return <VrrpSyncGroupFields target={target} spec={spec} />;
    case 'trackFile':
      return <TrackFileFields target={target} spec={spec} />;
    case 'trackProcess':
      return <TrackProcessFields target={target} spec={spec} />;
    case 'virtualServerGroup':
      return <VirtualServerGroupFields target={target} spec={spec} />;
    case 'globalDefs':
      return <GlobalDefsFields target={target} spec={spec} />;
    case 'virtualService':
      return <VirtualServiceFields target={target} spec={spec} />;
    case 'realServer':
      return <RealServerFields target={target} spec={spec} />;
  }
}
