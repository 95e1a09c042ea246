import { Global, Module } from '@nestjs/common';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

/** Global: telemetry, deployments and topology record timeline events; notifications register a sink. */
@Global()
@Module({ controllers: [EventsController], providers: [EventsRepository, EventsService], exports: [EventsService] })
export class EventsModule {}
