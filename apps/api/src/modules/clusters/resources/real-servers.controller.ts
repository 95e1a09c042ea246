import { Controller, Delete, Get, Headers, HttpCode, HttpStatus, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { RealServer } from '@lvs/domain';
import type { Response } from 'express';
import type { z } from 'zod';
import { RequireRole } from '../../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../../common/http/api-response';
import { ZodBody, ZodParams, ZodQuery } from '../../../common/validation/zod';
import { RealServerParams, VirtualServiceParams } from './dto/common';
import {
  AdminStateBodySchema,
  AdminStateResponseSchema,
  type AdminStateResponseDto,
  RealServerBodySchema,
  RealServerListQuery,
  RealServerPageSchema,
  RealServerPatchSchema,
  RealServerResourceSchema,
  RealServerWriteSchema,
  type RealServerDto,
  type RealServerListQueryDto,
  type RealServerPageDto,
  type RealServerPatchDto,
  type RealServerWriteDto,
} from './dto/real-server.dto';
import { IfMatchHeader, setEtag } from '../../../common/http/etag';
import { RealServersService } from './real-servers.service';
import { VirtualServicesService } from './virtual-services.service';
import { RuntimeService } from '../../runtime/runtime.service';

type S = z.output<typeof VirtualServiceParams>;
type P = z.output<typeof RealServerParams>;

@ApiTags('real-servers')
@Controller('clusters/:clusterId/virtual-services/:serviceId/real-servers')
@ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)
export class RealServersController {
  constructor(
    private readonly reals: RealServersService,
    private readonly services: VirtualServicesService,
    private readonly runtime: RuntimeService,
  ) {}

  @Get()
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'List the real servers of a virtual service',
    description:
      "In spec order, health checks included; `q` matches address:port; filter by `adminState`. 404 when the service is not this cluster's.",
  })
  @ApiOk(RealServerPageSchema, 'A page of real servers with the total.')
  list(@ZodParams(VirtualServiceParams) p: S, @ZodQuery(RealServerListQuery) q: RealServerListQueryDto): Promise<RealServerPageDto> {
    return this.reals.list(p.clusterId, p.serviceId, q);
  }

  @Post()
  @RequireRole('operator')
  @ApiOperation({
    summary: 'Add a real server (health check in the body)',
    description:
      'The whole resulting cluster is validated: the same address:port in the service is 409; a DR port that differs from the virtual port, or an address of the other family, is 422.',
  })
  @ApiOk(RealServerWriteSchema, 'Created; ETag and Location headers; cluster-wide warnings in `warnings`.', HttpStatus.CREATED)
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_ENTITY)
  async create(
    @ZodParams(VirtualServiceParams) p: S,
    @ZodBody(RealServerBodySchema) body: RealServer,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RealServerWriteDto> {
    const r = await this.reals.create(p.clusterId, p.serviceId, body);
    setEtag(res, r.version);
    res.setHeader('Location', `/api/v1/clusters/${p.clusterId}/virtual-services/${p.serviceId}/real-servers/${r.id}`);
    return r;
  }

  @Get(':realServerId')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'One real server with its health check (ETag header)' })
  @ApiOk(RealServerResourceSchema, 'The real server.')
  async get(@ZodParams(RealServerParams) p: P, @Res({ passthrough: true }) res: Response): Promise<RealServerDto> {
    const r = await this.reals.get(p.clusterId, p.serviceId, p.realServerId);
    setEtag(res, r.version);
    return r;
  }

  @Put(':realServerId')
  @RequireRole('operator')
  @IfMatchHeader('real server')
  @ApiOperation({
    summary: 'Replace a real server',
    description:
      'The body is the whole real server, health check included: omitted optional fields (the health check too) are removed, omitted defaulted fields reset to their default.',
  })
  @ApiOk(RealServerWriteSchema, 'Replaced; new ETag.')
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async replace(
    @ZodParams(RealServerParams) p: P,
    @ZodBody(RealServerBodySchema) body: RealServer,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RealServerWriteDto> {
    const r = await this.reals.replace(p.clusterId, p.serviceId, p.realServerId, body, ifMatch);
    setEtag(res, r.version);
    return r;
  }

  @Patch(':realServerId')
  @RequireRole('operator')
  @IfMatchHeader('real server')
  @ApiOperation({
    summary: 'Change some fields of a real server',
    description:
      'Merge patch: absent fields stay, `null` removes an optional field; `healthCheck` is replaced whole. The merged real server is validated like a PUT.',
  })
  @ApiOk(RealServerWriteSchema, 'Updated; new ETag.')
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async patch(
    @ZodParams(RealServerParams) p: P,
    @ZodBody(RealServerPatchSchema) body: RealServerPatchDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RealServerWriteDto> {
    const r = await this.reals.patch(p.clusterId, p.serviceId, p.realServerId, body, ifMatch);
    setEtag(res, r.version);
    return r;
  }

  @Post(':realServerId/admin-state')
  @HttpCode(200)
  @RequireRole('operator')
  @IfMatchHeader('real server')
  @ApiOperation({
    summary: 'Drain, enable or disable a real server',
    description:
      'drained = weight 0 (quiescent: new connections go elsewhere, existing ones finish); disabled = out of the IPVS table. By default the directors change on the next deployment ("applies at the next deployment"). With `"apply": "now"` the console also writes the real server\'s track file on every director (keepalived mode; `ipvsadm -e/-a/-d` in ipvsadm mode) and verifies the weight (0 for a drain, gone for a disable) in the director\'s IPVS table (`/proc/net/ip_vs`, read by the console\'s runtime agent on its held SSH channel; `ipvsadm -Ln --exact` when the agent is not open) where the director has IPVS: `runtime.message` is "applied now, no reload". `waitForConnections` then samples ActiveConn until it reaches 0. A cluster deployed before runtime controls gets them at its next deployment (`runtime.applied` is then "next-deployment", with the reason).',
  })
  @ApiOk(AdminStateResponseSchema, 'Changed; new ETag; `runtime` with apply "now".')
  @ApiProblems(HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async adminState(
    @ZodParams(RealServerParams) p: P,
    @ZodBody(AdminStateBodySchema) body: z.output<typeof AdminStateBodySchema>,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminStateResponseDto> {
    const r = await this.reals.setAdminState(p.clusterId, p.serviceId, p.realServerId, body.adminState, ifMatch);
    setEtag(res, r.version);
    if (body.apply !== 'now') return r;
    const vs = await this.services.get(p.clusterId, p.serviceId);
    const wait = body.waitForConnections;
    const runtime = await this.runtime.applyAdminState(
      p.clusterId,
      { service: vs, realServer: r, realServerId: r.id },
      { waitForConnectionsMs: wait === true ? 60_000 : wait ? wait.timeoutSeconds * 1000 : undefined },
    );
    return { ...r, runtime };
  }

  @Delete(':realServerId')
  @HttpCode(204)
  @ApiResponse({ status: HttpStatus.NO_CONTENT, description: 'Deleted.' })
  @RequireRole('operator')
  @IfMatchHeader('real server')
  @ApiOperation({
    summary: 'Remove a real server',
    description: 'Removing it by reload cuts its connections: drain it first and deploy, then remove it.',
  })
  @ApiProblems(HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async remove(@ZodParams(RealServerParams) p: P, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.reals.remove(p.clusterId, p.serviceId, p.realServerId, ifMatch);
  }
}
