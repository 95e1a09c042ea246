import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodBody, ZodParams, ZodQuery } from '../../common/validation/zod';
import {
  ClusterOnlyParams,
  MaintenanceBodySchema,
  MaintenanceListSchema,
  MaintenanceParams,
  MaintenanceResultSchema,
  RuntimeChangePageSchema,
  RuntimeChangeQuery,
  type MaintenanceListDto,
  type MaintenanceResultDto,
  type RuntimeChangePageDto,
} from './dto/runtime.dto';
import { RuntimeService } from './runtime.service';

@ApiTags('runtime')
@Controller('clusters/:clusterId')
@ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)
export class RuntimeController {
  constructor(private readonly runtime: RuntimeService) {}

  @Post('directors/:name/maintenance')
  @HttpCode(200)
  @RequireRole('operator')
  @ApiOperation({
    summary: 'Director maintenance on or off, without a reload',
    description:
      "on: the director's maintenance track file reads 1, so every VRRP instance on it drops its priority (or goes to FAULT where keepalived requires weight 0): the other members take its VIPs; the call waits until every VIP it held is held by another member (seen with `ip addr` on the members) and reports how long each took. Refused (409 runtime.no_standby) when an instance has no other member that is reachable and runs keepalived. off: the file reads 0; instances with preempt take their VIPs back (the response says which, and why not under nopreempt). The state is kept in the database and in the file (it survives reboots of the director and API restarts); a deployment writes it again. A cluster deployed before runtime controls: recorded, applies at the next deployment. 422 in ipvsadm mode.",
  })
  @ApiOk(MaintenanceResultSchema, 'What changed, per VIP, and whether it was applied now or at the next deployment.')
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_ENTITY)
  maintenance(
    @ZodParams(MaintenanceParams) p: z.output<typeof MaintenanceParams>,
    @ZodBody(MaintenanceBodySchema) body: z.output<typeof MaintenanceBodySchema>,
  ): Promise<MaintenanceResultDto> {
    return this.runtime.setMaintenance(p.clusterId, p.name, body.state === 'on');
  }

  @Get('maintenance')
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'Which directors are in maintenance',
    description: 'Every director of the cluster with its maintenance state as the console recorded it (since, by whom).',
  })
  @ApiOk(MaintenanceListSchema, 'One row per director.')
  maintenanceList(@ZodParams(ClusterOnlyParams) p: z.output<typeof ClusterOnlyParams>): Promise<MaintenanceListDto> {
    return this.runtime.maintenanceList(p.clusterId);
  }

  @Get('runtime-changes')
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'Changes applied without a reload',
    description:
      'Newest first: admin states applied now and maintenance, each with its per-director steps (connect, write, verify, ipvsadm, vips), like a deployment record.',
  })
  @ApiOk(RuntimeChangePageSchema, 'A page of runtime changes with the total.')
  changes(
    @ZodParams(ClusterOnlyParams) p: z.output<typeof ClusterOnlyParams>,
    @ZodQuery(RuntimeChangeQuery) q: z.output<typeof RuntimeChangeQuery>,
  ): Promise<RuntimeChangePageDto> {
    return this.runtime.changes(p.clusterId, q.limit, q.offset);
  }
}
