import { VrrpInstanceSchema } from '@lvs/domain';
import { z } from 'zod';
import { EXAMPLE } from './examples';
import { metaFields, pageFields, pageOf, patchOf, q, writeFields } from './common';

export const VrrpInstanceBodySchema = VrrpInstanceSchema.meta({
  description: 'A VRRP instance as in the cluster spec, with its members (directors by name) and VIPs',
  examples: [EXAMPLE.vrrpInstance],
});
export const VrrpInstancePatchSchema = patchOf(VrrpInstanceSchema.shape, { advertInt: 2, preemptDelay: null }).meta({
  id: 'VrrpInstancePatch',
});
export type VrrpInstancePatchDto = z.output<typeof VrrpInstancePatchSchema>;

export const VrrpInstanceListQuery = z.strictObject({ q: q.meta({ description: 'Substring of the name or interface' }), ...pageFields });
export type VrrpInstanceListQueryDto = z.output<typeof VrrpInstanceListQuery>;

const example = { ...EXAMPLE.meta, ...EXAMPLE.vrrpInstance };
export const VrrpInstanceResourceSchema = z
  .object({ ...metaFields, ...VrrpInstanceSchema.shape })
  .meta({ id: 'VrrpInstanceResource', examples: [example] });
export type VrrpInstanceDto = z.output<typeof VrrpInstanceResourceSchema>;
export const VrrpInstanceWriteSchema = z
  .object({ ...metaFields, ...VrrpInstanceSchema.shape, ...writeFields })
  .meta({ id: 'VrrpInstanceWrite', examples: [{ ...example, warnings: [], clusterVersion: 12 }] });
export type VrrpInstanceWriteDto = z.output<typeof VrrpInstanceWriteSchema>;
export const VrrpInstancePageSchema = pageOf(VrrpInstanceResourceSchema).meta({ id: 'VrrpInstancePage' });
export type VrrpInstancePageDto = z.output<typeof VrrpInstancePageSchema>;
