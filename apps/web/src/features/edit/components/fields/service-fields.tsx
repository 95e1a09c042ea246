'use client';
import { FORWARDING_METHODS, ADMIN_STATES, HEALTH_CHECK_TYPES, PROTOCOLS, SCHEDULERS } from '@lvs/domain';
import { blankUrl } from '../../schemas/drafts';
import { CheckField, Group, ListField, SelectField, TextField, When } from '../form-kit';
import { isOn, ROOT_ONLY, useAdminOnly } from './access';
import type { FieldsProps } from './topology-fields';

export function VirtualServiceFields() {
  const script = useAdminOnly(ROOT_ONLY);
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
}

export function RealServerFields({ target }: FieldsProps) {
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
