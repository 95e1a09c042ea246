import { applyDecorators, HttpStatus } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem';
import { toOpenApiSchema } from '../validation/zod-openapi';
// The spec's schemas get their component names before any decorator below converts one.
import './domain-schemas';

/** RFC 9457 problem details as every error response carries them (common/errors/problem.ts). */
export const ProblemSchema = z
  .looseObject({
    type: z.string().meta({ format: 'uri', description: 'https://lvs-console.dev/problems/<code>; docs/problems.md explains each code' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string().meta({ examples: ['common.validation_failed'] }),
    requestId: z.string().optional(),
    errors: z.array(
      z
        .object({ path: z.string().meta({ examples: ['body.weight'] }), message: z.string() })
        .meta({ id: 'FieldError', description: 'One field and the rule it broke' }),
    ),
  })
  .meta({ id: 'Problem' });

const PROBLEM_JSON = toOpenApiSchema(ProblemSchema, 'output');

/** Documents a success response from its zod schema. */
export function ApiOk(schema: z.ZodType, description: string, status: HttpStatus = HttpStatus.OK) {
  return ApiResponse({ status, description, schema: toOpenApiSchema(schema, 'output') });
}

/** Documents problem+json error responses. */
export function ApiProblems(...statuses: HttpStatus[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: 'Problem details (RFC 9457)', content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_JSON } } }),
    ),
  );
}
