import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodParams, ZodQuery } from '../../common/validation/zod';
import { ClusterParams } from '../clusters/resources/dto/common';
import { EventsPageSchema, EventsQuerySchema, type EventsPageDto, type EventsQuery } from './events.dto';
import { EventsService } from './events.service';

@ApiTags('events')
@ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
@Controller()
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get('clusters/:clusterId/events')
  @RequireRole('viewer')
  @ApiOperation({
    summary: "A cluster's timeline: VRRP transitions, real-server health, deployments, drift, edits, incidents",
    description:
      'Newest first, cursor-paged by `nextCursor`. Filter by time (`from` inclusive, `to` exclusive), kind (exact or a prefix ending in ".") and severity. Kept for EVENTS_RETENTION_DAYS (default 90). Kinds and their `data`: docs/timeline.md.',
  })
  @ApiOk(EventsPageSchema, 'One page of events.')
  @ApiProblems(HttpStatus.NOT_FOUND)
  cluster(
    @ZodParams(ClusterParams) p: z.output<typeof ClusterParams>,
    @ZodQuery(EventsQuerySchema) q: EventsQuery,
  ): Promise<EventsPageDto> {
    return this.events.list(p.clusterId, q);
  }

  @Get('events')
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'The timeline across every cluster (and events of the console itself)',
    description:
      'As GET /clusters/{clusterId}/events, for all clusters; events of a deleted cluster stay until retention drops them. Cluster-scoped tokens use the per-cluster route.',
  })
  @ApiOk(EventsPageSchema, 'One page of events.')
  all(@ZodQuery(EventsQuerySchema) q: EventsQuery): Promise<EventsPageDto> {
    return this.events.list(undefined, q);
  }
}
