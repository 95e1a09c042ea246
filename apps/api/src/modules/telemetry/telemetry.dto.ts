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
      z.object({ master: z.string().nullable(), states: z.record(z.string(), z.enum(['MASTER', 'BACKUP', 'FAULT', 'STOPPED', 'unknown'])), since }),
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
    description: 'Observed state of a cluster, joined with its topology',
    examples: [
      {
        clusterId: '0b9f6a43-3d8e-4d55-8a4c-3d6e8f0c1a11',
        at: '2026-11-29T12:00:01.000Z',
        tickMs: 1000,
        directors: {
          lb1: { reachable: true, keepalived: 'running', ipvs: 'available', lastSeen: '2026-11-29T12:00:01.000Z', since: '2026-11-29T11:00:00.000Z' },
          lb2: { reachable: false, reason: 'no answer within 3000 ms', keepalived: 'unknown', ipvs: 'unknown', since: '2026-11-29T11:59:40.000Z' },
        },
        vips: { '10.213.1.10': { owner: 'lb1', owners: ['lb1'], since: '2026-11-29T11:00:00.000Z' } },
        instances: { VI_WEB: { master: 'lb1', states: { lb1: 'MASTER', lb2: 'unknown' }, since: '2026-11-29T11:59:40.000Z' } },
        realServers: {
          '10.213.1.10:80/TCP>10.213.0.21:80': { service: '10.213.1.10:80/TCP', realServer: '10.213.0.21:80', state: 'up', observedOn: 'lb1', weight: 10, activeConns: 3, inactiveConns: 12, conns: 70, cps: 7, since: '2026-11-29T11:00:00.000Z' },
        },
      },
    ],
  });
export type ClusterLiveStateDto = z.output<typeof ClusterLiveStateSchema>;
