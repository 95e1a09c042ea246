import { Module } from '@nestjs/common';
import { CliBundleSource } from './cli-bundle.source';
import { CliController } from './cli.controller';
import { CliService } from './cli.service';

/** Serves the built lvsctl to pipelines (GET /api/v1/cli/lvsctl.mjs). */
@Module({ controllers: [CliController], providers: [CliService, CliBundleSource] })
export class CliModule {}
