import { ADMIN_STATES, ClusterSpecSchema, CLUSTER_MODES, KEEPALIVED_NAME } from '@lvs/domain';
import { z } from 'zod';

export const ClusterParams = z.strictObject({ clusterId: z.uuid({ error: 'must be a UUID' }) });

export const ClusterListQuery = z.strictObject({
  q: z.string().max(100).optional().meta({ description: 'Substring of the name or description' }),
  mode: z.enum(CLUSTER_MODES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Create: a cluster spec (only `name` is required; directors, instances and services may follow later). */
export const ClusterCreateSchema = ClusterSpecSchema;
export const ClusterPatchSchema = z
  .strictObject({
    name: z.string().regex(KEEPALIVED_NAME, 'must be 1-64 characters of letters, digits, _ . : @ -').optional(),
    description: z.string().max(1000).optional(),
  })
  .refine((v) => v.name !== undefined || v.description !== undefined, 'give name and/or description');

export const AdminStateSchema = z.strictObject({
  virtualService: z.string().min(1).max(100).meta({ description: 'Key of the virtual service: 10.0.0.1:80/TCP, [2001:db8::1]:443/TCP or fwmark:7', examples: ['10.213.1.10:80/TCP'] }),
  realServer: z.string().min(1).max(100).meta({ description: 'Key of the real server: 10.0.0.11:80', examples: ['10.213.0.21:80'] }),
  adminState: z.enum(ADMIN_STATES).meta({ description: 'enabled; drained = weight 0 (existing connections finish); disabled = removed from the config' }),
});

const Issue = z.object({ path: z.string(), message: z.string() });

export const ClusterSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  mode: z.enum(CLUSTER_MODES),
  version: z.number().int().meta({ description: 'Bumped on every change; the ETag' }),
  counts: z.object({ directors: z.number().int(), vrrpInstances: z.number().int(), virtualServices: z.number().int(), realServers: z.number().int() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ClusterSummaryDto = z.output<typeof ClusterSummarySchema>;
export const ClusterPageSchema = z.object({ items: z.array(ClusterSummarySchema), total: z.number().int() });
export type ClusterPageDto = z.output<typeof ClusterPageSchema>;
export const ClusterWriteResultSchema = ClusterSummarySchema.extend({ warnings: z.array(Issue) });
export type ClusterWriteResultDto = z.output<typeof ClusterWriteResultSchema>;

export const SpecApplyResultSchema = z.object({
  version: z.number().int(),
  created: z.array(z.string()).meta({ description: 'Keys of what the PUT added, e.g. director:lb3, realServer:10.0.0.1:80/TCP>10.0.0.13:80' }),
  changed: z.array(z.string()),
  deleted: z.array(z.string()),
  warnings: z.array(Issue),
});
export type SpecApplyResultDto = z.output<typeof SpecApplyResultSchema>;
