import { Controller, Get, HttpStatus, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../../common/http/api-response';
import { ZodBody } from '../../../common/validation/zod';
import { ScriptAllowlistSchema, type ScriptAllowlistDto } from './dto/script-allowlist.dto';
import { ScriptAllowlistService } from './script-allowlist.service';

@ApiTags('settings')
@Controller('settings/script-allowlist')
@ApiProblems(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
export class ScriptAllowlistController {
  constructor(private readonly allowlist: ScriptAllowlistService) {}

  @Get()
  @RequireRole('admin')
  @ApiOperation({
    summary: 'The executables scripts may run (empty: any)',
    description:
      'Scripts (notify_*, MISC_CHECK misc_path, quorum_up/down) run as root on the directors and are admin-only; this list narrows them further.',
  })
  @ApiOk(ScriptAllowlistSchema, 'The allowlist.')
  get(): Promise<ScriptAllowlistDto> {
    return this.allowlist.get();
  }

  @Put()
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Replace the executables scripts may run',
    description:
      'Applies to later writes that add or change a script (422 naming the field and the executable); scripts already stored are judged when next edited. Audited with the list before and after.',
  })
  @ApiOk(ScriptAllowlistSchema, 'The new allowlist.')
  @ApiProblems(HttpStatus.BAD_REQUEST)
  set(@ZodBody(ScriptAllowlistSchema) body: ScriptAllowlistDto): Promise<ScriptAllowlistDto> {
    return this.allowlist.set(body);
  }
}
