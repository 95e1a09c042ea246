import { DirectorSchema } from '@lvs/domain';
import { z } from 'zod';
import { EXAMPLE } from './examples';
import { metaFields, pageFields, pageOf, patchOf, q, writeFields } from './common';

export const DirectorBodySchema = DirectorSchema.meta({ description: 'A director as in the cluster spec', examples: [EXAMPLE.director] });
export const DirectorPatchSchema = patchOf(DirectorSchema.shape, { sshPort: 2222, credential: null }).meta({ id: 'DirectorPatch' });
export type DirectorPatchDto = z.output<typeof DirectorPatchSchema>;

export const DirectorListQuery = z.strictObject({ q: q.meta({ description: 'Substring of the name or address' }), ...pageFields });
export type DirectorListQueryDto = z.output<typeof DirectorListQuery>;

export const DirectorResourceSchema = z
  .object({ ...metaFields, ...DirectorSchema.shape })
  .meta({ id: 'DirectorResource', examples: [{ ...EXAMPLE.meta, ...EXAMPLE.director }] });
export type DirectorDto = z.output<typeof DirectorResourceSchema>;
export const DirectorWriteSchema = z
  .object({ ...metaFields, ...DirectorSchema.shape, ...writeFields })
  .meta({ id: 'DirectorWrite', examples: [{ ...EXAMPLE.meta, ...EXAMPLE.director, warnings: [], clusterVersion: 12 }] });
export type DirectorWriteDto = z.output<typeof DirectorWriteSchema>;
export const DirectorPageSchema = pageOf(DirectorResourceSchema).meta({ id: 'DirectorPage' });
export type DirectorPageDto = z.output<typeof DirectorPageSchema>;
