'use client';
import {
  type ClusterSpec,
  CLUSTER_MODES,
  FORWARDING_METHODS,
  HEALTH_CHECK_TYPES,
  PROTOCOLS,
  realServerKey,
  RELOAD_METHODS,
  SCHEDULERS,
  virtualServiceKey,
  VRRP_STATES,
  ADMIN_STATES,
} from '@lvs/domain';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useSession } from '../../../components/session';
import { api, ApiError } from '../../../lib/api';
import { BODY, blankMember, blankTrack, blankUrl, blankVip, draftOf } from '../schemas/drafts';
import { CheckField, CheckList, EditForm, Group, ListField, SelectField, TextArea, TextField, When, type Draft } from './form-kit';
import { type EditTarget, locate, type Located, write } from '../api/resources';
import { resolveDraft } from '../schemas/validate';

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
  const title = target.mode === 'create' ? `Add a ${what}` : target.mode === 'delete' ? `Delete ${what} ${name}` : `Edit ${what} ${name}`;
  const found = useMemo(() => (at ? draftOf(target.kind, spec, target.key, target.service, keys, at.item) : null), [at, spec, target]);

  async function save(draft: Draft) {
    if (!at) return;
    const body = target.mode === 'delete' ? undefined : BODY[target.kind](draft);
    try {
      const warnings = await write(at, target.mode, body, target.kind === 'cluster' ? 'PATCH' : 'PUT');
      const done = target.mode === 'create' ? 'Added' : target.mode === 'delete' ? 'Deleted' : 'Saved';
      onSaved(`${done} ${what} ${target.mode === 'create' ? describe(target, body) : name}.`, warnings, target);
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
          {target.mode === 'delete' ? <DeleteNote target={target} spec={spec} /> : <Fields target={target} spec={spec} />}
        </EditForm>
      )}
    </dialog>
  );
}

function describe(t: EditTarget, body: unknown): string {
  const b = body as Record<string, unknown>;
  if (t.kind === 'virtualService') return b.fwmark !== undefined ? `fwmark:${String(b.fwmark)}` : `${String(b.vip)}:${String(b.port ?? 0)}`;
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

const isOn = (v: unknown) => v === true;

/** The names of the stored SSH credentials, offered in the director form (none when they cannot be read). */
function useCredentialNames(wanted: boolean): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    if (!wanted) return;
    let stale = false;
    api<{ items: { name: string }[] }>('GET', '/credentials').then(
      (r) => !stale && setNames(r.data.items.map((c) => c.name)),
      () => undefined, // a suggestion list, not a requirement
    );
    return () => {
      stale = true;
    };
  }, [wanted]);
  return names;
}

/**
 * Why a field is the admin's (docs/trust-model.md), or undefined for an admin. The API refuses these
 * changes from anyone else (403 naming the field); the form says so up front instead.
 */
const ROOT_ONLY = 'Needs the admin role: keepalived runs it as root on the directors';
const TRUST_ONLY = 'Needs the admin role: it decides which host the console logs in to, and with what';
function useAdminOnly(reason: string): string | undefined {
  const { me } = useSession();
  return me?.user.role === 'admin' ? undefined : reason;
}

