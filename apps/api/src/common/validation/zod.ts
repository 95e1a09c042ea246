import { Body, Param, PipeTransform, Query } from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { CommonError, CommonErrorCode, type FieldError } from '../errors/app-error';
import { findNul, findOutOfRangeInteger } from './edge';
import { toOpenApiSchema } from './zod-openapi';

type Source = 'body' | 'query' | 'params';

export function issuesToFieldErrors(source: string, issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    path: [source, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

/** Validates (and coerces/defaults) one request part against a zod schema; 400 problem+json naming each bad field. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly source: Source,
  ) {}

  transform(value: unknown): z.output<S> {
    // Every path, query and body value passes here: a NUL anywhere is refused before the schema,
    // as PostgreSQL would refuse it later with an error (a 500) instead of naming the field.
    const nul = findNul(value);
    if (nul) this.fail([{ path: [this.source, ...nul].join('.'), message: 'must not contain NUL characters (U+0000)' }]);
    // A body that express did not parse (wrong content type) arrives as {} or undefined.
    const result = this.schema.safeParse(value ?? (this.source === 'body' ? undefined : {}));
    if (!result.success) this.fail(issuesToFieldErrors(this.source, result.error.issues));
    // Path and query numbers (revision numbers, limits, offsets) meet PostgreSQL integer columns;
    // bodies carry wider fields on purpose (fwmark is 32-bit unsigned), so their schemas bound them.
    if (this.source !== 'body') {
      const big = findOutOfRangeInteger(result.data);
      if (big) this.fail([{ path: [this.source, ...big.path].join('.'), message: big.message }]);
    }
    return result.data;
  }

  private fail(errors: FieldError[]): never {
    throw new CommonError(
      CommonErrorCode.Validation,
      `The request ${this.source === 'params' ? 'path' : this.source} is invalid: ${errors
        .slice(0, 3)
        .map((e) => `${e.path} ${e.message}`)
        .join('; ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}.`,
      errors,
    );
  }
}

function methodDescriptor(target: object, key: string | symbol | undefined): PropertyDescriptor {
  if (key === undefined) throw new Error('zod request decorators are for controller methods');
  const d = Object.getOwnPropertyDescriptor(target, key);
  if (!d) throw new Error(`no method ${String(key)}`);
  return d;
}

/** `@ZodBody(Schema) body: z.output<typeof Schema>`: validates the body and documents it in OpenAPI. */
export function ZodBody(schema: z.ZodType, description?: string): ParameterDecorator {
  return (target, key, index) => {
    Body(new ZodValidationPipe(schema, 'body'))(target, key as string, index);
    ApiBody({ schema: toOpenApiSchema(schema, 'input'), description, required: true })(
      target,
      key as string,
      methodDescriptor(target, key),
    );
  };
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  throw new Error('query and path schemas must be zod objects');
}

/** `@ZodQuery(Schema) q: z.output<typeof Schema>`: validates the query string and documents each parameter. */
export function ZodQuery(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    Query(new ZodValidationPipe(schema, 'query'))(target, key as string, index);
    const d = methodDescriptor(target, key);
    for (const [name, field] of Object.entries(objectShape(schema))) {
      const s = toOpenApiSchema(field, 'input');
      ApiQuery({ name, required: !field.safeParse(undefined).success, schema: s, description: s.description as string | undefined })(
        target,
        key as string,
        d,
      );
    }
  };
}

/** `@ZodParams(Schema) p: z.output<typeof Schema>`: validates path parameters (never read raw). */
export function ZodParams(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    Param(new ZodValidationPipe(schema, 'params'))(target, key as string, index);
    const d = methodDescriptor(target, key);
    for (const [name, field] of Object.entries(objectShape(schema))) {
      const s = toOpenApiSchema(field, 'input');
      ApiParam({ name, required: true, schema: s, description: s.description as string | undefined })(target, key as string, d);
    }
  };
}
