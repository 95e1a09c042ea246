import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { directorPathIssues } from '@lvs/domain';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import {
  COLLISION_CODES,
  type ClusterSpec,
  type Director,
  type VrrpInstance,
  type VrrpSyncGroup,
  realServerKey as realKeyOf,
  scriptChanges,
  type SpecIssue,
  validateClusterSpec,
  virtualServiceKey as serviceKeyOf,
} from '@lvs/domain';
import { QueryFailedError, type EntityManager } from 'typeorm';
import type { FieldError } from '../../../common/errors/app-error';
import { currentContext } from '../../../common/request-context';
import { objectDelta, withObjects } from '../../audit/audit-delta';
import { AuditService } from '../../audit/audit.service';
import { topologyChanged } from '../../events/event-builders';
import { EventsService } from '../../events/events.service';
import type { AuditRecord } from '../../audit/audit.types';
import { checkIfMatch } from '../etag';
import { CredentialsError } from '../../credentials/credentials.errors';
import { CredentialsService } from '../../credentials/credentials.service';
import { mayMakePrivilegedChanges, type PrivilegedChange, privilegedChanges } from './privileged-changes';
import { ScriptAllowlistService } from '../resources/script-allowlist.service';
import { type ClusterHead, draftOf, type Item, reportKey, splitService, type Topology, toSpec, keepalivedOf } from './topology.model';
import { type ChangeReport, planWrite } from './topology.plan';
import { TopologyError, TopologyErrorCode } from './topology.errors';
import { TopologyCache } from './topology.cache';
import { TopologyRepository } from './topology.repository';

/** What a write edits: a draft of the topology, and where in the spec the request's body sits. */
export interface Edit {
  readonly before: Topology;
  readonly draft: Topology;
  /** Spec path of the edited item (`directors.2`): rule findings under it are reported at `body.…`. */
  focus?: string;
  /** A sub-path of the focus that is not part of the body (a service's `realServers`). */
  focusExclude?: string;
}

export interface WriteOptions {
  /** Join the caller's transaction (a rollback restoring a revision) instead of opening one. */
  manager?: EntityManager;
  /**
   * A whole document (the spec): every rule finding is reported at `<document>.<spec path>` and
   * answers 422. Otherwise a per-resource write: findings under the focus go to `body.…`, the rest
   * to `spec.…`, and a collision with another object answers 409.
   */
  document?: 'body' | 'spec';
  /** The request's `If-Match`, checked once the cluster row is locked and before the edit runs (412 when stale). */
  ifMatch?: IfMatch;
  audit: (w: { before: Topology; after: Topology; report: ChangeReport; head: ClusterHead }) => AuditRecord;
}

/** A conditional write: the ETag the caller read, and the version it must still name. */
export interface IfMatch {
  /** The `If-Match` header; undefined = unconditional. */
  etag: string | undefined;
  /** What the ETag is of, for the 412's message ("cluster", "real server"). */
  what: string;
  /**
   * The target's version in the topology as it stands; the cluster's when absent. Throws the
   * target's 404 when it is gone, so a missing object answers 404 before a stale ETag answers 412.
   */
  version?: (t: Topology) => number;
}

export interface WriteOutcome<R> {
  result: R;
  head: ClusterHead;
  warnings: FieldError[];
  report: ChangeReport;
  /** False when the write changed nothing (nothing was written, the version stands). */
  changed: boolean;
}

/** Findings that mean "collides with another object" rather than "does not make sense" (libs/domain messages). */

/** A top-level collection of the spec, for the generic per-resource writes. */
export interface CollectionDef<V, I extends Item<V> = Item<V>> {
  /** The spec array and the audit/target name. */
  key: 'directors' | 'vrrpInstances' | 'vrrpSyncGroups' | 'virtualServices';
  kind: 'director' | 'vrrpInstance' | 'vrrpSyncGroup' | 'virtualService';
  /** For messages: "director", "VRRP instance". */
  what: string;
  make(value: V, old?: I): I;
  /** Carries a rename over to the objects that refer to this one by name. */
  renamed?(draft: Topology, before: V, after: V): void;
  /** Paths of the objects that still refer to `value` (a delete is refused while there are any). */
  references?(draft: Topology, value: V): FieldError[];
}

/**
 * The one write path of the topology: lock the cluster row, load the topology, let the request edit
 * a draft, validate the whole resulting cluster with libs/domain's rules, write only what changed,
 * bump the versions and record the audit event — all in one transaction.
 */
