'use client';
import { blankGroupMember } from '../../schemas/drafts';
import { CheckField, ListField, SelectField, TextField, TRI_OPTIONS, When } from '../form-kit';
import { isOn } from './access';
import { type FieldsProps, GarpFields } from './topology-fields';

/**
 * The keepalived objects that live in the spec document only (no resource route): track_file,
 * vrrp_track_process, virtual_server_group and global_defs. Nothing here runs a program, so they
 * are the operator's (docs/trust-model.md); keepalived.conf(5) is the reference for each keyword.
 */
export function TrackFileFields(_: FieldsProps) {
  return (
    <>
      <div className="form-grid">
        <TextField path="name" label="Name" required autoFocus />
        <TextField
          path="file"
          label="File"
          required
          placeholder="/run/lvs/maint"
          hint="keepalived reads a number from it when it changes"
        />
        <TextField path="weight" label="Weight" numeric hint="-254..254: the value read is multiplied by it; blank = non-zero is a fault" />
        <CheckField path="reverse" label="reverse" />
      </div>
      <fieldset>
        <legend>init_file</legend>
        <CheckField path="init" label="Create the file at start-up (init_file)" />
        <When path="init" is={isOn}>
          <div className="form-grid">
            <TextField path="initFile.value" label="Initial value" numeric hint="Blank = 0" />
            <CheckField path="initFile.overwrite" label="overwrite (even when it exists)" />
          </div>
        </When>
      </fieldset>
    </>
  );
}

export function TrackProcessFields(_: FieldsProps) {
  return (
    <div className="form-grid">
      <TextField path="name" label="Name" required autoFocus />
      <TextField
        path="process"
        label="Process"
        required
        placeholder="haproxy -f /etc/haproxy/haproxy.cfg"
        hint="The name and parameters, matched exactly (not a pattern)"
      />
      <SelectField path="paramMatch" label="Parameter match" options={[['', 'exact (default)'], 'initial', 'partial']} />
      <TextField path="weight" label="Weight" numeric hint="-254..254; blank = a missing process is a fault" />
      <CheckField path="reverse" label="reverse" />
      <TextField path="quorum" label="Quorum" numeric hint="Matching processes needed (default 1)" />
      <TextField path="quorumMax" label="Quorum max" numeric />
      <TextField path="delay" label="Delay (s)" numeric hint="fork_delay and terminate_delay together" />
      <TextField path="forkDelay" label="Fork delay (s)" numeric />
      <TextField path="terminateDelay" label="Terminate delay (s)" numeric />
      <CheckField path="fullCommand" label="full_command (match the whole command line)" />
    </div>
  );
}

export function VirtualServerGroupFields(_: FieldsProps) {
  return (
    <>
      <TextField path="name" label="Name" required autoFocus />
      <ListField path="members" legend="Members" blank={blankGroupMember} addLabel="Add member" min={1} rowLabel={(i) => `member ${i + 1}`}>
        {(p, i) => (
          <>
            <SelectField
              path={`${p}.by`}
              label={`Member ${i + 1} kind`}
              options={[
                ['address', 'Address (or range)'],
                ['fwmark', 'Firewall mark'],
              ]}
            />
            <When path={`${p}.by`} is={(v) => v !== 'fwmark'}>
              <TextField path={`${p}.address`} label={`Member ${i + 1} address`} placeholder="10.0.0.1-10" />
              <TextField path={`${p}.port`} label={`Member ${i + 1} port`} numeric hint="Blank = all ports" />
            </When>
            <When path={`${p}.by`} is={(v) => v === 'fwmark'}>
              <TextField path={`${p}.fwmark`} label={`Member ${i + 1} firewall mark`} numeric />
              <SelectField path={`${p}.family`} label={`Member ${i + 1} family`} options={[['', 'inet (default)'], 'inet', 'inet6']} />
            </When>
          </>
        )}
      </ListField>
    </>
  );
}

export function GlobalDefsFields({ spec }: FieldsProps) {
  return (
    <>
      <fieldset>
        <legend>Notification mail</legend>
        <div className="form-grid">
          <TextField
            path="notificationEmail"
            label="Notification e-mail"
            placeholder="ops@example.com noc@example.com"
            hint="Space-separated"
          />
          <TextField path="notificationEmailFrom" label="Mail from" />
          <TextField path="smtpServer.address" label="SMTP server" hint="Address or host name" />
          <TextField path="smtpServer.port" label="SMTP port" numeric hint="Blank = 25" />
          <TextField path="smtpHeloName" label="SMTP HELO name" />
          <TextField path="smtpConnectTimeout" label="SMTP connect timeout (s)" numeric />
          <SelectField path="smtpAlert" label="smtp_alert (every alert)" options={TRI_OPTIONS} />
          <SelectField path="smtpAlertVrrp" label="smtp_alert_vrrp" options={TRI_OPTIONS} />
          <SelectField path="smtpAlertChecker" label="smtp_alert_checker" options={TRI_OPTIONS} />
        </div>
      </fieldset>
      <div className="form-grid">
        <SelectField path="vrrpVersion" label="VRRP version" options={[['', '2 (default)'], '2', '3']} hint="Instances may set their own" />
      </div>
      <fieldset>
        <legend>Connection sync (lvs_sync_daemon)</legend>
        <CheckField path="syncDaemon" label="Sync IPVS connections between directors (a failover keeps established connections)" />
        <When path="syncDaemon" is={isOn}>
          <div className="form-grid">
            <TextField path="lvsSyncDaemon.interface" label="Sync interface" required placeholder="eth1" />
            <SelectField
              path="lvsSyncDaemon.instance"
              label="Follows instance"
              options={[['', 'none (both daemons)'], ...spec.vrrpInstances.map((i) => i.name)]}
            />
            <TextField path="lvsSyncDaemon.syncId" label="Sync id" numeric hint="0-255; blank = the instance's VRID" />
            <TextField path="lvsSyncDaemon.maxlen" label="Max packet length" numeric />
            <TextField path="lvsSyncDaemon.port" label="Sync port" numeric hint="Blank = 8848" />
            <TextField path="lvsSyncDaemon.ttl" label="Sync TTL" numeric />
            <TextField path="lvsSyncDaemon.group" label="Sync multicast group" />
          </div>
        </When>
      </fieldset>
      <GarpFields prefix="garp" delay="garp.masterDelay" intervals />
    </>
  );
}
