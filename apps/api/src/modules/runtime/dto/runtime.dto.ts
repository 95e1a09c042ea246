import { z } from 'zod';

export const RUNTIME_CHANGE_KINDS = ['admin-state', 'maintenance'] as const;
export const RUNTIME_CHANGE_STATUSES = ['applied', 'partial', 'failed', 'next-deployment'] as const;
export type RuntimeChangeKind = (typeof RUNTIME_CHANGE_KINDS)[number];
export type RuntimeChangeStatus = (typeof RUNTIME_CHANGE_STATUSES)[number];

export const APPLIED_NOW = 'applied now, no reload';
export const APPLIES_AT_NEXT_DEPLOYMENT = 'applies at the next deployment';

/** How `POST …/admin-state` applies the change: at the next deployment (default), or now on every director. */
export const AdminStateApplySchema = z.enum(['next-deployment', 'now']).default('next-deployment').meta({
  description:
    '"now": write the console\'s track file on every reachable director (no reload) and verify it in IPVS; "next-deployment": only the topology changes',
});

export const WaitForConnectionsSchema = z
  .union([
    z.boolean(),
    z.strictObject({
      timeoutSeconds: z
        .number({ error: 'must be a number' })
        .int('must be whole seconds')
        .min(1, 'must be 1-3600')
        .max(3600, 'must be 1-3600'),
    }),
  ])
  .optional()
  .meta({ description: 'With apply "now" and a drain or disable: poll ActiveConn on the directors until it reaches 0 (true: up to 60 s)' });

const StepSchema = z
  .object({
    name: z.string().meta({ description: 'connect, write, verify, ipvsadm, wait-connections, vips' }),
    status: z.enum(['ok', 'failed', 'skipped']),
    startedAt: z.string(),
    ms: z.number(),
    output: z.string().optional(),
  })
  .meta({ id: 'RuntimeStep' });
export type RuntimeStep = z.output<typeof StepSchema>;

export const DirectorRuntimeResultSchema = z
  .object({
    director: z.string(),
    status: z.enum(['applied', 'failed', 'unreachable', 'skipped']),
    /** What the director's IPVS table shows after the change (null: no IPVS table there, or not looked at). */
    weight: z
      .number()
      .nullable()
      .optional()
      .meta({ description: "the real server's weight in the director's IPVS table after the change (null: not in the table)" }),
    verified: z.string().optional().meta({ description: 'what was observed (IPVS, VIPs), or why nothing could be' }),
    error: z.string().optional(),
    steps: z.array(StepSchema),
  })
  .meta({ id: 'DirectorRuntimeResult' });
export type DirectorRuntimeResult = z.output<typeof DirectorRuntimeResultSchema>;

export const ConnectionSampleSchema = z
  .object({
    ms: z.number().meta({ description: 'since the change was applied' }),
    activeConn: z.number(),
  })
  .meta({ id: 'ConnectionSample' });

export const RuntimeApplySchema = z
  .object({
    applied: z.enum(['now', 'next-deployment']),
    message: z.enum([APPLIED_NOW, APPLIES_AT_NEXT_DEPLOYMENT]),
    reason: z.string().optional().meta({ description: 'why it was not applied now' }),
    status: z.enum(RUNTIME_CHANGE_STATUSES),
    changeId: z.uuid().optional(),
    directors: z.array(DirectorRuntimeResultSchema),
    connections: z
      .object({ drained: z.boolean(), waitedMs: z.number(), samples: z.array(ConnectionSampleSchema) })
      .optional()
      .meta({ description: 'With waitForConnections: ActiveConn summed over the directors with IPVS, sampled until 0 or the timeout' }),
  })
  .meta({ id: 'RuntimeApply', description: 'How the change reached the directors' });
export type RuntimeApplyDto = z.output<typeof RuntimeApplySchema>;

