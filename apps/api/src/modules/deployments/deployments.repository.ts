import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  ClusterDeployStateEntity,
  ConfigRevisionEntity,
  DeploymentEntity,
  DeploymentTargetEntity,
  DirectorHostKeyEntity,
} from './deployment.entities';

/** Every query of the deployments feature; each is scoped by its cluster. */
@Injectable()
export class DeploymentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(m?: EntityManager): EntityManager {
    return m ?? this.dataSource.manager;
  }

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  /** Directors of the cluster in maintenance (runtime module, migration 700): their track file stays 1 through a deployment. */
  async directorsInMaintenance(clusterId: string): Promise<Set<string>> {
    const rows: { director: string }[] = await this.m().query('SELECT director FROM director_maintenance WHERE cluster_id = $1', [
      clusterId,
    ]);
    return new Set(rows.map((r) => r.director));
  }

  // revisions
  async nextRevisionNumber(clusterId: string, m: EntityManager): Promise<number> {
    // Serialise numbering per cluster inside the caller's transaction.
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`revisions:${clusterId}`]);
    const rows: { n: number | null }[] = await m.query('SELECT max(number) AS n FROM config_revisions WHERE cluster_id = $1', [clusterId]);
    return (rows[0]?.n ?? 0) + 1;
  }

  saveRevision(r: ConfigRevisionEntity, m?: EntityManager): Promise<ConfigRevisionEntity> {
    return this.m(m).getRepository(ConfigRevisionEntity).save(r);
  }

  findRevision(clusterId: string, number: number, m?: EntityManager): Promise<ConfigRevisionEntity | null> {
    return this.m(m).getRepository(ConfigRevisionEntity).findOneBy({ clusterId, number });
  }

  findRevisionById(clusterId: string, id: string): Promise<ConfigRevisionEntity | null> {
    return this.m().getRepository(ConfigRevisionEntity).findOneBy({ clusterId, id });
  }

  latestRevision(clusterId: string): Promise<ConfigRevisionEntity | null> {
    return this.m()
      .getRepository(ConfigRevisionEntity)
      .findOne({ where: { clusterId }, order: { number: 'DESC' } });
  }

  async pageRevisions(clusterId: string, limit: number, offset: number): Promise<[ConfigRevisionEntity[], number]> {
    return this.m()
      .getRepository(ConfigRevisionEntity)
      .createQueryBuilder('r')
      .select(['r.id', 'r.clusterId', 'r.number', 'r.specSha256', 'r.author', 'r.message', 'r.createdAt', 'r.rendered'])
      .where('r.cluster_id = :clusterId', { clusterId })
      .orderBy('r.number', 'DESC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
  }

  // deployments
  saveDeployment(d: DeploymentEntity, m?: EntityManager): Promise<DeploymentEntity> {
    return this.m(m).getRepository(DeploymentEntity).save(d);
  }

  async updateDeployment(id: string, patch: Partial<DeploymentEntity>): Promise<void> {
    await this.m().getRepository(DeploymentEntity).update({ id }, patch);
  }

  findDeployment(clusterId: string, id: string): Promise<DeploymentEntity | null> {
    return this.m()
      .getRepository(DeploymentEntity)
      .findOne({ where: { clusterId, id }, relations: { revision: true } });
  }

  findByIdempotencyKey(clusterId: string, key: string): Promise<DeploymentEntity | null> {
    return this.m().getRepository(DeploymentEntity).findOneBy({ clusterId, idempotencyKey: key });
  }

  pageDeployments(clusterId: string, limit: number, offset: number): Promise<[DeploymentEntity[], number]> {
    return this.m()
      .getRepository(DeploymentEntity)
      .findAndCount({ where: { clusterId }, relations: { revision: true }, order: { createdAt: 'DESC' }, take: limit, skip: offset });
  }

  active(): Promise<DeploymentEntity[]> {
    return this.m()
      .getRepository(DeploymentEntity)
      .find({ where: { status: In(['pending', 'running']) } });
  }

  saveTargets(ts: DeploymentTargetEntity[], m?: EntityManager): Promise<DeploymentTargetEntity[]> {
    return this.m(m).getRepository(DeploymentTargetEntity).save(ts);
  }

  async updateTarget(id: string, patch: Partial<DeploymentTargetEntity>): Promise<void> {
    await this.m()
      .getRepository(DeploymentTargetEntity)
      .update({ id }, patch as never);
  }

  targets(deploymentId: string): Promise<DeploymentTargetEntity[]> {
    return this.m()
      .getRepository(DeploymentTargetEntity)
      .find({ where: { deploymentId }, order: { position: 'ASC' } });
  }

  // host keys
  hostKey(clusterId: string, director: string): Promise<DirectorHostKeyEntity | null> {
    return this.m().getRepository(DirectorHostKeyEntity).findOneBy({ clusterId, director });
  }

  saveHostKey(k: DirectorHostKeyEntity, m?: EntityManager): Promise<DirectorHostKeyEntity> {
    return this.m(m).getRepository(DirectorHostKeyEntity).save(k);
  }

  // state
  state(clusterId: string, m?: EntityManager): Promise<ClusterDeployStateEntity | null> {
    return this.m(m)
      .getRepository(ClusterDeployStateEntity)
      .findOne({ where: { clusterId }, relations: { lastRevision: true } });
  }

  async deployedClusters(): Promise<string[]> {
    const rows = await this.m()
      .getRepository(ClusterDeployStateEntity)
      .find({ select: { clusterId: true }, where: {} });
    return rows.filter((r) => r).map((r) => r.clusterId);
  }

  async saveState(s: Partial<ClusterDeployStateEntity> & { clusterId: string }): Promise<void> {
    // save() inserts or updates only the given columns (undefined ones are left alone).
    await this.m().getRepository(ClusterDeployStateEntity).save(Object.assign(new ClusterDeployStateEntity(), s));
  }
}
