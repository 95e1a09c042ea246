import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodParams } from '../../common/validation/zod';
import { ClusterParams } from '../clusters/resources/dto/common';
import { ClusterIncidentsSchema, type ClusterIncidentsDto } from './radar.dto';
import { RadarService } from './radar.service';

@ApiTags('telemetry')
@ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
@Controller()
export class RadarController {
  constructor(private readonly radar: RadarService) {}

  @Get('clusters/:clusterId/incidents')
  @RequireRole('viewer')
  @ApiOperation({
    summary: "Split-brain radar: the open incidents of the cluster's VRRP instances, with their evidence",
    description:
      "Per VRRP instance, from the live state: exactly one MASTER among the reachable members, holding the instance's VIPs, nobody else holding them, and members whose running configs agree on VRID, advert_int, authentication, version and VIPs. `/live` sends the same as `incidents` whenever it changes; the timeline has split_brain.opened/resolved.",
  })
  @ApiOk(ClusterIncidentsSchema, 'The open incidents (empty: none).')
  @ApiProblems(HttpStatus.NOT_FOUND)
  list(@ZodParams(ClusterParams) p: z.output<typeof ClusterParams>): Promise<ClusterIncidentsDto> {
    return this.radar.list(p.clusterId);
  }
}
