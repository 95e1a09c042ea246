import { Controller, Get, Headers, HttpCode, HttpStatus, Post, Put, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { RequireRole } from '../../common/auth/roles';
import { CommonError, CommonErrorCode } from '../../common/errors/app-error';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodBody, ZodParams, ZodQuery } from '../../common/validation/zod';
import {
  ClusterParams,
  DeploymentCreateSchema,
  DeploymentPageSchema,
  DeploymentParams,
  DeploymentSchema,
  DiffQuery,
  DirectorParams,
  DriftSchema,
  HostKeyAcceptSchema,
  HostKeySchema,
  PageQuery,
  PlanQuery,
  PlanSchema,
  RevisionCreateSchema,
  RevisionDetailSchema,
  RevisionDiffSchema,
  RevisionPageSchema,
  RevisionParams,
  type DeploymentDto,
  type DeploymentPageDto,
  type DriftDto,
  type HostKeyDto,
  type PlanDto,
  type RevisionDetailDto,
  type RevisionDiffDto,
  type RevisionPageDto,
} from './deployment.dto';
import { actorOf } from './actor';
import { DeploymentsService } from './deployments.service';
import { PlanService } from './plan.service';
import { RevisionsService } from './revisions.service';

type Cluster = { clusterId: string };
const RollbackSchema = DeploymentCreateSchema.pick({ parallel: true, stopOnFailure: true, drainFirst: true, drainTimeoutSeconds: true });

@ApiTags('deployments')
@Controller('clusters/:clusterId')
@ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)
export class DeploymentsController {
  constructor(
    private readonly revisions: RevisionsService,
    private readonly deployments: DeploymentsService,
    private readonly plans: PlanService,
  ) {}

  @Post('revisions')
  @RequireRole('operator')
  @ApiOperation({
    summary: 'Freeze the current topology into an immutable, numbered revision (spec + rendered config per director + sha256)',
  })
  @ApiOk(RevisionDetailSchema, 'The new revision.', HttpStatus.CREATED)
  @ApiProblems(HttpStatus.UNPROCESSABLE_ENTITY)
  createRevision(
    @ZodParams(ClusterParams) p: Cluster,
    @ZodBody(RevisionCreateSchema) body: z.output<typeof RevisionCreateSchema>,
  ): Promise<RevisionDetailDto> {
    return this.revisions.create(p.clusterId, body.message);
  }

