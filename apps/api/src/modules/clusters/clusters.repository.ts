import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ClusterEntity } from './cluster.entity';

@Injectable()
export class ClustersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(m?: EntityManager) {
    return (m ?? this.dataSource.manager).getRepository(ClusterEntity);
  }

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  /** Row-locked inside a transaction, so concurrent writers serialise and If-Match stays honest. */
  findForUpdate(id: string, m: EntityManager): Promise<ClusterEntity | null> {
    return this.repo(m).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
  }

  findById(id: string, m?: EntityManager): Promise<ClusterEntity | null> {
    return this.repo(m).findOneBy({ id });
  }

  findByName(name: string, m?: EntityManager): Promise<ClusterEntity | null> {
    return this.repo(m).findOneBy({ name });
  }

  async page(f: { q?: string; mode?: string; onlyId?: string }, limit: number, offset: number): Promise<[ClusterEntity[], number]> {
    const qb = this.repo().createQueryBuilder('c');
    if (f.onlyId) qb.andWhere('c.id = :id', { id: f.onlyId });
    if (f.mode) qb.andWhere('c.mode = :mode', { mode: f.mode });
    if (f.q) qb.andWhere('(c.name ILIKE :q OR c.description ILIKE :q)', { q: `%${f.q.replace(/[%_\\]/g, '\\$&')}%` });
    return qb.orderBy('c.name', 'ASC').take(limit).skip(offset).getManyAndCount();
  }

  save(c: ClusterEntity, m?: EntityManager): Promise<ClusterEntity> {
    return this.repo(m).save(c);
  }

  async remove(id: string, m: EntityManager): Promise<void> {
    await this.repo(m).delete({ id });
  }
}
