import { Controller, Delete, Get, Headers, HttpCode, HttpStatus, Patch, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodBody, ZodParams, ZodQuery } from '../../common/validation/zod';
import { IfMatchHeader, setEtag } from '../../common/http/etag';
import {
  ChannelCreateSchema,
  ChannelIdParams,
  ChannelListSchema,
  ChannelSchema,
  ChannelUpdateSchema,
  DeliveryPageSchema,
  DeliveryQuerySchema,
  DeliverySchema,
  type ChannelCreateDto,
  type ChannelDto,
  type ChannelListDto,
  type ChannelUpdateDto,
  type DeliveryDto,
  type DeliveryPageDto,
  type DeliveryQuery,
} from './notification.dto';
import { NotificationChannelsService } from './notification-channels.service';

type P = { channelId: string };

@ApiTags('notifications')
@Controller('notification-channels')
@ApiProblems(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
export class NotificationChannelsController {
  constructor(private readonly channels: NotificationChannelsService) {}

  @Get()
  @RequireRole('admin')
  @ApiOperation({ summary: 'List notification channels with their delivery counts and last delivery (secrets are never returned)' })
  @ApiOk(ChannelListSchema, 'Channels by name.')
  list(): Promise<ChannelListDto> {
    return this.channels.list();
  }

  @Post()
  @RequireRole('admin')
  @ApiOperation({
    summary:
      'Create a channel: a signed generic webhook, a Slack-compatible incoming webhook, or e-mail over SMTP; secrets are sealed under the master key',
  })
  @ApiOk(ChannelSchema, 'Created; ETag header.', HttpStatus.CREATED)
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT)
  async create(
    @CurrentPrincipal() p: Principal,
    @ZodBody(ChannelCreateSchema) body: ChannelCreateDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ChannelDto> {
    const c = await this.channels.create(p, body);
    setEtag(res, c.version);
    return c;
  }

  @Get(':channelId')
  @RequireRole('admin')
  @ApiOperation({ summary: 'One channel (ETag header)' })
  @ApiOk(ChannelSchema, 'The channel.')
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  async get(@ZodParams(ChannelIdParams) p: P, @Res({ passthrough: true }) res: Response): Promise<ChannelDto> {
    const c = await this.channels.get(p.channelId);
    setEtag(res, c.version);
    return c;
  }

  @Patch(':channelId')
  @RequireRole('admin')
  @IfMatchHeader('channel')
  @ApiOperation({ summary: "Change a channel's fields; a secret given replaces the stored one, a secret omitted is kept" })
  @ApiOk(ChannelSchema, 'Updated; new ETag.')
  @ApiProblems(
    HttpStatus.BAD_REQUEST,
    HttpStatus.NOT_FOUND,
    HttpStatus.CONFLICT,
    HttpStatus.PRECONDITION_FAILED,
    HttpStatus.UNPROCESSABLE_ENTITY,
  )
  async update(
    @ZodParams(ChannelIdParams) p: P,
    @ZodBody(ChannelUpdateSchema) body: ChannelUpdateDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ChannelDto> {
    const c = await this.channels.update(p.channelId, body, ifMatch);
    setEtag(res, c.version);
    return c;
  }

  @Delete(':channelId')
  @HttpCode(204)
  @RequireRole('admin')
  @IfMatchHeader('channel')
  @ApiOperation({ summary: 'Delete a channel and its delivery history (refused 409 while a rule names it)' })
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED)
  async remove(@ZodParams(ChannelIdParams) p: P, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.channels.remove(p.channelId, ifMatch);
  }

  @Post(':channelId/test')
  @HttpCode(202)
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Queue a test message through the outbox (delivered like real ones: retries, recorded response); follow it in …/deliveries',
  })
  @ApiOk(DeliverySchema, 'Queued.', HttpStatus.ACCEPTED)
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  test(@CurrentPrincipal() principal: Principal, @ZodParams(ChannelIdParams) p: P): Promise<DeliveryDto> {
    return this.channels.test(principal, p.channelId);
  }

  @Get(':channelId/deliveries')
  @RequireRole('admin')
  @ApiOperation({ summary: "A channel's messages, newest first: status, attempts, the last response or error, the attempt log" })
  @ApiOk(DeliveryPageSchema, 'A page; pass nextCursor as `before` for the next one.')
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  deliveries(@ZodParams(ChannelIdParams) p: P, @ZodQuery(DeliveryQuerySchema) q: DeliveryQuery): Promise<DeliveryPageDto> {
    return this.channels.deliveries(p.channelId, q);
  }
}