@Injectable()
export class TopologyService {
  constructor(
    private readonly repo: TopologyRepository,
    private readonly cache: TopologyCache,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly allowlist: ScriptAllowlistService,
    private readonly credentials: CredentialsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async head(clusterId: string): Promise<ClusterHead> {
    const h = await this.repo.head(clusterId);
    if (!h) throw clusterNotFound(clusterId);
    return h;
  }

  /** The serialised spec and its version, from the cache when it holds the current version, else from one snapshot. */
  async readSpecJson(clusterId: string, m?: EntityManager): Promise<{ json: string; head: ClusterHead }> {
    const h = await this.repo.head(clusterId, m);
    if (!h) throw clusterNotFound(clusterId);
    const hit = this.cache.json(clusterId, h.version);
    if (hit !== undefined) return { json: hit, head: h };
    const read = async (tx: EntityManager) => {
      const head = await this.repo.head(clusterId, tx);
      if (!head) throw clusterNotFound(clusterId);
      return this.repo.load(head, tx);
    };
    const t = m ? await read(m) : await this.repo.snapshot(read);
    if (!m) this.cache.set(t);
    return { json: this.cache.json(clusterId, t.head.version) ?? JSON.stringify(toSpec(t)), head: t.head };
  }

  /** The spec as a private copy (callers may change it). */
  async readSpec(clusterId: string, m?: EntityManager): Promise<{ spec: ClusterSpec; head: ClusterHead }> {
    const { json, head } = await this.readSpecJson(clusterId, m);
    return { spec: JSON.parse(json) as ClusterSpec, head };
  }

  async write<R>(clusterId: string, op: (e: Edit) => R, opts: WriteOptions): Promise<WriteOutcome<R>> {
    const run = async (m: EntityManager): Promise<WriteOutcome<R> & { after: Topology }> => {
      const h = await this.repo.lockHead(clusterId, m);
      if (!h) throw clusterNotFound(clusterId);
      const cached = this.cache.get(clusterId, h.version);
      const before = cached ? { ...cached, head: h } : await this.repo.load(h, m);
      const ifMatch = opts.ifMatch;
      if (ifMatch?.etag !== undefined) checkIfMatch(ifMatch.etag, ifMatch.version ? ifMatch.version(before) : h.version, ifMatch.what);
      const edit: Edit = { before, draft: draftOf(before) };
      const result = op(edit);
      return this.commit(edit, result, opts, m, false);
    };
    return this.guard(async () => {
      if (opts.manager) return strip(await run(opts.manager));
      // Cached only once committed: a rolled-back write leaves no trace.
      const out = await this.repo.transaction(run);
      this.cache.set(out.after);
      return strip(out);
    });
  }

  /** A new cluster with its whole topology (POST /clusters with a spec). */
  async create(spec: ClusterSpec, opts: WriteOptions): Promise<WriteOutcome<undefined>> {
    return this.guard(async () => {
      const out = await this.repo.transaction(async (m) => {
        await this.uniqueName(spec.name, undefined, m);
        const h = await this.repo.insertHead(randomUUID(), { name: spec.name, description: spec.description, mode: spec.mode }, m);
        const before: Topology = { head: h, directors: [], vrrpInstances: [], vrrpSyncGroups: [], virtualServices: [] };
        const edit: Edit = { before, draft: draftOf(before) };
        replaceTopology(edit.draft, spec);
        return this.commit(edit, undefined, opts, m, true);
      });
      this.cache.set(out.after);
      return strip(out);
    });
  }

  private async commit<R>(
    edit: Edit,
    result: R,
    opts: WriteOptions,
    m: EntityManager,
    created: boolean,
  ): Promise<WriteOutcome<R> & { after: Topology }> {
    const { before, draft } = edit;
    if (draft.head.name !== before.head.name) await this.uniqueName(draft.head.name, before.head.id, m);
    const prior = toSpec(before);
    const next = toSpec(draft);
    const { errors, warnings } = validateClusterSpec(next);
    // Where a director's config and pid file may be is the admin's setting (DIRECTOR_CONFIG_DIRS), not the spec's.
    next.directors.forEach((d, i) =>
      errors.push(
        ...directorPathIssues(d, this.config.director.configDirs).map((x) => ({
          code: 'spec.director_path' as const,
          path: `directors.${i}.${x.field}`,
          message: x.message,
        })),
      ),
    );
    if (errors.length) throw ruleError(errors, edit, opts.document);
    // Every write — create, PUT spec, resource write, import, rollback — passes here: the one place
    // that keeps root on the directors an admin's decision (docs/trust-model.md).
    // A cluster-scoped token never changes which credential goes where, bound or not (docs/trust-model.md).
    const ctx = currentContext();
    const privileged = mayMakePrivilegedChanges(ctx)
      ? []
      : ctx?.principal?.clusterId
        ? privilegedChanges(prior, next)
        : await this.outsideBindings(privilegedChanges(prior, next));
    if (privileged.length) {
      throw new TopologyError(
        TopologyErrorCode.AdminOnly,
        `Only an admin (signed in, or with an admin token not scoped to a cluster) may make ${privileged.length} of these change(s): ${privileged[0].path}: ${privileged[0].message}${privileged.length > 1 ? ' …' : ''}`,
        placeAll(privileged, edit, opts.document),
      );
    }
    const scripts = scriptChanges(prior, next);
    const refused = await this.allowlist.violations(scripts, m);
    if (refused.length)
      throw new TopologyError(
        TopologyErrorCode.ScriptNotAllowed,
        `${refused.length} script(s) name an executable outside the script allowlist: ${refused[0].path}: ${refused[0].message}`,
        placeAll(refused, edit, opts.document),
      );
    const plan = planWrite(before, draft, randomUUID);
    const report = plan.report;
    const placed = placeAll(warnings, edit, opts.document);
    if (plan.empty && !created) return { result, head: before.head, warnings: placed, report, changed: false, after: before };
    await this.repo.apply(draft, plan, m);
    const counts: [number, number, number, number] = [
      draft.directors.length,
      draft.vrrpInstances.length,
      draft.virtualServices.length,
      draft.virtualServices.reduce((n, s) => n + s.reals.length, 0),
    ];
    const head = await this.repo.writeHead(before.head.id, { bump: !created, fields: draft.head, counts }, m);
    draft.head = head;
    const audited = auditWithDelta(opts.audit({ before, after: draft, report, head }), before, draft, report, scripts);
    await this.audit.record(audited, m);
    await this.events.record(
      topologyChanged(head.id, {
        action: audited.action,
        targetType: audited.targetType,
        targetId: audited.targetId,
        version: head.version,
        report,
      }),
      m,
    );
    return { result, head, warnings: placed, report, changed: true, after: draft };
  }

  // ---- generic per-resource edits of the top-level collections ------------------------------

  createItem<V, I extends Item<V>>(clusterId: string, def: CollectionDef<V, I>, value: V): Promise<WriteOutcome<I>> {
    return this.write(
      clusterId,
      (e) => {
        const list = e.draft[def.key] as unknown as I[];
        const item = def.make(value);
        list.push(item);
        e.focus = `${def.key}.${list.length - 1}`;
        if (def.key === 'virtualServices') e.focusExclude = 'realServers';
        return item;
      },
      { audit: ({ after }) => ({ action: `${def.kind}.create`, targetType: def.kind, targetId: find(after, def, value)?.ref?.id }) },
    );
  }

  updateItem<V, I extends Item<V>>(
    clusterId: string,
    def: CollectionDef<V, I>,
    id: string,
    next: (old: V) => V,
    ifMatch: string | undefined,
  ): Promise<WriteOutcome<I>> {
    return this.write(
      clusterId,
      (e) => {
        const list = e.draft[def.key] as unknown as I[];
        const index = indexOf(list, id, def.what);
        const current = list[index];
        const value = next(current.value);
        const item = def.make(value, current);
        list[index] = item;
        if (def.renamed) def.renamed(e.draft, current.value, value);
        e.focus = `${def.key}.${index}`;
        if (def.key === 'virtualServices') e.focusExclude = 'realServers';
        return item;
      },
      { ifMatch: itemIfMatch(def, id, ifMatch), audit: () => ({ action: `${def.kind}.update`, targetType: def.kind, targetId: id }) },
    );
  }

  deleteItem<V, I extends Item<V>>(
    clusterId: string,
    def: CollectionDef<V, I>,
    id: string,
    ifMatch: string | undefined,
  ): Promise<WriteOutcome<undefined>> {
    return this.write(
      clusterId,
      (e) => {
        const list = e.draft[def.key] as unknown as I[];
        const index = indexOf(list, id, def.what);
        const old = list[index].value;
        list.splice(index, 1);
        const refs = def.references?.(e.draft, old) ?? [];
        if (refs.length)
          throw new TopologyError(
            TopologyErrorCode.InUse,
            `The ${def.what} is still referenced by ${refs.length} object(s); remove those references first.`,
            refs,
          );
        return undefined;
      },
      { ifMatch: itemIfMatch(def, id, ifMatch), audit: () => ({ action: `${def.kind}.delete`, targetType: def.kind, targetId: id }) },
    );
  }

  /**
   * The privileged changes left once those that only point a credential at an address its binding
   * allows are taken out: the admin decided those addresses when binding it (and still pins the
   * director's host key). An unknown credential, or an address outside the binding, stays refused.
   */
  private async outsideBindings(changes: PrivilegedChange[]): Promise<PrivilegedChange[]> {
    const bound = new Map<string, Promise<boolean>>();
    const isBound = ({ credential, address, director }: NonNullable<PrivilegedChange['connect']>) => {
      const key = `${credential}>${address}`;
      if (!bound.has(key))
        bound.set(
          key,
          this.credentials.assertBound(credential, { address, director }).then(
            () => true,
            (e: unknown) => (e instanceof CredentialsError ? false : Promise.reject(e)),
          ),
        );
      return bound.get(key)!;
    };
    const out: PrivilegedChange[] = [];
    for (const c of changes) if (!c.connect || !(await isBound(c.connect))) out.push(c);
    return out;
  }

  private async uniqueName(name: string, exceptId: string | undefined, m: EntityManager): Promise<void> {
    if (await this.repo.clusterNameTaken(name, exceptId, m)) {
      throw new TopologyError(TopologyErrorCode.DuplicateClusterName, `A cluster named "${name}" exists.`, [
        { path: 'body.name', message: 'is already taken' },
      ]);
    }
  }

  /** Database refusals that input can still provoke (a race on a unique name, a backstop constraint) are 4xx, never 500. */
  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (!(e instanceof QueryFailedError)) throw e;
      const err = e.driverError as { code?: string; constraint?: string; detail?: string };
      if (err.code === '23505' && err.constraint === 'uq_clusters_name') {
        throw new TopologyError(TopologyErrorCode.DuplicateClusterName, 'A cluster with that name exists.', [
          { path: 'body.name', message: 'is already taken' },
        ]);
      }
      if (err.code === '23505' || err.code === '23503') {
        throw new TopologyError(
          TopologyErrorCode.Conflict,
          `The change conflicts with the cluster's current state (${err.constraint ?? 'constraint'}).`,
        );
      }
      if (err.code?.startsWith('22') || err.code === '23514') {
        throw new TopologyError(TopologyErrorCode.InvalidValue, `A value is out of the stored range (${err.constraint ?? err.code}).`);
      }
      throw e;
    }
  }
}

