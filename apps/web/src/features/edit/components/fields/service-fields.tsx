'use client';
import { FORWARDING_METHODS, ADMIN_STATES, HEALTH_CHECK_TYPES, PROTOCOLS, SCHEDULERS } from '@lvs/domain';
import { blankCheck, blankSmtpHost, blankUrl, FLAGS_OF } from '../../schemas/drafts';
import { CheckField, CheckList, Group, ListField, SelectField, TextField, TRI_OPTIONS, When } from '../form-kit';
import { isOn, ROOT_ONLY, useAdminOnly } from './access';
import type { FieldsProps } from './topology-fields';

const is =
  (...values: string[]) =>
  (v: unknown) =>
    values.includes(String(v));

export function VirtualServiceFields({ spec }: FieldsProps) {
  const script = useAdminOnly(ROOT_ONLY);
  const groups = (spec.virtualServerGroups ?? []).map((g) => g.name);
  return (
    <>
      <div className="form-grid">
        <SelectField
          path="by"
          label="Identified by"
          options={[
            ['address', 'VIP and port'],
            ['fwmark', 'Firewall mark'],
            ['group', 'Virtual server group'],
          ]}
        />
        <When path="by" is={is('address')}>
          <TextField path="vip" label="VIP" required autoFocus />
          <TextField path="port" label="Port" numeric hint="Blank = all ports (needs persistence)" />
        </When>
        <When path="by" is={is('fwmark')}>
          <TextField path="fwmark" label="Firewall mark" numeric required />
          <SelectField path="family" label="Family" options={[['', 'inet (default)'], 'inet', 'inet6']} />
        </When>
        <When path="by" is={is('group')}>
          <SelectField
            path="group"
            label="Virtual server group"
            options={[['', '—'], ...groups]}
            hint={groups.length ? 'The service answers on every member of the group' : 'Add a virtual server group first'}
          />
        </When>
        <SelectField path="protocol" label="Protocol" options={PROTOCOLS} />
        <SelectField path="scheduler" label="Scheduler" options={SCHEDULERS} />
        <SelectField path="forwarding" label="Forwarding" options={FORWARDING_METHODS} />
        <When path="forwarding" is={is('TUN')}>
          <TextField path="tunnelOptions" label="Tunnel options" placeholder="type gue port 6080" hint="Words after lvs_method TUN" />
        </When>
        <TextField path="delayLoop" label="Delay loop (s)" numeric />
        <TextField path="quorum" label="Quorum" numeric />
        <TextField path="hysteresis" label="Hysteresis" numeric />
        <TextField path="quorumUp" label="quorum_up script" locked={script} />
        <TextField path="quorumDown" label="quorum_down script" locked={script} />
        <TextField path="virtualhost" label="Virtual host" />
        <SelectField path="persistenceEngine" label="Persistence engine" options={[['', 'none'], 'sip']} />
        <SelectField path="smtpAlert" label="smtp_alert" options={TRI_OPTIONS} hint="Mail on quorum changes" />
        <CheckField path="ops" label="ops (one-packet scheduling, UDP)" />
        <CheckField path="alpha" label="alpha (servers start down)" />
        <CheckField path="omega" label="omega" />
      </div>
      {Object.entries(FLAGS_OF).map(([scheduler, flags]) => (
        <When key={scheduler} path="scheduler" is={is(scheduler)}>
          <CheckList path="schedulerFlags" legend={`Scheduler flags (${scheduler})`} options={[...flags]} />
        </When>
      ))}
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
}

export function RealServerFields({ target }: FieldsProps) {
  const script = useAdminOnly(ROOT_ONLY);
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
        <When path="forwarding" is={is('', 'TUN')}>
          <TextField
            path="tunnelOptions"
            label="Tunnel options"
            placeholder="type gue port 6080"
            hint="TUN only: words after lvs_method TUN"
          />
        </When>
        <SelectField path="adminState" label="Admin state" options={ADMIN_STATES} />
        <TextField path="upperThreshold" label="Upper threshold" numeric />
        <TextField path="lowerThreshold" label="Lower threshold" numeric />
        <SelectField path="smtpAlert" label="smtp_alert" options={TRI_OPTIONS} hint="Mail when its checkers change state" />
        <TextField path="notifyUp" label="notify_up script" locked={script} />
        <TextField path="notifyDown" label="notify_down script" locked={script} />
        <CheckField path="inhibitOnFailure" label="inhibit_on_failure (weight 0 instead of removal)" />
      </div>
      <HealthCheckFields path="healthCheck" />
      <ListField
        path="additionalChecks"
        legend="More health checks"
        blank={blankCheck}
        addLabel="Add another check"
        rowLabel={(i) => `check ${i + 2}`}
      >
        {(p, i) => (
          <div style={{ gridColumn: '1 / -2' }}>
            <HealthCheckFields path={p} n={i + 2} />
          </div>
        )}
      </ListField>
    </>
  );
}

