import { ADMIN_STATES, ClusterSpecSchema, CLUSTER_MODES, KEEPALIVED_NAME } from '@lvs/domain';
import { z } from 'zod';
import { AdminStateApplySchema, RUNTIME_EXAMPLE, RuntimeApplySchema, WaitForConnectionsSchema } from '../runtime/dto/runtime.dto';
import { IssueSchema } from './resources/dto/common';

export { ClusterParams } from './resources/dto/common';

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
export const ClusterCreateSchema = ClusterSpecSchema.meta({
  description: 'A cluster spec; only `name` is required',
  examples: [{ name: 'web-eu', description: 'Public web VIPs' }, EXAMPLE_SPEC],
});

export const ClusterPatchSchema = z
  .strictObject({
    name: z.string().regex(KEEPALIVED_NAME, 'must be 1-64 characters of letters, digits, _ . : @ -').optional(),
    description: z.string().max(1000, 'must be at most 1000 characters').optional(),
    mode: z.enum(CLUSTER_MODES).optional(),
  })
  .refine((v) => v.name !== undefined || v.description !== undefined || v.mode !== undefined, 'give name, description and/or mode')
  .meta({ id: 'ClusterPatch', examples: [{ description: 'Public web VIPs (EU)' }] });
export type ClusterPatchDto = z.output<typeof ClusterPatchSchema>;

