import { ADMIN_STATES, ClusterSpecSchema, CLUSTER_MODES, KEEPALIVED_NAME } from '@lvs/domain';
import { z } from 'zod';
import { IssueSchema } from '../topology/dto/common';

export { ClusterParams } from '../topology/dto/common';

export const ClusterListQuery = z.strictObject({
  q: z.string().min(1).max(100, 'must be at most 100 characters').optional().meta({ description: 'Substring of the name or description' }),
  mode: z.enum(CLUSTER_MODES).optional(),
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1, 'must be 1-200').max(200, 'must be 1-200').default(50),
  offset: z.coerce.number({ error: 'must be a number' }).int().min(0, 'must be 0 or more').max(1_000_000).default(0),
});
export type ClusterListQueryDto = z.output<typeof ClusterListQuery>;

const EXAMPLE_SPEC = {
  apiVersion: 'lvs-console/v1',
  name: 'web-eu',
  description: 'Public web VIPs',
  mode: 'keepalived',
  directors: [
    { name: 'lb1', address: '10.213.0.11' },
    { name: 'lb2', address: '10.213.0.12' },
  ],
  vrrpInstances: [
    {
      name: 'VI_WEB',
      interface: 'eth0',
      virtualRouterId: 51,
      members: [
        { director: 'lb1', priority: 150, state: 'MASTER' },
        { director: 'lb2', priority: 100 },
      ],
      vips: [{ address: '10.213.1.10/32' }],
    },
  ],
  virtualServices: [
    {
      vip: '10.213.1.10',
      port: 80,
      scheduler: 'wrr',
      forwarding: 'DR',
      realServers: [
        { address: '10.213.0.21', port: 80, weight: 10, healthCheck: { type: 'HTTP_GET', urls: [{ path: '/health', statusCode: 200 }] } },
        { address: '10.213.0.22', port: 80, weight: 10, healthCheck: { type: 'TCP_CHECK', connectTimeout: 3 } },
      ],
    },
  ],
};

/** The cluster spec document (the shape of GET/PUT …/spec, import, export and revisions). */
export const SpecDocumentSchema = ClusterSpecSchema.meta({ description: 'The whole topology of one cluster', examples: [EXAMPLE_SPEC] });

/** Create: a cluster spec (only `name` is required; directors, instances and services may follow later). */
export const ClusterCreateSchema = ClusterSpecSchema.meta({ description: 'A cluster spec; only `name` is required', examples: [{ name: 'web-eu', description: 'Public web VIPs' }, EXAMPLE_SPEC] });

export const ClusterPatchSchema = z
  .strictObject({
    name: z.string().regex(KEEPALIVED_NAME, 'must be 1-64 characters of letters, digits, _ . : @ -').optional(),
    description: z.string().max(1000, 'must be at most 1000 characters').optional(),
    mode: z.enum(CLUSTER_MODES).optional(),
  })
  .refine((v) => v.name !== undefined || v.description !== undefined || v.mode !== undefined, 'give name, description and/or mode')
  .meta({ examples: [{ description: 'Public web VIPs (EU)' }] });
export type ClusterPatchDto = z.output<typeof ClusterPatchSchema>;

export const AdminStateByKeySchema = z
  .strictObject({
    virtualService: z.string().min(1).max(100).meta({ description: 'Key of the virtual service: 10.0.0.1:80/TCP, [2001:db8::1]:443/TCP or fwmark:7', examples: ['10.213.1.10:80/TCP'] }),
    realServer: z.string().min(1).max(100).meta({ description: 'Key of the real server: 10.0.0.11:80', examples: ['10.213.0.21:80'] }),
    adminState: z.enum(ADMIN_STATES).meta({ description: 'enabled; drained = weight 0 (existing connections finish); disabled = removed from the config' }),
  })
  .meta({ examples: [{ virtualService: '10.213.1.10:80/TCP', realServer: '10.213.0.21:80', adminState: 'drained' }] });
export type AdminStateByKeyDto = z.output<typeof AdminStateByKeySchema>;

const summaryExample = {
  id: '0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10',
  name: 'web-eu',
  description: 'Public web VIPs',
  mode: 'keepalived',
  version: 12,
  counts: { directors: 2, vrrpInstances: 1, virtualServices: 1, realServers: 2 },
  createdAt: '2026-11-25T03:00:00.000Z',
  updatedAt: '2026-11-25T03:10:00.000Z',
};
export const ClusterSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    mode: z.enum(CLUSTER_MODES),
    version: z.number().int().meta({ description: 'Bumped on every change of the cluster or its topology; the ETag of the cluster and of its spec' }),
    counts: z.object({ directors: z.number().int(), vrrpInstances: z.number().int(), virtualServices: z.number().int(), realServers: z.number().int() }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ examples: [summaryExample] });
export type ClusterSummaryDto = z.output<typeof ClusterSummarySchema>;
export const ClusterPageSchema = z.object({ items: z.array(ClusterSummarySchema), total: z.number().int() });
export type ClusterPageDto = z.output<typeof ClusterPageSchema>;
export const ClusterWriteResultSchema = ClusterSummarySchema.extend({ warnings: z.array(IssueSchema) }).meta({ examples: [{ ...summaryExample, warnings: [] }] });
export type ClusterWriteResultDto = z.output<typeof ClusterWriteResultSchema>;

export const SpecApplyResultSchema = z
  .object({
    version: z.number().int().meta({ description: 'The cluster version after the write (the new ETag of the spec)' }),
    created: z.array(z.string()).meta({ description: 'Keys of what the write added: director:lb3, vrrpInstance:VI_1, vrrpSyncGroup:SG, virtualService:10.0.0.1:80/TCP, realServer:10.0.0.1:80/TCP>10.0.0.13:80' }),
    changed: z.array(z.string()).meta({ description: 'Keys of what it changed (`cluster` for name, description or mode)' }),
    deleted: z.array(z.string()).meta({ description: 'Keys of what it removed' }),
    warnings: z.array(IssueSchema),
  })
  .meta({
    examples: [{ version: 13, created: ['realServer:10.213.1.10:80/TCP>10.213.0.23:80'], changed: ['realServer:10.213.1.10:80/TCP>10.213.0.21:80'], deleted: [], warnings: [] }],
  });
export type SpecApplyResultDto = z.output<typeof SpecApplyResultSchema>;
