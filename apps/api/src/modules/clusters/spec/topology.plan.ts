import type { Director, RealServer, VrrpInstance, VrrpSyncGroup } from '@lvs/domain';
import {
  type ClusterHead,
  type ClusterKeepalived,
  type Item,
  reportKey,
  sameValue,
  type ServiceItem,
  type Topology,
  type VirtualServiceFields,
} from './topology.model';

export interface Insert<T> {
  id: string;
  parentId: string;
  position: number;
  value: T;
}

export interface Update<T> {
  id: string;
  position: number;
  value: T;
}

export interface TablePlan<T> {
  insert: Insert<T>[];
  /** Content changed: rewritten, version bumped. */
  update: Update<T>[];
  /** Only the position changed. */
  move: { id: string; position: number }[];
  delete: string[];
}

export interface ChangeReport {
  created: string[];
  changed: string[];
  deleted: string[];
}

/** What one write does to the tables. */
export interface WritePlan {
  head?: Pick<ClusterHead, 'name' | 'description' | 'mode'>;
  /** The cluster-wide keepalived objects, when they changed. */
  keepalived?: ClusterKeepalived;
  directors: TablePlan<Director>;
  vrrpInstances: TablePlan<VrrpInstance>;
  vrrpSyncGroups: TablePlan<VrrpSyncGroup>;
  virtualServices: TablePlan<VirtualServiceFields>;
  realServers: TablePlan<RealServer>;
  report: ChangeReport;
  empty: boolean;
}

const emptyTable = <T>(): TablePlan<T> => ({ insert: [], update: [], move: [], delete: [] });

/**
 * Compares a draft with the topology it was made from. Items are matched by their row (`ref.id`):
 * an item without a ref is new, a ref that is gone was deleted, and a matched item whose value
 * differs is rewritten. Positions follow the draft's order. The draft's refs are updated to what
 * the rows will be after the write (new ids, bumped versions), so a caller can answer with them.
 */
export function planWrite(before: Topology, after: Topology, newId: () => string): WritePlan {
  const report: ChangeReport = { created: [], changed: [], deleted: [] };
  const plan: WritePlan = {
    directors: emptyTable(),
    vrrpInstances: emptyTable(),
    vrrpSyncGroups: emptyTable(),
    virtualServices: emptyTable(),
    realServers: emptyTable(),
    report,
    empty: true,
  };
  const clusterId = before.head.id;
  const h = after.head;
  if (h.name !== before.head.name || h.description !== before.head.description || h.mode !== before.head.mode) {
    plan.head = { name: h.name, description: h.description, mode: h.mode };
    report.changed.push('cluster');
  }
  if (!sameValue(before.keepalived ?? {}, after.keepalived ?? {})) {
    plan.keepalived = after.keepalived ?? {};
    if (!plan.head) report.changed.push('cluster');
  }

  plan.directors = diffItems<Director, Item<Director>>(before.directors, after.directors, clusterId, newId, reportKey.director, report);
  plan.vrrpInstances = diffItems<VrrpInstance, Item<VrrpInstance>>(
    before.vrrpInstances,
    after.vrrpInstances,
    clusterId,
    newId,
    reportKey.vrrpInstance,
    report,
  );
  plan.vrrpSyncGroups = diffItems<VrrpSyncGroup, Item<VrrpSyncGroup>>(
    before.vrrpSyncGroups,
    after.vrrpSyncGroups,
    clusterId,
    newId,
    reportKey.vrrpSyncGroup,
    report,
  );
  plan.virtualServices = diffItems<VirtualServiceFields, ServiceItem>(
    before.virtualServices,
    after.virtualServices,
    clusterId,
    newId,
    reportKey.virtualService,
    report,
  );

  const servicesBefore = new Map(before.virtualServices.filter((s) => s.ref).map((s) => [s.ref!.id, s]));
  const kept = new Set<string>();
  for (const s of after.virtualServices) {
    const vsId = s.ref!.id;
    kept.add(vsId);
    const old = servicesBefore.get(vsId);
    const t = diffItems<RealServer, Item<RealServer>>(
      old?.reals ?? [],
      s.reals,
      vsId,
      newId,
      (rs) => reportKey.realServer(s.value, rs),
      report,
    );
    plan.realServers.insert.push(...t.insert);
    plan.realServers.update.push(...t.update);
    plan.realServers.move.push(...t.move);
    plan.realServers.delete.push(...t.delete);
  }
  // Real servers of a deleted service go with it (ON DELETE CASCADE); report them all the same.
  for (const [id, s] of servicesBefore)
    if (!kept.has(id)) for (const r of s.reals) report.deleted.push(reportKey.realServer(s.value, r.value));

  plan.empty =
    !plan.head &&
    !plan.keepalived &&
    [plan.directors, plan.vrrpInstances, plan.vrrpSyncGroups, plan.virtualServices, plan.realServers].every(
      (t) => t.insert.length + t.update.length + t.move.length + t.delete.length === 0,
    );
  return plan;
}

function diffItems<T, I extends Item<T>>(
  before: I[],
  after: I[],
  parentId: string,
  newId: () => string,
  key: (v: T) => string,
  report: ChangeReport,
): TablePlan<T> {
  const t = emptyTable<T>();
  const old = new Map<string, I>();
  for (const i of before) if (i.ref) old.set(i.ref.id, i);
  const seen = new Set<string>();
  after.forEach((item, position) => {
    if (!item.ref) {
      const id = newId();
      item.ref = { id, version: 1, position };
      t.insert.push({ id, parentId, position, value: item.value });
      report.created.push(key(item.value));
      return;
    }
    const prev = old.get(item.ref.id);
    if (!prev) throw new Error(`draft item ${item.ref.id} is not in the topology it was made from`);
    seen.add(item.ref.id);
    const changed = item.value !== prev.value && !sameValue(item.value, prev.value);
    if (changed) {
      t.update.push({ id: item.ref.id, position, value: item.value });
      report.changed.push(key(item.value));
      item.ref = { id: item.ref.id, version: prev.ref!.version + 1, position };
    } else if (prev.ref!.position !== position) {
      t.move.push({ id: item.ref.id, position });
      item.ref = { ...prev.ref!, position };
    }
  });
  for (const [id, i] of old) {
    if (seen.has(id)) continue;
    t.delete.push(id);
    report.deleted.push(key(i.value));
  }
  return t;
}
