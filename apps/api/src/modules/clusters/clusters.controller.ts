import { Controller, Delete, Get, Headers, HttpCode, HttpStatus, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type ClusterSpec, realServerKey, virtualServiceKey } from '@lvs/domain';
import type { Response } from 'express';
import type { z } from 'zod';
import { AllowScoped } from '../../common/auth/allow-scoped.decorator';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodBody, ZodParams, ZodQuery } from '../../common/validation/zod';
import { IfMatchHeader, setEtag } from '../../common/http/etag';
import {
  AdminStateByKeySchema,
  AdminStateByKeyResultSchema,
  type AdminStateByKeyResultDto,
  ClusterCreateSchema,
  ClusterImportResultSchema,
  ClusterImportSchema,
  ClusterListQuery,
  ClusterPageSchema,
  ClusterParams,
  ClusterPatchSchema,
  ClusterSummarySchema,
  ClusterWriteResultSchema,
  SpecApplyResultSchema,
  SpecDocumentSchema,
  type AdminStateByKeyDto,
  type ClusterImportDto,
  type ClusterImportResultDto,
  type ClusterListQueryDto,
  type ClusterPageDto,
  type ClusterPatchDto,
  type ClusterSummaryDto,
  type ClusterWriteResultDto,
  type SpecApplyResultDto,
} from './cluster.dto';
import { RuntimeService } from '../runtime/runtime.service';
import { ClustersService } from './clusters.service';

type Cluster = z.output<typeof ClusterParams>;

@ApiTags('clusters')
@Controller('clusters')
@ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
export class ClustersController {
  constructor(
    private readonly clusters: ClustersService,
    private readonly runtime: RuntimeService,
  ) {}

  @Get()
  @RequireRole('viewer')
  @AllowScoped()
  @ApiOperation({
    summary: 'List clusters (a cluster-scoped token sees its own only)',
    description: 'By name; `q` matches the name or description.',
  })
  @ApiOk(ClusterPageSchema, 'A page of clusters with the total.')
  list(@CurrentPrincipal() p: Principal, @ZodQuery(ClusterListQuery) q: ClusterListQueryDto): Promise<ClusterPageDto> {
    return this.clusters.list(p, q);
  }

