import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DeploymentConfirmationEntity } from './confirmation.entity';

@Injectable()
export class ConfirmationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(m?: EntityManager) {
    return (m ?? this.dataSource.manager).getRepository(DeploymentConfirmationEntity);
  }

  pending(clusterId: string, m?: EntityManager): Promise<DeploymentConfirmationEntity | null> {
    return this.repo(m).findOneBy({ clusterId, status: 'pending' });
  }

  latest(clusterId: string): Promise<DeploymentConfirmationEntity | null> {
    return this.repo().findOne({ where: { clusterId }, order: { createdAt: 'DESC' } });
  }

  /** A cluster's confirmations, newest first. */
  async page(clusterId: string, limit: number, offset: number): Promise<{ items: DeploymentConfirmationEntity[]; total: number }> {
    const [items, total] = await this.repo().findAndCount({
      where: { clusterId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
      skip: offset,
    });
    return { items, total };
  }

  save(c: DeploymentConfirmationEntity, m?: EntityManager): Promise<DeploymentConfirmationEntity> {
    return this.repo(m).save(c);
  }

  /** The deployment's revision number and creation time, if it is one of this cluster's. */
  async deployment(clusterId: string, deploymentId: string): Promise<{ revision: number; createdAt: Date } | null> {
    const rows: { revision: number; created_at: Date }[] = await this.dataSource.query(
      `SELECT r.number AS revision, d.created_at FROM deployments d JOIN config_revisions r ON r.id = d.revision_id WHERE d.cluster_id = $1 AND d.id = $2`,
      [clusterId, deploymentId],
    );
    return rows[0] ? { revision: rows[0].revision, createdAt: rows[0].created_at } : null;
  }

  /** The revision of the newest deployment of the cluster that succeeded before `before`. */
  async deployedBefore(clusterId: string, before: Date): Promise<number | null> {
    const rows: { revision: number }[] = await this.dataSource.query(
      `SELECT r.number AS revision FROM deployments d JOIN config_revisions r ON r.id = d.revision_id
        WHERE d.cluster_id = $1 AND d.status = 'succeeded' AND d.created_at < $2 ORDER BY d.created_at DESC LIMIT 1`,
      [clusterId, before],
    );
    return rows[0]?.revision ?? null;
  }

  /**
   * Takes one due confirmation (deadline passed, still pending) in `fn`'s transaction; SKIP LOCKED
   * so that of several replicas ticking at once exactly one acts on it.
   */
  async takeDue(now: Date, fn: (c: DeploymentConfirmationEntity, m: EntityManager) => Promise<void>): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const c = await m
        .getRepository(DeploymentConfirmationEntity)
        .createQueryBuilder('c')
        .where('c.status = :s AND c.deadline <= :now', { s: 'pending', now })
        .orderBy('c.deadline', 'ASC')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!c) return false;
      await fn(c, m);
      return true;
    });
  }
}
