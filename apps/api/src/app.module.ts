import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ProblemFilter } from './common/errors/problem.filter';
import { loggerModule } from './common/logging/logger.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { HealthModule } from './modules/health/health.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** An initialised, migrated data source (opened before Nest so start-up errors are clear). */
  dataSource: DataSource;
}

@Module({})
export class AppModule {
  static forRoot({ config, dataSource }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        loggerModule(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        HealthModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
