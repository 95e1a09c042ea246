import { Controller, Delete, Get, Headers, HttpCode, HttpStatus, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Director } from '@lvs/domain';
import type { Response } from 'express';
import type { z } from 'zod';
import { RequireRole } from '../../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../../common/http/api-response';
import { ZodBody, ZodParams, ZodQuery } from '../../../common/validation/zod';
import { ClusterParams, DirectorParams } from './dto/common';
import {
  DirectorBodySchema,
  DirectorListQuery,
  DirectorPageSchema,
  DirectorPatchSchema,
  DirectorResourceSchema,
  DirectorWriteSchema,
  type DirectorDto,
  type DirectorListQueryDto,
  type DirectorPageDto,
  type DirectorPatchDto,
  type DirectorWriteDto,
} from './dto/director.dto';
import { DirectorsService } from './directors.service';
import { IfMatchHeader, setEtag } from '../../../common/http/etag';

type P = z.output<typeof DirectorParams>;

@ApiTags('directors')
@Controller('clusters/:clusterId/directors')
@ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)
export class DirectorsController {
  constructor(private readonly directors: DirectorsService) {}

  @Get()
  @RequireRole('viewer')
  @ApiOperation({ summary: 'List the directors of a cluster', description: 'In spec order; `q` matches the name or address.' })
  @ApiOk(DirectorPageSchema, 'A page of directors with the total.')
  list(
    @ZodParams(ClusterParams) p: z.output<typeof ClusterParams>,
    @ZodQuery(DirectorListQuery) q: DirectorListQueryDto,
  ): Promise<DirectorPageDto> {
    return this.directors.list(p.clusterId, q);
  }

  @Post()
  @RequireRole('operator')
  @ApiOperation({
    summary: 'Add a director',
    description:
      'Appended to the cluster spec. The whole resulting cluster is validated: a duplicate name or address is 409, another broken rule 422.',
  })
  @ApiOk(DirectorWriteSchema, 'Created; ETag and Location headers; cluster-wide warnings in `warnings`.', HttpStatus.CREATED)
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_ENTITY)
  async create(
    @ZodParams(ClusterParams) p: z.output<typeof ClusterParams>,
    @ZodBody(DirectorBodySchema) body: Director,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DirectorWriteDto> {
    const d = await this.directors.create(p.clusterId, body);
    setEtag(res, d.version);
    res.setHeader('Location', `/api/v1/clusters/${p.clusterId}/directors/${d.id}`);
    return d;
  }

  @Get(':directorId')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'One director (ETag header)' })
  @ApiOk(DirectorResourceSchema, 'The director.')
  async get(@ZodParams(DirectorParams) p: P, @Res({ passthrough: true }) res: Response): Promise<DirectorDto> {
    const d = await this.directors.get(p.clusterId, p.directorId);
    setEtag(res, d.version);
    return d;
  }

  @Put(':directorId')
  @RequireRole('operator')
  @IfMatchHeader('director')
  @ApiOperation({
    summary: 'Replace a director',
    description:
      'The body is the whole director: omitted optional fields are removed, omitted defaulted fields reset to their default. A rename carries over to the VRRP instances it is a member of.',
  })
  @ApiOk(DirectorWriteSchema, 'Replaced; new ETag.')
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async replace(
    @ZodParams(DirectorParams) p: P,
    @ZodBody(DirectorBodySchema) body: Director,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DirectorWriteDto> {
    const d = await this.directors.replace(p.clusterId, p.directorId, body, ifMatch);
    setEtag(res, d.version);
    return d;
  }

  @Patch(':directorId')
  @RequireRole('operator')
  @IfMatchHeader('director')
  @ApiOperation({
    summary: 'Change some fields of a director',
    description: 'Merge patch: absent fields stay, `null` removes an optional field. The merged director is validated like a PUT.',
  })
  @ApiOk(DirectorWriteSchema, 'Updated; new ETag.')
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async patch(
    @ZodParams(DirectorParams) p: P,
    @ZodBody(DirectorPatchSchema) body: DirectorPatchDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DirectorWriteDto> {
    const d = await this.directors.patch(p.clusterId, p.directorId, body, ifMatch);
    setEtag(res, d.version);
    return d;
  }

  @Delete(':directorId')
  @HttpCode(204)
  @ApiResponse({ status: HttpStatus.NO_CONTENT, description: 'Deleted.' })
  @RequireRole('operator')
  @IfMatchHeader('director')
  @ApiOperation({
    summary: 'Remove a director',
    description: 'Refused with 409 while a VRRP instance has it as a member. Nothing on the director host is touched.',
  })
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY)
  async remove(@ZodParams(DirectorParams) p: P, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.directors.remove(p.clusterId, p.directorId, ifMatch);
  }
}
