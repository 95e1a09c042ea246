import { VrrpSyncGroupSchema } from '@lvs/domain';
import { z } from 'zod';
import { EXAMPLE } from './examples';
import { metaFields, pageFields, pageOf, patchOf, q, writeFields } from './common';

export const VrrpSyncGroupBodySchema = VrrpSyncGroupSchema.meta({
  description: 'A vrrp_sync_group: instances (by name) that change state together',
  examples: [EXAMPLE.vrrpSyncGroup],
});
export const VrrpSyncGroupPatchSchema = patchOf(VrrpSyncGroupSchema.shape, { instances: ['VI_WEB', 'VI_WEB6', 'VI_DB'] }).meta({
  id: 'VrrpSyncGroupPatch',
});
export type VrrpSyncGroupPatchDto = z.output<typeof VrrpSyncGroupPatchSchema>;

export const VrrpSyncGroupListQuery = z.strictObject({ q: q.meta({ description: 'Substring of the name' }), ...pageFields });
export type VrrpSyncGroupListQueryDto = z.output<typeof VrrpSyncGroupListQuery>;

const example = { ...EXAMPLE.meta, ...EXAMPLE.vrrpSyncGroup };
export const VrrpSyncGroupResourceSchema = z
  .object({ ...metaFields, ...VrrpSyncGroupSchema.shape })
  .meta({ id: 'VrrpSyncGroupResource', examples: [example] });
export type VrrpSyncGroupDto = z.output<typeof VrrpSyncGroupResourceSchema>;
export const VrrpSyncGroupWriteSchema = z
  .object({ ...metaFields, ...VrrpSyncGroupSchema.shape, ...writeFields })
  .meta({ id: 'VrrpSyncGroupWrite', examples: [{ ...example, warnings: [], clusterVersion: 12 }] });
export type VrrpSyncGroupWriteDto = z.output<typeof VrrpSyncGroupWriteSchema>;
export const VrrpSyncGroupPageSchema = pageOf(VrrpSyncGroupResourceSchema).meta({ id: 'VrrpSyncGroupPage' });
export type VrrpSyncGroupPageDto = z.output<typeof VrrpSyncGroupPageSchema>;
