import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { withNamedComponents } from './common/http/openapi-components';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('LVS Console API')
    .setDescription(
      'Manage LVS/IPVS director clusters run with keepalived: topology, rendered configuration, ' +
        'deployments over SSH and live state. Errors are RFC 9457 problem+json with field paths in `errors`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API token (lvs_...) for CI' }, 'bearer')
    .addCookieAuth('lvs_session', { type: 'apiKey', in: 'cookie', name: 'lvs_session' }, 'session')
    .build();
  // Named DTO schemas (zod `id`) become components.schemas, so the generated client names them.
  return withNamedComponents(
    SwaggerModule.createDocument(app, config, {
      operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
    }),
  );
}

/** Serves the spec at /api/openapi.json and Swagger UI at /api/docs (assets are local, no CDN). */
export function mountOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    useGlobalPrefix: false,
    customSiteTitle: 'LVS Console API',
  });
}