/**
 * One checker of a real server. The first (`healthCheck`) keeps the plain labels ("Check",
 * "Connect port"); a further one (`additionalChecks.N`) is "Check 2 …", so every label is unique.
 * keepalived runs all of them: the server is up while every one passes.
 */
function HealthCheckFields({ path: h, n }: { path: string; n?: number }) {
  const script = useAdminOnly(ROOT_ONLY);
  const label = (x: string) => (n === undefined ? x : `Check ${n} ${x.charAt(0).toLowerCase()}${x.slice(1)}`);
  const first = n === undefined;
  return (
    <Group path={h} legend={first ? 'Health check' : `Check ${n}`}>
      <SelectField
        path={`${h}.type`}
        label={first ? 'Check' : `Check ${n} type`}
        options={first ? [['', 'none'], ...HEALTH_CHECK_TYPES] : HEALTH_CHECK_TYPES}
      />
      <When path={`${h}.type`} is={(v) => v !== ''}>
        <div className="form-grid">
          <When path={`${h}.type`} is={(v) => v !== 'MISC_CHECK' && v !== 'PING_CHECK'}>
            <TextField path={`${h}.connectPort`} label={label('Connect port')} numeric hint="The real server's port when blank" />
          </When>
          <TextField path={`${h}.connectTimeout`} label={label('Connect timeout (s)')} numeric />
          <TextField path={`${h}.retry`} label={label('Retry')} numeric />
          <TextField path={`${h}.delayBeforeRetry`} label={label('Delay before retry (s)')} numeric />
          <TextField path={`${h}.delayLoop`} label={label('Delay loop (s)')} numeric hint="This checker's own; blank = the service's" />
        </div>
        <When path={`${h}.type`} is={is('HTTP_GET', 'SSL_GET')}>
          <ListField
            path={`${h}.urls`}
            legend={first ? 'URLs' : `Check ${n} URLs`}
            blank={blankUrl}
            addLabel="Add URL"
            min={1}
            rowLabel={(i) => `${first ? '' : `check ${n} `}URL ${i + 1}`}
          >
            {(p, i) => (
              <>
                <TextField path={`${p}.path`} label={label(`URL ${i + 1} path`)} />
                <TextField
                  path={`${p}.statusCodes`}
                  label={label(`URL ${i + 1} status`)}
                  placeholder="200-299 503"
                  hint="Codes and ranges, space-separated"
                />
                <TextField path={`${p}.digest`} label={label(`URL ${i + 1} digest`)} />
                <TextField path={`${p}.virtualhost`} label={label(`URL ${i + 1} virtual host`)} hint="Blank = the service's" />
              </>
            )}
          </ListField>
        </When>
        <When path={`${h}.type`} is={is('MISC_CHECK')}>
          <div className="form-grid">
            <TextField path={`${h}.script`} label={label('Script')} locked={script} />
            <TextField path={`${h}.timeout`} label={label('Script timeout (s)')} numeric />
            <CheckField path={`${h}.dynamic`} label={label('misc_dynamic (exit code sets the weight)')} />
          </div>
        </When>
        <When path={`${h}.type`} is={is('DNS_CHECK')}>
          <div className="form-grid">
            <TextField path={`${h}.queryName`} label={label('Query name')} />
            <SelectField path={`${h}.queryType`} label={label('Query type')} options={['A', 'NS', 'CNAME', 'SOA', 'MX', 'TXT', 'AAAA']} />
          </div>
        </When>
        <When path={`${h}.type`} is={is('SMTP_CHECK')}>
          <TextField path={`${h}.heloName`} label={label('HELO name')} />
          <ListField
            path={`${h}.hosts`}
            legend={first ? 'SMTP hosts' : `Check ${n} SMTP hosts`}
            blank={blankSmtpHost}
            addLabel="Add SMTP host"
            rowLabel={(i) => `${first ? '' : `check ${n} `}SMTP host ${i + 1}`}
          >
            {(p, i) => (
              <>
                <TextField path={`${p}.connectIp`} label={label(`SMTP host ${i + 1} address`)} hint="Blank = the real server" />
                <TextField path={`${p}.connectPort`} label={label(`SMTP host ${i + 1} port`)} numeric />
                <TextField path={`${p}.bindTo`} label={label(`SMTP host ${i + 1} source address`)} />
              </>
            )}
          </ListField>
        </When>
        <When path={`${h}.type`} is={is('UDP_CHECK')}>
          <div className="form-grid">
            <CheckField path={`${h}.requireReply`} label={label('Require a reply')} />
            <TextField path={`${h}.replyPattern`} label={label('Reply pattern')} placeholder="0a0bXX" hint="Hex; X = any nibble" />
            <TextField path={`${h}.payload`} label={label('Payload')} hint="Hex; random when blank" />
            <TextField path={`${h}.minReplyLength`} label={label('Min reply length')} numeric />
            <TextField path={`${h}.maxReplyLength`} label={label('Max reply length')} numeric />
          </div>
        </When>
      </When>
    </Group>
  );
}
