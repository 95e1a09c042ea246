import { INCIDENT_TYPES } from '@lvs/domain';
import { z } from 'zod';
import { pageFields } from '../clusters/resources/dto/common';

export const IncidentSchema = z
  .object({
    id: z.uuid().meta({ description: 'Stable while open; the timeline events split_brain.opened/resolved carry it as data.incidentId' }),
    clusterId: z.uuid(),
    instance: z.string().meta({ description: 'The VRRP instance' }),
    type: z
      .enum(INCIDENT_TYPES as [string, ...string[]])
      .meta({ description: 'two_masters, no_master, vip_on_several, vip_on_backup, vip_missing, config_mismatch (docs/timeline.md)' }),
    severity: z.enum(['critical', 'warning']),
    summary: z.string(),
    directors: z.array(z.string()).meta({ description: 'The directors involved' }),
    evidence: z
      .array(z.object({ director: z.string(), says: z.string(), since: z.string().optional() }))
      .meta({ description: 'Which director says what, since when' }),
    openedAt: z.iso.datetime().meta({ description: 'When the finding was first seen' }),
  })
  .meta({ id: 'Incident' });

export const ClusterIncidentsSchema = z
  .object({
    clusterId: z.uuid(),
    at: z.iso.datetime(),
    incidents: z.array(IncidentSchema),
    observed: z.boolean().meta({
      description: 'false: telemetry has not observed the cluster yet (or is off, TELEMETRY_TICK_MS=0): no incidents can be known',
    }),
  })
  .meta({ id: 'ClusterIncidents' });
export type ClusterIncidentsDto = z.output<typeof ClusterIncidentsSchema>;

export const INCIDENT_STATES = ['open', 'resolved'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

export const FleetIncidentsQuery = z.strictObject({
  state: z
    .enum(INCIDENT_STATES, { error: 'must be open or resolved' })
    .default('open')
    .meta({ description: 'open (default): the incidents open now; resolved: those that ended, newest end first' }),
  clusterId: z.uuid({ error: 'must be a UUID' }).optional().meta({ description: "Only this cluster's incidents" }),
  ...pageFields,
});
export type FleetIncidentsQueryDto = z.output<typeof FleetIncidentsQuery>;

export const FleetIncidentSchema = IncidentSchema.extend({
  cluster: z.string().meta({ description: "The cluster's name" }),
  state: z.enum(INCIDENT_STATES),
  resolvedAt: z.iso.datetime().nullable().meta({ description: 'When it ended (null while open)' }),
}).meta({ id: 'FleetIncident' });
export type FleetIncidentDto = z.output<typeof FleetIncidentSchema>;

export const FleetIncidentsPageSchema = z
  .object({
    items: z.array(FleetIncidentSchema).meta({ description: 'open: newest opened first; resolved: newest resolved first' }),
    total: z.number().int().meta({ description: 'Incidents in that state (all pages)' }),
    at: z.iso.datetime(),
  })
  .meta({ id: 'FleetIncidentsPage' });
export type FleetIncidentsPageDto = z.output<typeof FleetIncidentsPageSchema>;
