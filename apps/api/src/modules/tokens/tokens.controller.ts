import { Controller, Delete, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { RequireRole } from '../../common/auth/roles';
import { SessionOnly } from '../../common/auth/session-only.decorator';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodBody, ZodParams } from '../../common/validation/zod';
import {
  TokenCreatedSchema,
  TokenCreateSchema,
  TokenIdParams,
  TokenListSchema,
  type TokenCreateDto,
  type TokenCreatedDto,
  type TokenListDto,
} from './token.dto';
import { TokensService } from './tokens.service';

@ApiTags('tokens')
@Controller('tokens')
@ApiProblems(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
export class TokensController {
  constructor(private readonly tokens: TokensService) {}

  @Post()
  @RequireRole('operator')
  // A token minting tokens could hand out a child that outlives it (no expiry, not revoked with it):
  // only a signed-in person creates tokens.
  @SessionOnly()
  @ApiOperation({ summary: 'Create an API token for CI (the secret is returned once); needs a signed-in session, not a token' })
  @ApiOk(TokenCreatedSchema, 'Created; copy `secret` now.', HttpStatus.CREATED)
  @ApiProblems(HttpStatus.BAD_REQUEST)
  create(@CurrentPrincipal() p: Principal, @ZodBody(TokenCreateSchema) body: TokenCreateDto): Promise<TokenCreatedDto> {
    return this.tokens.create(p, body);
  }

  @Get()
  @RequireRole('operator')
  @ApiOperation({ summary: 'List tokens (yours; admins see all): prefix, role, scope, last use, expiry' })
  @ApiOk(TokenListSchema, 'Tokens, newest first.')
  list(@CurrentPrincipal() p: Principal): Promise<TokenListDto> {
    return this.tokens.list(p);
  }

  @Delete(':tokenId')
  @HttpCode(204)
  @RequireRole('operator')
  @ApiOperation({ summary: 'Revoke a token (takes effect on its next use)' })
  @ApiProblems(HttpStatus.NOT_FOUND)
  async revoke(@CurrentPrincipal() p: Principal, @ZodParams(TokenIdParams) params: { tokenId: string }): Promise<void> {
    await this.tokens.revoke(p, params.tokenId);
  }
}
