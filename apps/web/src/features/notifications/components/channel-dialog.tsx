'use client';
import { useToast } from '../../../components/ui/toast';
import { useSaveChannel } from '../api/mutations';
import type { Channel } from '../api/queries';
import { checkChannel } from '../schemas/checks';
import { CHANNEL_KINDS, channelCreateBody, channelDraft, channelUpdateBody, SMTP_SECURITY } from '../schemas/forms';
import { Check, DraftFormView, FormDialog, Input, Select, TextBox, useDraftForm } from './form';

const FIELDS = [
  'kind',
  'name',
  'enabled',
  'url',
  'secret',
  'host',
  'port',
  'security',
  'username',
  'password',
  'from',
  'to',
  'caCertificate',
] as const;

const SECURITY_TEXT: Record<(typeof SMTP_SECURITY)[number], string> = {
  starttls: 'STARTTLS (port 587; refused without it)',
  tls: 'TLS from the first byte (port 465)',
  none: 'None (a relay on a trusted network only)',
};

/** The hint of a write-only secret on an edit: what is stored, and that blank keeps it. */
function keepHint(c: Channel | undefined, what: 'url' | 'secret' | 'password', shown?: string): string | undefined {
  if (!c) return undefined;
  if (!c.secretsSet.includes(what)) return 'Not set.';
  return `Stored${shown ? `: ${shown}` : ''} — write-only; leave blank to keep it.`;
}

/**
 * Add or edit a notification channel. Secrets (the webhook's URL and signing key, Slack's URL,
 * the SMTP password) are write-only: the API never returns them, an edit starts blank, and blank
 * keeps what is stored. A channel's kind is fixed once created.
 */
export function ChannelDialog({ channel, onClose }: { channel?: Channel; onClose(): void }) {
  const save = useSaveChannel();
  const toast = useToast();
  const creating = !channel;
  const title = channel ? `Edit channel ${channel.name}` : 'Add a notification channel';
  const f = useDraftForm({
    initial: channelDraft(channel),
    fields: FIELDS,
    idPrefix: 'channel-',
    check: (d) => checkChannel(d, creating),
    save: async (d) => {
      const c = await save.mutateAsync(
        channel ? { channel, update: channelUpdateBody(channel.kind, d) } : { create: channelCreateBody(d) },
      );
      toast({ tone: 'ok', title: `${creating ? 'Added' : 'Saved'} channel ${c.name}.` });
      onClose();
    },
  });
  const kind = (channel?.kind ?? f.form.watch('kind')) as Channel['kind'];
  const origin = channel?.settings.urlOrigin ? `${channel.settings.urlOrigin}/…` : undefined;
  return (
    <FormDialog label={title} onClose={onClose}>
      <DraftFormView f={f} title={title} submitLabel={creating ? 'Add channel' : 'Save'} onCancel={onClose}>
        {creating ? (
          <Select f={f} name="kind" label="Kind" options={CHANNEL_KINDS} />
        ) : (
          <div className="field">
            <span className="label">Kind</span>
            <p>{CHANNEL_KINDS.find(([k]) => k === kind)?.[1]}</p>
          </div>
        )}
        <Input f={f} name="name" label="Name" />
        <Check f={f} name="enabled" label="Enabled" hint="A disabled channel receives nothing; rules naming it skip it." />
        {kind !== 'email' && (
          <Input
            f={f}
            name="url"
            label={kind === 'slack' ? 'Incoming-webhook URL' : 'Receiver URL'}
            wide
            hint={
              keepHint(channel, 'url', origin) ??
              (kind === 'slack'
                ? 'https://hooks.slack.com/services/… — the URL is the credential: stored sealed, only its origin is shown.'
                : 'Where the signed JSON is POSTed; stored sealed, only its origin is shown.')
            }
          />
        )}
        {kind === 'webhook' && (
          <Input
            f={f}
            name="secret"
            label="Signing secret"
            type="password"
            wide
            hint={
              keepHint(channel, 'secret') ??
              'HMAC-SHA256 key of the X-LVS-Signature header (t=<unix time>,v1=<hex>); at least 16 characters, e.g. `openssl rand -hex 32`.'
            }
          />
        )}
        {kind === 'email' && (
          <>
            <Input f={f} name="host" label="SMTP host" />
            <Input f={f} name="port" label="Port" numeric />
            <Select f={f} name="security" label="Security" options={SMTP_SECURITY.map((s) => [s, SECURITY_TEXT[s]] as const)} />
            <Input f={f} name="username" label="User name" hint="For SMTP AUTH; blank for a relay without authentication." />
            <Input f={f} name="password" label="Password" type="password" hint={keepHint(channel, 'password')} />
            <Input f={f} name="from" label="From" />
            <Input f={f} name="to" label="To" wide hint="Recipients, separated by commas or spaces (at most 50)." />
            <TextBox
              f={f}
              name="caCertificate"
              label="CA certificate (PEM)"
              hint={
                channel?.settings.caCertificate
                  ? 'One is stored; paste another to replace it, blank keeps it.'
                  : 'For a private relay: the PEM certificate(s) to trust besides the system ones. Optional.'
              }
            />
          </>
        )}
      </DraftFormView>
    </FormDialog>
  );
}
