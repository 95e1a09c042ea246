import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Incident, IncidentEvidence, IncidentType } from '@lvs/domain';
import type { DataSource } from 'typeorm';
import { EventKind } from '../events/events.kinds';

interface OpenedData {
  incidentId: string;
  instance: string;
  type: IncidentType;
  severity?: Incident['severity'];
  directors?: string[];
  evidence?: IncidentEvidence[];
  openedAt: string;
}

interface IncidentRow {
  cluster_id: string;
  cluster: string;
  data: OpenedData;
  summary: string;
}

/** An incident as the timeline has it, with its cluster's name (and when it ended, for a resolved one). */
export type StoredIncident = Incident & { cluster: string; resolvedAt: string | null };

/** The radar forgets incidents whose last event is older than this (a restart does not restore them). */
const OPEN_WINDOW = `interval '30 days'`;

const incident = (r: IncidentRow, resolvedAt: string | null): StoredIncident => ({
  id: r.data.incidentId,
  clusterId: r.cluster_id,
  cluster: r.cluster,
  instance: r.data.instance,
  type: r.data.type,
  severity: r.data.severity ?? 'critical',
  summary: r.summary,
  directors: r.data.directors ?? [],
  evidence: r.data.evidence ?? [],
  openedAt: r.data.openedAt,
  resolvedAt,
});

/**
 * Split-brain incidents as the timeline records them (split_brain.opened / split_brain.resolved,
 * data.incidentId): every replica's radar writes there, so this is the fleet's view. Clusters that
 * were deleted are left out.
 */
@Injectable()
export class RadarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Incidents the timeline says are open (the last split-brain event of each incident is "opened"):
   * of one cluster (for a restart not to open them twice), or of every cluster.
   */
  async openIncidents(clusterId?: string): Promise<StoredIncident[]> {
    const rows: IncidentRow[] = await this.dataSource.query(
      `SELECT l.cluster_id, c.name AS cluster, l.data, l.summary
         FROM (SELECT DISTINCT ON (data->>'incidentId') cluster_id, kind, data, summary
                 FROM cluster_events
                WHERE kind IN ($1, $2) AND at > now() - ${OPEN_WINDOW} AND ($3::uuid IS NULL OR cluster_id = $3)
                ORDER BY data->>'incidentId', at DESC, (kind = $2) DESC) l
         JOIN clusters c ON c.id = l.cluster_id
        WHERE l.kind = $1
        ORDER BY l.data->>'openedAt' DESC, l.data->>'incidentId'`,
      [EventKind.SplitBrainOpened, EventKind.SplitBrainResolved, clusterId ?? null],
    );
    return rows.map((r) => incident(r, null));
  }

  /** Incidents that ended, newest end first, with what their opening said (evidence, directors). */
  async resolvedIncidents(
    clusterId: string | undefined,
    limit: number,
    offset: number,
  ): Promise<{ items: StoredIncident[]; total: number }> {
    const params = [EventKind.SplitBrainResolved, clusterId ?? null];
    const where = `r.kind = $1 AND ($2::uuid IS NULL OR r.cluster_id = $2)`;
    const [{ n }]: { n: string }[] = await this.dataSource.query(
      `SELECT count(*) AS n FROM cluster_events r JOIN clusters c ON c.id = r.cluster_id WHERE ${where}`,
      params,
    );
    const rows: (IncidentRow & { resolved_at: Date })[] = await this.dataSource.query(
      `SELECT r.cluster_id, c.name AS cluster, r.at AS resolved_at,
              COALESCE(o.data, r.data) AS data, COALESCE(o.summary, r.summary) AS summary
         FROM cluster_events r
         JOIN clusters c ON c.id = r.cluster_id
         LEFT JOIN LATERAL (SELECT data, summary FROM cluster_events o
                             WHERE o.cluster_id = r.cluster_id AND o.kind = $3 AND o.data->>'incidentId' = r.data->>'incidentId'
                             ORDER BY o.at LIMIT 1) o ON true
        WHERE ${where}
        ORDER BY r.at DESC, r.id DESC
        LIMIT $4 OFFSET $5`,
      [...params, EventKind.SplitBrainOpened, limit, offset],
    );
    return { items: rows.map((r) => incident(r, new Date(r.resolved_at).toISOString())), total: Number(n) };
  }
}
