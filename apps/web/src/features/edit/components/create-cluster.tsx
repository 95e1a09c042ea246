'use client';
import type { CLUSTER_MODES } from '@lvs/domain';
import { useState } from 'react';
import { api } from '../../../lib/api';
import { BODY, emptyClusterDraft } from '../schemas/drafts';
import { type Draft, type FieldErrors, text } from '../schemas/form-values';
import { EditForm, SelectField, TextArea, TextField } from './form-kit';

// libs/domain's list, restated (the compiler holds it equal): a value import would bundle zod.
const MODES: typeof CLUSTER_MODES = ['keepalived', 'ipvsadm'];

// The shared rules bring zod: fetched when the user first touches the form, not with the page.
const rules = () => import('../schemas/validate');

async function checkNewCluster(d: Draft): Promise<FieldErrors> {
  const v = await rules();
  const doc = text(d.spec);
  if (!doc) return v.check('cluster', BODY.cluster(d));
  try {
    return v.checkSpecDocument(JSON.parse(doc));
  } catch {
    return { spec: 'is not valid JSON' };
  }
}

/** The overview's "New cluster" form: a name (and mode, description), or a whole pasted spec. */
export function CreateCluster({ onCreated }: { onCreated: () => void }) {
  const [generation, setGeneration] = useState(0);
  return (
    <EditForm
      key={generation}
      className="panel"
      idPrefix=""
      title="New cluster"
      submitLabel="Create"
      initial={emptyClusterDraft()}
      onFirstFocus={() => void rules()}
      check={checkNewCluster}
      save={async (d) => {
        const doc = text(d.spec);
        await api('POST', '/clusters', doc ? JSON.parse(doc) : BODY.cluster(d));
        setGeneration((g) => g + 1);
        onCreated();
      }}
      onCancel={() => setGeneration((g) => g + 1)}
    >
      <div className="form-grid">
        <TextField path="name" label="Name" placeholder="prod-eu-1" />
        <SelectField path="mode" label="Mode" options={MODES} hint="keepalived: VRRP + checkers; ipvsadm: IPVS rules only" />
      </div>
      <TextArea path="description" label="Description" rows={1} />
      <TextArea path="spec" label="…or paste a whole cluster spec (JSON, as GET /api/v1/clusters/:id/spec returns it)" rows={4} />
    </EditForm>
  );
}