  @Post()
  @RequireRole('operator')
  @ApiOperation({
    summary: 'Create a cluster, optionally with its whole topology',
    description:
      'The body is a cluster spec: only `name` is required, so the topology may follow through the resource routes or a PUT of the spec. A spec that breaks a cluster-wide rule is 422 with the paths of the findings; a taken name is 409.',
  })
  @ApiOk(ClusterWriteResultSchema, 'Created, with rule warnings; ETag and Location headers.', HttpStatus.CREATED)
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PAYLOAD_TOO_LARGE, HttpStatus.UNPROCESSABLE_ENTITY)
  async create(@ZodBody(ClusterCreateSchema) body: ClusterSpec, @Res({ passthrough: true }) res: Response): Promise<ClusterWriteResultDto> {
    const c = await this.clusters.create(body);
    setEtag(res, c.version);
    res.setHeader('Location', `/api/v1/clusters/${c.id}`);
    return c;
  }

  @Post('import')
  @RequireRole('operator')
  @ApiOperation({
    summary: "Import a cluster from its directors' keepalived.conf files",
    description:
      'One keepalived.conf per director (with the files its `include` lines name) becomes one cluster: VRRP instances merge by name, each file adding its director with its priority and state; virtual services merge by VIP:port/protocol or fwmark. ' +
      'What the model does not hold is listed in `warnings` with director, file and line — never silently dropped. `dryRun` answers the spec and warnings without creating anything (200). ' +
      "Files that cannot make a cluster, or a cluster that breaks a rule, are 422 with the findings in `errors` and the import's `warnings`. " +
      'Files are parsed off the event loop in a worker with a time and a heap limit, and measured before they are expanded: past a cap (8,000,000 expanded characters, 1,000 included files, include depth 16, 500,000 statements, 1,000 files per director) or with an include cycle they are 422 `import.limit_exceeded` naming the file and the limit; a parse past its limits is 422 `import.too_slow` / `import.out_of_memory`; 503 `import.busy` when too many imports are being parsed.',
  })
  @ApiOk(
    ClusterImportResultSchema,
    'Created, with the imported spec and the warnings; ETag and Location of the cluster.',
    HttpStatus.CREATED,
  )
  @ApiOk(ClusterImportResultSchema, 'Dry run: the spec and the warnings; nothing created.', HttpStatus.OK)
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PAYLOAD_TOO_LARGE, HttpStatus.UNPROCESSABLE_ENTITY, HttpStatus.SERVICE_UNAVAILABLE)
  async import(
    @ZodBody(ClusterImportSchema) body: ClusterImportDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ClusterImportResultDto> {
    const r = await this.clusters.import(body);
    if (r.cluster) {
      setEtag(res, r.cluster.version);
      res.setHeader('Location', `/api/v1/clusters/${r.cluster.id}`);
    } else res.status(HttpStatus.OK);
    return r;
  }

  @Get(':clusterId')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'One cluster: name, mode, object counts, version (ETag)' })
  @ApiOk(ClusterSummarySchema, 'The cluster.')
  @ApiProblems(HttpStatus.NOT_FOUND)
  async get(@ZodParams(ClusterParams) p: Cluster, @Res({ passthrough: true }) res: Response): Promise<ClusterSummaryDto> {
    const c = await this.clusters.get(p.clusterId);
    setEtag(res, c.version);
    return c;
  }

  @Patch(':clusterId')
  @RequireRole('operator')
  @IfMatchHeader('cluster')
  @ApiOperation({
    summary: 'Rename a cluster, or change its description or mode',
    description: "Merge patch of the cluster's own fields; the topology is not touched.",
  })
  @ApiOk(ClusterWriteResultSchema, 'Updated; new ETag.')
  @ApiProblems(HttpStatus.NOT_FOUND, HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async patch(
    @ZodParams(ClusterParams) p: Cluster,
    @ZodBody(ClusterPatchSchema) body: ClusterPatchDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ClusterWriteResultDto> {
    const c = await this.clusters.patch(p.clusterId, body, ifMatch);
    setEtag(res, c.version);
    return c;
  }

  @Delete(':clusterId')
  @HttpCode(204)
  @ApiResponse({ status: HttpStatus.NO_CONTENT, description: 'Deleted.' })
  @RequireRole('operator')
  @IfMatchHeader('cluster')
  @ApiOperation({
    summary: 'Delete a cluster with its topology and scoped tokens; its revisions and deployments are archived',
    description:
      'The cluster (its last topology), its revisions (spec and rendered text) and its deployments (with step logs) are copied to the archive in the same transaction: admins read them at GET /archive/clusters/{clusterId}. Nothing on the directors is touched.',
  })
  @ApiProblems(HttpStatus.NOT_FOUND, HttpStatus.PRECONDITION_FAILED)
  async remove(@ZodParams(ClusterParams) p: Cluster, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.clusters.remove(p.clusterId, ifMatch);
  }

  @Get(':clusterId/spec')
  @RequireRole('viewer')
  @ApiHeader({
    name: 'If-None-Match',
    required: false,
    description: 'ETag of a spec you hold: 304 (no body) while it is current',
    schema: { type: 'string', examples: ['W/"12"'] },
  })
  @ApiOperation({
    summary: 'The whole topology as one document',
    description: 'The shape of import, export and revisions; read from one snapshot, with its ETag for a later PUT.',
  })
  @ApiOk(SpecDocumentSchema, 'The cluster spec; ETag header.')
  @ApiResponse({ status: HttpStatus.NOT_MODIFIED, description: 'The spec named by If-None-Match is current.' })
  @ApiProblems(HttpStatus.NOT_FOUND)
  async getSpec(
    @ZodParams(ClusterParams) p: Cluster,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string | undefined> {
    const { json, version } = await this.clusters.getSpecDocument(p.clusterId, ifNoneMatch);
    setEtag(res, version);
    if (json === undefined) {
      res.status(HttpStatus.NOT_MODIFIED);
      return undefined;
    }
    // Already serialised (and cached per version): sent as is, documented by SpecDocumentSchema above.
    res.type('application/json');
    return json;
  }

  @Put(':clusterId/spec')
  @RequireRole('operator')
  @IfMatchHeader('cluster spec')
  @ApiOperation({
    summary: 'Replace the whole topology in one transaction (declarative apply for CI)',
    description:
      'Objects are matched by natural key (director and instance names, VIP:port/protocol or fwmark, real server address:port): matched ones keep their ids and ETags when unchanged. ' +
      'Reports what was created, changed and deleted; applying the same document again changes nothing (and keeps the version). Rule findings are 422 at `body.<spec path>`.',
  })
  @ApiOk(SpecApplyResultSchema, 'Applied; new ETag.')
  @ApiProblems(
    HttpStatus.NOT_FOUND,
    HttpStatus.CONFLICT,
    HttpStatus.PRECONDITION_FAILED,
    HttpStatus.PAYLOAD_TOO_LARGE,
    HttpStatus.UNPROCESSABLE_ENTITY,
  )
  async putSpec(
    @ZodParams(ClusterParams) p: Cluster,
    @ZodBody(SpecDocumentSchema) body: ClusterSpec,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SpecApplyResultDto> {
    const r = await this.clusters.replace(p.clusterId, body, ifMatch);
    setEtag(res, r.version);
    return r;
  }

  @Post(':clusterId/real-servers/admin-state')
  @HttpCode(200)
  @RequireRole('operator')
  @IfMatchHeader('cluster spec')
  @ApiOperation({
    summary: 'Drain, enable or disable a real server named by keys',
    description:
      'The dashboard\'s and lvsctl\'s shortcut by natural keys; `POST …/virtual-services/{serviceId}/real-servers/{realServerId}/admin-state` does the same by id (and documents `apply` and `waitForConnections`). If-Match is the cluster\'s ETag here. Without `"apply": "now"` it applies at the next deployment.',
  })
  @ApiOk(AdminStateByKeyResultSchema, 'Changed; `runtime` with apply "now".')
  @ApiProblems(HttpStatus.NOT_FOUND, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async adminState(
    @ZodParams(ClusterParams) p: Cluster,
    @ZodBody(AdminStateByKeySchema) body: AdminStateByKeyDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminStateByKeyResultDto> {
    const r = await this.clusters.setAdminStateByKey(p.clusterId, body.virtualService, body.realServer, body.adminState, ifMatch);
    setEtag(res, r.version);
    if (body.apply !== 'now') return r;
    const spec = (await this.clusters.getSpec(p.clusterId))!.spec;
    const vs = spec.virtualServices.find((s) => virtualServiceKey(s) === body.virtualService)!;
    const rs = vs.realServers.find((x) => realServerKey(x) === body.realServer)!;
    const wait = body.waitForConnections;
    const runtime = await this.runtime.applyAdminState(
      p.clusterId,
      { service: vs, realServer: rs, realServerId: `${body.virtualService}>${body.realServer}` },
      { waitForConnectionsMs: wait === true ? 60_000 : wait ? wait.timeoutSeconds * 1000 : undefined },
    );
    return { ...r, runtime };
  }
}
