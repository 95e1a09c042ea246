import { FORWARDING_METHODS, PROTOCOLS, VirtualServiceSchema } from '@lvs/domain';
import { z } from 'zod';
import { EXAMPLE } from './examples';
import { metaFields, pageFields, naturalKey, pageOf, patchOf, q, writeFields } from './common';

// The resource is the spec's virtual service without its real servers (a sub-collection of their own).
const { realServers: _realServers, ...shape } = VirtualServiceSchema.shape;

/** The service's own fields, with the domain schema's cross-field rules (vip or fwmark) applied by the domain schema itself. */
export const VirtualServiceBodySchema = z
  .strictObject(shape)
  .superRefine((v, ctx) => {
    const r = VirtualServiceSchema.safeParse({ ...v, realServers: [] });
    if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  })
  .meta({
    id: 'VirtualServiceBody',
    description: 'A virtual service (VIP:port/protocol or fwmark) as in the cluster spec, without its real servers',
    examples: [EXAMPLE.virtualService],
  });
export type VirtualServiceBodyDto = z.output<typeof VirtualServiceBodySchema>;
export const VirtualServicePatchSchema = patchOf(shape, { scheduler: 'wlc', persistence: null }).meta({ id: 'VirtualServicePatch' });
export type VirtualServicePatchDto = z.output<typeof VirtualServicePatchSchema>;

export const VirtualServiceListQuery = z.strictObject({
  q: q.meta({ description: 'Substring of the key (VIP:port/protocol or fwmark:N)', examples: ['10.213.1.10'] }),
  key: naturalKey.meta({
    description: 'Exactly this natural key (VIP:port/protocol, fwmark:N, group:NAME)',
    examples: ['10.213.1.10:80/TCP'],
  }),
  protocol: z.enum(PROTOCOLS).optional(),
  forwarding: z.enum(FORWARDING_METHODS).optional(),
  ...pageFields,
});
export type VirtualServiceListQueryDto = z.output<typeof VirtualServiceListQuery>;

const resource = {
  ...metaFields,
  key: z.string().meta({ description: 'Natural key, as in spec diffs: 10.0.0.1:80/TCP, [2001:db8::1]:443/TCP or fwmark:7' }),
  ...shape,
};
const example = { ...EXAMPLE.meta, key: '10.213.1.10:80/TCP', ...EXAMPLE.virtualService };
export const VirtualServiceResourceSchema = z.object(resource).meta({ id: 'VirtualServiceResource', examples: [example] });
export type VirtualServiceDto = z.output<typeof VirtualServiceResourceSchema>;
export const VirtualServiceWriteSchema = z
  .object({ ...resource, ...writeFields })
  .meta({ id: 'VirtualServiceWrite', examples: [{ ...example, warnings: [], clusterVersion: 12 }] });
export type VirtualServiceWriteDto = z.output<typeof VirtualServiceWriteSchema>;
export const VirtualServicePageSchema = pageOf(VirtualServiceResourceSchema).meta({ id: 'VirtualServicePage' });
export type VirtualServicePageDto = z.output<typeof VirtualServicePageSchema>;
