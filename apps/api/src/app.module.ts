import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ProblemFilter } from './common/errors/problem.filter';
import { loggerModule } from './common/logging/logger.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { ClockModule } from './infra/clock.module';
import { SECRET_BOX, type SecretBox } from './infra/secret-box';
import { AuditInterceptor } from './common/http/audit.interceptor';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { RealtimeModule } from './infra/realtime/realtime.module';
import { CliModule } from './modules/cli/cli.module';
import { ClustersModule } from './modules/clusters/clusters.module';
import { ConfirmationsModule } from './modules/confirmations/confirmations.module';
import { CredentialsModule } from './modules/credentials/credentials.module';
import { DeploymentsModule } from './modules/deployments/deployments.module';
import { EventsModule } from './modules/events/events.module';
import { RealServerChecksModule } from './modules/real-server-checks/real-server-checks.module';
import { FleetModule } from './modules/fleet/fleet.module';
import { HealthModule } from './modules/health/health.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { TelemetryModule } from './modules/telemetry/telemetry.module';
import { TokensModule } from './modules/tokens/tokens.module';
import { RuntimeModule } from './modules/runtime/runtime.module';
import { ViewerSecretsInterceptor } from './modules/clusters/viewer-secrets.interceptor';
import { UsersModule } from './modules/users/users.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** An initialised, migrated data source (opened before Nest so start-up errors are clear). */
  dataSource: DataSource;
  /** Seals secrets at rest under the master key. */
  secretBox: SecretBox;
}

@Module({})
export class AppModule {
  static forRoot({ config, dataSource, secretBox }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        loggerModule(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        ClockModule,
        AuditModule,
        EventsModule,
        RealServerChecksModule,
        AuthModule,
        UsersModule,
        TokensModule,
        CredentialsModule,
        RealtimeModule,
        ClustersModule,
        DeploymentsModule,
        RuntimeModule,
        TelemetryModule,
        FleetModule,
        HealthModule,
        CliModule,
        ConfirmationsModule,
        NotificationsModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: SECRET_BOX, useValue: secretBox },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ViewerSecretsInterceptor },
      ],
      exports: [APP_CONFIG, SECRET_BOX],
    };
  }
}
