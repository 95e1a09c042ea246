import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodParams, ZodQuery } from '../../common/validation/zod';
import {
  CapabilitiesSchema,
  ClusterParams,
  DirectorNameParams,
  LintSchema,
  WhatIfQuery,
  WhatIfSchema,
  type CapabilitiesDto,
  type LintDto,
  type WhatIfDto,
  type WhatIfQueryDto,
} from './fleet.dto';
import { FleetService } from './fleet.service';

@ApiTags('fleet')
@ApiProblems(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
@Controller()
export class FleetController {
  constructor(private readonly fleet: FleetService) {}

  @Get('fleet/lint')
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'VRRP lint across every cluster',
    description:
      'What keepalived would get wrong: a virtual_router_id used twice on one L2 segment and address family (across clusters or instances), equal priorities, tracking weights that never hand the MASTER over, nopreempt with a MASTER start state, unicast peers that do not match the directors, advert_int mismatches in a sync group, keepalived version skew, and what a director cannot run (its recorded capabilities). Each finding has a code, a severity and a fix; errors refuse a deployment (docs/fleet-safety.md).',
  })
  @ApiOk(LintSchema, 'Every finding of every cluster.')
  lintAll(): Promise<LintDto> {
    return this.fleet.lintAll();
  }

  @Get('clusters/:clusterId/lint')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'VRRP lint of one cluster, against every other cluster (the plan carries the same findings)' })
  @ApiOk(LintSchema, "The cluster's findings.")
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  lintCluster(@ZodParams(ClusterParams) p: z.output<typeof ClusterParams>): Promise<LintDto> {
    return this.fleet.lintCluster(p.clusterId);
  }

  @Get('clusters/:clusterId/what-if')
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'Failover what-if: what happens when a director, an interface, a tracked script or a real server fails',
    description:
      "Computed from the spec and the live state (when telemetry has it) with keepalived's rules: effective priority = base + tracking weights, FAULT for unweighted tracking, nopreempt, preempt_delay, sync groups failing together, ties to the higher address. Answers which director becomes MASTER of each instance and in about how long, which VIPs move, how many real servers and how much weight each service keeps, and which services fall below quorum. Nothing is changed. A `fail` that does not parse or names nothing in the cluster is a 422 naming `query.fail`.",
  })
  @ApiOk(WhatIfSchema, 'The outcome.')
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_ENTITY)
  whatIf(@ZodParams(ClusterParams) p: z.output<typeof ClusterParams>, @ZodQuery(WhatIfQuery) q: WhatIfQueryDto): Promise<WhatIfDto> {
    return this.fleet.whatIf(p.clusterId, q.fail);
  }

  @Get('clusters/:clusterId/directors/:name/capabilities')
  @RequireRole('viewer')
  @ApiOperation({
    summary: "A director's capabilities as last recorded",
    description:
      "`keepalived -v` (version, build options: JSON, SNMP, DBus, VRRP, LVS, VRRP_AUTH …), IPVS and the kernel's schedulers (/proc/net/ip_vs, the ip_vs_* modules), ipvsadm's version, the kernel release and the interfaces' addresses. Recorded on first contact (the first plan or deployment that reaches the director), at every deployment, and by a refresh; `refusals` lists what of the current spec it cannot run.",
  })
  @ApiOk(CapabilitiesSchema, 'The record (all null when never read).')
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  capabilities(@ZodParams(DirectorNameParams) p: z.output<typeof DirectorNameParams>): Promise<CapabilitiesDto> {
    return this.fleet.capabilities(p.clusterId, p.name);
  }

  @Post('clusters/:clusterId/directors/:name/capabilities/refresh')
  @HttpCode(200)
  @RequireRole('operator')
  @ApiOperation({
    summary: "Read a director's capabilities now (over SSH), record and return them",
    description:
      'Audited as director.capabilities_refresh with what was found. 502 when the director cannot be read (the error is recorded; the capabilities read before are kept).',
  })
  @ApiOk(CapabilitiesSchema, 'The new record.')
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.BAD_GATEWAY)
  refresh(@ZodParams(DirectorNameParams) p: z.output<typeof DirectorNameParams>): Promise<CapabilitiesDto> {
    return this.fleet.refresh(p.clusterId, p.name);
  }
}
