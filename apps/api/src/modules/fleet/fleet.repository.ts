import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DirectorCapabilities } from '@lvs/domain';
import { DataSource } from 'typeorm';
import { type CapabilitySource, DirectorCapabilitiesEntity } from './director-capabilities.entity';
import type { DirectorVersions } from './director-versions.port';

/** Capability records, and the clusters every lint runs across. */
@Injectable()
export class FleetRepository implements DirectorVersions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(DirectorCapabilitiesEntity);
  }

  /** Every cluster: id, name, and whether a deployment of it has succeeded (its config runs on directors). */
  async clusters(): Promise<{ id: string; name: string; deployed: boolean }[]> {
    const rows: { id: string; name: string; deployed: boolean }[] = await this.dataSource.query(
      `SELECT c.id, c.name, (s.last_revision_id IS NOT NULL) AS deployed FROM clusters c LEFT JOIN cluster_deploy_state s ON s.cluster_id = c.id ORDER BY c.name, c.id`,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, deployed: !!r.deployed }));
  }

  find(clusterId: string, director: string): Promise<DirectorCapabilitiesEntity | null> {
    return this.repo.findOneBy({ clusterId, director });
  }

  forCluster(clusterId: string): Promise<DirectorCapabilitiesEntity[]> {
    return this.repo.findBy({ clusterId });
  }

  async keepalivedVersions(clusterId: string): Promise<Record<string, string>> {
    const rows: { director: string; version: string }[] = await this.dataSource.query(
      `SELECT director, capabilities->'keepalived'->>'version' AS version FROM director_capabilities
       WHERE cluster_id = $1 AND capabilities->'keepalived'->>'version' IS NOT NULL`,
      [clusterId],
    );
    return Object.fromEntries(rows.map((r) => [r.director, r.version]));
  }

  /** Every recorded capability document, per cluster id and director. */
  async all(): Promise<Record<string, Record<string, DirectorCapabilities>>> {
    const out: Record<string, Record<string, DirectorCapabilities>> = {};
    for (const r of await this.repo.find()) if (r.capabilities) (out[r.clusterId] ??= {})[r.director] = r.capabilities;
    return out;
  }

  /** Records a read; a failed read keeps the capabilities read before it (with the error beside them). */
  async save(
    clusterId: string,
    director: string,
    source: CapabilitySource,
    result: { capabilities: DirectorCapabilities } | { error: string },
  ): Promise<DirectorCapabilitiesEntity> {
    const ok = 'capabilities' in result;
    await this.dataSource.query(
      `INSERT INTO director_capabilities (cluster_id, director, capabilities, error, source, gathered_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (cluster_id, director) DO UPDATE SET
         capabilities = COALESCE(EXCLUDED.capabilities, director_capabilities.capabilities),
         error = EXCLUDED.error, source = EXCLUDED.source, gathered_at = EXCLUDED.gathered_at`,
      [clusterId, director, ok ? JSON.stringify(result.capabilities) : null, ok ? null : result.error, source],
    );
    return (await this.find(clusterId, director))!;
  }
}
