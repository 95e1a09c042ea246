import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { trustFunction } from './common/http/client-address';
import { requestContextMiddleware } from './common/http/request-context.middleware';
import { securityHeaders } from './common/http/security-headers';
import type { AppConfig } from './config/app-config';
import { pgPool } from './infra/database/pg-pool';
import { PostgresIoAdapter } from './infra/realtime/postgres-io.adapter';
import { loadMasterKey, SecretBox } from './infra/secret-box';
import { mountOpenApi } from './openapi';

export const API_PREFIX = 'api/v1';
export const BODY_LIMIT = '5mb';

/** Builds the configured Nest app (used by main.ts and by the integration tests). */
export async function createApp(config: AppConfig, dataSource: DataSource): Promise<NestExpressApplication> {
  const { key } = await loadMasterKey(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, dataSource, secretBox: new SecretBox(key) }), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  // JSON only; a body over the limit or not JSON is a 413/400 problem, never a 500.
  app.useBodyParser('json', { limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] });
  // Before the request context reads req.ip: X-Forwarded-For counts from TRUST_PROXY peers only, one hop.
  app.set('trust proxy', trustFunction(config.http.trustProxy));
  app.use(securityHeaders);
  app.use(requestContextMiddleware);
  app.use(cookieParser());
  app.disable('x-powered-by');
  // Prometheus scrapers expect /metrics at the root.
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'metrics', method: RequestMethod.GET }] });
  if (config.scaleOut) app.useWebSocketAdapter(new PostgresIoAdapter(app, pgPool(dataSource)));
  mountOpenApi(app);
  // Idle keep-alive connections outlive the clients' and proxies' own idle timers (undici reuses a
  // socket for up to the server's hint minus a margin; load balancers idle out at 60 s): with Node's
  // 5 s default a client could send on a socket the server was closing that instant — ECONNRESET.
  const server = app.getHttpServer() as import('node:http').Server;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  return app;
}

export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
