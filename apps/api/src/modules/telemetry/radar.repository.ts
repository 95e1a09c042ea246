import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Incident, IncidentEvidence, IncidentType } from '@lvs/domain';
import type { DataSource } from 'typeorm';
import { EventKind } from '../events/events.kinds';

interface OpenRow {
  cluster_id: string;
  kind: string;
  data: {
    incidentId: string;
    instance: string;
    type: IncidentType;
    severity?: Incident['severity'];
    directors?: string[];
    evidence?: IncidentEvidence[];
    openedAt: string;
  };
  summary: string;
}

@Injectable()
export class RadarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Incidents the timeline says are open (the last split-brain event of each incident is "opened"), for a restart not to open them twice. */
  async openIncidents(clusterId: string): Promise<Incident[]> {
    const rows: OpenRow[] = await this.dataSource.query(
      `SELECT DISTINCT ON (data->>'incidentId') cluster_id, kind, data, summary
         FROM cluster_events
        WHERE cluster_id = $1 AND kind IN ($2, $3) AND at > now() - interval '30 days'
        ORDER BY data->>'incidentId', at DESC, (kind = $3) DESC`,
      [clusterId, EventKind.SplitBrainOpened, EventKind.SplitBrainResolved],
    );
    return rows
      .filter((r) => r.kind === EventKind.SplitBrainOpened)
      .map((r) => ({
        id: r.data.incidentId,
        clusterId: r.cluster_id,
        instance: r.data.instance,
        type: r.data.type,
        severity: r.data.severity ?? 'critical',
        summary: r.summary,
        directors: r.data.directors ?? [],
        evidence: r.data.evidence ?? [],
        openedAt: r.data.openedAt,
      }));
  }
}
