import { z } from 'zod';

const since = z.iso.datetime().meta({ description: 'When this state began' });

export const ClusterLiveStateSchema = z
  .object({
    clusterId: z.uuid(),
    at: z.iso.datetime(),
    tickMs: z.number().int(),
    directors: z.record(
      z.string(),
      z.object({
        reachable: z.boolean(),
        reason: z.string().optional(),
        keepalived: z.enum(['running', 'stopped', 'unknown']),
        ipvs: z.enum(['available', 'unavailable', 'unknown']),
        ipvsReason: z.string().optional(),
        lastSeen: z.iso.datetime().optional(),
        since,
      }),
    ),
    vips: z.record(z.string(), z.object({ owner: z.string().nullable(), owners: z.array(z.string()), since })),
    instances: z.record(
      z.string(),
      z.object({
        master: z.string().nullable(),
        states: z.record(z.string(), z.enum(['MASTER', 'BACKUP', 'FAULT', 'STOPPED', 'unknown'])),
        since,
      }),
    ),
    realServers: z.record(
      z.string(),
      z.object({
        service: z.string(),
        realServer: z.string(),
        state: z.enum(['up', 'down', 'drained', 'disabled', 'missing', 'unknown']),
        observedOn: z.string().optional(),
        weight: z.number().optional(),
        activeConns: z.number().optional(),
        inactiveConns: z.number().optional(),
        conns: z.number().optional(),
        inPkts: z.number().optional(),
        outPkts: z.number().optional(),
        inBytes: z.number().optional(),
        outBytes: z.number().optional(),
        cps: z.number().optional(),
        inPps: z.number().optional(),
        outPps: z.number().optional(),
        inBps: z.number().optional(),
        outBps: z.number().optional(),
        since,
      }),
    ),
  })
  .meta({
    id: 'ClusterLiveState',
    description: 'Observed state of a cluster, joined with its topology',
    examples: [
      {
        clusterId: '0b9f6a43-3d8e-4d55-8a4c-3d6e8f0c1a11',
        at: '2026-11-29T12:00:01.000Z',
        tickMs: 1000,
        directors: {
          lb1: {
            reachable: true,
            keepalived: 'running',
            ipvs: 'available',
            lastSeen: '2026-11-29T12:00:01.000Z',
            since: '2026-11-29T11:00:00.000Z',
          },
          lb2: {
            reachable: false,
            reason: 'no answer within 3000 ms',
            keepalived: 'unknown',
            ipvs: 'unknown',
            since: '2026-11-29T11:59:40.000Z',
          },
        },
        vips: { '10.213.1.10': { owner: 'lb1', owners: ['lb1'], since: '2026-11-29T11:00:00.000Z' } },
        instances: { VI_WEB: { master: 'lb1', states: { lb1: 'MASTER', lb2: 'unknown' }, since: '2026-11-29T11:59:40.000Z' } },
        realServers: {
          '10.213.1.10:80/TCP>10.213.0.21:80': {
            service: '10.213.1.10:80/TCP',
            realServer: '10.213.0.21:80',
            state: 'up',
            observedOn: 'lb1',
            weight: 10,
            activeConns: 3,
            inactiveConns: 12,
            conns: 70,
            cps: 7,
            since: '2026-11-29T11:00:00.000Z',
          },
        },
      },
    ],
  });
export type ClusterLiveStateDto = z.output<typeof ClusterLiveStateSchema>;

const MAX_POINTS = 1440;

export const MetricsQuery = z
  .strictObject({
    from: z.iso
      .datetime({ offset: true, error: 'must be an ISO 8601 date-time' })
      .optional()
      .meta({ description: 'Start (inclusive); default one hour before `to`' }),
    to: z.iso
      .datetime({ offset: true, error: 'must be an ISO 8601 date-time' })
      .optional()
      .meta({ description: 'End (exclusive); default now' }),
    step: z.coerce
      .number({ error: 'must be a number of seconds' })
      .int('must be a whole number of seconds')
      .min(60, 'must be at least 60 (rollups are per minute)')
      .max(86_400, 'must be at most 86400')
      .refine((v) => v % 60 === 0, 'must be a multiple of 60')
      .default(60)
      .meta({ description: 'Bucket width in seconds (a multiple of 60)' }),
    by: z
      .enum(['realServer', 'service'])
      .default('realServer')
      .meta({ description: 'One series per real server, or per virtual service (its real servers summed)' }),
    service: z.string().min(1).max(200).optional().meta({ description: 'Only this virtual service key, e.g. 10.213.1.10:80/TCP' }),
    realServer: z.string().min(1).max(200).optional().meta({ description: 'Only this real server key, e.g. 10.213.0.21:80' }),
    limit: z.coerce
      .number({ error: 'must be a number' })
      .int()
      .min(1, 'must be 1-500')
      .max(500, 'must be 1-500')
      .default(50)
      .meta({ description: 'Series per page' }),
    offset: z.coerce.number({ error: 'must be a number' }).int().min(0, 'must be 0 or more').max(1_000_000).default(0),
  })
  .superRefine((q, ctx) => {
    const { from, to } = metricsRange(q);
    if (from >= to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'must be before `to`' });
    else if ((to.getTime() - from.getTime()) / 1000 / q.step > MAX_POINTS)
      ctx.addIssue({
        code: 'custom',
        path: ['step'],
        message: `gives more than ${MAX_POINTS} points for this range: use a larger step or a shorter range`,
      });
  });

/** The range a metrics query asks for, with its defaults (the last hour). */
export function metricsRange(q: { from?: string; to?: string }): { from: Date; to: Date } {
  const to = q.to ? new Date(q.to) : new Date();
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - 3_600_000);
  return { from, to };
}
export type MetricsQueryDto = z.output<typeof MetricsQuery>;

const point = z.object({
  t: z.iso.datetime().meta({ description: 'Start of the bucket' }),
  conns: z.number().meta({ description: 'Connections scheduled in the bucket' }),
  inPkts: z.number(),
  outPkts: z.number(),
  inBytes: z.number(),
  outBytes: z.number(),
  activeConnsMax: z.number().meta({ description: 'Most active connections seen in the bucket' }),
});

export const MetricsSeriesSchema = z
  .object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    step: z.number().int(),
    total: z.number().int().meta({ description: 'Series matching the filters, over all pages' }),
    series: z.array(z.object({ service: z.string(), realServer: z.string().optional(), points: z.array(point) })),
  })
  .meta({
    id: 'MetricsSeries',
    examples: [
      {
        from: '2026-11-29T11:00:00.000Z',
        to: '2026-11-29T12:00:00.000Z',
        step: 60,
        total: 1,
        series: [
          {
            service: '10.213.1.10:80/TCP',
            realServer: '10.213.0.21:80',
            points: [
              { t: '2026-11-29T11:00:00.000Z', conns: 420, inPkts: 4200, outPkts: 0, inBytes: 420000, outBytes: 0, activeConnsMax: 12 },
            ],
          },
        ],
      },
    ],
  });
export type MetricsSeriesDto = z.output<typeof MetricsSeriesSchema>;
