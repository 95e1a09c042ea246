import { Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Principal } from '../../../common/auth/principal';
import { CurrentPrincipal } from '../../../common/auth/principal.decorator';
import { Public } from '../../../common/auth/public.decorator';
import { RequireRole } from '../../../common/auth/roles';
import { AppError } from '../../../common/errors/app-error';
import { ApiOk, ApiProblems } from '../../../common/http/api-response';
import { ZodQuery } from '../../../common/validation/zod';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { clearSessionCookies, secureCookies, setSessionCookies } from '../session-cookies';
import { FLOW_COOKIE_PATH, FLOW_TTL_MS } from './oidc-flow';
import {
  OidcLoginQuery,
  OidcLogoutSchema,
  ProvidersSchema,
  type OidcLoginQueryDto,
  type OidcLogoutDto,
  type ProvidersDto,
} from './oidc.dto';
import { OidcService } from './oidc.service';

/** The console's sign-in page, where a browser flow that failed lands with `?error=<code>`. */
const SIGN_IN_PAGE = '/login';

/** A browser navigating (it asks for HTML) gets redirects; an API client gets problem+json. */
function wantsHtml(req: Request): boolean {
  return /\btext\/html\b/.test(String(req.headers.accept ?? ''));
}

const REDIRECT_DOC = {
  status: HttpStatus.SEE_OTHER,
  headers: { Location: { description: 'Where the browser goes next', schema: { type: 'string' } } },
} as const;

@ApiTags('auth')
@Controller('auth')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('providers')
  @ApiOperation({ summary: 'How one may sign in here: the password form (or break-glass only) and single sign-on' })
  @ApiOk(ProvidersSchema, 'The sign-in methods.')
  providers(): ProvidersDto {
    return this.oidc.providers();
  }

  @Public()
  @Get('oidc/login')
  @ApiOperation({
    summary: 'Start single sign-on: redirects to the OpenID provider (authorization code + PKCE, state, nonce)',
    description:
      'Sets a sealed, HttpOnly flow cookie lvs_oidc_flow_<digest of the state> (10 minutes, one per sign-in) holding the state, nonce and PKCE verifier. A browser (Accept: text/html) that cannot start is sent to /login?error=<code>.',
  })
  @ApiResponse({ ...REDIRECT_DOC, description: "To the provider's authorization endpoint." })
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.SERVICE_UNAVAILABLE)
  async login(@ZodQuery(OidcLoginQuery) q: OidcLoginQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const { redirect, cookieName, flowCookie } = await this.oidc.begin(q.returnTo);
      res.cookie(cookieName, flowCookie, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies(this.config, req),
        path: FLOW_COOKIE_PATH,
        maxAge: FLOW_TTL_MS,
      });
      res.redirect(HttpStatus.SEE_OTHER, redirect);
    } catch (e) {
      this.failed(e, req, res);
    }
  }

  @Public()
  @Get('oidc/callback')
  @ApiOperation({
    summary: "The provider's redirect back (OIDC_REDIRECT_URL): checks state, exchanges the code, signs in",
    description:
      'Signs in (session and CSRF cookies) and redirects to the returnTo of /oidc/login. The user is created at the first sign-in; the role is mapped from OIDC_ROLE_CLAIM at every one. A browser whose sign-in fails is sent to /login?error=<code> (oidc.state_mismatch, oidc.code_rejected, oidc.no_role, …); other clients get problem+json.',
  })
  @ApiQuery({ name: 'code', required: false, description: 'The authorization code (from the provider)', schema: { type: 'string' } })
  @ApiQuery({ name: 'state', required: false, description: 'Must equal the state sealed in the flow cookie', schema: { type: 'string' } })
  @ApiQuery({
    name: 'iss',
    required: false,
    description: "The provider's issuer (RFC 9207), checked when sent",
    schema: { type: 'string' },
  })
  @ApiQuery({
    name: 'error',
    required: false,
    description: "The provider's error instead of a code (e.g. access_denied)",
    schema: { type: 'string' },
  })
  @ApiResponse({ ...REDIRECT_DOC, description: 'Signed in: to the page the sign-in started from.' })
  @ApiProblems(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.FORBIDDEN,
    HttpStatus.NOT_FOUND,
    HttpStatus.CONFLICT,
    HttpStatus.TOO_MANY_REQUESTS,
    HttpStatus.SERVICE_UNAVAILABLE,
  )
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    // The whole query goes to openid-client as the provider sent it (code, state, iss, error, …).
    const raw = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
    const query = new URLSearchParams(raw.slice(0, 8192));
    // This sign-in's flow cookie is used once, whatever the outcome; other tabs' sign-ins keep theirs.
    res.clearCookie(this.oidc.flowCookieFor(query.get('state') ?? ''), { path: FLOW_COOKIE_PATH });
    try {
      const cookies = (req.cookies ?? {}) as Record<string, string>;
      const signedIn = await this.oidc.finish(query, cookies, req.ip ?? 'unknown', String(req.headers['user-agent'] ?? ''));
      setSessionCookies(res, req, this.config, signedIn.cookie, signedIn.csrfToken);
      res.redirect(HttpStatus.SEE_OTHER, signedIn.returnTo);
    } catch (e) {
      this.failed(e, req, res);
    }
  }

  @Post('oidc/logout')
  @HttpCode(200)
  @RequireRole('viewer')
  @ApiOperation({
    summary: "Sign out: ends the console session and returns the provider's logout URL (RP-initiated logout) for a single sign-on user",
  })
  @ApiOk(OidcLogoutSchema, 'Signed out.')
  @ApiProblems(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
  async logout(@CurrentPrincipal() p: Principal, @Res({ passthrough: true }) res: Response): Promise<OidcLogoutDto> {
    const out = await this.oidc.logout(p);
    clearSessionCookies(res);
    return out;
  }

  /** A browser goes back to the sign-in page with the error's code; anything else gets the problem document. */
  private failed(e: unknown, req: Request, res: Response): void {
    if (!(e instanceof AppError) || !wantsHtml(req)) throw e;
    res.redirect(HttpStatus.SEE_OTHER, `${SIGN_IN_PAGE}?error=${encodeURIComponent(e.code)}`);
  }
}
