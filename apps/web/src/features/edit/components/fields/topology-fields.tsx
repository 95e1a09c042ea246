'use client';
import { type ClusterSpec, CLUSTER_MODES, RELOAD_METHODS, VRRP_STATES } from '@lvs/domain';
import type { ReactNode } from 'react';
import type { EditTarget } from '../../api/resources';
import { blankMember, blankTrack, blankVip } from '../../schemas/drafts';
import { CheckField, CheckList, ListField, MoreOptions, SelectField, TextArea, TextField, TRI_OPTIONS, When } from '../form-kit';
import { isOn, ROOT_ONLY, TRUST_ONLY, useAdminOnly, useCredentialNames } from './access';

/** What each kind's fields get: the object being edited (kind, mode, key) and the cluster's spec. */
export interface FieldsProps {
  target: EditTarget;
  spec: ClusterSpec;
}

export function ClusterFields() {
  return (
    <div className="form-grid">
      <TextField path="name" label="Name" required autoFocus />
      <SelectField path="mode" label="Mode" options={CLUSTER_MODES} hint="keepalived: VRRP + checkers; ipvsadm: IPVS rules only" />
      <TextArea path="description" label="Description" rows={2} />
    </div>
  );
}

export function DirectorFields({ target, spec }: FieldsProps) {
  const credentialNames = useCredentialNames(true);
  const trust = useAdminOnly(TRUST_ONLY);
  // A director that logs in with a credential: where it connects is the admin's too.
  const credentialed = target.mode !== 'create' && spec.directors.some((d) => d.name === target.key && d.credential !== undefined);
  const where = credentialed ? trust : undefined;
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
}

export function VrrpInstanceFields({ spec }: FieldsProps) {
  const script = useAdminOnly(ROOT_ONLY);
  return (
    <>
      <div className="form-grid">
        <TextField path="name" label="Name" required autoFocus />
        <TextField path="interface" label="Interface" required />
        <TextField path="virtualRouterId" label="Virtual router id" numeric required hint="1-255, unique per interface" />
        <TextField path="advertInt" label="Advert interval (s)" numeric />
        <TextField path="preemptDelay" label="Preempt delay (s)" numeric />
        <SelectField
          path="vrrpVersion"
          label="VRRP version"
          options={[['', 'the global default (2)'], '2', '3']}
          hint="3 takes advert intervals in centiseconds; IPv6 is always 3"
        />
        <SelectField
          path="authType"
          label="Auth type"
          options={[['', 'PASS (default)'], 'PASS', 'AH']}
          hint="VRRPv2 only; AH is deprecated and forces the BACKUP start state"
        />
        <TextField path="authPass" label="Auth pass" hint="VRRPv2, 1-8 characters" />
        <SelectField path="smtpAlert" label="smtp_alert" options={TRI_OPTIONS} hint="Mail on state changes" />
        <CheckField path="nopreempt" label="nopreempt" />
        <CheckField path="unicast" label="Unicast peers" />
      </div>
      <fieldset>
        <legend>Virtual MAC (use_vmac)</legend>
        <div className="form-grid">
          <CheckField path="vmac" label="use_vmac (VIPs and adverts on a macvlan with the VRRP MAC)" />
          <When path="vmac" is={isOn}>
            <TextField path="useVmac.name" label="VMAC interface" placeholder="vrrp.51" hint="Blank = vrrp.VRID" />
            <TextField path="useVmac.mac" label="VMAC address" hint="Blank = the RFC 5798 address 00:00:5e:00:01:VRID" />
            <CheckField path="vmacXmitBase" label="vmac_xmit_base (adverts on the base interface; needed with unicast)" />
          </When>
        </div>
      </fieldset>
      <GarpFields prefix="garp" delay="garpMasterDelay" />
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
            <TextField path={`${p}.options`} label={`VIP ${i + 1} options`} placeholder="brd 10.0.0.255 scope global" />
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
      <TrackList
        path="trackFiles"
        what="file"
        range="-254..254"
        hint="the track file's own"
        name={(path, label) => (
          <SelectField path={path} label={label} options={[['', '—'], ...(spec.trackFiles ?? []).map((x) => x.name)]} />
        )}
      />
      <TrackList
        path="trackProcesses"
        what="process"
        plural="processes"
        range="-254..254"
        hint="the tracked process's own"
        name={(path, label) => (
          <SelectField path={path} label={label} options={[['', '—'], ...(spec.trackProcesses ?? []).map((x) => x.name)]} />
        )}
      />
      <NotifyFields locked={script} />
    </>
  );
}

