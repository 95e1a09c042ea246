import { Controller, Delete, Get, Headers, HttpCode, HttpStatus, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { VrrpInstance } from '@lvs/domain';
import type { Response } from 'express';
import type { z } from 'zod';
import { RequireRole } from '../../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../../common/http/api-response';
import { ZodBody, ZodParams, ZodQuery } from '../../../common/validation/zod';
import { ClusterParams, VrrpInstanceParams } from './dto/common';
import {
  VrrpInstanceBodySchema,
  VrrpInstanceListQuery,
  VrrpInstancePageSchema,
  VrrpInstancePatchSchema,
  VrrpInstanceResourceSchema,
  VrrpInstanceWriteSchema,
  type VrrpInstanceDto,
  type VrrpInstanceListQueryDto,
  type VrrpInstancePageDto,
  type VrrpInstancePatchDto,
  type VrrpInstanceWriteDto,
} from './dto/vrrp-instance.dto';
import { VrrpInstancesService } from './vrrp-instances.service';
import { IfMatchHeader, setEtag } from '../../../common/http/etag';

type P = z.output<typeof VrrpInstanceParams>;

@ApiTags('vrrp-instances')
@Controller('clusters/:clusterId/vrrp-instances')
@ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)
export class VrrpInstancesController {
  constructor(private readonly instances: VrrpInstancesService) {}

  @Get()
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'List the VRRP instances of a cluster',
    description: 'In spec order, with members and VIPs; `q` matches the name or interface.',
  })
  @ApiOk(VrrpInstancePageSchema, 'A page of VRRP instances with the total.')
  list(
    @ZodParams(ClusterParams) p: z.output<typeof ClusterParams>,
    @ZodQuery(VrrpInstanceListQuery) q: VrrpInstanceListQueryDto,
  ): Promise<VrrpInstancePageDto> {
    return this.instances.list(p.clusterId, q);
  }

  @Post()
  @RequireRole('operator')
  @ApiOperation({
    summary: 'Add a VRRP instance (members and VIPs in the body)',
    description:
      'Appended to the cluster spec. The whole resulting cluster is validated: a duplicate name, a virtual_router_id already used on the interface or a VIP carried by another instance is 409; another broken rule (two members sharing the top priority, an unknown director) 422.',
  })
  @ApiOk(VrrpInstanceWriteSchema, 'Created; ETag and Location headers; cluster-wide warnings in `warnings`.', HttpStatus.CREATED)
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_ENTITY)
  async create(
    @ZodParams(ClusterParams) p: z.output<typeof ClusterParams>,
    @ZodBody(VrrpInstanceBodySchema) body: VrrpInstance,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VrrpInstanceWriteDto> {
    const d = await this.instances.create(p.clusterId, body);
    setEtag(res, d.version);
    res.setHeader('Location', `/api/v1/clusters/${p.clusterId}/vrrp-instances/${d.id}`);
    return d;
  }

  @Get(':instanceId')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'One VRRP instance with its members and VIPs (ETag header)' })
  @ApiOk(VrrpInstanceResourceSchema, 'The VRRP instance.')
  async get(@ZodParams(VrrpInstanceParams) p: P, @Res({ passthrough: true }) res: Response): Promise<VrrpInstanceDto> {
    const d = await this.instances.get(p.clusterId, p.instanceId);
    setEtag(res, d.version);
    return d;
  }

  @Put(':instanceId')
  @RequireRole('operator')
  @IfMatchHeader('VRRP instance')
  @ApiOperation({
    summary: 'Replace a VRRP instance',
    description:
      'The body is the whole instance, members and VIPs included: omitted optional fields are removed, omitted defaulted fields reset to their default. A rename carries over to its sync group.',
  })
  @ApiOk(VrrpInstanceWriteSchema, 'Replaced; new ETag.')
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async replace(
    @ZodParams(VrrpInstanceParams) p: P,
    @ZodBody(VrrpInstanceBodySchema) body: VrrpInstance,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VrrpInstanceWriteDto> {
    const d = await this.instances.replace(p.clusterId, p.instanceId, body, ifMatch);
    setEtag(res, d.version);
    return d;
  }

  @Patch(':instanceId')
  @RequireRole('operator')
  @IfMatchHeader('VRRP instance')
  @ApiOperation({
    summary: 'Change some fields of a VRRP instance',
    description:
      'Merge patch: absent fields stay, `null` removes an optional field. `members` and `vips` are replaced whole. The merged instance is validated like a PUT.',
  })
  @ApiOk(VrrpInstanceWriteSchema, 'Updated; new ETag.')
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async patch(
    @ZodParams(VrrpInstanceParams) p: P,
    @ZodBody(VrrpInstancePatchSchema) body: VrrpInstancePatchDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VrrpInstanceWriteDto> {
    const d = await this.instances.patch(p.clusterId, p.instanceId, body, ifMatch);
    setEtag(res, d.version);
    return d;
  }

  @Delete(':instanceId')
  @HttpCode(204)
  @ApiResponse({ status: HttpStatus.NO_CONTENT, description: 'Deleted.' })
  @RequireRole('operator')
  @IfMatchHeader('VRRP instance')
  @ApiOperation({
    summary: 'Remove a VRRP instance',
    description:
      'Refused with 409 while a sync group holds it. Nothing on the directors changes until the next deployment (which flags removing an instance as a risky reload).',
  })
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async remove(@ZodParams(VrrpInstanceParams) p: P, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.instances.remove(p.clusterId, p.instanceId, ifMatch);
  }
}