/** Replaces the draft's topology with the document's, keeping the rows of what it already had (matched by natural key). */
export function replaceTopology(draft: Topology, spec: ClusterSpec): void {
  const byKey = <V, I extends Item<V>>(items: I[], key: (v: V) => string) => new Map(items.map((i) => [key(i.value), i]));
  const directors = byKey<Director, Item<Director>>(draft.directors, (d) => d.name);
  const instances = byKey<VrrpInstance, Item<VrrpInstance>>(draft.vrrpInstances, (i) => i.name);
  const groups = byKey<VrrpSyncGroup, Item<VrrpSyncGroup>>(draft.vrrpSyncGroups, (g) => g.name);
  const services = new Map(draft.virtualServices.map((s) => [serviceKeyOf(s.value), s]));
  draft.head = { ...draft.head, name: spec.name, description: spec.description, mode: spec.mode };
  draft.keepalived = keepalivedOf(spec);
  draft.directors = spec.directors.map((value) => ({ value, ref: directors.get(value.name)?.ref }));
  draft.vrrpInstances = spec.vrrpInstances.map((value) => ({ value, ref: instances.get(value.name)?.ref }));
  draft.vrrpSyncGroups = spec.vrrpSyncGroups.map((value) => ({ value, ref: groups.get(value.name)?.ref }));
  draft.virtualServices = spec.virtualServices.map((vs) => {
    const { fields, realServers } = splitService(vs);
    const old = services.get(serviceKeyOf(fields));
    const reals = new Map((old?.reals ?? []).map((r) => [realKeyOf(r.value), r]));
    return { value: fields, ref: old?.ref, reals: realServers.map((value) => ({ value, ref: reals.get(realKeyOf(value))?.ref })) };
  });
}