  @Get('revisions')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'List revisions, newest first' })
  @ApiOk(RevisionPageSchema, 'A page of revisions with the total.')
  listRevisions(@ZodParams(ClusterParams) p: Cluster, @ZodQuery(PageQuery) q: z.output<typeof PageQuery>): Promise<RevisionPageDto> {
    return this.revisions.list(p.clusterId, q.limit, q.offset);
  }

  @Get('revisions/:number')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'One revision with its spec and the rendered keepalived.conf of every director' })
  @ApiOk(RevisionDetailSchema, 'The revision.')
  getRevision(@ZodParams(RevisionParams) p: z.output<typeof RevisionParams>): Promise<RevisionDetailDto> {
    return this.revisions.get(p.clusterId, p.number);
  }

  @Get('diff')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Unified diff per director between two revisions' })
  @ApiOk(RevisionDiffSchema, 'Per-director diffs.')
  diff(@ZodParams(ClusterParams) p: Cluster, @ZodQuery(DiffQuery) q: z.output<typeof DiffQuery>): Promise<RevisionDiffDto> {
    return this.revisions.diff(p.clusterId, q.from, q.to);
  }

  @Post('revisions/:number/rollback')
  @HttpCode(202)
  @RequireRole('operator')
  @ApiOperation({ summary: 'Roll back: restore the topology of that revision and deploy it (as a new revision)' })
  @ApiOk(DeploymentSchema, 'The rollback deployment, started.', HttpStatus.ACCEPTED)
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_ENTITY)
  rollback(
    @ZodParams(RevisionParams) p: z.output<typeof RevisionParams>,
    @ZodBody(RollbackSchema) body: z.output<typeof RollbackSchema>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeploymentDto> {
    return this.deployments.rollback(p.clusterId, p.number, { ...body, requestedBy: actorOf(principal) });
  }

  @Get('plan')
  @RequireRole('viewer')
  @ApiOperation({
    summary:
      'Plan: per director, the live config (read over SSH), its sha256, drift from the last deployment, and the diff to what would be pushed',
  })
  @ApiOk(PlanSchema, 'The plan.')
  @ApiProblems(HttpStatus.UNPROCESSABLE_ENTITY)
  plan(@ZodParams(ClusterParams) p: Cluster, @ZodQuery(PlanQuery) q: z.output<typeof PlanQuery>): Promise<PlanDto> {
    return this.plans.plan(p.clusterId, q.revision);
  }

  @Post('deployments')
  @HttpCode(202)
  @RequireRole('operator')
  @ApiOperation({
    summary: 'Deploy: push a revision (or the current topology) to every director — BACKUPs first, MASTER last; progress on /live',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeat a POST safely: the same key returns the same deployment' })
  @ApiOk(DeploymentSchema, 'Started (or, with a known Idempotency-Key, the earlier deployment).', HttpStatus.ACCEPTED)
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_ENTITY)
  async deploy(
    @ZodParams(ClusterParams) p: Cluster,
    @ZodBody(DeploymentCreateSchema) body: z.output<typeof DeploymentCreateSchema>,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeploymentDto> {
    if (key !== undefined && !/^[\x21-\x7e]{1,128}$/.test(key)) {
      throw new CommonError(CommonErrorCode.Validation, 'Idempotency-Key must be 1-128 visible ASCII characters.', [
        { path: 'headers.idempotency-key', message: 'must be 1-128 visible ASCII characters' },
      ]);
    }
    const { deployment, replayed } = await this.deployments.start(p.clusterId, {
      ...body,
      idempotencyKey: key,
      requestedBy: actorOf(principal),
    });
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return deployment;
  }

  @Get('deployments')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'List deployments, newest first, with their per-director steps' })
  @ApiOk(DeploymentPageSchema, 'A page of deployments with the total.')
  listDeployments(@ZodParams(ClusterParams) p: Cluster, @ZodQuery(PageQuery) q: z.output<typeof PageQuery>): Promise<DeploymentPageDto> {
    return this.deployments.list(p.clusterId, q.limit, q.offset);
  }

  @Get('deployments/:deploymentId')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'One deployment: status, per-director steps with timings and output' })
  @ApiOk(DeploymentSchema, 'The deployment.')
  getDeployment(@ZodParams(DeploymentParams) p: z.output<typeof DeploymentParams>): Promise<DeploymentDto> {
    return this.deployments.get(p.clusterId, p.deploymentId);
  }

  @Get('drift')
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'Drift check now: live config sha256 of each director vs the last deployed revision (raises/clears the cluster flag)',
  })
  @ApiOk(DriftSchema, 'Drift per director.')
  drift(@ZodParams(ClusterParams) p: Cluster): Promise<DriftDto> {
    return this.plans.drift(p.clusterId);
  }

  @Get('host-keys/:director')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'The SSH host key a director offers now, and the pinned one' })
  @ApiOk(HostKeySchema, 'Offered and pinned fingerprints.')
  hostKey(@ZodParams(DirectorParams) p: z.output<typeof DirectorParams>): Promise<HostKeyDto> {
    return this.plans.hostKey(p.clusterId, p.director);
  }

  @Put('host-keys/:director')
  @RequireRole('operator')
  @ApiOperation({
    summary: 'Accept (pin) the host key a director offers; until then the console refuses to connect',
    description:
      'Operators may pin the first key of a director without a credential. Pinning for a director that uses a stored credential, and replacing a pinned key (re-pin), is admin-only (403 `deployments.host_key_admin_only`, never for cluster-scoped tokens): it decides where the secret is sent. The answer and the audit event carry the old and the new fingerprint.',
  })
  @ApiOk(HostKeySchema, 'Pinned.')
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.BAD_GATEWAY)
  acceptHostKey(
    @CurrentPrincipal() who: Principal,
    @ZodParams(DirectorParams) p: z.output<typeof DirectorParams>,
    @ZodBody(HostKeyAcceptSchema) body: z.output<typeof HostKeyAcceptSchema>,
  ): Promise<HostKeyDto> {
    return this.plans.acceptHostKey(p.clusterId, p.director, body.fingerprint, who);
  }
}
