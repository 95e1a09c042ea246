import { Controller, Get, Headers, HttpStatus, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/auth/public.decorator';
import { ApiProblems } from '../../common/http/api-response';
import { CliService } from './cli.service';

@ApiTags('cli')
@Controller('cli')
export class CliController {
  constructor(private readonly cli: CliService) {}

  // Public: a pipeline downloads the tool before it has anything to sign in with; the file holds no secret.
  @Public()
  @Get('lvsctl.mjs')
  @ApiOperation({
    summary: 'Download lvsctl: the command line as one self-contained file for Node >= 20.19',
    description:
      'Run it with `node lvsctl.mjs --help`. Cached with a strong ETag (the sha256 of the file): send it back in If-None-Match for a 304.',
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'ETag of a copy you hold: 304 (no body) while it is current' })
  @ApiProduces('text/javascript')
  @ApiResponse({
    status: HttpStatus.OK,
    description: 'The file; ETag header.',
    content: { 'text/javascript': { schema: { type: 'string' } } },
  })
  @ApiResponse({ status: HttpStatus.NOT_MODIFIED, description: 'The copy named by If-None-Match is current.' })
  @ApiProblems(HttpStatus.NOT_FOUND)
  async download(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res() res: Response): Promise<void> {
    const { body, etag } = await this.cli.bundle();
    res.setHeader('ETag', etag);
    // Revalidate each time (no-cache, not no-store): the ETag makes that a 304 when unchanged.
    res.setHeader('Cache-Control', 'public, no-cache');
    if (CliService.matches(ifNoneMatch, etag)) {
      res.status(HttpStatus.NOT_MODIFIED).end();
      return;
    }
    res.status(HttpStatus.OK).type('text/javascript; charset=utf-8').setHeader('Content-Disposition', 'attachment; filename="lvsctl.mjs"');
    res.send(body);
  }
}
