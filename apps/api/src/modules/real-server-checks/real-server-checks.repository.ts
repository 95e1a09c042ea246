import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { RealServerAccessEntity } from './real-server-access.entity';

/** A real server with what its checks need: its service, forwarding method, and where NAT replies may go. */
export interface RealServerContext {
  clusterName: string;
  address: string;
  port: number | null;
  service: string;
  vip: string | null;
  /** The real server's own forwarding override, else the service's. */
  forwarding: 'DR' | 'NAT' | 'TUN';
  /** Directors' addresses and the cluster's VIPs (bare). */
  gateways: string[];
}

@Injectable()
export class RealServerChecksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Scoped by cluster and service: an id from elsewhere finds nothing. */
  async context(clusterId: string, serviceId: string, realServerId: string): Promise<RealServerContext | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT c.name AS cluster_name, rs.address, rs.port, COALESCE(rs.forwarding, vs.forwarding) AS forwarding, vs.key AS service, vs.vip
         FROM real_servers rs
         JOIN virtual_services vs ON vs.id = rs.virtual_service_id
         JOIN clusters c ON c.id = vs.cluster_id
        WHERE vs.cluster_id = $1 AND vs.id = $2 AND rs.id = $3`,
      [clusterId, serviceId, realServerId],
    )) as {
      cluster_name: string;
      address: string;
      port: number | null;
      forwarding: 'DR' | 'NAT' | 'TUN';
      service: string;
      vip: string | null;
    }[];
    if (!row) return undefined;
    const gw = (await this.dataSource.query(
      `SELECT address FROM directors WHERE cluster_id = $1
       UNION ALL
       SELECT split_part(v.address, '/', 1) FROM vrrp_vips v JOIN vrrp_instances i ON i.id = v.instance_id WHERE i.cluster_id = $1`,
      [clusterId],
    )) as { address: string }[];
    return {
      clusterName: row.cluster_name,
      address: row.address,
      port: row.port,
      service: row.service,
      vip: row.vip,
      forwarding: row.forwarding,
      gateways: [...new Set(gw.map((g) => g.address))],
    };
  }

  access(clusterId: string, address: string, m?: EntityManager): Promise<RealServerAccessEntity | null> {
    return (m ?? this.dataSource.manager).getRepository(RealServerAccessEntity).findOne({ where: { clusterId, address } });
  }

  save(row: RealServerAccessEntity, m: EntityManager): Promise<RealServerAccessEntity> {
    return m.getRepository(RealServerAccessEntity).save(row);
  }

  async remove(clusterId: string, address: string, m: EntityManager): Promise<boolean> {
    const r = await m.getRepository(RealServerAccessEntity).delete({ clusterId, address });
    return (r.affected ?? 0) > 0;
  }
}
