import { Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AllowScoped } from '../../common/auth/allow-scoped.decorator';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Public } from '../../common/auth/public.decorator';
import { RequireRole } from '../../common/auth/roles';
import { SessionOnly } from '../../common/auth/session-only.decorator';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodBody } from '../../common/validation/zod';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { LoginSchema, MeSchema, PasswordChangeSchema, type LoginDto, type MeDto, type PasswordChangeDto } from './auth.dto';
import { type AuthedRequest } from './auth.guard';
import { AuthService } from './auth.service';
import { clearSessionCookies, setSessionCookies } from './session-cookies';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: sets an HttpOnly session cookie and returns the CSRF token for writes' })
  @ApiOk(MeSchema, 'Signed in.')
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.TOO_MANY_REQUESTS)
  async login(@ZodBody(LoginSchema) body: LoginDto, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): Promise<MeDto> {
    const { cookie, csrfToken, me } = await this.auth.login(body, req.ip ?? 'unknown', String(req.headers['user-agent'] ?? ''));
    setSessionCookies(res, req, this.config, cookie, csrfToken);
    return me;
  }

  @Post('logout')
  @HttpCode(204)
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Sign out (ends the session)' })
  @ApiProblems(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
  async logout(@CurrentPrincipal() p: Principal, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(p);
    clearSessionCookies(res);
  }

  @Post('password')
  @HttpCode(204)
  @RequireRole('viewer')
  @SessionOnly()
  @ApiOperation({ summary: 'Change your own password (needs the current one); your other sessions end, this one stays signed in' })
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.TOO_MANY_REQUESTS)
  async changePassword(
    @CurrentPrincipal() p: Principal,
    @ZodBody(PasswordChangeSchema) body: PasswordChangeDto,
    @Req() req: AuthedRequest,
  ): Promise<void> {
    await this.auth.changePassword(p, body, req.ip ?? 'unknown');
  }

  @Get('me')
  @RequireRole('viewer')
  @AllowScoped()
  @ApiOperation({ summary: 'Who am I: user, role, and how I authenticated' })
  @ApiOk(MeSchema, 'The caller.')
  @ApiProblems(HttpStatus.UNAUTHORIZED)
  me(@CurrentPrincipal() p: Principal, @Req() req: AuthedRequest): MeDto {
    return this.auth.me(p, req.csrfToken ?? null);
  }
}
