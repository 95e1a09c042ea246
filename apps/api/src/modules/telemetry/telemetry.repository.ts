import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class TelemetryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every cluster with its version: a tick reloads only the topologies that changed. */
  clusterVersions(): Promise<{ id: string; version: number }[]> {
    return this.dataSource.query(`SELECT id, version FROM clusters ORDER BY id`);
  }

  async exists(clusterId: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM clusters WHERE id = $1`, [clusterId])).length > 0;
  }
}