/** An answer of a drain applied now on one director with IPVS (examples in the OpenAPI document). */
export const RUNTIME_EXAMPLE: RuntimeApplyDto = {
  applied: 'now',
  message: APPLIED_NOW,
  status: 'applied',
  changeId: '0b5c9f0e-7d1a-4a57-9a51-3c1f0e3f8a11',
  directors: [
    {
      director: 'lb1',
      status: 'applied',
      weight: 0,
      verified: '10.213.0.21:80 in 10.213.1.10:80/TCP: weight 0',
      steps: [
        { name: 'connect', status: 'ok', startedAt: '2026-12-02T07:00:00.000Z', ms: 1, output: 'lvs@10.213.0.11:22' },
        {
          name: 'write',
          status: 'ok',
          startedAt: '2026-12-02T07:00:00.001Z',
          ms: 31,
          output: '/etc/keepalived/lvs-console-runtime/rs-3f0c5a1b2d4e6f70 = -65535',
        },
        {
          name: 'verify',
          status: 'ok',
          startedAt: '2026-12-02T07:00:00.032Z',
          ms: 44,
          output: '10.213.0.21:80 in 10.213.1.10:80/TCP: weight 0',
        },
      ],
    },
  ],
  connections: {
    drained: true,
    waitedMs: 4100,
    samples: [
      { ms: 0, activeConn: 3 },
      { ms: 4100, activeConn: 0 },
    ],
  },
};

export const MaintenanceBodySchema = z
  .strictObject({
    state: z.enum(['on', 'off']).meta({
      description: 'on: the director gives its VIPs up (its track file lowers its priority); off: back to its configured priority',
    }),
  })
  .meta({ id: 'MaintenanceBody', examples: [{ state: 'on' }] });

export const MaintenanceParams = z.strictObject({
  clusterId: z.uuid({ error: 'must be a UUID' }),
  name: z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.:@-]{0,63}$/, 'must be a director name'),
});
export const ClusterOnlyParams = z.strictObject({ clusterId: z.uuid({ error: 'must be a UUID' }) });

export const VipMoveSchema = z
  .object({
    vip: z.string(),
    instance: z.string(),
    from: z.array(z.string()).meta({ description: 'directors holding it before' }),
    to: z.array(z.string()).meta({ description: 'directors holding it at the end' }),
    ms: z.number().nullable().meta({ description: 'from the file write until it was seen where expected (null: not seen in time)' }),
    expected: z.string().meta({ description: 'what was waited for' }),
  })
  .meta({ id: 'VipMove' });

export const MaintenanceResultSchema = RuntimeApplySchema.extend({
  director: z.string(),
  maintenance: z.boolean(),
  vips: z.array(VipMoveSchema),
  preempt: z
    .array(z.object({ instance: z.string(), returns: z.boolean(), why: z.string() }))
    .meta({ description: 'state off: whether each instance takes its VIPs back (preempt) or not (nopreempt, lower priority)' }),
}).meta({
  id: 'MaintenanceResult',
  examples: [
    {
      ...RUNTIME_EXAMPLE,
      connections: undefined,
      directors: [
        { director: 'lb1', status: 'applied', verified: '10.213.1.10: held by another member, not lb1 after 1180 ms', steps: [] },
      ],
      director: 'lb1',
      maintenance: true,
      vips: [{ vip: '10.213.1.10', instance: 'VI_WEB', from: ['lb1'], to: ['lb2'], ms: 1180, expected: 'held by another member, not lb1' }],
      preempt: [],
    },
  ],
});
export type MaintenanceResultDto = z.output<typeof MaintenanceResultSchema>;

export const MaintenanceListSchema = z
  .object({
    items: z.array(
      z.object({ director: z.string(), maintenance: z.boolean(), since: z.string().nullable(), requestedBy: z.string().nullable() }),
    ),
  })
  .meta({ id: 'MaintenanceList' });
export type MaintenanceListDto = z.output<typeof MaintenanceListSchema>;

export const RuntimeChangePageSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(RUNTIME_CHANGE_KINDS),
        target: z.string(),
        value: z.string(),
        status: z.enum(RUNTIME_CHANGE_STATUSES),
        requestedBy: z.string(),
        createdAt: z.string(),
        finishedAt: z.string().nullable(),
        directors: z.array(DirectorRuntimeResultSchema),
      }),
    ),
    total: z.number(),
  })
  .meta({ id: 'RuntimeChangePage' });
export type RuntimeChangePageDto = z.output<typeof RuntimeChangePageSchema>;
export const RuntimeChangeQuery = z.strictObject({
  limit: z.coerce.number().int().min(1, 'must be 1-200').max(200, 'must be 1-200').default(50),
  offset: z.coerce.number().int().min(0, 'must be 0 or more').default(0),
});
