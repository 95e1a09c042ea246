import { z } from 'zod';
import { CONFIRMATION_STATUSES } from './confirmation.entity';

export const ConfirmationCreateSchema = z
  .strictObject({
    deploymentId: z.uuid({ error: 'must be a deployment UUID' }).meta({ description: 'The deployment to be confirmed (of this cluster)' }),
    withinSeconds: z
      .number({ error: 'must be a number of seconds' })
      .int('must be a whole number of seconds')
      .min(1, 'must be 1-86400 seconds')
      .max(86400, 'must be 1-86400 seconds')
      .meta({ description: 'Confirm within this many seconds, or the cluster is rolled back to the revision deployed before' }),
  })
  .meta({ id: 'ConfirmationCreate' });
export type ConfirmationCreateDto = z.output<typeof ConfirmationCreateSchema>;

export const ConfirmationSchema = z
  .object({
    id: z.string(),
    clusterId: z.string(),
    deploymentId: z.string(),
    revertTo: z.number().int().meta({ description: 'The revision an unconfirmed deployment is rolled back to' }),
    deadline: z.string(),
    status: z.enum(CONFIRMATION_STATUSES),
    requestedBy: z.string(),
    resolvedBy: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    rollbackDeploymentId: z.string().nullable().meta({ description: 'The rollback deployment started when the deadline passed' }),
    error: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Confirmation' });
export type ConfirmationDto = z.output<typeof ConfirmationSchema>;

export const ConfirmationPageSchema = z
  .object({ items: z.array(ConfirmationSchema), total: z.number().int() })
  .meta({ id: 'ConfirmationPage' });
export type ConfirmationPageDto = z.output<typeof ConfirmationPageSchema>;
