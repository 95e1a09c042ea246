import { Controller, Delete, Get, Headers, HttpCode, HttpStatus, Patch, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodBody, ZodParams } from '../../common/validation/zod';
import { IfMatchHeader, setEtag } from '../../common/http/etag';
import {
  RuleCreateSchema,
  RuleIdParams,
  RuleListSchema,
  RuleSchema,
  RuleUpdateSchema,
  type RuleCreateDto,
  type RuleDto,
  type RuleListDto,
  type RuleUpdateDto,
} from './notification.dto';
import { NotificationRulesService } from './notification-rules.service';

type P = { ruleId: string };

@ApiTags('notifications')
@Controller('notification-rules')
@ApiProblems(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
export class NotificationRulesController {
  constructor(private readonly rules: NotificationRulesService) {}

  @Get()
  @RequireRole('admin')
  @ApiOperation({ summary: 'List notification rules (event kinds × clusters → channels, throttle window)' })
  @ApiOk(RuleListSchema, 'Rules by name.')
  list(): Promise<RuleListDto> {
    return this.rules.list();
  }

  @Post()
  @RequireRole('admin')
  @ApiOperation({
    summary:
      'Create a rule: which events (kinds, clusters, least severity) go to which channels, and at most one message per subject per throttle window',
  })
  @ApiOk(RuleSchema, 'Created; ETag header.', HttpStatus.CREATED)
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT)
  async create(@ZodBody(RuleCreateSchema) body: RuleCreateDto, @Res({ passthrough: true }) res: Response): Promise<RuleDto> {
    const r = await this.rules.create(body);
    setEtag(res, r.version);
    return r;
  }

  @Get(':ruleId')
  @RequireRole('admin')
  @ApiOperation({ summary: 'One rule (ETag header)' })
  @ApiOk(RuleSchema, 'The rule.')
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  async get(@ZodParams(RuleIdParams) p: P, @Res({ passthrough: true }) res: Response): Promise<RuleDto> {
    const r = await this.rules.get(p.ruleId);
    setEtag(res, r.version);
    return r;
  }

  @Patch(':ruleId')
  @RequireRole('admin')
  @IfMatchHeader('rule')
  @ApiOperation({ summary: "Change a rule's fields" })
  @ApiOk(RuleSchema, 'Updated; new ETag.')
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED)
  async update(
    @ZodParams(RuleIdParams) p: P,
    @ZodBody(RuleUpdateSchema) body: RuleUpdateDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RuleDto> {
    const r = await this.rules.update(p.ruleId, body, ifMatch);
    setEtag(res, r.version);
    return r;
  }

  @Delete(':ruleId')
  @HttpCode(204)
  @RequireRole('admin')
  @IfMatchHeader('rule')
  @ApiOperation({ summary: 'Delete a rule (messages already queued are still delivered)' })
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.PRECONDITION_FAILED)
  async remove(@ZodParams(RuleIdParams) p: P, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.rules.remove(p.ruleId, ifMatch);
  }
}