/** notify_master … notify of an instance or a sync group: scripts keepalived runs as root, so the admin's. */
function NotifyFields({ locked }: { locked: string | undefined }) {
  return (
    <fieldset>
      <legend>Notify scripts</legend>
      <div className="form-grid">
        {(['master', 'backup', 'fault', 'stop', 'any'] as const).map((k) => (
          <TextField key={k} path={`notify.${k}`} label={`notify${k === 'any' ? '' : `_${k}`}`} locked={locked} />
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Gratuitous ARP timing (garp_* of an instance, vrrp_garp_* of global_defs; keepalived.conf(5)).
 * `delay` is where garp_master_delay sits (the instance keeps it beside the others); `intervals`
 * adds global_defs' vrrp_garp_interval and vrrp_gna_interval.
 */
export function GarpFields({ prefix, delay, intervals }: { prefix: string; delay: string; intervals?: boolean }) {
  const keys = ['masterRepeat', 'lowerPrioDelay', 'lowerPrioRepeat', 'masterRefresh', 'masterRefreshRepeat', 'interval', 'gnaInterval'];
  return (
    <MoreOptions summary="Gratuitous ARP timing (garp_*)" paths={[delay, ...keys.map((k) => `${prefix}.${k}`)]}>
      <GarpInputs prefix={prefix} delay={delay} intervals={intervals} />
    </MoreOptions>
  );
}

function GarpInputs({ prefix, delay, intervals }: { prefix: string; delay: string; intervals?: boolean }) {
  return (
    <fieldset>
      <legend>Gratuitous ARP</legend>
      <div className="form-grid">
        <TextField path={delay} label="GARP master delay (s)" numeric hint="Before the second burst after becoming MASTER; 0 = none" />
        <TextField path={`${prefix}.masterRepeat`} label="GARP master repeat" numeric hint="ARPs sent at a time on becoming MASTER" />
        <TextField path={`${prefix}.lowerPrioDelay`} label="GARP lower priority delay (s)" numeric />
        <TextField path={`${prefix}.lowerPrioRepeat`} label="GARP lower priority repeat" numeric />
        <TextField path={`${prefix}.masterRefresh`} label="GARP master refresh (s)" numeric hint="Refresh while MASTER; 0 = none" />
        <TextField path={`${prefix}.masterRefreshRepeat`} label="GARP master refresh repeat" numeric />
        {intervals && (
          <>
            <TextField path={`${prefix}.interval`} label="GARP interval (s)" numeric hint="Between ARPs on one interface; e.g. 0.001" />
            <TextField path={`${prefix}.gnaInterval`} label="GNA interval (s)" numeric hint="Between unsolicited NAs (IPv6)" />
          </>
        )}
      </div>
    </fieldset>
  );
}

export function VrrpScriptFields({ target }: FieldsProps) {
  const script = useAdminOnly(ROOT_ONLY);
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
}

export function VrrpSyncGroupFields({ spec }: FieldsProps) {
  const script = useAdminOnly(ROOT_ONLY);
  return (
    <>
      <div className="form-grid">
        <TextField path="name" label="Name" required autoFocus />
        <SelectField path="smtpAlert" label="smtp_alert" options={TRI_OPTIONS} hint="Mail on the group's state changes" />
        <CheckField
          path="trackingWeight"
          label="sync_group_tracking_weight"
          hint="Without it keepalived ignores the members' weighted tracked objects"
        />
      </div>
      <CheckList path="instances" legend="Instances (at least two)" options={spec.vrrpInstances.map((i) => i.name)} />
      <NotifyFields locked={script} />
    </>
  );
}

/**
 * Tracked objects of an instance (track_script, track_interface): a name and an optional weight each.
 * Weights are the operator's (they move VIPs, they run nothing); what a script runs is the admin's,
 * in its own form.
 */
function TrackList({
  path,
  what,
  plural = `${what}s`,
  range = '-253..253',
  hint,
  name,
}: {
  path: string;
  what: string;
  plural?: string;
  range?: string;
  hint: string;
  name: (path: string, label: string) => ReactNode;
}) {
  return (
    <ListField
      path={path}
      legend={`Tracked ${plural}`}
      blank={blankTrack}
      addLabel={`Track a${/^[aeiou]/.test(what) ? 'n' : ''} ${what}`}
      rowLabel={(i) => `tracked ${what} ${i + 1}`}
    >
      {(p, i) => (
        <>
          {name(`${p}.name`, `Tracked ${what} ${i + 1}`)}
          <TextField path={`${p}.weight`} label={`Tracked ${what} ${i + 1} weight`} numeric hint={`${range}; blank = ${hint}`} />
          <CheckField path={`${p}.reverse`} label={`Tracked ${what} ${i + 1} reverse`} hint="The weight works the other way round" />
        </>
      )}
    </ListField>
  );
}
