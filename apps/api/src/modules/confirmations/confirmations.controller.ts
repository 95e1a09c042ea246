import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodBody, ZodParams, ZodQuery } from '../../common/validation/zod';
import { ClusterParams, PageQuery } from '../deployments/deployment.dto';
import {
  ConfirmationCreateSchema,
  ConfirmationPageSchema,
  ConfirmationSchema,
  type ConfirmationCreateDto,
  type ConfirmationDto,
  type ConfirmationPageDto,
} from './confirmation.dto';
import { ConfirmationsService } from './confirmations.service';

type Cluster = { clusterId: string };

@ApiTags('deployments')
@Controller('clusters/:clusterId')
@ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)
export class ConfirmationsController {
  constructor(private readonly confirmations: ConfirmationsService) {}

  @Post('confirmation')
  @RequireRole('operator')
  @ApiOperation({
    summary: 'Confirmed deployment: roll back unless confirmed in time',
    description:
      'Starts the timer of a deployment of this cluster: unless `POST …/confirmation/confirm` arrives within `withinSeconds`, the cluster is rolled back to the revision deployed before it (a rollback deployment, audited). The timer lives in the database: it survives a restart and works with several replicas. One pending confirmation per cluster (409).',
  })
  @ApiOk(ConfirmationSchema, 'Pending.', HttpStatus.CREATED)
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_ENTITY)
  create(@ZodParams(ClusterParams) p: Cluster, @ZodBody(ConfirmationCreateSchema) body: ConfirmationCreateDto): Promise<ConfirmationDto> {
    return this.confirmations.create(p.clusterId, body);
  }

  @Post('confirmation/confirm')
  @HttpCode(200)
  @RequireRole('operator')
  @ApiOperation({ summary: 'Confirm the pending deployment: it stays, the timer stops' })
  @ApiOk(ConfirmationSchema, 'Confirmed.')
  confirm(@ZodParams(ClusterParams) p: Cluster): Promise<ConfirmationDto> {
    return this.confirmations.confirm(p.clusterId);
  }

  @Get('confirmations')
  @RequireRole('viewer')
  @ApiOperation({
    summary: "The cluster's confirmations, newest first",
    description: 'An empty page for a cluster that never had one (GET …/confirmation answers 404 then); `limit=1` is the latest.',
  })
  @ApiOk(ConfirmationPageSchema, 'A page of confirmations.')
  list(@ZodParams(ClusterParams) p: Cluster, @ZodQuery(PageQuery) q: { limit: number; offset: number }): Promise<ConfirmationPageDto> {
    return this.confirmations.list(p.clusterId, q.limit, q.offset);
  }

  @Get('confirmation')
  @RequireRole('viewer')
  @ApiOperation({ summary: "The cluster's latest confirmation: pending (with its deadline), confirmed, rolled back or failed" })
  @ApiOk(ConfirmationSchema, 'The latest confirmation.')
  current(@ZodParams(ClusterParams) p: Cluster): Promise<ConfirmationDto> {
    return this.confirmations.current(p.clusterId);
  }
}
