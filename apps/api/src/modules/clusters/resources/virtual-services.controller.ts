import { Controller, Delete, Get, Headers, HttpCode, HttpStatus, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { z } from 'zod';
import { RequireRole } from '../../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../../common/http/api-response';
import { ZodBody, ZodParams, ZodQuery } from '../../../common/validation/zod';
import { ClusterParams, VirtualServiceParams } from './dto/common';
import {
  VirtualServiceBodySchema,
  VirtualServiceListQuery,
  VirtualServicePageSchema,
  VirtualServicePatchSchema,
  VirtualServiceResourceSchema,
  VirtualServiceWriteSchema,
  type VirtualServiceBodyDto,
  type VirtualServiceDto,
  type VirtualServiceListQueryDto,
  type VirtualServicePageDto,
  type VirtualServicePatchDto,
  type VirtualServiceWriteDto,
} from './dto/virtual-service.dto';
import { VirtualServicesService } from './virtual-services.service';
import { IfMatchHeader, setEtag } from '../../../common/http/etag';

type P = z.output<typeof VirtualServiceParams>;

@ApiTags('virtual-services')
@Controller('clusters/:clusterId/virtual-services')
@ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)
export class VirtualServicesController {
  constructor(private readonly services: VirtualServicesService) {}

  @Get()
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'List the virtual services of a cluster',
    description:
      'In spec order, without their real servers (GET …/real-servers); `q` matches the key (VIP:port/protocol or fwmark:N); filter by protocol and forwarding method.',
  })
  @ApiOk(VirtualServicePageSchema, 'A page of virtual services with the total.')
  list(
    @ZodParams(ClusterParams) p: z.output<typeof ClusterParams>,
    @ZodQuery(VirtualServiceListQuery) q: VirtualServiceListQueryDto,
  ): Promise<VirtualServicePageDto> {
    return this.services.list(p.clusterId, q);
  }

  @Post()
  @RequireRole('operator')
  @ApiOperation({
    summary: 'Add a virtual service (real servers are added under it)',
    description:
      'Appended to the cluster spec. The whole resulting cluster is validated: an existing VIP:port/protocol (or fwmark) is 409; another broken rule 422. A VIP no VRRP instance carries is a warning.',
  })
  @ApiOk(VirtualServiceWriteSchema, 'Created; ETag and Location headers; cluster-wide warnings in `warnings`.', HttpStatus.CREATED)
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_ENTITY)
  async create(
    @ZodParams(ClusterParams) p: z.output<typeof ClusterParams>,
    @ZodBody(VirtualServiceBodySchema) body: VirtualServiceBodyDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VirtualServiceWriteDto> {
    const d = await this.services.create(p.clusterId, body);
    setEtag(res, d.version);
    res.setHeader('Location', `/api/v1/clusters/${p.clusterId}/virtual-services/${d.id}`);
    return d;
  }

  @Get(':serviceId')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'One virtual service (ETag header)' })
  @ApiOk(VirtualServiceResourceSchema, 'The virtual service.')
  async get(@ZodParams(VirtualServiceParams) p: P, @Res({ passthrough: true }) res: Response): Promise<VirtualServiceDto> {
    const d = await this.services.get(p.clusterId, p.serviceId);
    setEtag(res, d.version);
    return d;
  }

  @Put(':serviceId')
  @RequireRole('operator')
  @IfMatchHeader('virtual service')
  @ApiOperation({
    summary: 'Replace a virtual service (its real servers stay)',
    description:
      'The body is the whole service without `realServers`: omitted optional fields are removed, omitted defaulted fields reset to their default. Changing the port of a DR service whose real servers name another port is 422.',
  })
  @ApiOk(VirtualServiceWriteSchema, 'Replaced; new ETag.')
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async replace(
    @ZodParams(VirtualServiceParams) p: P,
    @ZodBody(VirtualServiceBodySchema) body: VirtualServiceBodyDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VirtualServiceWriteDto> {
    const d = await this.services.replace(p.clusterId, p.serviceId, body, ifMatch);
    setEtag(res, d.version);
    return d;
  }

  @Patch(':serviceId')
  @RequireRole('operator')
  @IfMatchHeader('virtual service')
  @ApiOperation({
    summary: 'Change some fields of a virtual service',
    description:
      'Merge patch: absent fields stay, `null` removes an optional field. `persistence` and `sorryServer` are replaced whole. The merged service is validated like a PUT.',
  })
  @ApiOk(VirtualServiceWriteSchema, 'Updated; new ETag.')
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async patch(
    @ZodParams(VirtualServiceParams) p: P,
    @ZodBody(VirtualServicePatchSchema) body: VirtualServicePatchDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VirtualServiceWriteDto> {
    const d = await this.services.patch(p.clusterId, p.serviceId, body, ifMatch);
    setEtag(res, d.version);
    return d;
  }

  @Delete(':serviceId')
  @HttpCode(204)
  @ApiResponse({ status: HttpStatus.NO_CONTENT, description: 'Deleted.' })
  @RequireRole('operator')
  @IfMatchHeader('virtual service')
  @ApiOperation({
    summary: 'Remove a virtual service with its real servers',
    description: 'Applied on the directors by the next deployment.',
  })
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async remove(@ZodParams(VirtualServiceParams) p: P, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.services.remove(p.clusterId, p.serviceId, ifMatch);
  }
}
