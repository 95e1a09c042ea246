import { Controller, Delete, Get, Headers, HttpCode, HttpStatus, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { VrrpSyncGroup } from '@lvs/domain';
import type { Response } from 'express';
import type { z } from 'zod';
import { RequireRole } from '../../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../../common/http/api-response';
import { ZodBody, ZodParams, ZodQuery } from '../../../common/validation/zod';
import { ClusterParams, VrrpSyncGroupParams } from './dto/common';
import {
  VrrpSyncGroupBodySchema,
  VrrpSyncGroupListQuery,
  VrrpSyncGroupPageSchema,
  VrrpSyncGroupPatchSchema,
  VrrpSyncGroupResourceSchema,
  VrrpSyncGroupWriteSchema,
  type VrrpSyncGroupDto,
  type VrrpSyncGroupListQueryDto,
  type VrrpSyncGroupPageDto,
  type VrrpSyncGroupPatchDto,
  type VrrpSyncGroupWriteDto,
} from './dto/vrrp-sync-group.dto';
import { VrrpSyncGroupsService } from './vrrp-sync-groups.service';
import { IfMatchHeader, setEtag } from '../../../common/http/etag';

type P = z.output<typeof VrrpSyncGroupParams>;

@ApiTags('vrrp-sync-groups')
@Controller('clusters/:clusterId/vrrp-sync-groups')
@ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)
export class VrrpSyncGroupsController {
  constructor(private readonly groups: VrrpSyncGroupsService) {}

  @Get()
  @RequireRole('viewer')
  @ApiOperation({ summary: 'List the VRRP sync groups of a cluster', description: 'In spec order; `q` matches the name.' })
  @ApiOk(VrrpSyncGroupPageSchema, 'A page of sync groups with the total.')
  list(
    @ZodParams(ClusterParams) p: z.output<typeof ClusterParams>,
    @ZodQuery(VrrpSyncGroupListQuery) q: VrrpSyncGroupListQueryDto,
  ): Promise<VrrpSyncGroupPageDto> {
    return this.groups.list(p.clusterId, q);
  }

  @Post()
  @RequireRole('operator')
  @ApiOperation({
    summary: 'Add a VRRP sync group',
    description: 'Instances are named; each may be in one group only (409 otherwise, as for a duplicate name); an unknown instance is 422.',
  })
  @ApiOk(VrrpSyncGroupWriteSchema, 'Created; ETag and Location headers; cluster-wide warnings in `warnings`.', HttpStatus.CREATED)
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_ENTITY)
  async create(
    @ZodParams(ClusterParams) p: z.output<typeof ClusterParams>,
    @ZodBody(VrrpSyncGroupBodySchema) body: VrrpSyncGroup,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VrrpSyncGroupWriteDto> {
    const d = await this.groups.create(p.clusterId, body);
    setEtag(res, d.version);
    res.setHeader('Location', `/api/v1/clusters/${p.clusterId}/vrrp-sync-groups/${d.id}`);
    return d;
  }

  @Get(':syncGroupId')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'One sync group (ETag header)' })
  @ApiOk(VrrpSyncGroupResourceSchema, 'The sync group.')
  async get(@ZodParams(VrrpSyncGroupParams) p: P, @Res({ passthrough: true }) res: Response): Promise<VrrpSyncGroupDto> {
    const d = await this.groups.get(p.clusterId, p.syncGroupId);
    setEtag(res, d.version);
    return d;
  }

  @Put(':syncGroupId')
  @RequireRole('operator')
  @IfMatchHeader('sync group')
  @ApiOperation({ summary: 'Replace a sync group', description: 'The body is the whole group.' })
  @ApiOk(VrrpSyncGroupWriteSchema, 'Replaced; new ETag.')
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async replace(
    @ZodParams(VrrpSyncGroupParams) p: P,
    @ZodBody(VrrpSyncGroupBodySchema) body: VrrpSyncGroup,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VrrpSyncGroupWriteDto> {
    const d = await this.groups.replace(p.clusterId, p.syncGroupId, body, ifMatch);
    setEtag(res, d.version);
    return d;
  }

  @Patch(':syncGroupId')
  @RequireRole('operator')
  @IfMatchHeader('sync group')
  @ApiOperation({
    summary: 'Change some fields of a sync group',
    description: 'Merge patch: absent fields stay, `null` removes an optional field. `instances` is replaced whole.',
  })
  @ApiOk(VrrpSyncGroupWriteSchema, 'Updated; new ETag.')
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async patch(
    @ZodParams(VrrpSyncGroupParams) p: P,
    @ZodBody(VrrpSyncGroupPatchSchema) body: VrrpSyncGroupPatchDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VrrpSyncGroupWriteDto> {
    const d = await this.groups.patch(p.clusterId, p.syncGroupId, body, ifMatch);
    setEtag(res, d.version);
    return d;
  }

  @Delete(':syncGroupId')
  @HttpCode(204)
  @ApiResponse({ status: HttpStatus.NO_CONTENT, description: 'Deleted.' })
  @RequireRole('operator')
  @IfMatchHeader('sync group')
  @ApiOperation({ summary: 'Remove a sync group', description: 'Its instances stay.' })
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async remove(@ZodParams(VrrpSyncGroupParams) p: P, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.groups.remove(p.clusterId, p.syncGroupId, ifMatch);
  }
}