export const AdminStateByKeySchema = z
  .strictObject({
    virtualService: z
      .string()
      .min(1)
      .max(100)
      .meta({
        description: 'Key of the virtual service: 10.0.0.1:80/TCP, [2001:db8::1]:443/TCP or fwmark:7',
        examples: ['10.213.1.10:80/TCP'],
      }),
    realServer: z
      .string()
      .min(1)
      .max(100)
      .meta({ description: 'Key of the real server: 10.0.0.11:80', examples: ['10.213.0.21:80'] }),
    adminState: z
      .enum(ADMIN_STATES)
      .meta({ description: 'enabled; drained = weight 0 (existing connections finish); disabled = removed from the config' }),
    apply: AdminStateApplySchema,
    waitForConnections: WaitForConnectionsSchema,
  })
  .meta({
    id: 'AdminStateByKey',
    examples: [
      { virtualService: '10.213.1.10:80/TCP', realServer: '10.213.0.21:80', adminState: 'drained' },
      { virtualService: '10.213.1.10:80/TCP', realServer: '10.213.0.21:80', adminState: 'drained', apply: 'now', waitForConnections: true },
    ],
  });
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
    version: z
      .number()
      .int()
      .meta({ description: 'Bumped on every change of the cluster or its topology; the ETag of the cluster and of its spec' }),
    counts: z.object({
      directors: z.number().int(),
      vrrpInstances: z.number().int(),
      virtualServices: z.number().int(),
      realServers: z.number().int(),
    }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Cluster', examples: [summaryExample] });
export type ClusterSummaryDto = z.output<typeof ClusterSummarySchema>;
export const ClusterPageSchema = z.object({ items: z.array(ClusterSummarySchema), total: z.number().int() }).meta({ id: 'ClusterPage' });
export type ClusterPageDto = z.output<typeof ClusterPageSchema>;
export const ClusterWriteResultSchema = ClusterSummarySchema.extend({ warnings: z.array(IssueSchema) }).meta({
  id: 'ClusterWriteResult',
  examples: [{ ...summaryExample, warnings: [] }],
});
export type ClusterWriteResultDto = z.output<typeof ClusterWriteResultSchema>;

export const SpecApplyResultSchema = z
  .object({
    version: z.number().int().meta({ description: 'The cluster version after the write (the new ETag of the spec)' }),
    created: z.array(z.string()).meta({
      description:
        'Keys of what the write added: director:lb3, vrrpInstance:VI_1, vrrpSyncGroup:SG, virtualService:10.0.0.1:80/TCP, realServer:10.0.0.1:80/TCP>10.0.0.13:80',
    }),
    changed: z.array(z.string()).meta({ description: 'Keys of what it changed (`cluster` for name, description or mode)' }),
    deleted: z.array(z.string()).meta({ description: 'Keys of what it removed' }),
    warnings: z.array(IssueSchema),
  })
  .meta({
    id: 'SpecApplyResult',
    examples: [
      {
        version: 13,
        created: ['realServer:10.213.1.10:80/TCP>10.213.0.23:80'],
        changed: ['realServer:10.213.1.10:80/TCP>10.213.0.21:80'],
        deleted: [],
        warnings: [],
      },
    ],
  });
export type SpecApplyResultDto = z.output<typeof SpecApplyResultSchema>;
/** The admin-state shortcut's answer: the write, and with apply "now" how it reached the directors (runtime module). */
export const AdminStateByKeyResultSchema = SpecApplyResultSchema.extend({ runtime: RuntimeApplySchema.optional() }).meta({
  id: 'AdminStateByKeyResult',
  examples: [
    {
      version: 13,
      created: [],
      changed: ['realServer:10.213.1.10:80/TCP>10.213.0.21:80'],
      deleted: [],
      warnings: [],
      runtime: RUNTIME_EXAMPLE,
    },
  ],
});
export type AdminStateByKeyResultDto = z.output<typeof AdminStateByKeyResultSchema>;

const EXAMPLE_LB1_CONF = `global_defs {
  router_id lb1
}
vrrp_instance VI_WEB {
  state MASTER
  interface eth0
  virtual_router_id 51
  priority 150
  advert_int 1
  virtual_ipaddress {
    10.213.1.10/32
  }
}
virtual_server 10.213.1.10 80 {
  delay_loop 5
  lb_algo wrr
  lb_kind DR
  protocol TCP
  real_server 10.213.0.21 80 {
    weight 10
    TCP_CHECK {
      connect_timeout 3
    }
  }
}
`;

const keepalivedName = (what: string) =>
  z
    .string()
    .regex(
      KEEPALIVED_NAME,
      `${what} must be 1-64 characters of letters, digits, _ . : @ - (keepalived cannot quote whitespace, braces, quotes, # or !)`,
    );

/** Import: one keepalived.conf per director, merged into one cluster (libs/keepalived importCluster). */
export const ClusterImportSchema = z
  .strictObject({
    name: keepalivedName('the cluster name'),
    description: z.string().max(1000, 'must be at most 1000 characters').optional(),
    dryRun: z.boolean().default(false).meta({ description: 'Parse and validate only: answer the spec and the warnings, create nothing' }),
    directors: z
      .array(
        z.strictObject({
          name: keepalivedName('the director name').meta({
            description: "The director's name in the cluster (its router_id is compared with it)",
          }),
          address: z
            .union([z.ipv4({ error: 'must be an IPv4 or IPv6 address' }), z.ipv6({ error: 'must be an IPv4 or IPv6 address' })])
            .optional()
            .meta({ description: "Where the console reaches it; defaults to the file's unicast_src_ip" }),
          config: z
            .string()
            .min(1, 'must not be empty')
            .max(4_000_000, 'must be at most 4,000,000 characters')
            .meta({ description: "The director's keepalived.conf text" }),
          includes: z
            .record(
              z.string().min(1, 'must not be empty').max(4096, 'must be at most 4096 characters'),
              z.string().max(4_000_000, 'must be at most 4,000,000 characters'),
            )
            .optional()
            .meta({ description: 'Files its `include` lines name, by path as written (globs match these keys)' }),
        }),
      )
      .min(1, "give at least one director's keepalived.conf")
      .max(32, 'at most 32 directors'),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.directors.forEach((d, i) => {
      if (seen.has(d.name)) ctx.addIssue({ code: 'custom', path: ['directors', i, 'name'], message: `director ${d.name} is given twice` });
      seen.add(d.name);
    });
  })
  .meta({
    id: 'ClusterImport',
    examples: [
      {
        name: 'web-eu',
        directors: [
          { name: 'lb1', config: EXAMPLE_LB1_CONF },
          {
            name: 'lb2',
            address: '10.213.0.12',
            config: EXAMPLE_LB1_CONF.replace('lb1', 'lb2').replace('MASTER', 'BACKUP').replace('150', '100'),
          },
        ],
      },
    ],
  });
export type ClusterImportDto = z.output<typeof ClusterImportSchema>;

export const ImportWarningSchema = z
  .object({
    code: z.string().meta({
      description: 'Stable code (docs/problems.md "Import warning codes"; a spec issue code for a cluster-rule finding)',
      examples: ['import.kept_verbatim'],
    }),
    verbatim: z.boolean().optional().meta({ description: 'true: the line is kept verbatim and rendered back (informational)' }),
    director: z.string().optional().meta({ description: 'Whose file; absent for cluster-wide findings' }),
    file: z.string().optional().meta({ description: 'The include path, for lines of an included file' }),
    line: z.number().int().meta({ description: '1-based line; 0 when the finding has no single line' }),
    path: z.string().optional().meta({ description: 'Dotted path into the imported spec, for cluster-rule findings' }),
    message: z.string(),
  })
  .meta({ id: 'ImportWarning' });

export const ClusterImportResultSchema = z
  .object({
    cluster: ClusterWriteResultSchema.optional().meta({ description: 'The created cluster (absent on a dry run)' }),
    spec: ClusterSpecSchema,
    warnings: z
      .array(ImportWarningSchema)
      .meta({ description: 'What was not modelled (kept out of the spec) or disagreed between files; never silently dropped' }),
  })
  .meta({
    id: 'ClusterImportResult',
    examples: [
      {
        spec: EXAMPLE_SPEC,
        warnings: [
          {
            code: 'import.kept_verbatim',
            verbatim: true,
            director: 'lb1',
            line: 12,
            message: "global_defs: 'vrrp_min_garp' is not modelled by LVS Console; kept verbatim",
          },
        ],
      },
    ],
  });
export type ClusterImportResultDto = z.output<typeof ClusterImportResultSchema>;
