import { ClusterSpecSchema, DirectorSchema, RealServerSchema, VrrpInstanceSchema, VrrpSyncGroupSchema } from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clusterSpec } from '../../../../../../test/factories';
import { mergePatch, patchOf } from '../resources/dto/common';
import { DirectorBodySchema, DirectorPatchSchema } from '../resources/dto/director.dto';
import { EXAMPLE } from '../resources/dto/examples';
import { AdminStateBodySchema, RealServerBodySchema, RealServerPatchSchema } from '../resources/dto/real-server.dto';
import { VirtualServiceBodySchema, VirtualServicePatchSchema } from '../resources/dto/virtual-service.dto';
import { VrrpInstanceBodySchema, VrrpInstancePatchSchema } from '../resources/dto/vrrp-instance.dto';
import { VrrpSyncGroupBodySchema, VrrpSyncGroupPatchSchema } from '../resources/dto/vrrp-sync-group.dto';
import { draftOf, sameValue, type Topology, toSpec } from './topology.model';
import { planWrite } from './topology.plan';
import { replaceTopology } from './topology.service';

let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

/** A stored topology: the factory spec with every item given a row. */
function stored(): Topology {
  const empty: Topology = {
    head: { id: 'c1', name: 'x', description: '', mode: 'keepalived', version: 1, createdAt: new Date(0), updatedAt: new Date(0) },
    directors: [],
    vrrpInstances: [],
    vrrpSyncGroups: [],
    virtualServices: [],
  };
  const draft = draftOf(empty);
  replaceTopology(draft, clusterSpec({ name: 'x' }));
  planWrite(empty, draft, newId);
  return draft;
}

describe('sameValue', () => {
  it('treats a key holding undefined as absent, and compares arrays in order', () => {
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: { b: [{ c: 1 }] } }, { a: { b: [{ c: 1 }] } })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});

describe('planWrite', () => {
  it('tells inserts, content changes, pure moves and deletes apart, and reports them by natural key', () => {
    const before = stored();
    const draft = draftOf(before);
    const spec = toSpec(before);
    spec.directors.reverse();
    spec.directors.push(DirectorSchema.parse({ name: 'lb3', address: '10.213.0.13' }));
    spec.virtualServices[0].realServers[0] = { ...spec.virtualServices[0].realServers[0], weight: 99 };
    spec.virtualServices[0].realServers.pop();
    replaceTopology(draft, ClusterSpecSchema.parse(spec));
    const plan = planWrite(before, draft, newId);
    expect(plan.directors.move).toEqual([
      { id: before.directors[1].ref!.id, position: 0 },
      { id: before.directors[0].ref!.id, position: 1 },
    ]);
    expect(plan.directors.update).toEqual([]);
    expect(plan.directors.insert.map((i) => i.value.name)).toEqual(['lb3']);
    expect(plan.realServers.update.map((u) => u.value.weight)).toEqual([99]);
    expect(plan.realServers.delete).toEqual([before.virtualServices[0].reals[1].ref!.id]);
    expect(plan.report).toEqual({
      created: ['director:lb3'],
      changed: ['realServer:10.213.1.10:80/TCP>10.213.0.21:80'],
      deleted: ['realServer:10.213.1.10:80/TCP>10.213.0.22:80'],
    });
    // The draft now carries what the rows will be; the stored topology is untouched.
    expect(draft.virtualServices[0].reals[0].ref).toMatchObject({ id: before.virtualServices[0].reals[0].ref!.id, version: 2 });
    expect(draft.directors[2].ref).toMatchObject({ version: 1, position: 2 });
    expect(before.directors[0].ref!.position).toBe(0);
    expect(plan.empty).toBe(false);
  });

  it('finds nothing to do when the document is the same, and reports the real servers of a deleted service', () => {
    const before = stored();
    const same = draftOf(before);
    replaceTopology(same, toSpec(before));
    expect(planWrite(before, same, newId).empty).toBe(true);
    const gone = draftOf(before);
    gone.virtualServices = [];
    const plan = planWrite(before, gone, newId);
    expect(plan.virtualServices.delete).toHaveLength(1);
    expect(plan.realServers.delete).toEqual([]); // ON DELETE CASCADE
    expect(plan.report.deleted).toEqual([
      'virtualService:10.213.1.10:80/TCP',
      'realServer:10.213.1.10:80/TCP>10.213.0.21:80',
      'realServer:10.213.1.10:80/TCP>10.213.0.22:80',
    ]);
  });
});

describe('resource DTOs', () => {
  it('accept their own OpenAPI examples', () => {
    const pairs: [z.ZodType, unknown][] = [
      [DirectorBodySchema, EXAMPLE.director],
      [VrrpInstanceBodySchema, EXAMPLE.vrrpInstance],
      [VrrpSyncGroupBodySchema, EXAMPLE.vrrpSyncGroup],
      [VirtualServiceBodySchema, EXAMPLE.virtualService],
      [RealServerBodySchema, EXAMPLE.realServer],
      [AdminStateBodySchema, { adminState: 'drained' }],
    ];
    for (const [schema, example] of pairs) expect(schema.safeParse(example).error).toBeUndefined();
    for (const schema of [
      DirectorPatchSchema,
      VrrpInstancePatchSchema,
      VrrpSyncGroupPatchSchema,
      VirtualServicePatchSchema,
      RealServerPatchSchema,
    ]) {
      const example = (z.globalRegistry.get(schema)?.examples as unknown[])[0];
      expect(schema.safeParse(example).error).toBeUndefined();
    }
  });

  it('patch schemas: every field optional without its default, null only for optional fields', () => {
    const p = patchOf(DirectorSchema.shape);
    expect(p.parse({ sshPort: 2222 })).toEqual({ sshPort: 2222 });
    expect(p.safeParse({ credential: null }).success).toBe(true);
    expect(p.safeParse({ name: null }).success).toBe(false);
    expect(p.safeParse({}).success).toBe(false);
    expect(p.safeParse({ colour: 'red' }).success).toBe(false);
    expect(mergePatch({ a: 1, b: 2 }, { a: 3, b: null })).toEqual({ a: 3 });
    expect(patchOf(RealServerSchema.shape).safeParse({ healthCheck: null }).success).toBe(true);
    expect(patchOf(VrrpInstanceSchema.shape).safeParse({ members: null }).success).toBe(false);
    expect(patchOf(VrrpSyncGroupSchema.shape).safeParse({ instances: ['a'] }).success).toBe(false);
  });
});
