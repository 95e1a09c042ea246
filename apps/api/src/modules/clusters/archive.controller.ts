import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodParams, ZodQuery } from '../../common/validation/zod';
import {
  ArchivedClusterPageSchema,
  ArchivedClusterParams,
  ArchivedClusterSchema,
  ArchivedRevisionDetailSchema,
  ArchivedRevisionParams,
  ArchiveListQuery,
  type ArchivedClusterDto,
  type ArchivedClusterPageDto,
  type ArchivedRevisionDetailDto,
  type ArchiveListQueryDto,
} from './archive.dto';
import { ArchiveService } from './archive.service';

/**
 * Deleting a cluster archives it with its revisions and deployments: the record of what ran on the
 * directors outlives the cluster. Admins read it here; nothing deletes from it.
 */
@ApiTags('archive')
@Controller('archive/clusters')
@ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
export class ArchiveController {
  constructor(private readonly archive: ArchiveService) {}

  @Get()
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Deleted clusters, newest deletion first',
    description: 'Each with who deleted it and when, and how many revisions and deployments were archived.',
  })
  @ApiOk(ArchivedClusterPageSchema, 'A page of archived clusters with the total.')
  list(@ZodQuery(ArchiveListQuery) q: ArchiveListQueryDto): Promise<ArchivedClusterPageDto> {
    return this.archive.list(q);
  }

  @Get(':clusterId')
  @RequireRole('admin')
  @ApiOperation({ summary: 'One deleted cluster: its last topology, its revisions and its deployments with step logs' })
  @ApiOk(ArchivedClusterSchema, 'The archived cluster.')
  @ApiProblems(HttpStatus.NOT_FOUND)
  get(@ZodParams(ArchivedClusterParams) p: z.output<typeof ArchivedClusterParams>): Promise<ArchivedClusterDto> {
    return this.archive.get(p.clusterId);
  }

  @Get(':clusterId/revisions/:number')
  @RequireRole('admin')
  @ApiOperation({ summary: 'One revision of a deleted cluster: the spec and the rendered text per director' })
  @ApiOk(ArchivedRevisionDetailSchema, 'The archived revision.')
  @ApiProblems(HttpStatus.NOT_FOUND)
  revision(@ZodParams(ArchivedRevisionParams) p: z.output<typeof ArchivedRevisionParams>): Promise<ArchivedRevisionDetailDto> {
    return this.archive.revisionDetail(p.clusterId, p.number);
  }
}
