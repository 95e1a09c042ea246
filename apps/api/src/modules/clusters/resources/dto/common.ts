import { z } from 'zod';
import { CommonError, CommonErrorCode } from '../../../../common/errors/app-error';
import { issuesToFieldErrors } from '../../../../common/validation/zod';

/**
 * Pieces shared by the topology resources' DTOs. The field rules are libs/domain's schemas, reused
 * as they are: a resource's body is its object in the cluster spec.
 */

const uuid = (what: string) => z.uuid({ error: 'must be a UUID' }).meta({ description: what });

export const ClusterParams = z.strictObject({ clusterId: uuid('The cluster') });
export const DirectorParams = ClusterParams.extend({ directorId: uuid('The director') });
export const VrrpInstanceParams = ClusterParams.extend({ instanceId: uuid('The VRRP instance') });
export const VrrpSyncGroupParams = ClusterParams.extend({ syncGroupId: uuid('The VRRP sync group') });
export const VirtualServiceParams = ClusterParams.extend({ serviceId: uuid('The virtual service') });
export const RealServerParams = VirtualServiceParams.extend({ realServerId: uuid('The real server') });

export const pageFields = {
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be 1-500')
    .max(500, 'must be 1-500')
    .default(50)
    .meta({ description: 'Page size' }),
  offset: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(1_000_000, 'must be at most 1000000')
    .default(0)
    .meta({ description: 'Items to skip' }),
};
export const q = z.string().min(1).max(100, 'must be at most 100 characters').optional();
export const naturalKey = z.string().min(1).max(300, 'must be at most 300 characters').optional();

export const IssueSchema = z
  .object({
    path: z.string().meta({ examples: ['spec.virtualServices.0.vip'] }),
    message: z.string(),
  })
  .meta({ id: 'Issue', description: 'A cluster rule finding: where in the spec, and what' });

export const metaFields = {
  id: z.uuid(),
  version: z.number().int().meta({ description: 'Bumped on every change of this object; its ETag is W/"<version>"' }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

export const writeFields = {
  warnings: z
    .array(IssueSchema)
    .meta({ description: 'Cluster-wide rule warnings after the write (stored anyway; an operator should look)' }),
  clusterVersion: z
    .number()
    .int()
    .meta({ description: "The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec" }),
};

export function pageOf<S extends z.ZodType>(item: S) {
  return z.object({ items: z.array(item), total: z.number().int().meta({ description: 'Items matching the filters, over all pages' }) });
}

type Shape = Record<string, z.ZodType>;

function unwrap(field: z.ZodType): { inner: z.ZodType; optional: boolean; defaulted: boolean } {
  let inner = field;
  let optional = false;
  let defaulted = false;
  for (;;) {
    if (inner instanceof z.ZodDefault) {
      defaulted = true;
      inner = inner.def.innerType as z.ZodType;
    } else if (inner instanceof z.ZodOptional) {
      optional = true;
      inner = inner.def.innerType as z.ZodType;
    } else return { inner, optional, defaulted };
  }
}

/**
 * The body of a PATCH, from a resource's shape: every field optional and without its default (an
 * absent field stays as it is); `null` removes an optional field (RFC 7386 merge patch, at the top
 * level: objects and arrays inside are replaced whole). The merged object is then checked by the
 * resource's full schema, so a patch can never produce what a PUT would refuse.
 */
export function patchOf(shape: Shape, example?: Record<string, unknown>) {
  const fields: Shape = {};
  for (const [name, field] of Object.entries(shape)) {
    const { inner, optional, defaulted } = unwrap(field);
    const meta = z.globalRegistry.get(field) ?? z.globalRegistry.get(inner);
    let f: z.ZodType = optional && !defaulted ? inner.nullable().optional() : inner.optional();
    // A named schema (an OpenAPI component) stays a reference to it; copying its id would name a second schema the same.
    if (meta && meta.id === undefined) f = f.meta(meta);
    fields[name] = f;
  }
  return z
    .strictObject(fields)
    .refine((v) => Object.keys(v).length > 0, 'give at least one field to change')
    .meta({
      description: 'Fields to change; absent fields stay; null removes an optional field; objects and arrays are replaced whole.',
      ...(example ? { examples: [example] } : {}),
    });
}

/** Applies a merge patch (top level) to a resource value. */
export function mergePatch<T extends object>(value: T, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Checks a merged PATCH result with the resource's full schema; problems are reported at `body.<field>`. */
export function parseMerged<S extends z.ZodType>(schema: S, merged: Record<string, unknown>): z.output<S> {
  const r = schema.safeParse(merged);
  if (r.success) return r.data;
  const errors = issuesToFieldErrors('body', r.error.issues);
  throw new CommonError(
    CommonErrorCode.Validation,
    `The patched object is invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}.`,
    errors,
  );
}
