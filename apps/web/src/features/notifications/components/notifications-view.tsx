'use client';
import { useQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { type ReactNode, useEffect, useState } from 'react';
import { useSession } from '../../../components/session';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/toast';
import { errorText } from '../../../lib/api';
import { ago } from '../../../lib/format';
import { clustersQuery } from '../../clusters/api/queries';
import { useDeleteChannel, useDeleteRule, useSendTest } from '../api/mutations';
import { type Channel, channelsQuery, type Rule, rulesQuery } from '../api/queries';
import { CHANNEL_KINDS, KIND_TEXT, windowText } from '../schemas/forms';
import { Deliveries, STATUS_TONE } from './deliveries';

// The dialogs (react-hook-form, and zod for the checks) are chunks of their own, fetched when one opens:
// the sidebar's Notifications link prefetches this page onto every first page.
const opening = () => (
  <p className="muted" role="status">
    Opening the form…
  </p>
);
const ChannelDialog = dynamic(() => import('./channel-dialog').then((m) => m.ChannelDialog), { ssr: false, loading: opening });
const RuleDialog = dynamic(() => import('./rule-dialog').then((m) => m.RuleDialog), { ssr: false, loading: opening });

const ADMIN_ONLY = 'Needs the admin role';
const KIND_NAME = Object.fromEntries(CHANNEL_KINDS) as Record<Channel['kind'], string>;

function target(c: Channel): string {
  const s = c.settings;
  if (c.kind === 'email') return `${s.host ?? '?'}:${s.port ?? '?'} → ${(s.to ?? []).join(', ')}`;
  return s.urlOrigin ? `${s.urlOrigin}/…` : 'no URL stored';
}

type Editing = { what: 'channel'; channel?: Channel } | { what: 'rule'; rule?: Rule } | null;
type Deleting = { what: 'channel'; channel: Channel } | { what: 'rule'; rule: Rule } | null;

/** "Send test" and its answer as a toast: delivered (with the receiver's status), or what went wrong. */
function SendTest({ channel }: { channel: Channel }) {
  const send = useSendTest();
  const toast = useToast();
  return (
    <button
      type="button"
      className="small-btn"
      aria-label={`Send test to ${channel.name}`}
      disabled={send.isPending || !channel.enabled}
      title={channel.enabled ? undefined : 'The channel is disabled'}
      onClick={() =>
        send.mutate(channel, {
          onSuccess: (d) =>
            d.status === 'delivered'
              ? toast({
                  tone: 'ok',
                  title: `Test delivered to ${channel.name}`,
                  description: d.responseStatus !== null ? `The receiver answered ${d.responseStatus}.` : undefined,
                })
              : d.status === 'failed'
                ? toast({ tone: 'bad', title: `Test to ${channel.name} failed`, description: d.lastError ?? undefined })
                : toast({
                    tone: 'info',
                    title: d.attempts > 0 ? `Test to ${channel.name} not delivered yet` : `Test to ${channel.name} queued`,
                    description: d.lastError
                      ? `${d.lastError}; the outbox tries again${d.nextAttemptAt ? ` at ${new Date(d.nextAttemptAt).toLocaleTimeString()}` : ''}.`
                      : 'Follow it in the deliveries below.',
                  }),
          onError: (e) => toast({ tone: 'bad', title: `Test to ${channel.name} not sent`, description: errorText(e) }),
        })
      }
    >
      {send.isPending ? 'Sending…' : 'Send test'}
    </button>
  );
}

/** A row's buttons: its own (`children`), then Edit and Delete, each named with the row's `label`. */
function RowActions({ label, onEdit, onDelete, children }: { label: string; onEdit(): void; onDelete(): void; children?: ReactNode }) {
  return (
    <span className="row nowrap">
      {children}
      <button type="button" className="small-btn" aria-label={`Edit ${label}`} onClick={onEdit}>
        Edit
      </button>
      <button type="button" className="small-btn" aria-label={`Delete ${label}`} onClick={onDelete}>
        Delete
      </button>
    </span>
  );
}

function ChannelsTable({
  channels,
  shown,
  onShow,
  onEdit,
  onDelete,
}: {
  channels: readonly Channel[];
  shown: string | null;
  onShow(id: string): void;
  onEdit(c: Channel): void;
  onDelete(c: Channel): void;
}) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">Notification channels</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Target</th>
            <th scope="col">Last delivery</th>
            <th scope="col">Delivered · failed · pending</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {channels.map((c) => (
            <tr key={c.id} aria-current={shown === c.id ? 'true' : undefined} className={shown === c.id ? 'selected' : undefined}>
              <td className="nowrap-cell">
                {c.name} {!c.enabled && <span className="badge muted">disabled</span>}
              </td>
              <td>{KIND_NAME[c.kind]}</td>
              <td>
                <code className="small">{target(c)}</code>
              </td>
              <td>
                {c.stats.lastDelivery ? (
                  <>
                    <span className={`badge ${STATUS_TONE[c.stats.lastDelivery.status]}`}>{c.stats.lastDelivery.status}</span>{' '}
                    <span className="muted small" title={new Date(c.stats.lastDelivery.at).toLocaleString()}>
                      {ago(c.stats.lastDelivery.at)}
                    </span>
                  </>
                ) : (
                  <span className="muted">none yet</span>
                )}
              </td>
              <td>
                {c.stats.delivered} · <span className={c.stats.failed ? 'bad' : undefined}>{c.stats.failed}</span> · {c.stats.pending}
              </td>
              <td>
                <RowActions label={c.name} onEdit={() => onEdit(c)} onDelete={() => onDelete(c)}>
                  <SendTest channel={c} />
                  <button type="button" className="small-btn" aria-label={`Deliveries of ${c.name}`} onClick={() => onShow(c.id)}>
                    Deliveries
                  </button>
                </RowActions>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RulesTable({
  rules,
  channelName,
  clusterName,
  onEdit,
  onDelete,
}: {
  rules: readonly Rule[];
  channelName(id: string): string;
  clusterName(id: string): string;
  onEdit(r: Rule): void;
  onDelete(r: Rule): void;
}) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">Notification rules</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Events</th>
            <th scope="col">Clusters</th>
            <th scope="col">At least</th>
            <th scope="col">Send to</th>
            <th scope="col">Throttle</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.id}>
              <td className="nowrap-cell">
                {r.name} {!r.enabled && <span className="badge muted">disabled</span>}
              </td>
              <td>
                {r.kinds.length ? (
                  r.kinds.map((k) => (
                    <div key={k} title={KIND_TEXT[k as keyof typeof KIND_TEXT]}>
                      <code className="small">{k}</code>
                    </div>
                  ))
                ) : (
                  <span className="muted">every kind</span>
                )}
                {r.notifyResolved && <div className="muted small">and their “resolved”</div>}
              </td>
              <td>{r.clusterIds.length ? r.clusterIds.map(clusterName).join(', ') : <span className="muted">every cluster</span>}</td>
              <td>{r.minSeverity}</td>
              <td>{r.channelIds.map(channelName).join(', ')}</td>
              <td>{windowText(r.throttleSeconds)}</td>
              <td>
                <RowActions label={`rule ${r.name}`} onEdit={() => onEdit(r)} onDelete={() => onDelete(r)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What a signed-in user without the admin role sees: what the page is for, and who may change it. */
function NotAdmin() {
  return (
    <>
      <p className="panel" data-testid="notifications-admin-only">
        Only admins see and change the notification channels and rules: a channel's URL, signing key and SMTP password are credentials. Ask
        an admin to route the events you need to you.
      </p>
      <div className="row">
        <button type="button" disabled title={ADMIN_ONLY}>
          Add a channel
        </button>
        <button type="button" disabled title={ADMIN_ONLY}>
          Add a rule
        </button>
        <span className="muted small">{ADMIN_ONLY}</span>
      </div>
    </>
  );
}

/**
 * The Notifications page: channels (webhook, Slack, e-mail) with their last delivery and a
 * "Send test", one channel's deliveries, and the rules that route events to channels. Every route
 * behind it is the admin's, so other roles are told so and nothing is fetched for them.
 */
export function NotificationsView() {
  const { me } = useSession();
  const admin = me?.user.role === 'admin';
  const channels = useQuery({ ...channelsQuery(), enabled: admin });
  const rules = useQuery({ ...rulesQuery(), enabled: admin });
  const clusters = useQuery({ ...clustersQuery(), enabled: admin });
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Deleting>(null);
  // The channel whose deliveries are shown is in the address (?channel=<id>): a link opens the same list.
  const [shownId, setShownId] = useState<string | null>(null);
  useEffect(() => setShownId(new URLSearchParams(window.location.search).get('channel')), []);
  const setShown = (id: string) => {
    setShownId(id);
    const u = new URLSearchParams(window.location.search);
    u.set('channel', id);
    window.history.replaceState(null, '', `${window.location.pathname}?${u}`);
  };
  const deleteChannel = useDeleteChannel();
  const deleteRule = useDeleteRule();
  const toast = useToast();

  const channelList = channels.data?.items ?? [];
  const ruleList = rules.data?.items ?? [];
  const clusterList = clusters.data?.items ?? [];
  const shown = channelList.find((c) => c.id === shownId) ?? channelList[0];
  const channelName = (id: string) => channelList.find((c) => c.id === id)?.name ?? id;
  const clusterName = (id: string) => clusterList.find((c) => c.id === id)?.name ?? id;
  const rulesNaming = (c: Channel) => ruleList.filter((r) => r.channelIds.includes(c.id));
  const error = channels.error ?? rules.error;

  return (
    <>
      <h1>Notifications</h1>
      <p className="muted">
        Failovers, real servers going down, failed deployments, drift and split brain, sent where someone will see them: channels say where
        (a signed webhook, Slack, e-mail), rules say which events. Every message goes through a durable outbox with retries; each channel
        lists its deliveries.
      </p>
      {!admin ? (
        <NotAdmin />
      ) : (
        <>
          {error && (
            <p className="field-error" role="alert">
              {errorText(error)}
            </p>
          )}
          <section aria-labelledby="channels-title">
            <div className="row section-head">
              <h2 id="channels-title">Channels</h2>
              <button type="button" className="primary" onClick={() => setEditing({ what: 'channel' })}>
                Add a channel
              </button>
            </div>
            {channels.isPending ? (
              <p className="muted" role="status">
                Loading channels…
              </p>
            ) : channelList.length === 0 ? (
              <p className="empty" data-testid="channels-empty">
                No channels yet. Add one — a webhook (signed JSON for your own tooling), a Slack incoming webhook or an SMTP relay — send it
                a test, then add a rule that routes events to it.
              </p>
            ) : (
              <ChannelsTable
                channels={channelList}
                shown={shown?.id ?? null}
                onShow={setShown}
                onEdit={(channel) => setEditing({ what: 'channel', channel })}
                onDelete={(channel) => setDeleting({ what: 'channel', channel })}
              />
            )}
          </section>
          {shown && <Deliveries key={shown.id} channel={shown} />}
          <section aria-labelledby="rules-title">
            <div className="row section-head">
              <h2 id="rules-title">Rules</h2>
              <button
                type="button"
                onClick={() => setEditing({ what: 'rule' })}
                disabled={channelList.length === 0}
                title={channelList.length === 0 ? 'Add a channel first: a rule sends to channels' : undefined}
              >
                Add a rule
              </button>
            </div>
            {rules.isPending ? (
              <p className="muted" role="status">
                Loading rules…
              </p>
            ) : ruleList.length === 0 ? (
              <p className="empty" data-testid="rules-empty">
                No rules: nothing is sent yet. A rule picks events (by kind, cluster and severity) and the channels they go to, with a
                throttle so that a flapping real server is one message with a count, not fifty.
              </p>
            ) : (
              <RulesTable
                rules={ruleList}
                channelName={channelName}
                clusterName={clusterName}
                onEdit={(rule) => setEditing({ what: 'rule', rule })}
                onDelete={(rule) => setDeleting({ what: 'rule', rule })}
              />
            )}
          </section>
        </>
      )}
      {editing?.what === 'channel' && <ChannelDialog channel={editing.channel} onClose={() => setEditing(null)} />}
      {editing?.what === 'rule' && (
        <RuleDialog rule={editing.rule} channels={channelList} clusters={clusterList} onClose={() => setEditing(null)} />
      )}
      {deleting?.what === 'channel' && (
        <ConfirmDialog
          open
          onOpenChange={(o) => !o && setDeleting(null)}
          title={`Delete channel ${deleting.channel.name}?`}
          description={
            rulesNaming(deleting.channel).length ? (
              <p>
                Rules still send to it:{' '}
                {rulesNaming(deleting.channel)
                  .map((r) => r.name)
                  .join(', ')}
                . Take it out of them first — the API refuses, so that no rule stops notifying without anyone noticing.
              </p>
            ) : (
              <p>
                The channel and its delivery history ({deleting.channel.stats.delivered + deleting.channel.stats.failed} messages) are
                deleted; its stored secrets go with it.
              </p>
            )
          }
          confirmLabel="Delete channel"
          danger
          onConfirm={async () => {
            await deleteChannel.mutateAsync(deleting.channel);
            toast({ tone: 'ok', title: `Deleted channel ${deleting.channel.name}.` });
          }}
        />
      )}
      {deleting?.what === 'rule' && (
        <ConfirmDialog
          open
          onOpenChange={(o) => !o && setDeleting(null)}
          title={`Delete rule ${deleting.rule.name}?`}
          description={
            <p>
              Events it routes are no longer sent to {deleting.rule.channelIds.map(channelName).join(', ')}; messages already queued are
              still delivered.
            </p>
          }
          confirmLabel="Delete rule"
          danger
          onConfirm={async () => {
            await deleteRule.mutateAsync(deleting.rule);
            toast({ tone: 'ok', title: `Deleted rule ${deleting.rule.name}.` });
          }}
        />
      )}
    </>
  );
}