/** Natural key (as the change report spells it) → the object, for every object of a topology. */
function objectsByKey(t: Topology): Map<string, unknown> {
  const out = new Map<string, unknown>([['cluster', { name: t.head.name, description: t.head.description, mode: t.head.mode }]]);
  for (const i of t.directors) out.set(reportKey.director(i.value), i.value);
  for (const i of t.vrrpInstances) out.set(reportKey.vrrpInstance(i.value), i.value);
  for (const i of t.vrrpSyncGroups) out.set(reportKey.vrrpSyncGroup(i.value), i.value);
  for (const s of t.virtualServices) {
    out.set(reportKey.virtualService(s.value), s.value);
    for (const r of s.reals) out.set(reportKey.realServer(s.value, r.value), r.value);
  }
  return out;
}

/**
 * The event a write records: the caller's summary, plus the objects it changed before and after
 * (secrets redacted) and every script it added, changed or removed in full — so the audit log
 * alone tells what ran as root where, even after the cluster is gone.
 */
function auditWithDelta(
  rec: AuditRecord,
  before: Topology,
  after: Topology,
  report: ChangeReport,
  scripts: ReturnType<typeof scriptChanges>,
): AuditRecord {
  const was = objectsByKey(before);
  const now = objectsByKey(after);
  const delta = objectDelta(
    report,
    (k) => was.get(k),
    (k) => now.get(k),
  );
  const extra: Record<string, unknown> = {};
  if (delta.omitted) extra.objectsOmitted = delta.omitted;
  if (scripts.length)
    extra.scripts = scripts.slice(0, 500).map(({ change, path, keyword, script, previous, directors }) => ({
      change,
      path,
      keyword,
      script,
      ...(previous !== undefined && { previous }),
      directors,
    }));
  return { ...rec, before: withObjects(rec.before, delta.before), after: withObjects(rec.after, delta.after, extra) };
}

