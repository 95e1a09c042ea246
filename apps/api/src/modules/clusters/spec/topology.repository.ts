import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { realServerKey, virtualServiceKey, type RealServer } from '@lvs/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { ClusterHead, ClusterKeepalived, Item, ServiceItem, Topology } from './topology.model';
import type { TablePlan, WritePlan } from './topology.plan';
import {
  type Column,
  DIRECTOR_COLUMNS,
  directorFromRow,
  type DirectorRow,
  REAL_SERVER_COLUMNS,
  realServerFromRow,
  selectList,
  type RealServerRow,
  type TimestampsRow,
  VIRTUAL_SERVICE_COLUMNS,
  virtualServiceFromRow,
  type VirtualServiceRow,
  VRRP_INSTANCE_COLUMNS,
  VRRP_SYNC_GROUP_COLUMNS,
  vrrpInstanceFromRow,
  vrrpSyncGroupFromRow,
  type VrrpInstanceRow,
  type VrrpMemberRow,
  type VrrpSyncGroupMemberRow,
  type VrrpSyncGroupRow,
  type VrrpVipRow,
} from './topology.rows';

interface HeadRow {
  id: string;
  name: string;
  description: string;
  mode: ClusterHead['mode'];
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** A cluster as the cluster list shows it: its head and the object counts kept on the row. */
export interface ClusterRow extends HeadRow {
  directors: number;
  vrrp_instances: number;
  virtual_services: number;
  real_servers: number;
}

export interface Page<T> {
  rows: T[];
  total: number;
}

// The clusters row: its head and the object counts every write keeps on it, each count read under its ClusterRow name.
const HEAD_FIELDS = [
  'id',
  'name',
  'description',
  'mode',
  'version',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof HeadRow)[];
const COUNT_COLUMNS = [
  ['director_count', 'directors'],
  ['vrrp_instance_count', 'vrrp_instances'],
  ['virtual_service_count', 'virtual_services'],
  ['real_server_count', 'real_servers'],
] as const satisfies readonly (readonly [string, Exclude<keyof ClusterRow, keyof HeadRow>])[];
const HEAD = `SELECT ${HEAD_FIELDS.join(', ')} FROM clusters WHERE id = $1`;
const CLUSTER = `SELECT ${[...HEAD_FIELDS.map((f) => `c.${f}`), ...COUNT_COLUMNS.map(([c, as]) => `c.${c} AS ${as}`)].join(', ')} FROM clusters c`;
// Each SELECT list comes from the table's column table (topology.rows.ts), the same one the writes use.
const DIRECTOR = selectList(DIRECTOR_COLUMNS).sql;
const VRRP_INSTANCE = selectList(VRRP_INSTANCE_COLUMNS).sql;
const VRRP_SYNC_GROUP = selectList(VRRP_SYNC_GROUP_COLUMNS).sql;
// The key is read by the per-resource routes only (the spec has no use for it).
const VIRTUAL_SERVICE = selectList(VIRTUAL_SERVICE_COLUMNS, { alias: 's', omit: ['key'] }).sql;
const REAL_SERVER_READ = selectList(REAL_SERVER_COLUMNS, { alias: 'r', parent: 'virtual_service_id', omit: ['key'] });
const REAL_SERVER = REAL_SERVER_READ.sql;
function realServerRowOf(a: unknown[]): RealServerRow {
  const r = {} as Record<string, unknown>;
  for (let i = 0; i < REAL_SERVER_READ.fields.length; i++) r[REAL_SERVER_READ.fields[i]] = a[i];
  return r as unknown as RealServerRow;
}
const STAMPS = 'created_at, updated_at';

/** `%q%` for ILIKE with the pattern characters escaped. */
const like = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;

function groupBy<R, K extends keyof R>(rows: R[], key: K): Map<R[K], R[]> {
  const m = new Map<R[K], R[]>();
  for (const r of rows) {
    const list = m.get(r[key]);
    if (list) list.push(r);
    else m.set(r[key], [r]);
  }
  return m;
}

const head = (r: HeadRow): ClusterHead => ({
  id: r.id,
  name: r.name,
  description: r.description,
  mode: r.mode,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const ref = (r: { id: string; version: number; position: number }) => ({ id: r.id, version: r.version, position: r.position });

/**
 * Every query of the cluster aggregate: the `clusters` row (head, counts, list, delete) and its topology.
 * Whole-topology reads are a handful of set queries (no N+1); writes
 * are set-based too — `unnest()` of one array per column inserts or updates any number of rows in
 * one statement — so a 20,000-real-server spec is read and written in tens of queries, not thousands.
 * Every method is scoped by the cluster: an id of another cluster's object finds nothing.
 */
@Injectable()
export class TopologyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  /** A consistent snapshot for reads that span several queries (the spec and its ETag agree). */
  snapshot<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', fn);
  }

  private q<T>(m: EntityManager | undefined, sql: string, params: unknown[] = []): Promise<T[]> {
    return (m ?? this.dataSource.manager).query(sql, params);
  }

  async head(clusterId: string, m?: EntityManager): Promise<ClusterHead | undefined> {
    const [r] = await this.q<HeadRow>(m, HEAD, [clusterId]);
    return r ? head(r) : undefined;
  }

  /** Row-locked: writers of one cluster serialise here, so If-Match and the cluster-wide rules hold. */
  async lockHead(clusterId: string, m: EntityManager): Promise<ClusterHead | undefined> {
    const [r] = await this.q<HeadRow>(m, `${HEAD} FOR UPDATE`, [clusterId]);
    return r ? head(r) : undefined;
  }

  async load(h: ClusterHead, m: EntityManager): Promise<Topology> {
    const id = h.id;
    const directors = await this.q<DirectorRow>(m, `SELECT ${DIRECTOR} FROM directors WHERE cluster_id = $1 ORDER BY position`, [id]);
    const instances = await this.q<VrrpInstanceRow>(
      m,
      `SELECT ${VRRP_INSTANCE} FROM vrrp_instances WHERE cluster_id = $1 ORDER BY position`,
      [id],
    );
    const members = instances.length ? groupBy(await this.members(m, 'i.cluster_id = $1', [id]), 'instance_id') : new Map();
    const vips = instances.length ? groupBy(await this.vips(m, 'i.cluster_id = $1', [id]), 'instance_id') : new Map();
    const groups = await this.q<VrrpSyncGroupRow>(
      m,
      `SELECT ${VRRP_SYNC_GROUP} FROM vrrp_sync_groups WHERE cluster_id = $1 ORDER BY position`,
      [id],
    );
    const [{ keepalived }] = await this.q<{ keepalived: ClusterKeepalived | null }>(m, 'SELECT keepalived FROM clusters WHERE id = $1', [
      id,
    ]);
    const groupMembers = groups.length ? groupBy(await this.groupMembers(m, 'g.cluster_id = $1', [id]), 'sync_group_id') : new Map();
    const services = await this.q<VirtualServiceRow>(
      m,
      `SELECT ${VIRTUAL_SERVICE} FROM virtual_services s WHERE s.cluster_id = $1 ORDER BY s.position`,
      [id],
    );
    const reals = new Map<string, Item<RealServer>[]>();
    if (services.length) {
      // The one big read (20,000 rows for a large cluster): rows as arrays, a third faster to decode than objects.
      const rows = await this.arrays(
        m,
        `SELECT ${REAL_SERVER} FROM real_servers r JOIN virtual_services s ON s.id = r.virtual_service_id WHERE s.cluster_id = $1 ORDER BY s.position, r.position`,
        [id],
      );
      for (const a of rows) {
        const r = realServerRowOf(a);
        const item: Item<RealServer> = { value: realServerFromRow(r), ref: ref(r) };
        const list = reals.get(r.virtual_service_id);
        if (list) list.push(item);
        else reals.set(r.virtual_service_id, [item]);
      }
    }
    return {
      head: h,
      ...(keepalived && { keepalived }),
      directors: directors.map((r) => ({ value: directorFromRow(r), ref: ref(r) })),
      vrrpInstances: instances.map((r) => ({ value: vrrpInstanceFromRow(r, members.get(r.id) ?? [], vips.get(r.id) ?? []), ref: ref(r) })),
      vrrpSyncGroups: groups.map((r) => ({
        value: vrrpSyncGroupFromRow(
          r,
          (groupMembers.get(r.id) ?? []).map((g: VrrpSyncGroupMemberRow) => g.instance),
        ),
        ref: ref(r),
      })),
      virtualServices: services.map((r): ServiceItem => ({ value: virtualServiceFromRow(r), ref: ref(r), reals: reals.get(r.id) ?? [] })),
    };
  }

  /** Rows as arrays, on the transaction's connection (TypeORM's query() has no row mode). */
  private async arrays(m: EntityManager, sql: string, params: unknown[]): Promise<unknown[][]> {
    const client = (await m.queryRunner!.connect()) as {
      query(q: { text: string; values: unknown[]; rowMode: 'array' }): Promise<{ rows: unknown[][] }>;
    };
    return (await client.query({ text: sql, values: params, rowMode: 'array' })).rows;
  }

  private members(m: EntityManager | undefined, where: string, params: unknown[]): Promise<VrrpMemberRow[]> {
    return this.q(
      m,
      `SELECT mb.instance_id, d.name AS director, mb.priority, mb.state FROM vrrp_members mb
       JOIN vrrp_instances i ON i.id = mb.instance_id JOIN directors d ON d.id = mb.director_id WHERE ${where} ORDER BY mb.instance_id, mb.position`,
      params,
    );
  }

  private vips(m: EntityManager | undefined, where: string, params: unknown[]): Promise<VrrpVipRow[]> {
    return this.q(
      m,
      `SELECT v.instance_id, v.address, v.dev, v.label, v.options FROM vrrp_vips v JOIN vrrp_instances i ON i.id = v.instance_id WHERE ${where} ORDER BY v.instance_id, v.position`,
      params,
    );
  }

  private groupMembers(m: EntityManager | undefined, where: string, params: unknown[]): Promise<VrrpSyncGroupMemberRow[]> {
    return this.q(
      m,
      `SELECT gm.sync_group_id, i.name AS instance FROM vrrp_sync_group_members gm
       JOIN vrrp_sync_groups g ON g.id = gm.sync_group_id JOIN vrrp_instances i ON i.id = gm.instance_id WHERE ${where} ORDER BY gm.sync_group_id, gm.position`,
      params,
    );
  }

  // ---- writes --------------------------------------------------------------------------------

  /**
   * Applies a plan in dependency order: references that go away are removed before the rows they
   * point at, and rows are inserted before the references to them.
   */
  async apply(t: Topology, plan: WritePlan, m: EntityManager): Promise<void> {
    const { directors, vrrpInstances: inst, vrrpSyncGroups: groups, virtualServices: vs, realServers: rs } = plan;
    const rewrittenGroups = [...groups.update.map((u) => u.id), ...groups.delete];
    if (rewrittenGroups.length)
      await this.q(m, 'DELETE FROM vrrp_sync_group_members WHERE sync_group_id = ANY($1::uuid[])', [rewrittenGroups]);
    await this.remove(m, 'vrrp_sync_groups', groups.delete);
    const rewrittenInstances = inst.update.map((u) => u.id);
    if (rewrittenInstances.length) {
      await this.q(m, 'DELETE FROM vrrp_members WHERE instance_id = ANY($1::uuid[])', [rewrittenInstances]);
      await this.q(m, 'DELETE FROM vrrp_vips WHERE instance_id = ANY($1::uuid[])', [rewrittenInstances]);
    }
    await this.remove(m, 'vrrp_instances', inst.delete);
    await this.remove(m, 'directors', directors.delete);
    await this.remove(m, 'virtual_services', vs.delete);
    await this.remove(m, 'real_servers', rs.delete);

    await this.write(m, 'directors', 'cluster_id', DIRECTOR_COLUMNS, directors);

    await this.write(m, 'vrrp_instances', 'cluster_id', VRRP_INSTANCE_COLUMNS, inst);
    const directorIds = new Map(t.directors.map((d) => [d.value.name, d.ref!.id]));
    const written = [...inst.insert, ...inst.update];
    const members = written.flatMap((i) =>
      i.value.members.map((mb, position) => [i.id, position, directorIds.get(mb.director), mb.priority, mb.state]),
    );
    await this.insertRows(
      m,
      'vrrp_members',
      [
        ['instance_id', 'uuid'],
        ['position', 'int4'],
        ['director_id', 'uuid'],
        ['priority', 'int2'],
        ['state', 'varchar'],
      ],
      members,
    );
    const vips = written.flatMap((i) =>
      i.value.vips.map((v, position) => [
        i.id,
        position,
        v.address,
        v.dev ?? null,
        v.label ?? null,
        v.options ? JSON.stringify(v.options) : null,
      ]),
    );
    await this.insertRows(
      m,
      'vrrp_vips',
      [
        ['instance_id', 'uuid'],
        ['position', 'int4'],
        ['address', 'varchar'],
        ['dev', 'varchar'],
        ['label', 'varchar'],
        ['options', 'text'],
      ],
      vips,
      { options: (e) => `${e}::json` },
    );

    await this.write(m, 'vrrp_sync_groups', 'cluster_id', VRRP_SYNC_GROUP_COLUMNS, groups);
    if (plan.keepalived) {
      const k = plan.keepalived;
      await this.q(m, 'UPDATE clusters SET keepalived = $2::json WHERE id = $1', [
        t.head.id,
        Object.keys(k).length ? JSON.stringify(k) : null,
      ]);
    }
    const instanceIds = new Map(t.vrrpInstances.map((i) => [i.value.name, i.ref!.id]));
    const groupMembers = [...groups.insert, ...groups.update].flatMap((g) =>
      g.value.instances.map((name, position) => [g.id, position, instanceIds.get(name)]),
    );
    await this.insertRows(
      m,
      'vrrp_sync_group_members',
      [
        ['sync_group_id', 'uuid'],
        ['position', 'int4'],
        ['instance_id', 'uuid'],
      ],
      groupMembers,
    );

    const keyed = <T extends object>(p: TablePlan<T>, key: (v: T) => string): TablePlan<T & { key: string }> => ({
      ...p,
      insert: p.insert.map((x) => ({ ...x, value: { ...x.value, key: key(x.value) } })),
      update: p.update.map((x) => ({ ...x, value: { ...x.value, key: key(x.value) } })),
    });
    await this.write(m, 'virtual_services', 'cluster_id', VIRTUAL_SERVICE_COLUMNS, keyed(vs, virtualServiceKey));
    await this.write(m, 'real_servers', 'virtual_service_id', REAL_SERVER_COLUMNS, keyed(rs, realServerKey));
  }

  /**
   * After a topology write: the cluster's own fields and object counts, and its version (the ETag)
   * bumped — except for a cluster just created, which starts at version 1 whatever it holds.
   */
  async writeHead(
    clusterId: string,
    h: { bump: boolean; fields: Pick<ClusterHead, 'name' | 'description' | 'mode'>; counts: [number, number, number, number] },
    m: EntityManager,
  ): Promise<ClusterHead> {
    const inc = h.bump ? 1 : 0;
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [rows] = (await m.query(
      `UPDATE clusters SET version = version + $2, updated_at = now(), name = $3, description = $4, mode = $5,
         ${COUNT_COLUMNS.map(([c], i) => `${c} = $${6 + i}`).join(', ')} WHERE id = $1 RETURNING *`,
      [clusterId, inc, h.fields.name, h.fields.description, h.fields.mode, ...h.counts],
    )) as [HeadRow[], number];
    return head(rows[0]);
  }

  async clusterNameTaken(name: string, exceptId: string | undefined, m: EntityManager): Promise<boolean> {
    const rows = await this.q(m, 'SELECT 1 FROM clusters WHERE name = $1 AND id IS DISTINCT FROM $2', [name, exceptId ?? null]);
    return rows.length > 0;
  }

  // ---- the cluster list and delete (the rest of the row is written by writeHead) ---------------

  async cluster(id: string): Promise<ClusterRow | undefined> {
    const [r] = await this.q<ClusterRow>(undefined, `${CLUSTER} WHERE c.id = $1`, [id]);
    return r;
  }

  async clusters(f: { q?: string; mode?: string; onlyId?: string }, limit: number, offset: number): Promise<Page<ClusterRow>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.onlyId) where.push(`c.id = $${params.push(f.onlyId)}`);
    if (f.mode) where.push(`c.mode = $${params.push(f.mode)}`);
    if (f.q) where.push(`(c.name ILIKE $${params.push(like(f.q))} OR c.description ILIKE $${params.length})`);
    const w = where.length ? ` WHERE ${where.join(' AND ')}` : '';
    return this.page<ClusterRow>(`${CLUSTER}${w}`, `SELECT count(*)::int AS n FROM clusters c${w}`, params, 'c.name', limit, offset);
  }

  /** Row-locked version, for a conditional delete. */
  async lockVersion(id: string, m: EntityManager): Promise<{ name: string; version: number } | undefined> {
    const [r] = await this.q<{ name: string; version: number }>(m, 'SELECT name, version FROM clusters WHERE id = $1 FOR UPDATE', [id]);
    return r;
  }

  /** Deletes the cluster; its topology, revisions, deployments and scoped tokens go with it (ON DELETE CASCADE). */
  async deleteCluster(id: string, m: EntityManager): Promise<void> {
    await this.q(m, 'DELETE FROM clusters WHERE id = $1', [id]);
  }

  async insertHead(id: string, fields: Pick<ClusterHead, 'name' | 'description' | 'mode'>, m: EntityManager): Promise<ClusterHead> {
    const [r] = await this.q<HeadRow>(
      m,
      'INSERT INTO clusters (id, name, description, mode, version) VALUES ($1, $2, $3, $4, 1) RETURNING *',
      [id, fields.name, fields.description, fields.mode],
    );
    return head(r);
  }

  private async remove(m: EntityManager, table: string, ids: string[]): Promise<void> {
    if (ids.length) await this.q(m, `DELETE FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
  }

  private async write<T>(m: EntityManager, table: string, parent: string, columns: Column<T>[], p: TablePlan<T>): Promise<void> {
    if (p.insert.length) {
      await this.insertRows(
        m,
        table,
        [['id', 'uuid'], [parent, 'uuid'], ['position', 'int4'], ...columns.map((c): [string, string] => [c.name, c.type])],
        p.insert.map((r) => [r.id, r.parentId, r.position, ...columns.map((c) => c.get(r.value))]),
        Object.fromEntries(columns.filter((c) => c.sql).map((c) => [c.name, c.sql!])),
      );
    }
    if (p.update.length) {
      const cols: [string, string][] = [['id', 'uuid'], ['position', 'int4'], ...columns.map((c): [string, string] => [c.name, c.type])];
      const params = cols.map((_c, i) => p.update.map((r) => (i === 0 ? r.id : i === 1 ? r.position : columns[i - 2].get(r.value))));
      const set = cols.slice(1).map(([name]) => {
        const sql = columns.find((c) => c.name === name)?.sql;
        return `${name} = ${sql ? sql(`u.${name}`) : `u.${name}`}`;
      });
      await this.q(
        m,
        `UPDATE ${table} t SET ${set.join(', ')}, version = t.version + 1, updated_at = now()
         FROM unnest(${cols.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) AS u(${cols.map(([n]) => n).join(', ')}) WHERE t.id = u.id`,
        params,
      );
    }
    if (p.move.length) {
      await this.q(
        m,
        `UPDATE ${table} t SET position = u.position FROM unnest($1::uuid[], $2::int4[]) AS u(id, position) WHERE t.id = u.id`,
        [p.move.map((x) => x.id), p.move.map((x) => x.position)],
      );
    }
  }

  /** One INSERT for any number of rows: one array parameter per column, zipped by unnest(). */
  private async insertRows(
    m: EntityManager,
    table: string,
    cols: [string, string][],
    rows: unknown[][],
    sql: Record<string, (e: string) => string> = {},
  ): Promise<void> {
    if (!rows.length) return;
    const params = cols.map((_c, i) => rows.map((r) => r[i]));
    const select = cols.map(([n]) => (sql[n] ? sql[n](`u.${n}`) : `u.${n}`)).join(', ');
    await this.q(
      m,
      `INSERT INTO ${table} (${cols.map(([n]) => n).join(', ')}) SELECT ${select}
       FROM unnest(${cols.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) AS u(${cols.map(([n]) => n).join(', ')})`,
      params,
    );
  }

  // ---- per-resource reads (scoped by cluster) ------------------------------------------------

  async directors(
    clusterId: string,
    f: { q?: string; ids?: string[] },
    limit: number,
    offset: number,
  ): Promise<Page<DirectorRow & TimestampsRow>> {
    const where = ['cluster_id = $1'];
    const params: unknown[] = [clusterId];
    if (f.q) where.push(`(name ILIKE $${params.push(like(f.q))} OR address ILIKE $${params.length})`);
    if (f.ids) where.push(`id = ANY($${params.push(f.ids)}::uuid[])`);
    return this.page(
      `SELECT ${DIRECTOR}, ${STAMPS} FROM directors WHERE ${where.join(' AND ')}`,
      f.ids ? undefined : 'SELECT count(*)::int AS n FROM directors WHERE ' + where.join(' AND '),
      params,
      'position',
      limit,
      offset,
    );
  }

  async vrrpInstances(
    clusterId: string,
    f: { q?: string; ids?: string[] },
    limit: number,
    offset: number,
  ): Promise<Page<VrrpInstanceRow & TimestampsRow & { members: VrrpMemberRow[]; vips: VrrpVipRow[] }>> {
    const where = ['cluster_id = $1'];
    const params: unknown[] = [clusterId];
    if (f.q) where.push(`(name ILIKE $${params.push(like(f.q))} OR interface ILIKE $${params.length})`);
    if (f.ids) where.push(`id = ANY($${params.push(f.ids)}::uuid[])`);
    const page = await this.page<VrrpInstanceRow & TimestampsRow>(
      `SELECT ${VRRP_INSTANCE}, ${STAMPS} FROM vrrp_instances WHERE ${where.join(' AND ')}`,
      f.ids ? undefined : 'SELECT count(*)::int AS n FROM vrrp_instances WHERE ' + where.join(' AND '),
      params,
      'position',
      limit,
      offset,
    );
    const ids = page.rows.map((r) => r.id);
    const members = ids.length
      ? groupBy(await this.members(undefined, 'mb.instance_id = ANY($1::uuid[])', [ids]), 'instance_id')
      : new Map();
    const vips = ids.length ? groupBy(await this.vips(undefined, 'v.instance_id = ANY($1::uuid[])', [ids]), 'instance_id') : new Map();
    return { total: page.total, rows: page.rows.map((r) => ({ ...r, members: members.get(r.id) ?? [], vips: vips.get(r.id) ?? [] })) };
  }

  async vrrpSyncGroups(
    clusterId: string,
    f: { q?: string; ids?: string[] },
    limit: number,
    offset: number,
  ): Promise<Page<VrrpSyncGroupRow & TimestampsRow & { instances: string[] }>> {
    const where = ['cluster_id = $1'];
    const params: unknown[] = [clusterId];
    if (f.q) where.push(`name ILIKE $${params.push(like(f.q))}`);
    if (f.ids) where.push(`id = ANY($${params.push(f.ids)}::uuid[])`);
    const page = await this.page<VrrpSyncGroupRow & TimestampsRow>(
      `SELECT ${VRRP_SYNC_GROUP}, ${STAMPS} FROM vrrp_sync_groups WHERE ${where.join(' AND ')}`,
      f.ids ? undefined : 'SELECT count(*)::int AS n FROM vrrp_sync_groups WHERE ' + where.join(' AND '),
      params,
      'position',
      limit,
      offset,
    );
    const ids = page.rows.map((r) => r.id);
    const members = ids.length
      ? groupBy(await this.groupMembers(undefined, 'gm.sync_group_id = ANY($1::uuid[])', [ids]), 'sync_group_id')
      : new Map();
    return {
      total: page.total,
      rows: page.rows.map((r) => ({ ...r, instances: (members.get(r.id) ?? []).map((g: VrrpSyncGroupMemberRow) => g.instance) })),
    };
  }

  async virtualServices(
    clusterId: string,
    f: { q?: string; key?: string; protocol?: string; forwarding?: string; ids?: string[] },
    limit: number,
    offset: number,
  ): Promise<Page<VirtualServiceRow & TimestampsRow & { key: string }>> {
    const where = ['s.cluster_id = $1'];
    const params: unknown[] = [clusterId];
    if (f.q) where.push(`s.key ILIKE $${params.push(like(f.q))}`);
    if (f.key !== undefined) where.push(`s.key = $${params.push(f.key)}`);
    if (f.protocol) where.push(`s.protocol = $${params.push(f.protocol)}`);
    if (f.forwarding) where.push(`s.forwarding = $${params.push(f.forwarding)}`);
    if (f.ids) where.push(`s.id = ANY($${params.push(f.ids)}::uuid[])`);
    return this.page(
      `SELECT ${VIRTUAL_SERVICE}, s.key, s.created_at, s.updated_at FROM virtual_services s WHERE ${where.join(' AND ')}`,
      f.ids ? undefined : 'SELECT count(*)::int AS n FROM virtual_services s WHERE ' + where.join(' AND '),
      params,
      's.position',
      limit,
      offset,
    );
  }

  /** Real servers of one service of the cluster; undefined when the service is not the cluster's. */
  async realServers(
    clusterId: string,
    serviceId: string,
    f: { q?: string; key?: string; adminState?: string; ids?: string[] },
    limit: number,
    offset: number,
  ): Promise<Page<RealServerRow & TimestampsRow & { key: string }> | undefined> {
    const where = ['r.virtual_service_id = $1', 's.cluster_id = $2'];
    const params: unknown[] = [serviceId, clusterId];
    if (f.q) where.push(`r.key ILIKE $${params.push(like(f.q))}`);
    if (f.key !== undefined) where.push(`r.key = $${params.push(f.key)}`);
    if (f.adminState) where.push(`r.admin_state = $${params.push(f.adminState)}`);
    if (f.ids) where.push(`r.id = ANY($${params.push(f.ids)}::uuid[])`);
    const from = 'FROM real_servers r JOIN virtual_services s ON s.id = r.virtual_service_id';
    const page = await this.page<RealServerRow & TimestampsRow & { key: string }>(
      `SELECT ${REAL_SERVER}, r.key, r.created_at, r.updated_at ${from} WHERE ${where.join(' AND ')}`,
      f.ids ? undefined : `SELECT count(*)::int AS n ${from} WHERE ${where.join(' AND ')}`,
      params,
      'r.position',
      limit,
      offset,
    );
    // Nothing found: tell "no such service here" (404) from an empty page.
    if (
      !page.rows.length &&
      !(await this.q(undefined, 'SELECT 1 FROM virtual_services WHERE cluster_id = $1 AND id = $2', [clusterId, serviceId])).length
    )
      return undefined;
    return page;
  }

  private async page<T>(
    select: string,
    count: string | undefined,
    params: unknown[],
    order: string,
    limit: number,
    offset: number,
  ): Promise<Page<T>> {
    const rows = await this.q<T>(undefined, `${select} ORDER BY ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [
      ...params,
      limit,
      offset,
    ]);
    // The count is only needed when the page may not hold everything (and never for reads by id).
    if (count === undefined || (offset === 0 && rows.length < limit)) return { rows, total: rows.length };
    const [{ n }] = await this.q<{ n: number }>(undefined, count, params);
    return { rows, total: n };
  }
}