function Fields({ target, spec }: { target: EditTarget; spec: ClusterSpec }) {
  const credentialNames = useCredentialNames(target.kind === 'director');
  const script = useAdminOnly(ROOT_ONLY);
  const trust = useAdminOnly(TRUST_ONLY);
  // A director that logs in with a credential: where it connects is the admin's too.
  const credentialed =
    target.kind === 'director' &&
    target.mode !== 'create' &&
    spec.directors.some((d) => d.name === target.key && d.credential !== undefined);
  const where = credentialed ? trust : undefined;
  switch (target.kind) {
    case 'cluster':
      return (
        <div className="form-grid">
          <TextField path="name" label="Name" required autoFocus />
          <SelectField path="mode" label="Mode" options={CLUSTER_MODES} hint="keepalived: VRRP + checkers; ipvsadm: IPVS rules only" />
          <TextArea path="description" label="Description" rows={2} />
        </div>
      );
    case 'director':
      return (
        <div className="form-grid">
          <TextField path="name" label="Name" required autoFocus hint="Also keepalived's router_id" />
          <TextField path="address" label="Address" required hint="The console connects here over SSH" locked={where} />
          <TextField path="sshPort" label="SSH port" numeric locked={where} />
          <TextField path="sshUser" label="SSH user" locked={where} />
          <TextField
            path="credential"
            label="Credential"
            locked={trust}
            hint="Name of a stored SSH credential (admins add them through POST /api/v1/credentials). It is only sent to the addresses an admin bound it to: a director outside them is refused before connecting"
            suggestions={credentialNames}
          />
          <SelectField path="reloadMethod" label="Reload method" options={RELOAD_METHODS} />
          <TextField path="configPath" label="Config path" locked={trust} />
          <TextField path="pidFile" label="Pid file" locked={trust} />
          <CheckField path="sudo" label="Run privileged commands with sudo -n" locked={trust} />
        </div>
      );
    case 'vrrpInstance':
      return (
        <>
          <div className="form-grid">
            <TextField path="name" label="Name" required autoFocus />
            <TextField path="interface" label="Interface" required />
            <TextField path="virtualRouterId" label="Virtual router id" numeric required hint="1-255, unique per interface" />
            <TextField path="advertInt" label="Advert interval (s)" numeric />
            <TextField path="preemptDelay" label="Preempt delay (s)" numeric />
            <TextField path="garpMasterDelay" label="GARP master delay (s)" numeric />
            <TextField path="authPass" label="Auth pass" hint="VRRPv2 PASS, 1-8 characters" />
            <CheckField path="nopreempt" label="nopreempt" />
            <CheckField path="unicast" label="Unicast peers" />
          </div>
          <ListField path="members" legend="Members" blank={blankMember} addLabel="Add member" min={1}>
            {(p, i) => (
              <>
                <SelectField
                  path={`${p}.director`}
                  label={`Member ${i + 1} director`}
                  options={[['', '—'], ...spec.directors.map((d) => d.name)]}
                />
                <TextField path={`${p}.priority`} label={`Member ${i + 1} priority`} numeric />
                <SelectField path={`${p}.state`} label={`Member ${i + 1} state`} options={VRRP_STATES} />
              </>
            )}
          </ListField>
          <ListField path="vips" legend="VIPs" blank={blankVip} addLabel="Add VIP">
            {(p, i) => (
              <>
                <TextField path={`${p}.address`} label={`VIP ${i + 1} address`} placeholder="192.0.2.10/32" />
                <TextField path={`${p}.dev`} label={`VIP ${i + 1} dev`} />
                <TextField path={`${p}.label`} label={`VIP ${i + 1} label`} />
              </>
            )}
          </ListField>
          <TrackList
            path="trackScripts"
            what="script"
            hint="the script's own"
            name={(path, label) => (
              <SelectField path={path} label={label} options={[['', '—'], ...(spec.vrrpScripts ?? []).map((x) => x.name)]} />
            )}
          />
          <TrackList
            path="trackInterfaces"
            what="interface"
            hint="its fault is the instance's fault"
            name={(path, label) => <TextField path={path} label={label} placeholder="eth1" />}
          />
          <fieldset>
            <legend>Notify scripts</legend>
            <div className="form-grid">
              {(['master', 'backup', 'fault', 'stop', 'any'] as const).map((k) => (
                <TextField key={k} path={`notify.${k}`} label={`notify${k === 'any' ? '' : `_${k}`}`} locked={script} />
              ))}
            </div>
          </fieldset>
        </>
      );
    case 'vrrpScript':
      return (
        <div className="form-grid">
          <TextField path="name" label="Name" required autoFocus locked={target.mode === 'create' ? undefined : script} />
          <TextField path="script" label="Script" required locked={script} hint="Program and arguments, e.g. /usr/bin/pgrep -x haproxy" />
          <TextField path="interval" label="Interval (s)" numeric hint="Seconds between runs" />
          <TextField path="timeout" label="Timeout (s)" numeric />
          <TextField
            path="weight"
            label="Weight"
            numeric
            hint="-253..253: added to the priority while it succeeds (negative: while it fails)"
          />
          <TextField path="rise" label="Rise" numeric hint="Successes before OK" />
          <TextField path="fall" label="Fall" numeric hint="Failures before KO" />
          <TextField path="user" label="User" locked={script} hint="user [group] it runs as; blank = script_user" />
          <CheckField path="reverse" label="reverse" />
          <CheckField path="initFail" label="init_fail (starts failed)" />
        </div>
      );
    case 'vrrpSyncGroup':
      return (
        <>
          <TextField path="name" label="Name" required autoFocus />
          <CheckList path="instances" legend="Instances (at least two)" options={spec.vrrpInstances.map((i) => i.name)} />
        </>
      );
    case 'virtualService':
      return (
        <>
          <div className="form-grid">
            <SelectField
              path="by"
              label="Identified by"
              options={[
                ['address', 'VIP and port'],
                ['fwmark', 'Firewall mark'],
              ]}
            />
            <When path="by" is={(v) => v !== 'fwmark'}>
              <TextField path="vip" label="VIP" required autoFocus />
              <TextField path="port" label="Port" numeric hint="Blank = all ports (needs persistence)" />
            </When>
            <When path="by" is={(v) => v === 'fwmark'}>
              <TextField path="fwmark" label="Firewall mark" numeric required />
              <SelectField path="family" label="Family" options={['inet', 'inet6']} />
            </When>
            <SelectField path="protocol" label="Protocol" options={PROTOCOLS} />
            <SelectField path="scheduler" label="Scheduler" options={SCHEDULERS} />
            <SelectField path="forwarding" label="Forwarding" options={FORWARDING_METHODS} />
            <TextField path="delayLoop" label="Delay loop (s)" numeric />
            <TextField path="quorum" label="Quorum" numeric />
            <TextField path="hysteresis" label="Hysteresis" numeric />
            <TextField path="quorumUp" label="quorum_up script" locked={script} />
            <TextField path="quorumDown" label="quorum_down script" locked={script} />
            <TextField path="virtualhost" label="Virtual host" />
            <CheckField path="alpha" label="alpha (servers start down)" />
            <CheckField path="omega" label="omega" />
          </div>
          <Group path="persistence" legend="Persistence">
            <CheckField path="persistent" label="Persistent" />
            <When path="persistent" is={isOn}>
              <div className="form-grid">
                <TextField path="persistence.timeout" label="Persistence timeout (s)" numeric />
                <TextField path="persistence.netmask" label="Persistence netmask" hint="255.255.255.0, or an IPv6 prefix length" />
              </div>
            </When>
          </Group>
          <fieldset>
            <legend>Sorry server</legend>
            <CheckField path="sorry" label="Use a sorry server" />
            <When path="sorry" is={isOn}>
              <div className="form-grid">
                <TextField path="sorryServer.address" label="Sorry server address" />
                <TextField path="sorryServer.port" label="Sorry server port" numeric />
              </div>
            </When>
          </fieldset>
        </>
      );
    case 'realServer':
      return (
        <>
          <p className="muted small">
            In <code>{target.service}</code>
          </p>
          <div className="form-grid">
            <TextField path="address" label="Address" required autoFocus />
            <TextField path="port" label="Port" numeric hint="DR and TUN: the virtual port" />
            <TextField path="weight" label="Weight" numeric hint="0-65535 (0 = quiescent)" />
            <SelectField path="forwarding" label="Forwarding" options={[['', "the service's"], ...FORWARDING_METHODS]} />
            <SelectField path="adminState" label="Admin state" options={ADMIN_STATES} />
            <TextField path="upperThreshold" label="Upper threshold" numeric />
            <TextField path="lowerThreshold" label="Lower threshold" numeric />
            <CheckField path="inhibitOnFailure" label="inhibit_on_failure (weight 0 instead of removal)" />
          </div>
          <HealthCheckFields />
        </>
      );
  }
}