function strip<R>({ after: _after, ...out }: WriteOutcome<R> & { after: Topology }): WriteOutcome<R> {
  return out;
}

function clusterNotFound(id: string) {
  return new TopologyError(TopologyErrorCode.ClusterNotFound, `No cluster with id ${id}.`);
}

export function indexOf<I extends { ref?: { id: string } }>(list: I[], id: string, what: string): number {
  const i = list.findIndex((x) => x.ref?.id === id);
  if (i < 0) throw new TopologyError(TopologyErrorCode.NotFound, `No ${what} with id ${id} in this cluster.`);
  return i;
}

/** If-Match on one object of a top-level collection: its own version (404 first when it is gone). */
function itemIfMatch<V, I extends Item<V>>(def: CollectionDef<V, I>, id: string, etag: string | undefined): IfMatch {
  return {
    etag,
    what: def.what,
    version: (t) => {
      const list = t[def.key] as unknown as I[];
      return list[indexOf(list, id, def.what)].ref!.version;
    },
  };
}

function find<V, I extends Item<V>>(t: Topology, def: CollectionDef<V, I>, value: V): I | undefined {
  return (t[def.key] as unknown as I[]).find((i) => i.value === value);
}

function place(issue: SpecIssue, edit: Edit, document: WriteOptions['document']): FieldError {
  if (document) return { path: `${document}.${issue.path}`, message: issue.message };
  const { focus, focusExclude } = edit;
  if (focus && (issue.path === focus || issue.path.startsWith(`${focus}.`))) {
    const rest = issue.path.slice(focus.length + 1);
    if (!focusExclude || !(rest === focusExclude || rest.startsWith(`${focusExclude}.`)))
      return { path: rest ? `body.${rest}` : 'body', message: issue.message };
  }
  return { path: `spec.${issue.path}`, message: issue.message };
}

function placeAll(issues: SpecIssue[], edit: Edit, document: WriteOptions['document']): FieldError[] {
  return issues.map((i) => place(i, edit, document));
}

function ruleError(errors: SpecIssue[], edit: Edit, document: WriteOptions['document']) {
  const collision = !document && errors.some((e) => COLLISION_CODES.has(e.code));
  const first = errors[0];
  return new TopologyError(
    collision ? TopologyErrorCode.Conflict : TopologyErrorCode.RuleViolation,
    `The cluster would break ${errors.length} rule(s): ${first.path}: ${first.message}${errors.length > 1 ? ' …' : ''}`,
    placeAll(errors, edit, document),
  );
}
