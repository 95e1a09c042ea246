import { z } from 'zod';

export const LivenessSchema = z
  .object({
    status: z.literal('ok'),
    uptimeSeconds: z.number().meta({ description: 'Seconds since the API process started.' }),
  })
  .meta({ id: 'Liveness' });
export type LivenessDto = z.output<typeof LivenessSchema>;

export const ReadinessSchema = z
  .object({
    status: z.literal('ready'),
    database: z.literal('up'),
    migrations: z.object({
      applied: z.number().int().meta({ description: 'Migrations recorded in the database.' }),
      pending: z.literal(0),
    }),
  })
  .meta({ id: 'Readiness' });
export type ReadinessDto = z.output<typeof ReadinessSchema>;
