import { z } from 'zod';

export const ArchivedClusterParams = z.strictObject({ clusterId: z.uuid({ error: 'must be a UUID' }) });
export const ArchivedRevisionParams = ArchivedClusterParams.extend({
  number: z.coerce
    .number({ error: 'must be a revision number' })
    .int('must be a revision number (1, 2, …)')
    .min(1, 'must be a revision number (1, 2, …)')
    .max(2147483647, 'must be a revision number (1, 2, …)'),
});
export const ArchiveListQuery = z.strictObject({
  q: z.string().min(1).max(100, 'must be at most 100 characters').optional().meta({ description: 'Matches the cluster name' }),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be 1-200')
    .max(200, 'must be 1-200')
    .default(50),
  offset: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(1_000_000, 'must be at most 1000000')
    .default(0),
});
export type ArchiveListQueryDto = z.output<typeof ArchiveListQuery>;

export const ArchivedClusterSummarySchema = z
  .object({
    id: z.uuid().meta({ description: 'The id the cluster had' }),
    name: z.string(),
    mode: z.enum(['keepalived', 'ipvsadm']),
    version: z.number().int().meta({ description: 'Its version when deleted' }),
    createdAt: z.iso.datetime(),
    deletedAt: z.iso.datetime(),
    deletedBy: z.string().meta({ description: 'Who deleted it (user, or user and token)' }),
    revisions: z.number().int(),
    deployments: z.number().int(),
  })
  .meta({ id: 'ArchivedClusterSummary' });
export type ArchivedClusterSummaryDto = z.output<typeof ArchivedClusterSummarySchema>;
export const ArchivedClusterPageSchema = z
  .object({ items: z.array(ArchivedClusterSummarySchema), total: z.number().int() })
  .meta({ id: 'ArchivedClusterPage' });
export type ArchivedClusterPageDto = z.output<typeof ArchivedClusterPageSchema>;

export const ArchivedRevisionSchema = z
  .object({
    number: z.number().int(),
    specSha256: z.string(),
    author: z.string(),
    message: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ArchivedRevision' });
export const ArchivedDeploymentSchema = z
  .object({
    id: z.uuid(),
    revision: z.number().int(),
    status: z.string(),
    parallel: z.boolean(),
    stopOnFailure: z.boolean(),
    requestedBy: z.string(),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    error: z.string().nullable(),
    targets: z
      .array(z.record(z.string(), z.unknown()))
      .meta({ description: 'Per director: position, status, steps (with output), sha256 before and after, error' }),
  })
  .meta({ id: 'ArchivedDeployment' });
export const ArchivedClusterSchema = ArchivedClusterSummarySchema.extend({
  description: z.string(),
  spec: z.unknown().meta({ description: 'The topology as it was when deleted (including what was never frozen into a revision)' }),
  revisionList: z
    .array(ArchivedRevisionSchema)
    .meta({ description: 'Its revisions, newest first; GET …/revisions/{number} has the spec and rendered text' }),
  deploymentList: z.array(ArchivedDeploymentSchema).meta({ description: 'Its deployments with their step logs, newest first' }),
}).meta({ id: 'ArchivedCluster' });
export type ArchivedClusterDto = z.output<typeof ArchivedClusterSchema>;
export const ArchivedRevisionDetailSchema = ArchivedRevisionSchema.extend({
  spec: z.unknown(),
  rendered: z
    .record(z.string(), z.object({ text: z.string(), sha256: z.string() }))
    .meta({ description: 'The rendered keepalived.conf (or IPVS rules) per director' }),
}).meta({ id: 'ArchivedRevisionDetail' });
export type ArchivedRevisionDetailDto = z.output<typeof ArchivedRevisionDetailSchema>;
