'use client';
import { useToast } from '../../../components/ui/toast';
import { useSaveRule } from '../api/mutations';
import type { Channel, Rule } from '../api/queries';
import { checkRule } from '../schemas/checks';
import { EVENT_KINDS, KIND_TEXT, ruleBody, ruleDraft, SEVERITIES } from '../schemas/forms';
import { Check, CheckGroup, DraftFormView, FormDialog, Input, Select, useDraftForm } from './form';

const FIELDS = ['name', 'enabled', 'kinds', 'clusterIds', 'channelIds', 'minSeverity', 'throttleSeconds', 'notifyResolved'] as const;

export interface Names {
  /** id → name */
  channels: Map<string, string>;
  clusters: Map<string, string>;
}
const invert = (m: Map<string, string>) => new Map([...m].map(([id, n]) => [n, id]));

/** Add or edit a rule: which events (kinds, clusters, least severity) go to which channels, throttled per subject. */
export function RuleDialog({
  rule,
  channels,
  clusters,
  onClose,
}: {
  rule?: Rule;
  channels: readonly Channel[];
  clusters: readonly { id: string; name: string }[];
  onClose(): void;
}) {
  const save = useSaveRule();
  const toast = useToast();
  const names: Names = {
    channels: new Map(channels.map((c) => [c.id, c.name])),
    clusters: new Map(clusters.map((c) => [c.id, c.name])),
  };
  const ids: Names = { channels: invert(names.channels), clusters: invert(names.clusters) };
  const title = rule ? `Edit rule ${rule.name}` : 'Add a notification rule';
  const f = useDraftForm({
    initial: ruleDraft(rule, names),
    fields: FIELDS,
    idPrefix: 'rule-',
    check: (d) => checkRule(ruleBody(d, ids)),
    save: async (d) => {
      const body = ruleBody(d, ids);
      const r = await save.mutateAsync(rule ? { rule, update: body } : { create: body });
      toast({ tone: 'ok', title: `${rule ? 'Saved' : 'Added'} rule ${r.name}.` });
      onClose();
    },
  });
  return (
    <FormDialog label={title} onClose={onClose}>
      <DraftFormView f={f} title={title} submitLabel={rule ? 'Save' : 'Add rule'} onCancel={onClose}>
        <Input f={f} name="name" label="Name" />
        <Check f={f} name="enabled" label="Enabled" />
        <CheckGroup
          f={f}
          name="channelIds"
          legend="Send to"
          options={channels.map((c) => [c.name, `${c.name} (${c.kind})`] as const)}
          empty="No channels yet: add one first."
        />
        <CheckGroup
          f={f}
          name="kinds"
          legend="Events"
          hint="None chosen = every kind."
          options={EVENT_KINDS.map((k) => [k, `${KIND_TEXT[k]} — ${k}`] as const)}
        />
        <CheckGroup
          f={f}
          name="clusterIds"
          legend="Clusters"
          hint="None chosen = every cluster (and events of no cluster, such as the audit chain's)."
          options={clusters.map((c) => [c.name, c.name] as const)}
          empty="No clusters yet: the rule will cover every cluster."
        />
        <Select
          f={f}
          name="minSeverity"
          label="At least"
          options={SEVERITIES.map((s) => [s, s] as const)}
          hint='"Resolved" messages are sent whatever their severity.'
        />
        <Input
          f={f}
          name="throttleSeconds"
          label="Throttle (seconds)"
          numeric
          hint="Per subject, one message per window: the first at once, the rest as one digest with a count. 0 = every event."
        />
        <Check
          f={f}
          name="notifyResolved"
          label='Also send "resolved" messages'
          hint="real_server.up, split_brain.resolved, service.quorum_restored"
        />
      </DraftFormView>
    </FormDialog>
  );
}
