import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { AllowScoped } from '../../common/auth/allow-scoped.decorator';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodParams, ZodQuery } from '../../common/validation/zod';
import { ClusterParams } from '../clusters/resources/dto/common';
import {
  ClusterIncidentsSchema,
  FleetIncidentsPageSchema,
  FleetIncidentsQuery,
  type ClusterIncidentsDto,
  type FleetIncidentsPageDto,
  type FleetIncidentsQueryDto,
} from './radar.dto';
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

  @Get('incidents')
  @RequireRole('viewer')
  @AllowScoped()
  @ApiOperation({
    summary: "Split-brain radar across the fleet: every cluster's open (or resolved) incidents in one call",
    description:
      "`state=open` (default): what is open now, newest first — from the timeline (split_brain.opened without its resolved), and for the clusters the answering replica polls, from its radar directly; `state=resolved`: incidents that ended, newest end first, with the evidence they opened with. `clusterId` keeps one cluster's. A cluster-scoped token sees its own cluster's only (another `clusterId` is a 403). Deleted clusters are left out.",
  })
  @ApiOk(FleetIncidentsPageSchema, 'A page of incidents with the total.')
  @ApiProblems(HttpStatus.NOT_FOUND)
  fleet(@CurrentPrincipal() p: Principal, @ZodQuery(FleetIncidentsQuery) q: FleetIncidentsQueryDto): Promise<FleetIncidentsPageDto> {
    return this.radar.fleet(p.clusterId ?? undefined, q);
  }
}
