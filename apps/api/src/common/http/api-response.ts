import { applyDecorators, HttpStatus } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { z } from 'zod';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem';
import { toOpenApiSchema } from '../validation/zod-openapi';

const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code', 'errors'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', examples: ['common.validation_failed'] },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string', examples: ['body.weight'] }, message: { type: 'string' } },
      },
    },
  },
};

/** Documents a success response from its zod schema. */
export function ApiOk(schema: z.ZodType, description: string, status: HttpStatus = HttpStatus.OK) {
  return ApiResponse({ status, description, schema: toOpenApiSchema(schema, 'output') });
}

/** Documents problem+json error responses. */
export function ApiProblems(...statuses: HttpStatus[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: 'Problem details (RFC 9457)', content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_SCHEMA } } }),
    ),
  );
}
