import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface ClusterRow {
  id: string;
  name: string;
  description: string;
  mode: 'keepalived' | 'ipvsadm';
  version: number;
  created_at: Date;
  updated_at: Date;
  directors: number;
  vrrp_instances: number;
  virtual_services: number;
  real_servers: number;
}

const SELECT = `
  SELECT c.id, c.name, c.description, c.mode, c.version, c.created_at, c.updated_at, c.director_count AS directors,
    c.vrrp_instance_count AS vrrp_instances, c.virtual_service_count AS virtual_services, c.real_server_count AS real_servers
  FROM clusters c`;

/** Clusters with their object counts (kept on the row by TopologyService); the topology itself is TopologyRepository's. */
@Injectable()
export class ClustersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  async findById(id: string): Promise<ClusterRow | undefined> {
    const [r] = await this.dataSource.query<ClusterRow[]>(`${SELECT} WHERE c.id = $1`, [id]);
    return r;
  }

  async page(
    f: { q?: string; mode?: string; onlyId?: string },
    limit: number,
    offset: number,
  ): Promise<{ rows: ClusterRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.onlyId) where.push(`c.id = $${params.push(f.onlyId)}`);
    if (f.mode) where.push(`c.mode = $${params.push(f.mode)}`);
    if (f.q) where.push(`(c.name ILIKE $${params.push(`%${f.q.replace(/[%_\\]/g, '\\$&')}%`)} OR c.description ILIKE $${params.length})`);
    const w = where.length ? ` WHERE ${where.join(' AND ')}` : '';
    const rows = await this.dataSource.query<ClusterRow[]>(
      `${SELECT}${w} ORDER BY c.name LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    if (offset === 0 && rows.length < limit) return { rows, total: rows.length };
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM clusters c${w}`, params);
    return { rows, total: n };
  }

  /** Row-locked version, for a conditional delete. */
  async lockVersion(id: string, m: EntityManager): Promise<{ name: string; version: number } | undefined> {
    const [r] = await m.query<{ name: string; version: number }[]>('SELECT name, version FROM clusters WHERE id = $1 FOR UPDATE', [id]);
    return r;
  }

  /** Deletes the cluster; its topology, revisions, deployments and scoped tokens go with it (ON DELETE CASCADE). */
  async delete(id: string, m: EntityManager): Promise<void> {
    await m.query('DELETE FROM clusters WHERE id = $1', [id]);
  }
}
