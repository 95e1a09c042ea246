import { Controller, Delete, Get, Headers, HttpCode, HttpStatus, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClusterSpecSchema, type ClusterSpec } from '@lvs/domain';
import type { Response } from 'express';
import type { z } from 'zod';
import { AllowScoped } from '../../common/auth/allow-scoped.decorator';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodBody, ZodParams, ZodQuery } from '../../common/validation/zod';
import {
  AdminStateSchema,
  ClusterCreateSchema,
  ClusterListQuery,
  ClusterPageSchema,
  ClusterParams,
  ClusterPatchSchema,
  ClusterSummarySchema,
  ClusterWriteResultSchema,
  SpecApplyResultSchema,
  type ClusterPageDto,
  type ClusterSummaryDto,
  type ClusterWriteResultDto,
  type SpecApplyResultDto,
} from './cluster.dto';
import { ClustersService, etagOf } from './clusters.service';

type Cluster = { clusterId: string };
const IfMatch = ApiHeader({ name: 'If-Match', required: false, description: 'ETag from a read (W/"<version>"); a stale one gets 412' });

@ApiTags('clusters')
@Controller('clusters')
@ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
export class ClustersController {
  constructor(private readonly clusters: ClustersService) {}

  @Get()
  @RequireRole('viewer')
  @AllowScoped()
  @ApiOperation({ summary: 'List clusters (a cluster-scoped token sees its own only)' })
  @ApiOk(ClusterPageSchema, 'A page of clusters with the total.')
  list(@CurrentPrincipal() p: Principal, @ZodQuery(ClusterListQuery) q: z.output<typeof ClusterListQuery>): Promise<ClusterPageDto> {
    return this.clusters.list(p, q);
  }

  @Post()
  @RequireRole('operator')
  @ApiOperation({ summary: 'Create a cluster from a spec (only `name` is required)' })
  @ApiOk(ClusterWriteResultSchema, 'Created, with rule warnings.', HttpStatus.CREATED)
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_ENTITY)
  async create(@ZodBody(ClusterCreateSchema) body: ClusterSpec, @Res({ passthrough: true }) res: Response): Promise<ClusterWriteResultDto> {
    const { result, version } = await this.clusters.create(body);
    res.setHeader('ETag', etagOf(version));
    res.setHeader('Location', `/api/v1/clusters/${result.id}`);
    return result;
  }

  @Get(':clusterId')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'One cluster: name, mode, counts, version (ETag)' })
  @ApiOk(ClusterSummarySchema, 'The cluster.')
  @ApiProblems(HttpStatus.NOT_FOUND)
  async get(@ZodParams(ClusterParams) p: Cluster, @Res({ passthrough: true }) res: Response): Promise<ClusterSummaryDto> {
    const c = await this.clusters.get(p.clusterId);
    res.setHeader('ETag', etagOf(c.version));
    return c;
  }

  @Patch(':clusterId')
  @RequireRole('operator')
  @IfMatch
  @ApiOperation({ summary: 'Rename a cluster or change its description' })
  @ApiOk(ClusterWriteResultSchema, 'Updated.')
  @ApiProblems(HttpStatus.NOT_FOUND, HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async patch(@ZodParams(ClusterParams) p: Cluster, @ZodBody(ClusterPatchSchema) body: z.output<typeof ClusterPatchSchema>, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) res: Response): Promise<ClusterWriteResultDto> {
    const { result, version } = await this.clusters.patch(p.clusterId, body, ifMatch);
    res.setHeader('ETag', etagOf(version));
    return result;
  }

  @Delete(':clusterId')
  @HttpCode(204)
  @RequireRole('operator')
  @IfMatch
  @ApiOperation({ summary: 'Delete a cluster with its revisions, deployments and scoped tokens (directors are not touched)' })
  @ApiProblems(HttpStatus.NOT_FOUND, HttpStatus.PRECONDITION_FAILED)
  async remove(@ZodParams(ClusterParams) p: Cluster, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.clusters.remove(p.clusterId, ifMatch);
  }

  @Get(':clusterId/spec')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'The whole topology as one document (the shape of import, export and revisions)' })
  @ApiOk(ClusterSpecSchema, 'The cluster spec; ETag header for a later PUT.')
  @ApiProblems(HttpStatus.NOT_FOUND)
  async getSpec(@ZodParams(ClusterParams) p: Cluster, @Res({ passthrough: true }) res: Response): Promise<ClusterSpec> {
    const { spec, version } = await this.clusters.getSpecDoc(p.clusterId);
    res.setHeader('ETag', etagOf(version));
    return spec;
  }

  @Put(':clusterId/spec')
  @RequireRole('operator')
  @IfMatch
  @ApiOperation({ summary: 'Replace the topology in one transaction (declarative apply for CI); reports what was created, changed and deleted' })
  @ApiOk(SpecApplyResultSchema, 'Applied.')
  @ApiProblems(HttpStatus.NOT_FOUND, HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async putSpec(@ZodParams(ClusterParams) p: Cluster, @ZodBody(ClusterSpecSchema) body: ClusterSpec, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) res: Response): Promise<SpecApplyResultDto> {
    const { result, version } = await this.clusters.replace(p.clusterId, body, ifMatch);
    res.setHeader('ETag', etagOf(version));
    return result;
  }

  @Post(':clusterId/real-servers/admin-state')
  @HttpCode(200)
  @RequireRole('operator')
  @IfMatch
  @ApiOperation({ summary: 'Drain, enable or disable one real server in the topology (deploy to apply it on the directors)' })
  @ApiOk(SpecApplyResultSchema, 'Changed.')
  @ApiProblems(HttpStatus.NOT_FOUND, HttpStatus.PRECONDITION_FAILED)
  async adminState(@ZodParams(ClusterParams) p: Cluster, @ZodBody(AdminStateSchema) body: z.output<typeof AdminStateSchema>, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) res: Response): Promise<SpecApplyResultDto> {
    const { result, version } = await this.clusters.setAdminState(p.clusterId, body.virtualService, body.realServer, body.adminState, ifMatch);
    res.setHeader('ETag', etagOf(version));
    return result;
  }
}
