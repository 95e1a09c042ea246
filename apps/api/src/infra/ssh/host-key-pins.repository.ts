import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The one query the SSH layer needs: a director's pinned host-key fingerprint. Pins are written by
 * the deployments feature (PlanService.acceptHostKey → DeploymentsRepository.saveHostKey); they are
 * read here so the connector does not depend on that feature (which imports this module).
 */
@Injectable()
export class HostKeyPinsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async fingerprint(clusterId: string, director: string): Promise<string | undefined> {
    const rows: { fingerprint: string }[] = await this.dataSource.query(
      'SELECT fingerprint FROM director_host_keys WHERE cluster_id = $1 AND director = $2',
      [clusterId, director],
    );
    return rows[0]?.fingerprint;
  }
}
