import { ADMIN_STATES, RealServerSchema } from '@lvs/domain';
import { z } from 'zod';
import { AdminStateApplySchema, RUNTIME_EXAMPLE, RuntimeApplySchema, WaitForConnectionsSchema } from '../../../runtime/dto/runtime.dto';
import { EXAMPLE } from './examples';
import { metaFields, pageFields, naturalKey, pageOf, patchOf, q, writeFields } from './common';

export const RealServerBodySchema = RealServerSchema.meta({
  description: 'A real server as in the cluster spec, with its health check',
  examples: [EXAMPLE.realServer],
});
export const RealServerPatchSchema = patchOf(RealServerSchema.shape, {
  weight: 20,
  healthCheck: { type: 'TCP_CHECK', connectTimeout: 2 },
}).meta({ id: 'RealServerPatch' });
export type RealServerPatchDto = z.output<typeof RealServerPatchSchema>;

export const AdminStateBodySchema = z
  .strictObject({
    adminState: z
      .enum(ADMIN_STATES)
      .meta({ description: 'enabled; drained = weight 0, existing connections finish; disabled = not rendered' }),
    apply: AdminStateApplySchema,
    waitForConnections: WaitForConnectionsSchema,
  })
  .meta({
    id: 'AdminStateBody',
    examples: [{ adminState: 'drained' }, { adminState: 'drained', apply: 'now', waitForConnections: { timeoutSeconds: 120 } }],
  });

export const RealServerListQuery = z.strictObject({
  q: q.meta({ description: 'Substring of the key (address:port)', examples: ['10.213.0.2'] }),
  key: naturalKey.meta({
    description: 'Exactly this natural key (address:port, [v6]:port): finds one real server among thousands without paging',
    examples: ['10.213.0.21:80'],
  }),
  adminState: z.enum(ADMIN_STATES).optional().meta({ description: 'Only real servers in this admin state' }),
  ...pageFields,
});
export type RealServerListQueryDto = z.output<typeof RealServerListQuery>;

const resource = {
  ...metaFields,
  virtualServiceId: z.uuid(),
  key: z.string().meta({ description: 'Natural key within the service: 10.0.0.11:80 or [2001:db8::11]:80' }),
  ...RealServerSchema.shape,
};
const example = { ...EXAMPLE.meta, virtualServiceId: '5a1d2c3e-0f4b-4c6d-8e9f-a0b1c2d3e4f5', key: '10.213.0.21:80', ...EXAMPLE.realServer };
export const RealServerResourceSchema = z.object(resource).meta({ id: 'RealServerResource', examples: [example] });
export type RealServerDto = z.output<typeof RealServerResourceSchema>;
export const RealServerWriteSchema = z
  .object({ ...resource, ...writeFields })
  .meta({ id: 'RealServerWrite', examples: [{ ...example, warnings: [], clusterVersion: 12 }] });
export type RealServerWriteDto = z.output<typeof RealServerWriteSchema>;
/** The real server, and with apply "now" how the change reached the directors (runtime module). */
export const AdminStateResponseSchema = z.object({ ...resource, ...writeFields, runtime: RuntimeApplySchema.optional() }).meta({
  id: 'AdminStateResponse',
  examples: [{ ...example, adminState: 'drained', warnings: [], clusterVersion: 12, runtime: RUNTIME_EXAMPLE }],
});
export type AdminStateResponseDto = z.output<typeof AdminStateResponseSchema>;
export const RealServerPageSchema = pageOf(RealServerResourceSchema).meta({ id: 'RealServerPage' });
export type RealServerPageDto = z.output<typeof RealServerPageSchema>;
