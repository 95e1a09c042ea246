import { z } from 'zod';
import { OPENAPI_METADATA } from '../http/openapi-components';

type JsonSchema = Record<string, unknown>;

/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses) for a zod schema. `io: 'input'` documents what a
 * client may send (defaults optional), `'output'` what the API returns. Named schemas (an `id`,
 * OPENAPI_METADATA) come out as `$ref`s that buildOpenApiDocument moves to `components.schemas`.
 */
export function toOpenApiSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    reused: 'inline',
    metadata: OPENAPI_METADATA,
  }) as JsonSchema;
  delete json.$schema;
  return json;
}
