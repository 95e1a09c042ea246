import { Controller, Get, Header, HttpStatus } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodParams, ZodQuery } from '../../common/validation/zod';
import { ClusterParams } from '../clusters/resources/dto/common';
import {
  ClusterLiveStateSchema,
  MetricsQuery,
  MetricsSeriesSchema,
  type ClusterLiveStateDto,
  type MetricsQueryDto,
  type MetricsSeriesDto,
} from './telemetry.dto';
import { RadarService } from './radar.service';
import { TelemetryService } from './telemetry.service';

@ApiTags('telemetry')
@ApiProblems(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
@Controller()
export class TelemetryController {
  constructor(
    private readonly telemetry: TelemetryService,
    private readonly radar: RadarService,
  ) {}

  @Get('clusters/:clusterId/state')
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'Observed state of a cluster: directors, VIP owners, VRRP, real-server health and traffic',
    description:
      'What `/live` sends as `state.snapshot` on join (and keeps current with `state.delta`), for clients without websockets. 503 while telemetry has not probed the cluster yet (or is off: TELEMETRY_TICK_MS=0).',
  })
  @ApiOk(ClusterLiveStateSchema, 'The state at the last tick.')
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.SERVICE_UNAVAILABLE)
  state(@ZodParams(ClusterParams) p: z.output<typeof ClusterParams>): Promise<ClusterLiveStateDto> {
    return this.telemetry.stateOrThrow(p.clusterId);
  }

  @Get('clusters/:clusterId/metrics')
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'Traffic history: per-minute rollups of IPVS counters, per real server or per virtual service',
    description: `Connections, packets and bytes added in each bucket (\`step\` seconds, a multiple of 60) and the most active connections seen; at most 1440 points per series. Kept for METRICS_RETENTION_DAYS (default 7). Directors without IPVS give no rows.`,
  })
  @ApiOk(MetricsSeriesSchema, 'A page of series with the total.')
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  history(
    @ZodParams(ClusterParams) p: z.output<typeof ClusterParams>,
    @ZodQuery(MetricsQuery) q: MetricsQueryDto,
  ): Promise<MetricsSeriesDto> {
    return this.telemetry.history(p.clusterId, q);
  }

  @Get('metrics')
  @RequireRole('viewer')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/plain')
  @ApiOperation({
    summary: "Prometheus metrics: the console itself and every cluster's observed state",
    description:
      'Scrape with an API token (`Authorization: Bearer lvs_…`, viewer role).  Served at the root (`/metrics`), where scrapers expect it.',
  })
  @ApiResponse({
    status: HttpStatus.OK,
    description: 'Prometheus text format 0.0.4',
    content: { 'text/plain': { schema: { type: 'string', examples: ['lvs_director_reachable{cluster="web-eu",director="lb1"} 1\n'] } } },
  })
  metrics(): string {
    return this.telemetry.prometheus() + this.radar.prometheus();
  }
}