/**
 * Tracked objects of an instance (track_script, track_interface): a name and an optional weight each.
 * Weights are the operator's (they move VIPs, they run nothing); what a script runs is the admin's,
 * in its own form.
 */
function TrackList({
  path,
  what,
  hint,
  name,
}: {
  path: string;
  what: string;
  hint: string;
  name: (path: string, label: string) => ReactNode;
}) {
  return (
    <ListField path={path} legend={`Tracked ${what}s`} blank={blankTrack} addLabel={`Track a${/^[aeiou]/.test(what) ? 'n' : ''} ${what}`}>
      {(p, i) => (
        <>
          {name(`${p}.name`, `Tracked ${what} ${i + 1}`)}
          <TextField path={`${p}.weight`} label={`Tracked ${what} ${i + 1} weight`} numeric hint={`-253..253; blank = ${hint}`} />
        </>
      )}
    </ListField>
  );
}

function HealthCheckFields() {
  const h = 'healthCheck';
  const script = useAdminOnly(ROOT_ONLY);
  const has =
    (...types: string[]) =>
    (v: unknown) =>
      types.includes(String(v));
  return (
    <Group path={h} legend="Health check">
      <SelectField path={`${h}.type`} label="Check" options={[['', 'none'], ...HEALTH_CHECK_TYPES]} />
      <When path={`${h}.type`} is={(v) => v !== ''}>
        <div className="form-grid">
          <When path={`${h}.type`} is={(v) => v !== 'MISC_CHECK' && v !== 'PING_CHECK'}>
            <TextField path={`${h}.connectPort`} label="Connect port" numeric hint="The real server's port when blank" />
          </When>
          <TextField path={`${h}.connectTimeout`} label="Connect timeout (s)" numeric />
          <TextField path={`${h}.retry`} label="Retry" numeric />
          <TextField path={`${h}.delayBeforeRetry`} label="Delay before retry (s)" numeric />
        </div>
        <When path={`${h}.type`} is={has('HTTP_GET', 'SSL_GET')}>
          <ListField path={`${h}.urls`} legend="URLs" blank={blankUrl} addLabel="Add URL" min={1}>
            {(p, i) => (
              <>
                <TextField path={`${p}.path`} label={`URL ${i + 1} path`} />
                <TextField path={`${p}.statusCode`} label={`URL ${i + 1} status`} numeric />
                <TextField path={`${p}.digest`} label={`URL ${i + 1} digest`} />
              </>
            )}
          </ListField>
        </When>
        <When path={`${h}.type`} is={has('MISC_CHECK')}>
          <div className="form-grid">
            <TextField path={`${h}.script`} label="Script" locked={script} />
            <TextField path={`${h}.timeout`} label="Script timeout (s)" numeric />
            <CheckField path={`${h}.dynamic`} label="misc_dynamic (exit code sets the weight)" />
          </div>
        </When>
        <When path={`${h}.type`} is={has('DNS_CHECK')}>
          <div className="form-grid">
            <TextField path={`${h}.queryName`} label="Query name" />
            <SelectField path={`${h}.queryType`} label="Query type" options={['A', 'NS', 'CNAME', 'SOA', 'MX', 'TXT', 'AAAA']} />
          </div>
        </When>
        <When path={`${h}.type`} is={has('SMTP_CHECK')}>
          <TextField path={`${h}.heloName`} label="HELO name" />
        </When>
        <When path={`${h}.type`} is={has('UDP_CHECK')}>
          <CheckField path={`${h}.requireReply`} label="Require a reply" />
        </When>
      </When>
    </Group>
  );
}
